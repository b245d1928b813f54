import { describe, expect, it } from 'vitest';
import { parse, toJSON } from '../../src/hujson/index.js';
import { decodeStringRange } from '../../src/hujson/strings.js';

const literal = (text: string | Uint8Array): Uint8Array =>
  typeof text === 'string' ? new TextEncoder().encode(text) : text;
const decodeString = (bytes: Uint8Array): string => decodeStringRange(bytes, 0, bytes.length);

describe('decodeString', () => {
  it.each([
    ['"plain"', 'plain'],
    ['""', ''],
    ['"é 日本 😀"', 'é 日本 😀'],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\/\b\f\n\r\t'],
    ['"\\u00e9\\u00E9"', 'éé'],
    ['"\\ud83d\\ude00"', '😀'],
    // Go turns every unpaired surrogate escape into U+FFFD.
    ['"\\ud800\\u0041"', '\ufffdA'],
    ['"\\udc00x"', '\ufffdx'],
    ['"\\ud800\\ud800\\udc00"', '\ufffd\u{10000}'],
  ])('%s', (source, expected) => {
    expect(decodeString(literal(source))).toBe(expected);
  });

  it('replaces each invalid UTF-8 byte with U+FFFD, as Go does', () => {
    expect(decodeString(literal(Uint8Array.of(0x22, 0xe6, 0x97, 0x22)))).toBe('\ufffd\ufffd');
    expect(decodeString(literal(Uint8Array.of(0x22, 0xed, 0xa0, 0x80, 0x5c, 0x6e, 0x22)))).toBe('\ufffd\ufffd\ufffd\n');
  });
});

describe('toJSON', () => {
  it('gives plain values with members in document order', () => {
    const value = toJSON(parse('// c\n{"b": [1, -0.5, 1E3, true, false, null,], "a": {"\\u0041": "x"}, /* c */}'));
    expect(value).toEqual({ b: [1, -0.5, 1000, true, false, null], a: { A: 'x' } });
    expect(Object.keys(value as object)).toEqual(['b', 'a']);
  });

  it('keeps the last value of a duplicate key, in its first position, like JSON.parse', () => {
    const source = '{"a": 1, "b": 2, "a": 3}';
    expect(toJSON(parse(source))).toEqual(JSON.parse(source));
    expect(Object.keys(toJSON(parse(source)) as object)).toEqual(['a', 'b']);
  });

  it('adds "__proto__" as an ordinary key', () => {
    const value = toJSON(parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
