// Finds the selector sets whose addresses contain a given address without testing each one:
// ranges sorted by start, with a running maximum of their ends (a flat interval index).

import type { SelectorSet } from './compile.js';
import type { Address, Family, Range } from './ip.js';

interface Entry {
  lo: bigint;
  hi: bigint;
  id: number;
}

export class AddressIndex {
  private readonly entries: Record<Family, Entry[]> = { 4: [], 6: [] };
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
    }
    this.sorted = true;
  }

  /** Ids whose addresses contain `address` (an id may appear twice if two of its ranges do). */
  lookup(address: Address): number[] {
    if (!this.sorted) this.sort();
    const entries = this.entries[address.family];
    const maxHi = this.maxHi[address.family];
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (entries[mid]!.lo <= address.value) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let i = low - 1; i >= 0 && maxHi[i]! >= address.value; i--)
      if (entries[i]!.hi >= address.value) out.push(entries[i]!.id);
    return out;
  }
}
