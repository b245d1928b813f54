// Every verdict of one source to one destination at once, for any protocols and port. The access
// plan asks each pair about every port interval its rules draw: thousands of intervals for a
// large policy, and each verdict merged the source's rules with the destination's targets again
// (a random 2,400-rule policy: 31 s). Here the two lists are merged once, into the targets that
// may let the pair through, split by how surely; a port then costs a binary search.

import { AnyPasses } from './any-passes.js';
import type { NetworkTarget } from './compile.js';
import {
  BARE_WILDCARD,
  gallop,
  MAYBE,
  NO,
  RULE_CODE,
  RULE_SHIFT,
  TARGET_CODE,
  TARGET_SHIFT,
  TRIS,
  YES,
  type DestinationProfile,
  type SourceProfile,
} from './network-profiles.js';
import type { Tri } from './tri.js';

/** What the merge reads of the index (network-index.ts), by target id and rule id. */
export interface PairLists {
  ruleOf: Int32Array;
  firsts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/** A target that may select the destination, with its code for it, and its rule's code for the source. */
export type Candidate = (id: number, selects: number, bySource: number) => void;

/**
 * Calls `each` with every target of the source's rules that may select the destination: those
 * `verdict` merges (network-index.ts `direct` and `implied`), then the bare `*` ones (`wildReach`).
 * `ownTargets` gives the source's targets but bare `*` ones, as `implied` walks them.
 */
export function eachCandidate(
  lists: PairLists,
  source: SourceProfile,
  destination: DestinationProfile,
  ownTargets: () => number[],
  each: Candidate,
): void {
  if (destination.implied === 0) eachDirect(lists, source, destination, each);
  else eachImplied(lists, destination, ownTargets(), each);
  if (destination.wild === NO) return;
  const rules = source.wild;
  for (let k = 0; k < rules.length; k++) {
    const ruleId = rules[k]! >> RULE_SHIFT;
    for (let id = lists.firsts[ruleId]!, end = lists.ends[ruleId]!; id < end; id++)
      if (lists.flags[id]! & BARE_WILDCARD) each(id, destination.wild, rules[k]! & RULE_CODE);
  }
}

/** The targets selecting the destination directly whose rules select the source: both lists ascend. */
function eachDirect(lists: PairLists, source: SourceProfile, destination: DestinationProfile, each: Candidate): void {
  const { targets, targetCount } = destination;
  const { own: rules, ownCount: ruleCount } = source;
  let i = 0;
  let k = 0;
  while (i < targetCount && k < ruleCount) {
    const id = targets[i]! >> TARGET_SHIFT;
    const ruleId = lists.ruleOf[id]!;
    const sourceRule = rules[k]! >> RULE_SHIFT;
    if (sourceRule < ruleId) k = gallop(rules, k, ruleCount, ruleId, RULE_SHIFT);
    else if (sourceRule > ruleId) i = gallop(targets, i, targetCount, lists.firsts[sourceRule]!, TARGET_SHIFT);
    else {
      each(id, targets[i]! & TARGET_CODE, rules[k]! & RULE_CODE);
      i++;
    }
  }
}

/** Every target of the source's rules, selecting the destination directly or through the facts it may have. */
function eachImplied(lists: PairLists, destination: DestinationProfile, entries: number[], each: Candidate): void {
  const { targets, targetCount, implied } = destination;
  let j = 0;
  for (let e = 0; e < entries.length; e++) {
    const id = entries[e]! >> RULE_SHIFT;
    if (j < targetCount && targets[j]! >> TARGET_SHIFT < id) j = gallop(targets, j, targetCount, id, TARGET_SHIFT);
    let selects = j < targetCount && targets[j]! >> TARGET_SHIFT === id ? targets[j]! & TARGET_CODE : NO;
    if ((selects & 3) === NO && (lists.flags[id]! & implied) !== 0) selects |= MAYBE;
    if (selects !== NO) each(id, selects, entries[e]! & RULE_CODE);
  }
}

/** The verdicts of one pair: the targets that let it through surely, those that may, and what else may. */
export class PairReach {
  private readonly yes: AnyPasses;
  private readonly maybe: AnyPasses;

  constructor(
    yes: readonly NetworkTarget[],
    maybe: readonly NetworkTarget[],
    /** The verdict where no target of the source's rules lets the question through. */
    private readonly otherwise: (protocols: readonly number[], port: number) => Tri,
  ) {
    this.yes = new AnyPasses(yes);
    this.maybe = new AnyPasses(maybe);
  }

  /** What NetworkIndex.verdict answers for this pair, these protocols and this port. */
  verdict(protocols: readonly number[], port: number): Tri {
    if (this.yes.lets(protocols, port)) return TRIS[YES]!;
    if (this.maybe.lets(protocols, port)) return TRIS[MAYBE]!;
    return this.otherwise(protocols, port);
  }
}
