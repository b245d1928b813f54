// Sharing of equal short byte runs while parsing. A policy repeats the same few keys, values
// and indentation runs thousands of times, and a typed array per occurrence made garbage
// collection the parser's main cost; one shared view per distinct run removes most of it.

import { EMPTY } from './bytes.js';

/** Longer runs are rarely repeated, so hashing them would cost more than it saves. */
const MAX_INTERNED_LENGTH = 48;
const INITIAL_SLOTS = 4096;

export class ByteInterner {
  private slots: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(INITIAL_SLOTS);
  private used = 0;

  constructor(private readonly source: Uint8Array) {}

  /** A view of `source[start, end)`, shared with every earlier equal run. */
  view(start: number, end: number): Uint8Array {
    const length = end - start;
    if (length === 0) return EMPTY;
    if (length > MAX_INTERNED_LENGTH) return this.source.subarray(start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash(this.source, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === undefined) return this.insert(slot, start, end);
      if (entry.length === length && equalsRange(entry, this.source, start)) return entry;
    }
  }

  private insert(slot: number, start: number, end: number): Uint8Array {
    const entry = this.source.subarray(start, end);
    this.slots[slot] = entry;
    if (++this.used * 2 > this.slots.length) this.grow();
    return entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<Uint8Array | undefined>(old.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < old.length; i++) {
      const entry = old[i];
      if (entry === undefined) continue;
      let slot = hash(entry, 0, entry.length) & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

/** FNV-1a. */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function equalsRange(entry: Uint8Array, source: Uint8Array, start: number): boolean {
  for (let i = 0; i < entry.length; i++) if (entry[i] !== source[start + i]) return false;
  return true;
}
