// The numbers a NetworkIndex (network-index.ts) works in: how a target or rule selects a
// principal, per-target flags, the packing of profile entries, and the profiles themselves.

import { namesIdentities, type NetworkRule, type SelectorSet } from './compile.js';
import type { AddressIndex } from './address-index.js';
import type { Reach } from './maybe-reach.js';
import type { Family } from './ip.js';
import { slot, type Principal } from './principal.js';
import type { Tri } from './tri.js';

// How a target or a rule selects a principal, as numbers so that the hot loop compares small
// integers: NO < MAYBE < YES, so `and` is the minimum and `or` the maximum. A destination's
// code for a target may also carry SELF (the target is autogroup:self and the destination a user).
export const NO = 0;
export const MAYBE = 1;
export const YES = 2;
export const SELF = 4;
export const TRIS: readonly Tri[] = ['no', 'unknown', 'yes'];

export function code(tri: Tri): number {
  return tri === 'yes' ? YES : tri === 'unknown' ? MAYBE : NO;
}

// Per-target flags: the facts an offline principal may have beyond the known ones, through
// which the target may select it (destination side) or its rule may (source side).
export const DST_TAGS = 1;
export const DST_IDENTITY = 2;
export const DST_PARTIAL: Record<Family, number> = { 4: 4, 6: 8 };
export const SRC_TAGS = 16;
export const SRC_IDENTITY = 32;
/** The target's destination is `*` alone (wildcard-targets.ts). */
export const BARE_WILDCARD = 64;

// A profile's entries pack an id and its code into one integer, so that a profile is one typed
// array: a source's rule id times 4 plus MAYBE or YES; a destination's target id times 8 plus
// its code, which may carry SELF.
export const RULE_SHIFT = 2;
export const RULE_CODE = 3;
export const TARGET_SHIFT = 3;
export const TARGET_CODE = 7;

// What kinds of targets a rule has: to `*` alone (kept apart, wildcard-targets.ts), or others.
export const OWN = 1;
export const WILD = 2;

/**
 * How many of a profile's candidates count as one materialised address range against the size
 * limit (deadline.ts): an entry is 4 bytes of a typed array (8 while it is gathered), a range
 * some 50.
 */
export const ENTRIES_PER_RANGE = 12;

export interface SourceProfile {
  /** Rules whose `src` selects the source, ascending, each with how surely (MAYBE or YES): the first `ruleCount`. */
  rules: Int32Array;
  ruleCount: number;
  /** Of those, the rules with targets other than bare `*` ones (wildcard-targets.ts), the same way: the first `ownCount`. */
  own: Int32Array;
  ownCount: number;
  /** Of those, the rules with bare `*` targets, the same way; and the surest code among all the source's rules. */
  wild: Int32Array;
  best: number;
  /** Of `own`, those selecting the source surely (YES), exactly; made on first use (network-index.ts). */
  sure?: Int32Array;
  /** Its rules' targets but bare `*` ones, packed as rules are; made on first use (network-index.ts). */
  ownTargets?: number[];
  /** The source may carry tags beyond the known one (offline tagged device). */
  otherTags: boolean;
  /** The source is an address that may belong to any device (offline). */
  anyIdentity: boolean;
}

export interface DestinationProfile {
  /** Targets selecting the destination by what is known of it, ascending, with codes: the first `targetCount`. */
  targets: Int32Array;
  targetCount: number;
  /** Flags (DST_*) of the targets that may select it through facts not known. */
  implied: number;
  /** How every bare `*` target selects it (they are not among `targets`). */
  wild: number;
  /** The targets of the shared "maybe" lists that select it, by list; made on first use. */
  maybe?: Map<string, Reach>;
}

/**
 * The candidates' array, holding the `found` kept in front: itself, unless most candidates did
 * not match (a principal that may match every rule naming a user, say), then only those.
 */
export function kept(candidates: Int32Array, found: number): Int32Array {
  return found * 2 < candidates.length ? candidates.slice(0, found) : candidates;
}

const NO_RULES = new Int32Array(0);

/**
 * A source's rules (`count` entries of `rules`) by the kinds of targets they have (`kinds`, by
 * rule id): those with other than bare `*` targets, those with such targets, and the surest code.
 */
export function byKind(
  kinds: Uint8Array,
  anyWild: boolean,
  rules: Int32Array,
  count: number,
): Pick<SourceProfile, 'own' | 'ownCount' | 'wild' | 'best'> {
  // Without targets to `*` alone (most policies), every rule is one of its own.
  if (!anyWild) return { own: rules, ownCount: count, wild: NO_RULES, best: YES };
  let owned = 0;
  let wilds = 0;
  let best = NO;
  for (let k = 0; k < count; k++) {
    const kind = kinds[rules[k]! >> RULE_SHIFT]!;
    if (kind & OWN) owned++;
    if (kind & WILD) wilds++;
    best = Math.max(best, rules[k]! & RULE_CODE);
  }
  const own = owned === count ? rules : new Int32Array(owned);
  const wild = wilds === 0 ? NO_RULES : new Int32Array(wilds);
  if (owned < count || wilds > 0) {
    for (let k = 0, o = 0, w = 0; k < count; k++) {
      const entry = rules[k]!;
      const kind = kinds[entry >> RULE_SHIFT]!;
      // When every rule has other targets, `own` is `rules` itself.
      if (owned < count && kind & OWN) own[o++] = entry;
      if (kind & WILD) wild[w++] = entry;
    }
  }
  return { own, ownCount: owned, wild, best };
}

/** How surely the source's rule `ruleId` selects it (MAYBE or YES), or NO: a search of its sorted rules. */
export function ruleCode(source: SourceProfile, ruleId: number): number {
  const rules = source.rules;
  let low = 0;
  let high = source.ruleCount;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = rules[middle]! >> RULE_SHIFT;
    if (at === ruleId) return rules[middle]! & RULE_CODE;
    if (at < ruleId) low = middle + 1;
    else high = middle;
  }
  return NO;
}

/** The DST_* flags of a target's destination set. */
export function destinationFlags(dst: SelectorSet): number {
  let flags = 0;
  // autogroup:tagged too: a Service that carries a tag may count as tagged (§2.2.10).
  if (dst.tags.size > 0 || dst.tagged) flags |= DST_TAGS;
  if (namesIdentities(dst) || dst.self) flags |= DST_IDENTITY;
  if (dst.tailscale[4] === 'unknown') flags |= DST_PARTIAL[4];
  if (dst.tailscale[6] === 'unknown') flags |= DST_PARTIAL[6];
  return flags;
}

/** The address ranges a rule adds to the indexes. */
export function addressCount(rule: NetworkRule): number {
  let count = rule.src.addresses.v4.length + rule.src.addresses.v6.length;
  for (let i = 0; i < rule.targets.length; i++) {
    const addresses = rule.targets[i]!.dst.addresses;
    count += addresses.v4.length + addresses.v6.length;
  }
  return count;
}

/** Ids whose addresses may hold the principal's address; partial matches of an unknown address only when asked. */
export function addressCandidates(index: AddressIndex, p: Principal, family: Family, withPartial: boolean): number[][] {
  const at = slot(p, family);
  if (at === undefined) return [];
  if (at.kind === 'known') return [index.lookup(at.address)];
  return withPartial ? [index.covering[family], index.partial[family]] : [index.covering[family]];
}

/**
 * The first index from `from` on whose entry (shifted right by `shift`) is at least `key`, in a list
 * ascending up to `count`, whose entry at `from` is below `key`: steps of 1, 2, 4... then a binary
 * search, so skipping n entries costs about 2 log n reads, and skipping none costs one.
 */
export function gallop(list: Int32Array, from: number, count: number, key: number, shift: number): number {
  let below = from;
  let step = 1;
  let probe = from + 1;
  while (probe < count && list[probe]! >> shift < key) {
    below = probe;
    step *= 2;
    probe = below + step;
  }
  let low = below + 1;
  let high = Math.min(probe, count);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! >> shift < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
