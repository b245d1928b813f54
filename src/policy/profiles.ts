// Each principal's profile in a NetworkIndex (network-profiles.ts): as a source, the rules whose
// `src` selects it; as a destination, the targets that select it. Both are found through an
// identity index and an address index, then matched one by one, once per principal and family.

import type { NetworkRule, NetworkTarget, SelectorSet } from './compile.js';
import { AddressIndex } from './address-index.js';
import type { Deadline } from './deadline.js';
import { IdentityIndex } from './identity-index.js';
import type { Family } from './ip.js';
import { directMatch, matchSet, type MatchEnv } from './match.js';
import {
  addressCandidates,
  byKind,
  code,
  DST_IDENTITY,
  DST_PARTIAL,
  DST_TAGS,
  ENTRIES_PER_RANGE,
  kept,
  NO,
  RULE_SHIFT,
  SELF,
  TARGET_SHIFT,
  YES,
  type DestinationProfile,
  type SourceProfile,
} from './network-profiles.js';
import { slot, type Principal } from './principal.js';
import type { WildcardTargets } from './wildcard-targets.js';

/** What profiles read of their index: rules and targets by id, rule kinds (OWN, WILD), the bare `*` targets. */
export interface IndexedRules {
  rules: readonly NetworkRule[];
  targets: readonly NetworkTarget[];
  kinds: Uint8Array;
  wildcards: WildcardTargets;
}

export class Profiles {
  private readonly bySource = new IdentityIndex();
  private readonly byDestination = new IdentityIndex();
  private readonly bySourceAddress = new AddressIndex();
  private readonly byDestinationAddress = new AddressIndex();
  /** One of the bare `*` targets' destination sets: they all select a destination alike. */
  private wildSet: SelectorSet | undefined;
  /** By family and principal key. */
  private readonly sources: Record<Family, Map<string, SourceProfile>> = { 4: new Map(), 6: new Map() };
  private readonly destinations: Record<Family, Map<string, DestinationProfile>> = { 4: new Map(), 6: new Map() };

  /** Each profile's candidates count against the deadline's size limit. */
  constructor(
    private readonly lists: IndexedRules,
    private readonly env: MatchEnv,
    private readonly deadline?: Deadline,
  ) {}

  /** Rule `ruleId`, whose source is `src`. */
  addSource(ruleId: number, src: SelectorSet): void {
    this.bySource.add(ruleId, src);
    this.bySourceAddress.add(ruleId, src);
  }

  /** Target `id`, not to a bare `*`, whose destination is `dst`. */
  addDestination(id: number, dst: SelectorSet): void {
    this.byDestination.add(id, dst);
    this.byDestinationAddress.add(id, dst);
  }

  /** A bare `*` target's destination: no destination profile holds such targets, only how they select it. */
  addWildcard(dst: SelectorSet): void {
    this.wildSet ??= dst;
  }

  /** The rules whose source selects `src`, made on first use. */
  source(src: Principal, family: Family): SourceProfile {
    let profile = this.sources[family].get(src.key);
    if (profile === undefined) {
      const candidates = Int32Array.from(
        this.bySource.gather(src, false, addressCandidates(this.bySourceAddress, src, family, true)),
      ).sort();
      this.deadline?.charge(Math.ceil(candidates.length / ENTRIES_PER_RANGE));
      // The rules that select the source are kept in place, in front of the candidates.
      let found = 0;
      for (let c = 0; c < candidates.length; c++) {
        const ruleId = candidates[c]!;
        // Found through a name the source surely has: matchSet would answer yes.
        const selects = this.bySource.surely(ruleId)
          ? YES
          : code(matchSet(this.lists.rules[ruleId]!.src, src, family, 'src', this.env));
        if (selects !== NO) candidates[found++] = (ruleId << RULE_SHIFT) | selects;
      }
      const rules = kept(candidates, found);
      profile = {
        rules,
        ruleCount: found,
        ...byKind(this.lists.kinds, this.lists.wildcards.ids.length > 0, rules, found),
        otherTags: src.identity === 'tagged' && !src.tagsComplete,
        anyIdentity: src.identity === 'unknown',
      };
      this.sources[family].set(src.key, profile);
    }
    return profile;
  }

  /** The targets that select `dst`, made on first use. */
  destination(dst: Principal, family: Family): DestinationProfile {
    let profile = this.destinations[family].get(dst.key);
    if (profile !== undefined) return profile;
    const unknownAddress = slot(dst, family)?.kind === 'tailscale';
    let implied = unknownAddress ? DST_PARTIAL[family] : 0;
    if (dst.identity === 'unknown') implied |= DST_IDENTITY;
    // Other tags than it is known to have: a tagged device's, or a Service's, which may carry one (§2.2.10).
    if ((dst.identity === 'tagged' && !dst.tagsComplete) || dst.service !== undefined) implied |= DST_TAGS;
    const candidates = Int32Array.from(
      this.byDestination.gather(dst, false, addressCandidates(this.byDestinationAddress, dst, family, false)),
    ).sort();
    // The targets that select the destination are kept in place, in front of the candidates.
    let found = 0;
    for (let c = 0; c < candidates.length; c++) {
      const id = candidates[c]!;
      const target = this.lists.targets[id]!;
      // Found through a name the destination surely has: its identity selects it, so it is selected.
      const direct = this.byDestination.surely(id)
        ? 'yes'
        : directMatch(target.dst, dst, family, unknownAddress, this.env);
      const selects = code(direct) | (target.dst.self && dst.identity === 'user' ? SELF : 0);
      if (selects === NO) continue;
      candidates[found++] = (id << TARGET_SHIFT) | selects;
    }
    this.deadline?.charge(Math.ceil(candidates.length / ENTRIES_PER_RANGE));
    const wildSet = this.wildSet;
    profile = {
      targets: kept(candidates, found),
      targetCount: found,
      implied,
      wild: wildSet === undefined ? NO : code(directMatch(wildSet, dst, family, unknownAddress, this.env)),
    };
    this.destinations[family].set(dst.key, profile);
    return profile;
  }
}
