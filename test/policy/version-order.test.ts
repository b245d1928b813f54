// Tailscale's version order for posture conditions (util/cmpver; docs/policy-semantics.md §5.7).

import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/policy/version-order.js';

describe('compareVersions', () => {
  it.each([
    ['equal', '1.9.8', '1.9.8', 0],
    ['major', '2.0.0', '1.9.9', 1],
    ['numbers, not text', '1.10', '1.2', 1],
    ['a part the other lacks: "12" comes before "12.0"', '12', '12.0', -1],
    ['the same for a short tsVersion', '1.40', '1.40.0', -1],
    ['a suffix comes after none', '1.40.0-t1234abcd', '1.40.0', 1],
    ['text parts as bytes', '14.0-CURRENT', '14.0-RELEASE', -1],
    ['more fields, larger', '0.96.1-0', '0.96-105', 1],
    ['Windows builds', '10.0.22631.2262', '10.0.22000', 1],
    ['leading zeros are numbers', '1.007', '1.7', 0],
    ['an empty version first', '', '1.2.3', -1],
    ['a number past 2^64 - 1 cannot be read', '18446744073709551616', '1', undefined],
    ['the largest one can', '18446744073709551615', '1', 1],
    ['a digit of another script: read as one by some versions, as text by others', '\u06f1\u06f1', '\u06f2', undefined],
  ])('%s: %s against %s', (_name, a, b, order) => {
    const sign = (n: number | undefined) => (n === undefined ? undefined : Math.sign(n));
    expect(sign(compareVersions(a, b))).toBe(order);
    expect(sign(compareVersions(b, a))).toBe(order === undefined ? undefined : -order || 0);
  });
});
