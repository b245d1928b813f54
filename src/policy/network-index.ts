// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination keeps the targets that select it (found through an identity
// index and an address index); each distinct source keeps the rules whose `src` selects it. A
// verdict merges the two sorted lists. Targets to `*` alone, which select every destination,
// are kept once, by protocol and port (wildcard-targets.ts). Memory grows with the matches
// found, never with rules × destinations; a verdict's work with the source's rules, at most the
// rules' size.

import { namesIdentities, type NetworkRule, type NetworkTarget, type SelectorSet } from './compile.js';
import { AddressIndex } from './address-index.js';
import type { Deadline } from './deadline.js';
import { MaybeReach } from './maybe-reach.js';
import { PortBuckets } from './port-buckets.js';
import { protocolHasPorts } from './ports.js';
import { IdentityIndex } from './identity-index.js';
import type { Family } from './ip.js';
import { directMatch, matchSet, sameOwner, type MatchEnv } from './match.js';
import {
  addressCandidates,
  addressCount,
  BARE_WILDCARD,
  byKind,
  code,
  destinationFlags,
  ENTRIES_PER_RANGE,
  kept,
  MAYBE,
  NO,
  OWN,
  RULE_CODE,
  RULE_SHIFT,
  ruleCode,
  SELF,
  SRC_IDENTITY,
  SRC_TAGS,
  TARGET_CODE,
  TARGET_SHIFT,
  TRIS,
  WILD,
  YES,
  DST_IDENTITY,
  DST_PARTIAL,
  DST_TAGS,
  gallop,
  type DestinationProfile,
  type SourceProfile,
} from './network-profiles.js';
import type { PostureCache } from './posture-cache.js';
import { slot, tailnetDevice, type Principal } from './principal.js';
import { TargetPasses } from './target-passes.js';
import type { Tri } from './tri.js';
import { isBareWildcard, WildcardTargets } from './wildcard-targets.js';

/** A source with fewer targets than this walks them all; more, and they are kept by port. */
const BUCKETED_FROM = 64;

/**
 * Sources are indexed by rule and destinations by target, so a rule with N sources and N
 * destinations costs N + N entries, not N × N; a verdict merges the two sorted lists. Rules
 * and targets are numbered densely; what the verdict loop reads of them lives in typed arrays,
 * sized once, outside the heap the garbage collector copies.
 */
export class NetworkIndex {
  private readonly rules: NetworkRule[] = [];
  /** By rule: its targets are the ids first..end-1. */
  private readonly firsts: Int32Array;
  private readonly ends: Int32Array;
  /** By target. */
  private readonly targets: NetworkTarget[] = [];
  private readonly ruleOf: Int32Array;
  private readonly flags: Uint8Array;
  /** By rule: whether it has bare `*` targets (WILD), others (OWN), or both. */
  private readonly kinds: Uint8Array;
  /** Targets whose destination is `*` alone (their flags carry BARE_WILDCARD). */
  private readonly wildcards: WildcardTargets;
  /** One of their destination sets: they all select a destination alike. */
  private wildSet: SelectorSet | undefined;
  private readonly bySource = new IdentityIndex();
  private readonly byDestination = new IdentityIndex();
  private readonly bySourceAddress = new AddressIndex();
  private readonly byDestinationAddress = new AddressIndex();
  /** Which targets let the question asked through. */
  private readonly passes = new TargetPasses(this.targets);
  /** The "maybe" of sources known in part. */
  private readonly maybe: MaybeReach;
  /** Profiles by family and principal key. */
  private readonly sources: Record<Family, Map<string, SourceProfile>> = { 4: new Map(), 6: new Map() };
  private readonly destinations: Record<Family, Map<string, DestinationProfile>> = { 4: new Map(), 6: new Map() };

  /**
   * With a deadline, stops adding rules once it passes or its size limit is reached (the caller
   * then evaluates nothing). Each profile's candidates count against the same limit, as do the
   * bare `*` targets' port trees: N rules to a range holding N addresses, each on its own port,
   * and N tests of those addresses make N profiles of N targets each, and the verdicts stop once
   * they hold too many.
   */
  constructor(
    rules: readonly NetworkRule[],
    private readonly env: MatchEnv,
    private readonly deadline?: Deadline,
  ) {
    let targetCount = 0;
    // Indexed loops: they run once per rule and per candidate, mostly before V8 optimises them.
    for (let r = 0; r < rules.length; r++) targetCount += rules[r]!.targets.length;
    this.firsts = new Int32Array(rules.length);
    this.ends = new Int32Array(rules.length);
    this.ruleOf = new Int32Array(targetCount);
    this.flags = new Uint8Array(targetCount);
    this.kinds = new Uint8Array(rules.length);
    this.wildcards = new WildcardTargets(this.targets, deadline);
    this.maybe = new MaybeReach({
      rules: this.rules,
      ruleOf: this.ruleOf,
      targets: this.targets,
      flags: this.flags,
      wildcards: this.wildcards,
      passes: this.passes,
    });
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (rule.targets.length === 0) continue;
      if (deadline?.passed() === true || deadline?.charge(addressCount(rule)) === true) break;
      const ruleId = this.rules.push(rule) - 1;
      this.firsts[ruleId] = this.targets.length;
      this.ends[ruleId] = this.targets.length + rule.targets.length;
      this.bySource.add(ruleId, rule.src);
      this.bySourceAddress.add(ruleId, rule.src);
      const srcFlags = (rule.src.tags.size > 0 ? SRC_TAGS : 0) | (namesIdentities(rule.src) ? SRC_IDENTITY : 0);
      for (let t = 0; t < rule.targets.length; t++) {
        const target = rule.targets[t]!;
        const id = this.targets.push(target) - 1;
        this.ruleOf[id] = ruleId;
        this.flags[id] = srcFlags | destinationFlags(target.dst);
        if (isBareWildcard(target.dst)) this.addWildcard(id, ruleId);
        else {
          this.kinds[ruleId]! |= OWN;
          this.byDestination.add(id, target.dst);
          this.byDestinationAddress.add(id, target.dst);
          this.maybe.add(id, srcFlags);
        }
      }
    }
  }

  /**
   * A target to `*` alone: no destination profile holds it. Its destination flags are none, so
   * no fact a destination may have beyond the known ones makes it select that destination.
   */
  private addWildcard(id: number, ruleId: number): void {
    this.kinds[ruleId]! |= WILD;
    this.flags[id]! |= BARE_WILDCARD;
    this.wildSet ??= this.targets[id]!.dst;
    this.wildcards.add(id);
  }

  private source(src: Principal, family: Family): SourceProfile {
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
          : code(matchSet(this.rules[ruleId]!.src, src, family, 'src', this.env));
        if (selects !== NO) candidates[found++] = (ruleId << RULE_SHIFT) | selects;
      }
      const rules = kept(candidates, found);
      profile = {
        rules,
        ruleCount: found,
        ...byKind(this.kinds, this.wildcards.ids.length > 0, rules, found),
        otherTags: src.identity === 'tagged' && !src.tagsComplete,
        anyIdentity: src.identity === 'unknown',
      };
      this.sources[family].set(src.key, profile);
    }
    return profile;
  }

  private destination(dst: Principal, family: Family): DestinationProfile {
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
      const target = this.targets[id]!;
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

  /** Whether some rule's destination is `*`, whose reach beyond the tailnet is not known (§2.2.1). */
  hasWildcardDestination(): boolean {
    return this.targets.some((target) => target.dst.wildcard);
  }

  /**
   * Accept (yes), Drop (no) or unknown from `src` to `dst` on `port` for any of `protocols`
   * (§4.1; a test without `proto` passes on TCP or UDP).
   */
  verdict(
    src: Principal,
    dst: Principal,
    family: Family,
    protocols: readonly number[],
    port: number,
    posture: PostureCache,
  ): Tri {
    const source = this.source(src, family);
    const destination = this.destination(dst, family);
    this.passes.ask(protocols, port);
    posture = posture.forSource(tailnetDevice(src));
    let result =
      destination.implied === 0
        ? this.direct(source, destination, src, dst, posture)
        : this.implied(source, destination, src, dst, posture, protocols, port);
    if (destination.wild !== NO && source.wild.length > 0 && result !== YES)
      result = this.wildReach(source, destination.wild, protocols, port, src, dst, posture, result);
    if (result !== NO) return TRIS[result]!;
    if (source.otherTags) {
      const maybe = this.maybe.answer('srcTags', destination, protocols, port, posture);
      if (maybe !== 'no') return maybe;
    }
    return source.anyIdentity ? this.maybe.answer('srcIdentity', destination, protocols, port, posture) : 'no';
  }

  /**
   * Only targets selecting the destination directly count: walk them, finding their rules among
   * the source's. `floor` is what the verdict already is.
   */
  private direct(
    source: SourceProfile,
    destination: DestinationProfile,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
    floor = NO,
  ): number {
    const { targets, targetCount } = destination;
    const rules = source.own;
    const ruleCount = source.ownCount;
    let result = floor;
    let i = 0;
    let k = 0;
    // Both lists ascend (a rule's targets have the ids firsts..ends-1): each side skips ahead by
    // galloping, so a source of a few rules against a destination of thousands of targets costs
    // a few searches, not a walk over the thousands.
    while (i < targetCount && k < ruleCount) {
      const id = targets[i]! >> TARGET_SHIFT;
      const ruleId = this.ruleOf[id]!;
      const sourceRule = rules[k]! >> RULE_SHIFT;
      if (sourceRule < ruleId) k = gallop(rules, k, ruleCount, ruleId, RULE_SHIFT);
      else if (sourceRule > ruleId) i = gallop(targets, i, targetCount, this.firsts[sourceRule]!, TARGET_SHIFT);
      else {
        result = this.raise(result, id, targets[i]! & TARGET_CODE, rules[k]! & RULE_CODE, src, dst, posture);
        if (result === YES) break;
        i++;
      }
    }
    return result;
  }

  /**
   * Any target of the source's rules may select the destination: walk them, finding their direct
   * codes; for one protocol with ports, only those that let the port through (PortBuckets).
   */
  private implied(
    source: SourceProfile,
    destination: DestinationProfile,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
    protocols: readonly number[],
    port: number,
  ): number {
    const { targets, targetCount, implied } = destination;
    const entries = this.ownTargets(source, protocols, port);
    let result = NO;
    let j = 0;
    for (let e = 0; e < entries.length; e++) {
      const id = entries[e]! >> RULE_SHIFT;
      if (j < targetCount && targets[j]! >> TARGET_SHIFT < id) j = gallop(targets, j, targetCount, id, TARGET_SHIFT);
      let selects = j < targetCount && targets[j]! >> TARGET_SHIFT === id ? targets[j]! & TARGET_CODE : NO;
      // Raised to MAYBE by the facts the destination may have beyond the known ones.
      if ((selects & 3) === NO && (this.flags[id]! & implied) !== 0) selects |= MAYBE;
      if (selects === NO) continue;
      result = this.raise(result, id, selects, entries[e]! & RULE_CODE, src, dst, posture);
      if (result === YES) return result;
      // Only a target selecting the destination directly can raise "maybe" to "yes": walk just those.
      if (result === MAYBE) return this.direct(source, destination, src, dst, posture, MAYBE);
    }
    return result;
  }

  /**
   * The targets of the source's rules but bare `*` ones (wildReach's), ascending, each as its id
   * times 4 plus its rule's code for the source; for one protocol with ports, and a source of
   * many targets, only those that let `port` through.
   */
  private ownTargets(source: SourceProfile, protocols: readonly number[], port: number): readonly number[] {
    let entries = source.ownTargets;
    if (entries === undefined) {
      entries = [];
      for (let k = 0; k < source.ownCount; k++) {
        const ruleId = source.own[k]! >> RULE_SHIFT;
        for (let id = this.firsts[ruleId]!, end = this.ends[ruleId]!; id < end; id++)
          if ((this.flags[id]! & BARE_WILDCARD) === 0) entries.push((id << RULE_SHIFT) | (source.own[k]! & RULE_CODE));
      }
      source.ownTargets = entries;
      this.deadline?.charge(Math.ceil(entries.length / ENTRIES_PER_RANGE));
    }
    if (entries.length < BUCKETED_FROM || protocols.length !== 1 || !protocolHasPorts(protocols[0]!)) return entries;
    if (source.buckets === undefined) source.buckets = PortBuckets.of(entries, this.targets, RULE_SHIFT) ?? null;
    return source.buckets === null ? entries : source.buckets.at(protocols[0]!, port);
  }

  /**
   * `floor` raised by the bare `*` targets, which all select the destination with `wild`: walking
   * those that let the question through, or the source's rules that have such targets, whichever
   * are fewer, and stopping once it reaches the less sure of `wild` and the source's surest rule.
   */
  private wildReach(
    source: SourceProfile,
    wild: number,
    protocols: readonly number[],
    port: number,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
    floor: number,
  ): number {
    const bound = Math.min(wild, source.best);
    let result = floor;
    if (result >= bound) return result;
    const buckets = this.wildcards.buckets(protocols, port);
    let passing = 0;
    for (let b = 0; b < buckets.length; b++) passing += buckets[b]!.length;
    if (passing <= source.wild.length) {
      for (let b = 0; b < buckets.length && result < bound; b++) {
        const bucket = buckets[b]!;
        for (let i = 0; i < bucket.length && result < bound; i++) {
          const bySource = ruleCode(source, this.ruleOf[bucket[i]!]!);
          if (bySource !== NO) result = this.raise(result, bucket[i]!, wild, bySource, src, dst, posture);
        }
      }
      return result;
    }
    const rules = source.wild;
    for (let k = 0; k < rules.length && result < bound; k++) {
      const ruleId = rules[k]! >> RULE_SHIFT;
      for (let id = this.firsts[ruleId]!, end = this.ends[ruleId]!; id < end && result < bound; id++)
        if (this.flags[id]! & BARE_WILDCARD)
          result = this.raise(result, id, wild, rules[k]! & RULE_CODE, src, dst, posture);
    }
    return result;
  }

  /**
   * `result` raised by target `id`, which selects the destination with `selects` and whose rule
   * selects the source with `bySource`, if it lets the packet through. Its protocols, ports and
   * postures are looked at only when it could raise the result (offline, most targets cannot
   * once one answered "maybe").
   */
  private raise(
    result: number,
    id: number,
    selects: number,
    bySource: number,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
  ): number {
    let reach = selects & 3;
    if (selects & SELF && reach !== YES) reach = Math.max(reach, code(sameOwner(src, dst)));
    let allowed = Math.min(bySource, reach);
    if (allowed <= result || !this.passes.lets(id)) return result;
    const postures = this.rules[this.ruleOf[id]!]!.postures;
    if (postures !== undefined) allowed = Math.min(allowed, code(posture.evaluate(postures)));
    return Math.max(result, allowed);
  }
}

/** The address family a pair is tested in; undefined when they share none. */
export function pairFamily(src: Principal, dst: Principal, preferred: Family): Family | undefined {
  const other: Family = preferred === 4 ? 6 : 4;
  if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined) return preferred;
  return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}
