// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination keeps the targets that select it (found through an identity
// index and an address index); each distinct source keeps the rules whose `src` selects it. A
// verdict merges the two sorted lists. Memory grows with the matches found, never with
// rules × destinations; a verdict's work with the source's rules, at most the rules' size.

import { namesIdentities, type NetworkRule, type NetworkTarget, type SelectorSet } from './compile.js';
import { AddressIndex } from './address-index.js';
import type { Deadline } from './deadline.js';
import { IdentityIndex } from './identity-index.js';
import type { Family } from './ip.js';
import { directMatch, matchSet, sameOwner, type MatchEnv } from './match.js';
import type { PostureCache } from './posture-cache.js';
import { slot, tailnetDevice, type Principal } from './principal.js';
import { TargetPasses } from './target-passes.js';
import type { Tri } from './tri.js';

// How a target or a rule selects a principal, as numbers so that the hot loop compares small
// integers: NO < MAYBE < YES, so `and` is the minimum and `or` the maximum. A destination's
// code for a target may also carry SELF (the target is autogroup:self and the destination a user).
const NO = 0;
const MAYBE = 1;
const YES = 2;
const SELF = 4;
const TRIS: readonly Tri[] = ['no', 'unknown', 'yes'];

function code(tri: Tri): number {
  return tri === 'yes' ? YES : tri === 'unknown' ? MAYBE : NO;
}

// Per-target flags: the facts an offline principal may have beyond the known ones, through
// which the target may select it (destination side) or its rule may (source side).
const DST_TAGS = 1;
const DST_IDENTITY = 2;
const DST_PARTIAL: Record<Family, number> = { 4: 4, 6: 8 };
const SRC_TAGS = 16;
const SRC_IDENTITY = 32;

// A profile's entries pack an id and its code into one integer, so that a profile is one typed
// array: a source's rule id times 4 plus MAYBE or YES; a destination's target id times 8 plus
// its code, which may carry SELF.
const RULE_SHIFT = 2;
const RULE_CODE = 3;
const TARGET_SHIFT = 3;
const TARGET_CODE = 7;

/**
 * How many of a profile's candidates count as one materialised address range against the size
 * limit (deadline.ts): an entry is 4 bytes of a typed array (8 while it is gathered), a range
 * some 50.
 */
const ENTRIES_PER_RANGE = 12;

interface SourceProfile {
  /** Rules whose `src` selects the source, ascending, each with how surely (MAYBE or YES): the first `ruleCount`. */
  rules: Int32Array;
  ruleCount: number;
  /** The source may carry tags beyond the known one (offline tagged device). */
  otherTags: boolean;
  /** The source is an address that may belong to any device (offline). */
  anyIdentity: boolean;
}

interface DestinationProfile {
  /** Targets selecting the destination by what is known of it, ascending, with codes: the first `targetCount`. */
  targets: Int32Array;
  targetCount: number;
  /** Flags (DST_*) of the targets that may select it through facts not known. */
  implied: number;
  /** Memoised answers of the shared "maybe" lists, by list, protocol, port and posture; made on first use. */
  maybe?: Map<string, Tri>;
}

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
  private readonly bySource = new IdentityIndex();
  private readonly byDestination = new IdentityIndex();
  private readonly bySourceAddress = new AddressIndex();
  private readonly byDestinationAddress = new AddressIndex();
  /** Targets whose rule offline sources may match through other tags or any identity. */
  private readonly lists = { srcTags: [] as number[], srcIdentity: [] as number[] };
  /** impliedReach's answers, by flags, list, protocol, port and posture. */
  private readonly reaches = new Map<string, boolean>();
  /** Which targets let the question asked through. */
  private readonly passes = new TargetPasses(this.targets);
  /** Profiles by family and principal key. */
  private readonly sources: Record<Family, Map<string, SourceProfile>> = { 4: new Map(), 6: new Map() };
  private readonly destinations: Record<Family, Map<string, DestinationProfile>> = { 4: new Map(), 6: new Map() };

  /**
   * With a deadline, stops adding rules once it passes or its size limit is reached (the caller
   * then evaluates nothing). Each profile's candidates count against the same limit: N rules to
   * `*`, each on its own port, and N tests of distinct destinations make N profiles of N targets
   * each (32,000: 4 GB), and the verdicts stop once they hold too many.
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
        this.byDestination.add(id, target.dst);
        this.byDestinationAddress.add(id, target.dst);
        this.flags[id] = srcFlags | destinationFlags(target.dst);
        if (srcFlags & SRC_TAGS) this.lists.srcTags.push(id);
        if (srcFlags & SRC_IDENTITY) this.lists.srcIdentity.push(id);
      }
    }
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
      profile = {
        rules: kept(candidates, found),
        ruleCount: found,
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
    profile = {
      targets: kept(candidates, found),
      targetCount: found,
      implied,
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
    const result =
      destination.implied === 0
        ? this.direct(source, destination, src, dst, posture)
        : this.implied(source, destination, src, dst, posture);
    if (result !== NO) return TRIS[result]!;
    if (source.otherTags) {
      const maybe = this.maybe('srcTags', destination, protocols, port, posture);
      if (maybe !== 'no') return maybe;
    }
    return source.anyIdentity ? this.maybe('srcIdentity', destination, protocols, port, posture) : 'no';
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
    const { rules, ruleCount } = source;
    let result = floor;
    let k = 0;
    for (let i = 0; i < targetCount && k < ruleCount; i++) {
      const id = targets[i]! >> TARGET_SHIFT;
      const ruleId = this.ruleOf[id]!;
      while (k < ruleCount && rules[k]! >> RULE_SHIFT < ruleId) k++;
      if (k === ruleCount || rules[k]! >> RULE_SHIFT !== ruleId) continue;
      result = this.raise(result, id, targets[i]! & TARGET_CODE, rules[k]! & RULE_CODE, src, dst, posture);
      if (result === YES) break;
    }
    return result;
  }

  /** Any target of the source's rules may select the destination: walk them, finding their direct codes. */
  private implied(
    source: SourceProfile,
    destination: DestinationProfile,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
  ): number {
    const { targets, targetCount, implied } = destination;
    const { rules, ruleCount } = source;
    let result = NO;
    let j = 0;
    for (let k = 0; k < ruleCount; k++) {
      const ruleId = rules[k]! >> RULE_SHIFT;
      for (let id = this.firsts[ruleId]!, end = this.ends[ruleId]!; id < end; id++) {
        while (j < targetCount && targets[j]! >> TARGET_SHIFT < id) j++;
        let selects = j < targetCount && targets[j]! >> TARGET_SHIFT === id ? targets[j]! & TARGET_CODE : NO;
        // Raised to MAYBE by the facts the destination may have beyond the known ones.
        if ((selects & 3) === NO && (this.flags[id]! & implied) !== 0) selects |= MAYBE;
        if (selects === NO) continue;
        result = this.raise(result, id, selects, rules[k]! & RULE_CODE, src, dst, posture);
        if (result === YES) return result;
        // Only a target selecting the destination directly can raise "maybe" to "yes": walk just those.
        if (result === MAYBE) return this.direct(source, destination, src, dst, posture, MAYBE);
      }
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

  /**
   * `unknown` when some target of the list may reach the destination for this protocol and port:
   * one that selects it directly, or one that may select it through the facts it may have beyond
   * the known ones. The second part depends on the destination only through those facts (its
   * `implied` flags), so it is answered once per flags and question for all destinations alike:
   * the lists grow with the policy, and so do the destinations asked about.
   */
  private maybe(
    list: 'srcTags' | 'srcIdentity',
    destination: DestinationProfile,
    protocols: readonly number[],
    port: number,
    posture: PostureCache,
  ): Tri {
    const key = `${list}|${protocols.join(',')}|${port}|${posture.key}`;
    let result = destination.maybe?.get(key);
    if (result === undefined) {
      const bit = list === 'srcTags' ? SRC_TAGS : SRC_IDENTITY;
      const { targets, targetCount, implied } = destination;
      let found = false;
      for (let i = 0; i < targetCount && !found; i++) {
        const id = targets[i]! >> TARGET_SHIFT;
        found = (this.flags[id]! & bit) !== 0 && this.lets(id, posture);
      }
      if (!found && implied !== 0) found = this.impliedReach(list, implied, key, posture);
      result = found ? 'unknown' : 'no';
      (destination.maybe ??= new Map()).set(key, result);
    }
    return result;
  }

  /** Whether some target of the list whose destination carries one of the `implied` flags lets the question through. */
  private impliedReach(list: 'srcTags' | 'srcIdentity', implied: number, key: string, posture: PostureCache): boolean {
    const memoKey = `${implied}|${key}`;
    let found = this.reaches.get(memoKey);
    if (found === undefined) {
      found = false;
      const ids = this.lists[list];
      for (let i = 0; i < ids.length && !found; i++)
        found = (this.flags[ids[i]!]! & implied) !== 0 && this.lets(ids[i]!, posture);
      this.reaches.set(memoKey, found);
    }
    return found;
  }

  /** Whether target `id` lets the question asked through, its rule's postures allowing. */
  private lets(id: number, posture: PostureCache): boolean {
    if (!this.passes.lets(id)) return false;
    const postures = this.rules[this.ruleOf[id]!]!.postures;
    return postures === undefined || posture.evaluate(postures) !== 'no';
  }
}

/**
 * The candidates' array, holding the `found` kept in front: itself, unless most candidates did
 * not match (a principal that may match every rule naming a user, say), then only those.
 */
function kept(candidates: Int32Array, found: number): Int32Array {
  return found * 2 < candidates.length ? candidates.slice(0, found) : candidates;
}

/** The DST_* flags of a target's destination set. */
function destinationFlags(dst: SelectorSet): number {
  let flags = 0;
  // autogroup:tagged too: a Service that carries a tag may count as tagged (§2.2.10).
  if (dst.tags.size > 0 || dst.tagged) flags |= DST_TAGS;
  if (namesIdentities(dst) || dst.self) flags |= DST_IDENTITY;
  if (dst.tailscale[4] === 'unknown') flags |= DST_PARTIAL[4];
  if (dst.tailscale[6] === 'unknown') flags |= DST_PARTIAL[6];
  return flags;
}

/** The address ranges a rule adds to the indexes. */
function addressCount(rule: NetworkRule): number {
  let count = rule.src.addresses.v4.length + rule.src.addresses.v6.length;
  for (let i = 0; i < rule.targets.length; i++) {
    const addresses = rule.targets[i]!.dst.addresses;
    count += addresses.v4.length + addresses.v6.length;
  }
  return count;
}

/** Ids whose addresses may hold the principal's address; partial matches of an unknown address only when asked. */
function addressCandidates(index: AddressIndex, p: Principal, family: Family, withPartial: boolean): number[][] {
  const at = slot(p, family);
  if (at === undefined) return [];
  if (at.kind === 'known') return [index.lookup(at.address)];
  return withPartial ? [index.covering[family], index.partial[family]] : [index.covering[family]];
}

/** The address family a pair is tested in; undefined when they share none. */
export function pairFamily(src: Principal, dst: Principal, preferred: Family): Family | undefined {
  const other: Family = preferred === 4 ? 6 : 4;
  if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined) return preferred;
  return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}
