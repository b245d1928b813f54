// Documents nested as deep as the server takes them (10,000 levels: Go's encoding/json limit) and
// one level deeper. Every walk over a document is a loop, so none may overflow the stack here.
// Go's layout puts one tab per level on each line, so some outputs reach 100 MB: they are
// compared as bytes, and a failure prints no diff of them.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  etag,
  format,
  MAX_NESTING_DEPTH,
  minimize,
  pack,
  parse,
  standardize,
  toJSON,
} from '../../src/hujson/index.js';
import { syntaxErrorOf } from './syntax-error.js';

const DEPTH = 10_000;
const encoder = new TextEncoder();

/** Whether the bytes are exactly `expected` (a string is taken as UTF-8). */
function same(actual: Uint8Array, expected: Uint8Array | string): boolean {
  const view = Buffer.from(actual.buffer, actual.byteOffset, actual.length);
  return view.equals(typeof expected === 'string' ? encoder.encode(expected) : expected);
}

/** Lines of `tabs` tabs then `text`, each ended by a line feed, as bytes. */
function lines(list: readonly (readonly [tabs: number, text: string])[]): Buffer {
  const size = list.reduce((sum, [tabs, text]) => sum + tabs + Buffer.byteLength(text) + 1, 0);
  const out = Buffer.alloc(size);
  let at = 0;
  for (const [tabs, text] of list) {
    out.fill(0x09, at, at + tabs);
    at += tabs;
    at += out.write(text, at);
    out[at++] = 0x0a;
  }
  return out;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** `[` on a line of its own at every level, as Go lays out an array whose items start lines. */
const arraysOnLines = (depth: number): string => '[\n'.repeat(depth) + '1' + ']'.repeat(depth);
const arraysOnLinesFormatted = (depth: number): Buffer =>
  lines([
    ...range(0, depth).map((i) => [i, '['] as const),
    [depth, '1'],
    ...range(0, depth).map((i) => [depth - 1 - i, ']'] as const),
  ]);

describe('nesting as deep as Go’s encoding/json allows', () => {
  it('is 10,000 levels', () => {
    expect(MAX_NESTING_DEPTH).toBe(DEPTH);
  });

  it('formats arrays nested 10,000 deep with one tab per level, as Go does', () => {
    expect(same(format(arraysOnLines(DEPTH)), arraysOnLinesFormatted(DEPTH))).toBe(true);
  });

  it('formats objects nested 10,000 deep with one tab per level, as Go does', () => {
    const input = '{\n"a": '.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
    const expected = lines([
      [0, '{'],
      ...range(1, DEPTH).map((i) => [i, '"a": {'] as const),
      [DEPTH, '"a": 1'],
      ...range(0, DEPTH).map((i) => [DEPTH - 1 - i, '}'] as const),
    ]);
    expect(same(format(input), expected)).toBe(true);
  });

  it('formats 10,000 levels written on one line idempotently, and minimizes them back', () => {
    const input = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
    const formatted = format(input);
    expect(same(format(formatted), formatted)).toBe(true);
    expect(same(minimize(formatted), input)).toBe(true);
  });

  it('gives the ETag of the formatted bytes', () => {
    const expected = createHash('sha256').update(arraysOnLinesFormatted(DEPTH)).digest('hex');
    expect(etag(arraysOnLines(DEPTH))).toBe(expected);
  });

  it('standardizes, minimizes and packs 10,000 levels with comments and trailing commas', () => {
    const arrays = '[ /*c*/'.repeat(DEPTH) + '1' + ',]'.repeat(DEPTH);
    expect(same(standardize(arrays), '[      '.repeat(DEPTH) + '1' + ' ]'.repeat(DEPTH))).toBe(true);
    expect(same(minimize(arrays), '['.repeat(DEPTH) + '1' + ']'.repeat(DEPTH))).toBe(true);
    expect(same(pack(parse(arrays)), arrays)).toBe(true);
    const objects = '{"a" // c\n:'.repeat(DEPTH) + 'true' + ',}'.repeat(DEPTH);
    expect(same(standardize(objects), '{"a"     \n:'.repeat(DEPTH) + 'true' + ' }'.repeat(DEPTH))).toBe(true);
    expect(same(minimize(objects), '{"a":'.repeat(DEPTH) + 'true' + '}'.repeat(DEPTH))).toBe(true);
    expect(same(pack(parse(objects)), objects)).toBe(true);
  });

  it('gives the plain value of 10,000 levels, and its canonical text', () => {
    const doc = parse('{"b": 0, "a": ['.repeat(DEPTH / 2) + 'null' + ']}'.repeat(DEPTH / 2));
    // Walked down by hand: a deep equality check would itself recurse.
    let value = toJSON(doc) as { a: unknown[]; b: number };
    let levels = 1;
    while (Object.keys(value).join() === 'b,a' && value.b === 0 && value.a.length === 1 && value.a[0] !== null) {
      value = value.a[0] as typeof value;
      levels++;
    }
    expect(levels).toBe(DEPTH / 2);
    expect(value).toEqual({ b: 0, a: [null] });
    expect(canonicalJson(doc, doc.root)).toBe('{"a":['.repeat(DEPTH / 2) + 'null' + '],"b":0}'.repeat(DEPTH / 2));
  });
});

describe('nesting deeper than 10,000 levels', () => {
  const goText = (bracket: string): string => `invalid character '${bracket}' exceeded max depth`;

  it.each([
    ['arrays', '['.repeat(DEPTH + 1) + ']'.repeat(DEPTH + 1), '[', DEPTH + 1],
    ['objects', '{"a":'.repeat(DEPTH + 1) + '1' + '}'.repeat(DEPTH + 1), '{', 5 * DEPTH + 1],
    ['100,000 levels', '['.repeat(100_000) + ']'.repeat(100_000), '[', DEPTH + 1],
  ])('%s: refused with encoding/json’s error at the first bracket past the limit', (_, input, bracket, column) => {
    for (const operation of [parse, format, standardize, minimize, etag]) {
      const error = syntaxErrorOf(() => operation(input));
      expect(error.message).toBe(`${goText(bracket)} (Go's encoding/json allows 10000 levels of nesting)`);
      expect(error.fullMessage).toBe(goText(bracket));
      expect([error.line, error.column, error.offset]).toEqual([1, column, column - 1]);
    }
  });

  it('counts lines and columns to the bracket', () => {
    const error = syntaxErrorOf(() =>
      parse('// deep\n' + '[\n'.repeat(DEPTH) + ' ['.repeat(3) + ']'.repeat(DEPTH + 3)),
    );
    expect([error.line, error.column]).toEqual([DEPTH + 2, 2]);
  });

  it('reports a syntax error anywhere in the document first: Go’s hujson reads it all before encoding/json', () => {
    const deep = '['.repeat(DEPTH + 1) + ']'.repeat(DEPTH + 1);
    expect(syntaxErrorOf(() => parse(`${deep} x`)).fullMessage).toBe(
      `hujson: line 1, column ${2 * DEPTH + 4}: invalid character 'x' after top-level value`,
    );
    expect(syntaxErrorOf(() => parse(`[${deep}, tru]`)).message).toBe('invalid literal: tru');
    expect(syntaxErrorOf(() => parse('['.repeat(DEPTH + 5))).message).toBe('parsing value: unexpected EOF');
  });
});
