// IP address parsing as Go's netip.ParseAddr accepts addresses, checked case by case and against
// a plain reference written the way the rules read (split, regular expressions, BigInt folding)
// on random strings of address characters.

import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../src/policy/ip.js';
import { seededRandom } from '../hujson/generator.js';

function referenceIPv4(text: string): bigint | undefined {
  const fields = text.split('.');
  if (fields.length !== 4) return undefined;
  let value = 0n;
  for (const field of fields) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(field) || Number(field) > 255) return undefined;
    value = (value << 8n) | BigInt(field);
  }
  return value;
}

function referenceGroups(text: string, mayEndWithIPv4: boolean): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && mayEndWithIPv4 && part.includes('.')) {
      const v4 = referenceIPv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) groups.push(parseInt(part, 16));
    else return undefined;
  }
  return groups;
}

function reference(text: string): { family: 4 | 6; value: bigint } | undefined {
  if (!text.includes(':')) {
    const value = referenceIPv4(text);
    return value === undefined ? undefined : { family: 4, value };
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = referenceGroups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? referenceGroups(halves[1]!, true) : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return { family: 6, value: groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n) };
}

describe('parseAddress', () => {
  test.each([
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['100.64.0.1', 4, 0x64400001n],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['1::', 6, 1n << 112n],
    ['fd7a:115c:a1e0::10', 6, (0xfd7a115ca1e0n << 80n) | 0x10n],
    ['FD7A:115C:A1E0:0:0:0:0:10', 6, (0xfd7a115ca1e0n << 80n) | 0x10n],
    ['1:2:3:4:5:6:7:8', 6, 0x00010002000300040005000600070008n],
    ['1:2:3:4:5:6::8', 6, 0x00010002000300040005000600000008n],
    ['::ffff:1.2.3.4', 6, 0xffff01020304n],
    ['1:2:3:4:5:6:1.2.3.4', 6, 0x00010002000300040005000601020304n],
  ])('%s', (text, family, value) => {
    expect(parseAddress(text)).toEqual({ family, value });
  });

  test.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.256',
    '01.2.3.4',
    '1..2.3',
    '1.2.3.4.',
    '1.2.3.1234',
    ' 1.2.3.4',
    '1.2.3.-4',
    ':',
    ':::',
    '1:::2',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7::8',
    '12345::',
    'g::',
    '1.2.3.4::',
    '::1.2.3',
    '1:2:3:4:5:6:7:1.2.3.4',
    '::1.2.3.4:5',
    'fe80::1%eth0',
    '1:2:',
    ':1::',
  ])('%j is not an address', (text) => {
    expect(parseAddress(text)).toBeUndefined();
  });

  test('agrees with the reference on random IPv6 shapes: full, compressed, with an IPv4 tail', () => {
    const next = seededRandom(8);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const GROUPS = ['0', '1', 'ff', 'FFFF', 'abcd', '0db8', '12345', 'g', ''];
    const OCTETS = ['0', '1', '255', '256', '01'];
    const accepted = { full: 0, compressed: 0, tail: 0 };
    for (let n = 0; n < 50_000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick(GROUPS));
      if (next() < 0.4)
        parts[parts.length - 1] = Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(OCTETS)).join('.');
      const gap = next() < 0.5 ? Math.floor(next() * (parts.length + 1)) : -1;
      const text = gap === -1 ? parts.join(':') : `${parts.slice(0, gap).join(':')}::${parts.slice(gap).join(':')}`;
      const expected = reference(text);
      expect(parseAddress(text), text).toEqual(expected);
      if (expected === undefined) continue;
      if (text.includes('.')) accepted.tail++;
      if (text.includes('::')) accepted.compressed++;
      else accepted.full++;
    }
    // Each shape is accepted often enough for the comparison to cover it.
    for (const count of Object.values(accepted)) expect(count).toBeGreaterThan(100);
  });

  test('agrees with the reference on random strings of address pieces', () => {
    const next = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const PIECES = ['0', '1', '00', '255', '256', '010', 'f', 'ff', 'FFFF', 'abcd', '12345', 'g', '', '%', ' '];
    const SEPARATORS = [':', ':', ':', '::', '.', '.', '.'];
    let addresses = 0;
    for (let n = 0; n < 50_000; n++) {
      let text = pick(PIECES);
      for (let i = Math.floor(next() * 9); i > 0; i--) text += pick(SEPARATORS) + pick(PIECES);
      const expected = reference(text);
      if (expected !== undefined) addresses++;
      expect(parseAddress(text), text).toEqual(expected);
    }
    // Enough of the strings are addresses for the comparison to mean something.
    expect(addresses).toBeGreaterThan(500);
  });
});
