import { describe, expect, it } from 'vitest';
import { canonicalJson, parse, toJSON } from '../../src/hujson/index.js';
import { decodeStringRange } from '../../src/hujson/strings.js';
import { HujsonGenerator, seededRandom } from './generator.js';

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

/** The canonical text as the policy decoder first wrote it, shallow values only: the reference. */
function stringifiedSorted(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const object = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, object[key]]),
    );
  });
}

/** Keys that collide, look like array indexes (or nearly), or are "__proto__"; and literals. */
const KEYS = ['0', '1', '10', '9', '01', '-1', '4294967294', '4294967295', '__proto__', 'a', 'B', 'é', '', '\\u0041'];
const LITERALS = ['1', '-0', '1.50', '1e400', '-1e400', '"x"', '"\\ud800"', '"\\u2028"', 'true', 'null'];

/** A random document of objects with such keys, arrays and literals. */
function keyedDocument(random: () => number, depth: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = (most: number, item: () => string): string[] =>
    Array.from({ length: Math.floor(random() * (most + 1)) }, item);
  const roll = random();
  if (depth > 0 && roll < 0.4) {
    return `{${some(5, () => `"${pick(KEYS)}": ${keyedDocument(random, depth - 1)}`).join(', ')}}`;
  }
  if (depth > 0 && roll < 0.6) return `[${some(3, () => keyedDocument(random, depth - 1)).join(', ')}]`;
  return pick(LITERALS);
}

describe('canonicalJson', () => {
  it.each([
    ['{"b": 1, "a": {"d": [3, {"f": 1, "e": 2}], "c": null}}', '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}'],
    ['{"10": 1, "9": 2, "a": 3, "01": 4}', '{"9":2,"10":1,"01":4,"a":3}'],
    ['{"a": 1, "__proto__": [2], "a": 3,}', '{"__proto__":[2],"a":3}'],
    ['"top"', '"top"'],
  ])('%s', (source, expected) => {
    const doc = parse(source);
    expect(canonicalJson(doc, doc.root)).toBe(expected);
    expect(stringifiedSorted(toJSON(doc))).toBe(expected);
  });

  it.each([
    // Numbers as written: an app reads them so, and a JavaScript number would merge these.
    ['[1.0, -0, 1e400, "\\u00e9\\n\\ud800"] /* c */', '[1.0,-0,1e400,"é\\n\ufffd"]'],
    ['{"id": 12345678901234567890, "n": 100, "m": 1E2}', '{"id":12345678901234567890,"m":1E2,"n":100}'],
  ])('numbers keep their text: %s', (source, expected) => {
    const doc = parse(source);
    expect(canonicalJson(doc, doc.root)).toBe(expected);
  });

  it('reads back as JSON.stringify of toJSON with sorted keys, on random documents', () => {
    const generator = new HujsonGenerator(5, { maxDepth: 4 });
    const random = seededRandom(9);
    for (let i = 0; i < 500; i++) {
      const doc = parse(i % 2 === 0 ? generator.document() : keyedDocument(random, 4));
      // Every value, names and nested values included.
      for (let value = 0; value < doc.count; value++) {
        expect(stringifiedSorted(JSON.parse(canonicalJson(doc, value)))).toBe(stringifiedSorted(toJSON(doc, value)));
      }
    }
  });
});
