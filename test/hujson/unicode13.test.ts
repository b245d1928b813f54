// The Unicode 13.0 table Go's hujson prints "invalid character" messages by, decoded from its
// compact form: the first and last pairs, single-point pairs, and points just outside them.

import { describe, expect, it } from 'vitest';
import { unassignedInUnicode13 } from '../../src/hujson/unicode13.js';

describe('unassignedInUnicode13', () => {
  it.each([
    [0x41, false],
    [0x377, false],
    [0x378, true], // the first pair, 0x378-0x379
    [0x379, true],
    [0x37a, false],
    [0x61d, true], // ARABIC END OF TEXT MARK, assigned in Unicode 14
    [0x1f979, true], // a pair of one point
    [0x1f97a, false],
    [0x1fae0, true], // MELTING FACE, Unicode 14
    [0xe01ef, false],
    [0xe01f0, true], // the last pair, 0xe01f0-0xefffd
    [0xefffd, true],
    [0xefffe, false],
    [0x10ffff, false],
  ])('%i: %s', (codePoint, unassigned) => {
    expect(unassignedInUnicode13(codePoint)).toBe(unassigned);
  });
});
