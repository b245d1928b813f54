// AddressIndex.lookup against a scan of every range: the same ids, in the same order (nearest
// start first), whether a lookup walks back or asks the tree. And the attack that made lookups
// quadratic: one wide range before many small ones.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { AddressIndex } from '../../src/policy/address-index.js';
import { compileSelectors, type SelectorSet } from '../../src/policy/compile.js';
import { buildContext } from '../../src/policy/context.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { parseAddress, type Address } from '../../src/policy/ip.js';
import { seededRandom } from '../hujson/generator.js';

const context = buildContext(decodePolicy(parse('{}'), new Reader()));
const ip = (n: number): string => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const address = (text: string): Address => parseAddress(text)!;

/** What lookup must answer: every id whose ranges hold the address, by start descending (ids by insertion at equal starts). */
function scan(sets: readonly SelectorSet[], at: Address): number[] {
  const hits = sets.flatMap((set, id) =>
    set.addresses.v4.filter((r) => r.lo <= at.value && at.value <= r.hi).map((r) => ({ lo: r.lo, id })),
  );
  return hits.sort((a, b) => (a.lo > b.lo ? -1 : a.lo < b.lo ? 1 : b.id - a.id)).map((h) => h.id);
}

describe('AddressIndex.lookup', () => {
  it('answers as a scan of every range, for nested, overlapping and disjoint ranges', () => {
    const next = seededRandom(7);
    const sets = Array.from({ length: 600 }, () => {
      const start = Math.floor(next() * 4096);
      // Mostly small ranges, some wide ones: lookups both walk back and go past the walk's steps.
      const size = next() < 0.1 ? Math.floor(next() * 4096) : Math.floor(next() * 8);
      return compileSelectors([`${ip(start)}-${ip(Math.min(4095, start + size))}`], context);
    });
    const index = new AddressIndex();
    sets.forEach((set, id) => index.add(id, set));
    for (let n = 0; n < 4096; n += 7) {
      const at = address(ip(n));
      expect([ip(n), index.lookup(at)]).toEqual([ip(n), scan(sets, at)]);
    }
  });

  it('finds each of 150,000 addresses after one wide range in a few steps, not a walk over all before it', () => {
    const n = 150_000;
    const index = new AddressIndex();
    index.add(0, compileSelectors(['10.0.0.0/8'], context));
    for (let i = 1; i <= n; i++) index.add(i, compileSelectors([ip(2 * i)], context));
    const found = Array.from({ length: n }, (_, i) => index.lookup(address(ip(2 * (i + 1)))));
    expect(found.every((ids, i) => ids.length === 2 && ids[0] === i + 1 && ids[1] === 0)).toBe(true);
    expect(index.lookup(address(ip(3)))).toEqual([0]);
  });
});
