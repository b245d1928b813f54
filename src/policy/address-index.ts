// Finds the selector sets whose addresses contain a given address without testing each one:
// ranges sorted by start, with a running maximum of their ends, so a lookup walks back only while
// an earlier range may reach the address (a few steps, mostly). After a wide range every step
// would (100.64.0.0/10 and N /32 targets took N² steps), so a walk that goes on too long asks a
// tree of the largest end of each span of ranges instead, a few steps per range found.

import type { SelectorSet } from './compile.js';
import type { Address, Family, Range } from './ip.js';

/** Entries a lookup walks back over before it asks the tree. */
const WALK_STEPS = 32;

interface Entry {
  lo: bigint;
  hi: bigint;
  id: number;
}

export class AddressIndex {
  private readonly entries: Record<Family, Entry[]> = { 4: [], 6: [] };
  /**
   * Per family, a complete binary tree over the sorted entries, leaves from `leaves[family]` on:
   * each node holds the largest end among the entries under it (-1 where there are none). Built
   * on the first walk that goes too far: most indexes never need it.
   */
  private readonly ends: Record<Family, bigint[]> = { 4: [], 6: [] };
  private readonly leaves: Record<Family, number> = { 4: 1, 6: 1 };
  /** Per family, the largest end among the entries up to each one: how far back a walk must look. */
  private readonly maxHi: Record<Family, bigint[]> = { 4: [], 6: [] };
  /** Ids whose addresses cover the whole Tailscale device range, per family. */
  readonly covering: Record<Family, number[]> = { 4: [], 6: [] };
  /** Ids whose addresses cover part of the Tailscale device range, per family. */
  readonly partial: Record<Family, number[]> = { 4: [], 6: [] };
  private sorted = true;

  add(id: number, set: SelectorSet): void {
    // Addresses whose membership hangs on an ipset's autogroup:internet are candidates too:
    // matching decides them (match.ts).
    const dependent = set.internetDependent;
    for (const family of [4, 6] as const) {
      this.addRanges(id, family, family === 4 ? set.addresses.v4 : set.addresses.v6);
      if (dependent !== undefined) this.addRanges(id, family, family === 4 ? dependent.v4 : dependent.v6);
      if (set.tailscale[family] === 'yes') this.covering[family].push(id);
      else if (set.tailscale[family] === 'unknown') this.partial[family].push(id);
    }
  }

  private addRanges(id: number, family: Family, ranges: readonly Range[]): void {
    // Index loops: this runs once per rule part, mostly before the optimiser has seen it.
    const entries = this.entries[family];
    for (let i = 0; i < ranges.length; i++) entries.push({ lo: ranges[i]!.lo, hi: ranges[i]!.hi, id });
    if (ranges.length > 0) this.sorted = false;
  }

  private sort(): void {
    for (const family of [4, 6] as const) {
      const entries = this.entries[family].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
      let max = -1n;
      this.maxHi[family] = entries.map((e) => (max = e.hi > max ? e.hi : max));
      this.ends[family] = [];
    }
    this.sorted = true;
  }

  /** The tree of ends over the sorted entries, built the first time a walk goes too far. */
  private tree(family: Family): bigint[] {
    if (this.ends[family].length > 0) return this.ends[family];
    const entries = this.entries[family];
    let leaves = 1;
    while (leaves < entries.length) leaves *= 2;
    const ends = new Array<bigint>(2 * leaves).fill(-1n);
    for (let i = 0; i < entries.length; i++) ends[leaves + i] = entries[i]!.hi;
    for (let node = leaves - 1; node >= 1; node--) {
      const [left, right] = [ends[2 * node]!, ends[2 * node + 1]!];
      ends[node] = left > right ? left : right;
    }
    this.leaves[family] = leaves;
    this.ends[family] = ends;
    return ends;
  }

  /** Ids whose addresses contain `address` (an id may appear twice if two of its ranges do), nearest start first. */
  lookup(address: Address): number[] {
    if (!this.sorted) this.sort();
    const { family, value } = address;
    const entries = this.entries[family];
    const maxHi = this.maxHi[family];
    // The entries starting at or before the address: [0, starting).
    let starting = 0;
    let high = entries.length;
    while (starting < high) {
      const mid = (starting + high) >>> 1;
      if (entries[mid]!.lo <= value) starting = mid + 1;
      else high = mid;
    }
    // Most lookups take a few steps back, until no earlier entry reaches the address. After a wide
    // range, every step would: past WALK_STEPS, the tree answers instead.
    const out: number[] = [];
    let i = starting - 1;
    for (; i >= 0 && maxHi[i]! >= value && starting - i <= WALK_STEPS; i--)
      if (entries[i]!.hi >= value) out.push(entries[i]!.id);
    if (i < 0 || maxHi[i]! < value) return out;
    out.length = 0;
    this.descend(this.tree(family), family, 1, 0, this.leaves[family], starting, value, out);
    return out;
  }

  /**
   * Appends the ids of the entries under `node` (spanning [first, end)) that start before
   * `starting` and reach `value`; the later half first, in the walk's order.
   */
  private descend(
    ends: readonly bigint[],
    family: Family,
    node: number,
    first: number,
    end: number,
    starting: number,
    value: bigint,
    out: number[],
  ) {
    if (first >= starting || ends[node]! < value) return;
    if (node >= this.leaves[family]) {
      out.push(this.entries[family][first]!.id);
      return;
    }
    const mid = (first + end) >>> 1;
    this.descend(ends, family, 2 * node + 1, mid, end, starting, value, out);
    this.descend(ends, family, 2 * node, first, mid, starting, value, out);
  }
}
