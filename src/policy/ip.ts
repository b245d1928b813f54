// IP addresses, prefixes and sets of address ranges, parsed the way Go's net/netip parses them
// (the server is written in Go, so what it accepts as an address is what netip accepts).

import { hexValue } from '../hujson/bytes.js';

export type Family = 4 | 6;

export interface Address {
  family: Family;
  value: bigint;
}

/** An inclusive range of addresses of one family. */
export interface Range {
  lo: bigint;
  hi: bigint;
}

/** Sorted, non-overlapping, non-adjacent ranges per family. */
export interface IPSet {
  v4: readonly Range[];
  v6: readonly Range[];
}

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

// The parsers read characters in place: a large tailnet or policy holds tens of thousands of
// addresses, and splitting each into strings and folding BigInts group by group made most of
// what a `plan --devices` run allocated for them.

export function parseAddress(text: string): Address | undefined {
  if (text.includes(':')) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIPv4(text, 0, text.length);
  return value === -1 ? undefined : { family: 4, value: BigInt(value) };
}

const DOT = 0x2e;

/**
 * `text[start, end)` as a dotted IPv4 address: four decimal fields of one to three digits, no
 * leading zero, each at most 255 (netip.ParseAddr); -1 when it is none.
 */
function parseIPv4(text: string, start: number, end: number): number {
  let value = 0;
  let fields = 0;
  let i = start;
  for (;;) {
    const first = i;
    let field = 0;
    while (i < end && i - first < 4) {
      const digit = text.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) break;
      field = field * 10 + digit;
      i++;
    }
    const digits = i - first;
    if (digits === 0 || digits > 3 || (digits > 1 && text.charCodeAt(first) === 0x30) || field > 255) return -1;
    value = value * 256 + field;
    fields++;
    if (i === end) return fields === 4 ? value : -1;
    if (text.charCodeAt(i) !== DOT || fields === 4) return -1;
    i++;
  }
}

/** The eight groups of an IPv6 address being parsed, read back as two 64-bit halves. */
const GROUPS = new DataView(new ArrayBuffer(16));

function parseIPv6(text: string): bigint | undefined {
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return undefined;
  if (gap === -1) {
    if (parseGroups(text, 0, text.length, true, 0) !== 8) return undefined;
  } else {
    const head = parseGroups(text, 0, gap, false, 0);
    if (head === -1) return undefined;
    const tail = parseGroups(text, gap + 2, text.length, true, head);
    if (tail === -1 || head + tail > 7) return undefined;
    // The tail was written after the head: moved to the end, the groups between are zero.
    for (let g = tail - 1; g >= 0; g--) GROUPS.setUint16(2 * (8 - tail + g), GROUPS.getUint16(2 * (head + g)));
    for (let g = head; g < 8 - tail; g++) GROUPS.setUint16(2 * g, 0);
  }
  return (GROUPS.getBigUint64(0) << 64n) | GROUPS.getBigUint64(8);
}

/**
 * Hex groups of one side of `::` into GROUPS from group `at` on; the last group of the address
 * may be a dotted IPv4 address (two groups). Their number, or -1 when the side is not groups or
 * more than eight.
 */
function parseGroups(text: string, start: number, end: number, mayEndWithIPv4: boolean, at: number): number {
  if (start === end) return 0;
  let count = 0;
  let i = start;
  for (;;) {
    const colon = text.indexOf(':', i);
    const partEnd = colon === -1 || colon > end ? end : colon;
    const last = partEnd === end;
    if (last && mayEndWithIPv4 && text.lastIndexOf('.', end - 1) >= i) {
      const v4 = parseIPv4(text, i, end);
      if (v4 === -1 || at + count + 2 > 8) return -1;
      GROUPS.setUint16(2 * (at + count), v4 >>> 16);
      GROUPS.setUint16(2 * (at + count + 1), v4 & 0xffff);
      return count + 2;
    }
    const group = hexGroup(text, i, partEnd);
    if (group === -1 || at + count === 8) return -1;
    GROUPS.setUint16(2 * (at + count), group);
    count++;
    if (last) return count;
    i = partEnd + 1;
  }
}

/** `text[start, end)` as one to four hex digits, or -1. */
function hexGroup(text: string, start: number, end: number): number {
  if (end - start < 1 || end - start > 4) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = hexValue(text.charCodeAt(i));
    if (digit === -1) return -1;
    value = value * 16 + digit;
  }
  return value;
}

export interface Prefix {
  family: Family;
  /** The masked network address. */
  value: bigint;
  bits: number;
}

export function parsePrefix(text: string): Prefix | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (address === undefined || !/^(0|[1-9][0-9]*)$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > BITS[address.family]) return undefined;
  return { family: address.family, value: address.value & mask(address.family, bits), bits };
}

function mask(family: Family, bits: number): bigint {
  const total = BITS[family];
  return ((1n << BigInt(total)) - 1n) ^ ((1n << BigInt(total - bits)) - 1n);
}

export function prefixRange(prefix: Prefix): Range {
  const size = 1n << BigInt(BITS[prefix.family] - prefix.bits);
  return { lo: prefix.value, hi: prefix.value + size - 1n };
}

export function addressPrefix(address: Address): Prefix {
  return { family: address.family, value: address.value, bits: BITS[address.family] };
}

/** An address or a prefix, as written in hosts, rules and tests. */
export function parseAddressOrPrefix(text: string): Prefix | undefined {
  if (text.includes('/')) return parsePrefix(text);
  const address = parseAddress(text);
  return address === undefined ? undefined : addressPrefix(address);
}

/** `a-b` with two addresses of one family, lowest first (only valid inside ipsets). */
export function parseAddressRange(text: string): { family: Family; range: Range } | undefined {
  const dash = text.indexOf('-');
  if (dash === -1) return undefined;
  const lo = parseAddress(text.slice(0, dash));
  const hi = parseAddress(text.slice(dash + 1));
  if (lo === undefined || hi === undefined || lo.family !== hi.family || lo.value > hi.value) return undefined;
  return { family: lo.family, range: { lo: lo.value, hi: hi.value } };
}

export function setOf(entries: readonly { family: Family; range: Range }[]): IPSet {
  const v4: Range[] = [];
  const v6: Range[] = [];
  for (const e of entries) (e.family === 4 ? v4 : v6).push(e.range);
  return { v4: normalize(v4), v6: normalize(v6) };
}

export function prefixSet(prefixes: readonly Prefix[]): IPSet {
  return setOf(prefixes.map((p) => ({ family: p.family, range: prefixRange(p) })));
}

const byStart = (a: Range, b: Range): number => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0);

/** Sorts and merges ranges into a set's form; `ranges` may be reordered. */
function normalize(ranges: Range[]): Range[] {
  ranges.sort(byStart);
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && range.lo <= last.hi + 1n) {
      if (range.hi > last.hi) out[out.length - 1] = { lo: last.lo, hi: range.hi };
    } else out.push(range);
  }
  return out;
}

/** The union of any number of sets, sorted once (a pairwise fold would sort again for each set). */
export function unionAll(sets: readonly IPSet[]): IPSet {
  const nonEmpty = sets.filter((set) => set.v4.length + set.v6.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const v4: Range[] = [];
  const v6: Range[] = [];
  for (const set of nonEmpty) {
    for (const r of set.v4) v4.push(r);
    for (const r of set.v6) v6.push(r);
  }
  return { v4: normalize(v4), v6: normalize(v6) };
}

export function union(a: IPSet, b: IPSet): IPSet {
  return unionAll([a, b]);
}

/** One step of a sequence of set operations: add or remove the addresses of `set`. */
export interface SetOperation {
  remove: boolean;
  set: IPSet;
}

/**
 * The addresses left after applying the operations in order, starting from nothing. An address
 * is in the result when the last operation that names it adds it: the operations are applied
 * last first, each marking only the pieces no later one marked (a union-find skips them), so
 * alternating adds and removes cost one sort, not one pass over the set per operation.
 */
export function applyOperations(operations: readonly SetOperation[]): IPSet {
  if (operations.every((op) => !op.remove)) return unionAll(operations.map((op) => op.set));
  return { v4: applyInFamily(operations, 4), v6: applyInFamily(operations, 6) };
}

function applyInFamily(operations: readonly SetOperation[], family: Family): Range[] {
  // Elementary pieces: between consecutive boundaries, every operation names all or none of a piece.
  const bounds: bigint[] = [];
  for (const op of operations) for (const r of rangesOf(op.set, family)) bounds.push(r.lo, r.hi + 1n);
  bounds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const cuts = bounds.filter((b, i) => i === 0 || b !== bounds[i - 1]);
  const piece = (value: bigint): number => {
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cuts[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const added = new Uint8Array(cuts.length);
  // next[i]: the first piece at or after i that no later operation has marked yet.
  const next = Int32Array.from({ length: cuts.length + 1 }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root]!;
    while (next[i] !== root) {
      const following = next[i]!;
      next[i] = root;
      i = following;
    }
    return root;
  };
  for (let k = operations.length - 1; k >= 0; k--) {
    const op = operations[k]!;
    for (const r of rangesOf(op.set, family)) {
      const end = piece(r.hi + 1n);
      for (let i = find(piece(r.lo)); i < end; i = find(i)) {
        added[i] = op.remove ? 0 : 1;
        next[i] = i + 1;
      }
    }
  }
  const out: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (added[i] === 1) out.push({ lo: cuts[i]!, hi: cuts[i + 1]! - 1n });
  return normalize(out);
}

export function subtract(a: IPSet, b: IPSet): IPSet {
  return { v4: subtractRanges(a.v4, b.v4), v6: subtractRanges(a.v6, b.v6) };
}

/** No address at all. */
export const NO_ADDRESSES: IPSet = { v4: [], v6: [] };

/** The addresses in exactly one of the sets. */
export function symmetricDifference(a: IPSet, b: IPSet): IPSet {
  return union(subtract(a, b), subtract(b, a));
}

export function isEmpty(set: IPSet): boolean {
  return set.v4.length + set.v6.length === 0;
}

/** One merge pass over both sorted lists. */
function subtractRanges(from: readonly Range[], remove: readonly Range[]): Range[] {
  const out: Range[] = [];
  let j = 0;
  for (const range of from) {
    let lo = range.lo;
    while (j < remove.length && remove[j]!.hi < lo) j++;
    let k = j;
    for (; k < remove.length && remove[k]!.lo <= range.hi; k++) {
      const r = remove[k]!;
      if (r.lo > lo) out.push({ lo, hi: r.lo - 1n });
      lo = r.hi + 1n;
      if (lo > range.hi) break;
    }
    if (lo <= range.hi) out.push(lo === range.lo ? range : { lo, hi: range.hi });
  }
  return out;
}

function rangesOf(set: IPSet, family: Family): readonly Range[] {
  return family === 4 ? set.v4 : set.v6;
}

/** Index of the first range whose end is at or after `value` (binary search). */
function firstEndingFrom(ranges: readonly Range[], value: bigint): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]!.hi < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function contains(set: IPSet, address: Address): boolean {
  const ranges = rangesOf(set, address.family);
  const r = ranges[firstEndingFrom(ranges, address.value)];
  return r !== undefined && r.lo <= address.value;
}

/** Whether `outer` holds every address of `inner` in the family. */
export function covers(outer: IPSet, inner: IPSet, family: Family): boolean {
  const outerRanges = rangesOf(outer, family);
  return rangesOf(inner, family).every((r) => {
    const o = outerRanges[firstEndingFrom(outerRanges, r.lo)];
    return o !== undefined && o.lo <= r.lo && r.hi <= o.hi;
  });
}

export function overlaps(a: IPSet, b: IPSet, family: Family): boolean {
  const aRanges = rangesOf(a, family);
  return rangesOf(b, family).some((o) => {
    const r = aRanges[firstEndingFrom(aRanges, o.lo)];
    return r !== undefined && r.lo <= o.hi;
  });
}

export function formatAddress(address: Address): string {
  if (address.family === 4) {
    const v = address.value;
    return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((address.value >> shift) & 0xffffn));
  return compressIPv6(groups);
}

/** RFC 5952 text: the longest run (of at least two) of zero groups becomes `::`. */
function compressIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Whether a prefix covers one address (/32, /128). */
export function isFullLength(prefix: Prefix): boolean {
  return prefix.bits === addressPrefix(prefix).bits;
}
