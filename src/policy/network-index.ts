// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination keeps the targets that select it; each distinct source keeps
// the rules whose `src` selects it (profiles.ts). A verdict merges the two sorted lists, or, once
// that merge has taken more steps than the port asked has targets, walks those (kept by port
// once, port-buckets.ts). Targets to `*` alone, which select every destination, are kept once,
// by protocol and port (wildcard-targets.ts). Memory grows with the matches found, never with
// rules × destinations.

import { namesIdentities, type NetworkRule, type NetworkTarget } from './compile.js';
import type { Deadline } from './deadline.js';
import type { Family } from './ip.js';
import { MaybeReach } from './maybe-reach.js';
import { sameOwner, type MatchEnv } from './match.js';
import {
  addressCount,
  BARE_WILDCARD,
  code,
  destinationFlags,
  ENTRIES_PER_RANGE,
  gallop,
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
  type DestinationProfile,
  type SourceProfile,
} from './network-profiles.js';
import { eachCandidate, PairReach } from './pair-reach.js';
import { PortBuckets, type Span } from './port-buckets.js';
import { protocolHasPorts } from './ports.js';
import type { PostureCache } from './posture-cache.js';
import { tailnetDevice, type Principal } from './principal.js';
import { Profiles } from './profiles.js';
import { TargetPasses } from './target-passes.js';
import type { Tri } from './tri.js';
import { isBareWildcard, WildcardTargets } from './wildcard-targets.js';

/**
 * A verdict's walk asks after this many steps, then twice as many and so on, whether fewer targets
 * are on its port than it has walked; if so it walks those. It costs at most about twice the
 * cheaper walk: a merge that gallops past or stops at its first "yes" never pays for the port's
 * targets (comparing them with the lists' lengths instead was measured 35× slower).
 */
const BUCKETED_FROM = 64;
/** The targets are kept by port once the verdicts would have walked this many times as many entries. */
const BUILD_AFTER = 8;

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
  /** Each principal's rules and targets (profiles.ts). */
  private readonly profiles: Profiles;
  /** Which targets let the question asked through. */
  private readonly passes = new TargetPasses(this.targets);
  /** The "maybe" of sources known in part. */
  private readonly maybe: MaybeReach;
  /** Every target but bare `*` ones by port, made when worth it (onPort). */
  private byPort: PortBuckets | undefined;
  /** Entries the verdicts would have walked while there was no byPort. */
  private walked = 0;
  /** The targets on the port asked, `spanCount` spans over the protocols asked (onPort), reused. */
  private readonly spans: Span[] = [];
  private spanCount = 0;

  /**
   * With a deadline, stops adding rules once it passes or its size limit is reached (the caller
   * then evaluates nothing). Profiles' candidates and the bare `*` targets' port trees count
   * against the same limit: N rules to a range of N addresses, each on its own port, and N tests
   * of those addresses make N profiles of N targets each, and the verdicts stop once too many.
   */
  constructor(
    rules: readonly NetworkRule[],
    env: MatchEnv,
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
    this.profiles = new Profiles(
      { rules: this.rules, targets: this.targets, kinds: this.kinds, wildcards: this.wildcards },
      env,
      deadline,
    );
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
      this.profiles.addSource(ruleId, rule.src);
      const srcFlags = (rule.src.tags.size > 0 ? SRC_TAGS : 0) | (namesIdentities(rule.src) ? SRC_IDENTITY : 0);
      for (let t = 0; t < rule.targets.length; t++) {
        const target = rule.targets[t]!;
        const id = this.targets.push(target) - 1;
        this.ruleOf[id] = ruleId;
        this.flags[id] = srcFlags | destinationFlags(target.dst);
        if (isBareWildcard(target.dst)) this.addWildcard(id, ruleId);
        else {
          this.kinds[ruleId]! |= OWN;
          this.profiles.addDestination(id, target.dst);
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
    this.profiles.addWildcard(this.targets[id]!.dst);
    this.wildcards.add(id);
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
    const source = this.profiles.source(src, family);
    const destination = this.profiles.destination(dst, family);
    this.passes.ask(protocols, port);
    posture = posture.forSource(tailnetDevice(src));
    let result =
      destination.implied === 0
        ? this.direct(source, destination, src, dst, posture)
        : this.implied(source, destination, src, dst, posture);
    if (destination.wild !== NO && source.wild.length > 0 && result !== YES)
      result = this.wildReach(source, destination.wild, protocols, port, src, dst, posture, result);
    return result !== NO ? TRIS[result]! : this.otherwise(source, destination, protocols, port, posture);
  }

  /** The verdict where no rule naming the source lets the question through: a source known in part may still pass. */
  private otherwise(
    source: SourceProfile,
    destination: DestinationProfile,
    protocols: readonly number[],
    port: number,
    posture: PostureCache,
  ): Tri {
    if (source.otherTags) {
      const maybe = this.maybe.answer('srcTags', destination, protocols, port, posture);
      if (maybe !== 'no') return maybe;
    }
    return source.anyIdentity ? this.maybe.answer('srcIdentity', destination, protocols, port, posture) : 'no';
  }

  /**
   * What `verdict` answers of `src` and `dst` for every protocol and port, the lists merged once
   * (pair-reach.ts): for the plan, which asks one pair about thousands of port intervals.
   */
  reach(src: Principal, dst: Principal, family: Family, posture: PostureCache): PairReach {
    const source = this.profiles.source(src, family);
    const destination = this.profiles.destination(dst, family);
    posture = posture.forSource(tailnetDevice(src));
    const found: [NetworkTarget[], NetworkTarget[], NetworkTarget[]] = [[], [], []];
    const lists = { ruleOf: this.ruleOf, firsts: this.firsts, ends: this.ends, flags: this.flags };
    eachCandidate(
      lists,
      source,
      destination,
      () => this.ownTargets(source),
      (id, selects, bySource) => {
        let allowed = Math.min(bySource, this.reachOf(selects, src, dst));
        const postures = this.rules[this.ruleOf[id]!]!.postures;
        if (allowed !== NO && postures !== undefined) allowed = Math.min(allowed, code(posture.evaluate(postures)));
        found[allowed]!.push(this.targets[id]!);
      },
    );
    return new PairReach(found[YES], found[MAYBE], (protocols, port) => {
      // The lists of sources known in part ask the targets the question (maybe-reach.ts).
      this.passes.ask(protocols, port);
      return this.otherwise(source, destination, protocols, port, posture);
    });
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
    let rules = floor === MAYBE ? this.sureRules(source) : source.own;
    let ruleCount = floor === MAYBE ? rules.length : source.ownCount;
    let result = floor;
    let i = 0;
    let k = 0;
    let steps = 0;
    let check = BUCKETED_FROM;
    // Both lists ascend (a rule's targets have the ids firsts..ends-1): each side skips ahead by
    // galloping, so a source of a few rules against a destination of thousands of targets costs
    // a few searches, not a walk over the thousands.
    while (i < targetCount && k < ruleCount) {
      if (++steps === check) {
        if (this.onPort(steps)) return this.walkPort(source, destination, 0, src, dst, posture, result);
        check *= 2;
      }
      const id = targets[i]! >> TARGET_SHIFT;
      const ruleId = this.ruleOf[id]!;
      const sourceRule = rules[k]! >> RULE_SHIFT;
      if (sourceRule < ruleId) k = gallop(rules, k, ruleCount, ruleId, RULE_SHIFT);
      else if (sourceRule > ruleId) i = gallop(targets, i, targetCount, this.firsts[sourceRule]!, TARGET_SHIFT);
      else {
        result = this.raise(result, id, targets[i]! & TARGET_CODE, rules[k]! & RULE_CODE, src, dst, posture);
        if (result === YES) break;
        if (result === MAYBE && rules === source.own) {
          // Only a rule selecting the source surely can raise "maybe" to "yes": merge just those
          // (a user who may be an admin, against a thousand admin rules, has one such rule).
          rules = this.sureRules(source);
          ruleCount = rules.length;
          k = ruleCount > 0 && rules[0]! >> RULE_SHIFT < ruleId ? gallop(rules, 0, ruleCount, ruleId, RULE_SHIFT) : 0;
        }
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
  ): number {
    const { targets, targetCount, implied } = destination;
    const entries = this.ownTargets(source);
    let result = NO;
    let j = 0;
    for (let e = 0, check = BUCKETED_FROM; e < entries.length; e++) {
      // Here the result is still "no": it returns at the first "maybe" or "yes".
      if (e === check) {
        if (this.onPort(e)) return this.walkPort(source, destination, implied, src, dst, posture, NO);
        check *= 2;
      }
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
   * times 4 plus its rule's code for the source; made on first use.
   */
  private ownTargets(source: SourceProfile): number[] {
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
    return entries;
  }

  /** The source's rules with targets other than bare `*` ones that select it surely; made on first use. */
  private sureRules(source: SourceProfile): Int32Array {
    if (source.sure === undefined) {
      const own = source.own.subarray(0, source.ownCount);
      source.sure = own.filter((entry) => (entry & RULE_CODE) === YES);
    }
    return source.sure;
  }

  /**
   * Whether the targets of every rule on the port asked, for each protocol asked, are no more than
   * the `steps` a walk has taken (BUCKETED_FROM): then `spans` holds them. For protocols with
   * ports only, from all the targets but bare `*` ones kept by port, once (PortBuckets).
   */
  private onPort(steps: number): boolean {
    const { protocols, port } = this.passes;
    if (!protocols.every(protocolHasPorts)) return false;
    if (this.byPort === undefined) {
      // Built once the verdicts have walked more entries than building costs: most runs never do.
      // Past its first ask, a walk took half its steps since the last. Not charged to the size
      // limit: it holds each target once, and each distinct list of ports at most twice per level
      // of its tree (PortBuckets), which grows with the policy's text.
      this.walked += steps > BUCKETED_FROM ? steps / 2 : steps;
      if (this.walked < BUILD_AFTER * this.targets.length) return false;
      const ids = new Int32Array(this.targets.length);
      let count = 0;
      for (let id = 0; id < ids.length; id++) if ((this.flags[id]! & BARE_WILDCARD) === 0) ids[count++] = id;
      this.byPort = PortBuckets.of(ids.subarray(0, count), this.targets);
    }
    let count = 0;
    for (let p = 0; p < protocols.length; p++) count = this.byPort.at(protocols[p]!, port, this.spans, count);
    this.spanCount = count;
    let total = 0;
    for (let s = 0; s < count; s++) total += this.spans[s]!.weight;
    return total <= steps;
  }

  /**
   * `floor` raised by the targets of `spans` (each ascending) whose rule selects the source and that
   * select the destination directly, or through the facts of `implied` (its DST_* flags) it may have.
   */
  private walkPort(
    source: SourceProfile,
    destination: DestinationProfile,
    implied: number,
    src: Principal,
    dst: Principal,
    posture: PostureCache,
    floor: number,
  ): number {
    const { targets, targetCount } = destination;
    const { members, memberStarts } = this.byPort!;
    let result = floor;
    // Ids ascend within a group, and mostly from one group to the next: the search in the
    // destination's targets starts over only when they do not.
    let previous = -1;
    let j = 0;
    for (let s = 0; s < this.spanCount && result !== YES; s++) {
      const { list, start, end } = this.spans[s]!;
      for (let g = start; g < end && result !== YES; g++) {
        for (let e = memberStarts[list[g]!]!, last = memberStarts[list[g]! + 1]!; e < last && result !== YES; e++) {
          const id = members[e]!;
          const bySource = ruleCode(source, this.ruleOf[id]!);
          // A rule selecting the source no more surely than the result cannot raise it (raise).
          if (bySource <= result) continue;
          if (id < previous) j = 0;
          previous = id;
          if (j < targetCount && targets[j]! >> TARGET_SHIFT < id)
            j = gallop(targets, j, targetCount, id, TARGET_SHIFT);
          let selects = j < targetCount && targets[j]! >> TARGET_SHIFT === id ? targets[j]! & TARGET_CODE : NO;
          if ((selects & 3) === NO && (this.flags[id]! & implied) !== 0) selects |= MAYBE;
          if (selects !== NO) result = this.raise(result, id, selects, bySource, src, dst, posture);
        }
      }
    }
    return result;
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
    let allowed = Math.min(bySource, this.reachOf(selects, src, dst));
    if (allowed <= result || !this.passes.lets(id)) return result;
    const postures = this.rules[this.ruleOf[id]!]!.postures;
    if (postures !== undefined) allowed = Math.min(allowed, code(posture.evaluate(postures)));
    return Math.max(result, allowed);
  }

  /** How a target whose code for the destination is `selects` reaches it: autogroup:self hangs on the owners. */
  private reachOf(selects: number, src: Principal, dst: Principal): number {
    const reach = selects & 3;
    return selects & SELF && reach !== YES ? Math.max(reach, code(sameOwner(src, dst))) : reach;
  }
}
