import { describe, expect, it } from 'vitest';
import { format, minimize, pack, parse, positionAt, standardize, TRAILING_COMMA } from '../../src/hujson/index.js';
import { HujsonGenerator } from './generator.js';
import { syntaxErrorOf } from './syntax-error.js';

const encoder = new TextEncoder();
const text = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(encoder.encode(part)) : part)));

describe('parse: the flat document', () => {
  const range = (source: string, start: number, end: number): string =>
    Buffer.from(encoder.encode(source).subarray(start, end)).toString('utf8');

  it('splits every gap of an object as the spec labels them', () => {
    const source = '/*a*/{ /*b*/"k"/*c*/:/*d*/1/*e*/,/*f*/}/*g*/';
    const doc = parse(source);
    const extra = (start: Int32Array, end: Int32Array, value: number): string =>
      range(source, start[value]!, end[value]!);
    expect(doc.count).toBe(3);
    expect([extra(doc.befores, doc.starts, 0), extra(doc.ends, doc.afters, 0)]).toEqual(['/*a*/', '/*g*/']);
    expect([
      extra(doc.befores, doc.starts, 1),
      extra(doc.ends, doc.afters, 1),
      extra(doc.befores, doc.starts, 2),
      extra(doc.ends, doc.afters, 2),
    ]).toEqual([' /*b*/', '/*c*/', '/*d*/', '/*e*/']);
    expect(range(source, doc.closings[0]!, doc.ends[0]! - 1)).toBe('/*f*/');
    expect([doc.firstItem(0), doc.next(1), doc.next(2)]).toEqual([1, 2, -1]);
  });

  it('marks a trailing comma on the composite, and keeps the pre-comma extra on the last value', () => {
    const withComma = parse('[1 ,]');
    const withoutComma = parse('[1 ]');
    expect(withComma.flags[0]! & TRAILING_COMMA).toBe(TRAILING_COMMA);
    expect(withoutComma.flags[0]! & TRAILING_COMMA).toBe(0);
    expect(range('[1 ,]', withComma.ends[1]!, withComma.afters[1]!)).toBe(' ');
    expect(range('[1 ,]', withComma.closings[0]!, 4)).toBe('');
    expect(withoutComma.afters[1]).toBe(withoutComma.ends[1]);
    expect(range('[1 ]', withoutComma.closings[0]!, 3)).toBe(' ');
    expect(text(pack(parse('[1,]')))).toBe('[1,]');
  });

  it('records line, byte column, offset and end of every value, in document order', () => {
    const source = encoder.encode('{\n  "é": [1, true],\r\n\t"b" : "x"}');
    const doc = parse(source);
    const values = Array.from({ length: doc.count }, (_, value) => {
      const { line, column } = doc.position(value);
      return [text(source.subarray(doc.starts[value]!, doc.ends[value]!)), line, column];
    });
    expect(values).toEqual([
      ['{\n  "é": [1, true],\r\n\t"b" : "x"}', 1, 1],
      ['"é"', 2, 3],
      ['[1, true]', 2, 9],
      ['1', 2, 10],
      ['true', 2, 13],
      ['"b"', 3, 2],
      ['"x"', 3, 8],
    ]);
  });

  it('gives positions that agree with positionAt on random documents', () => {
    const generator = new HujsonGenerator(11);
    for (let n = 0; n < 100; n++) {
      const source = encoder.encode(generator.document());
      const doc = parse(source);
      // Asked out of order too, and in strides (jumps forward of a few lines and of many), which
      // the position lookup's walk from its previous answer must not get wrong.
      const ids = [...Array(doc.count).keys()];
      const strides = [3, 29].flatMap((stride) => ids.map((i) => (i * stride) % doc.count));
      for (const value of [...ids, ...[...ids].reverse(), ...strides]) {
        expect(doc.position(value)).toEqual(positionAt(source, doc.starts[value]!));
      }
    }
  });

  it('accepts strings and numbers as raw bytes', () => {
    expect(text(pack(parse(bytes('["', [0xff], '", -0, 1E+5]'))))).toBe(text(bytes('["', [0xff], '", -0, 1E+5]')));
  });
});

describe('parse errors', () => {
  it.each([
    // Raw bytes the spec verified separately (2.9).
    ['0xFF outside a string', bytes('[', [0xff], ']'), 1, 2, "invalid character '\\xff' at start of value"],
    [
      'a UTF-8 encoded surrogate',
      bytes('[', [0xed, 0xa0, 0x80], ']'),
      1,
      2,
      "invalid character '\\xed' at start of value",
    ],
    ['invalid UTF-8 in a comment', bytes('[1,\n /* ', [0xff], ' */]'), 2, 2, 'invalid UTF-8 in comment'],
    ['a truncated sequence in a comment', bytes('// ', [0xe6, 0x97], '\n1'), 1, 1, 'invalid UTF-8 in comment'],
    ['a byte-order mark', bytes([0xef, 0xbb, 0xbf], '{}'), 1, 1, "invalid character '\\ufeff' at start of value"],
    ['a NUL byte', bytes('[', [0], ']'), 1, 2, "invalid character '\\u0000' at start of value"],
    ['a NUL byte in a string', bytes('["a', [0], '"]'), 1, 2, 'invalid literal: "a\u0000"'],
    [
      'a non-BMP control character',
      bytes('[', [0xf3, 0xa0, 0x80, 0x81], ']'),
      1,
      2,
      "invalid character '\\U000e0001' at start of value",
    ],
    ['a multi-byte character before the error', '{"日本": x}', 1, 12, 'invalid literal: x'],
    ['CRLF line ends', '{\r\n"a":1,\r\n"b" 2}', 3, 5, "invalid character '2' after object name"],
    ['a composite name, parsed first', '{[1,,]:2}', 1, 5, "invalid character ',' at start of value"],
    ['a comment after a non-string name', '{1 /*', 1, 4, 'parsing comment: unexpected EOF'],
    ['an unterminated string running into the next one', '["abc\n, 2, "b"]', 1, 2, 'invalid literal: "abc\n, 2, "'],
  ])('%s', (_, input, line, column, message) => {
    const error = syntaxErrorOf(() => parse(input));
    expect({ line: error.line, column: error.column, message: error.message }).toEqual({ line, column, message });
    expect(error.fullMessage).toBe(`hujson: line ${line}, column ${column}: ${message}`);
    expect(error.name).toBe('HujsonSyntaxError');
    expect(error).toBeInstanceOf(Error);
  });

  it('throws from format, standardize and minimize too, instead of returning the input', () => {
    for (const operation of [format, standardize, minimize]) {
      expect(syntaxErrorOf(() => operation('[1,')).fullMessage).toBe(
        'hujson: line 1, column 4: parsing value: unexpected EOF',
      );
    }
  });
});

describe('robustness', () => {
  const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

  it('expands nested arrays once the estimate passes 80 bytes', () => {
    // Level k from the inside is estimated at 4k - 2 bytes: 20 levels fit (78), 21 do not.
    expect(text(format(nestedArrays(20)))).toBe(`${nestedArrays(20)}\n`);
    expect(text(format(nestedArrays(21)))).toBe(`[\n\t${nestedArrays(20)}\n]\n`);
  });

  it('turns CRLF into LF but keeps CRs in standardize', () => {
    const input = '{\r\n  "a": 1, // c\r\n  "b": [2,\r\n 3],\r\n}\r\n';
    expect(text(format(input))).toBe('{\n\t"a": 1, // c\n\t"b": [\n\t\t2,\n\t\t3,\n\t],\n}\n');
    expect(text(standardize(input))).toBe('{\r\n  "a": 1,     \r\n  "b": [2,\r\n 3] \r\n}\r\n');
  });

  it('keeps raw invalid UTF-8 in a string without escapes, and repairs it in one with escapes', () => {
    expect(format(bytes('"', [0xff], '"'))).toEqual(bytes('"', [0xff], '"\n'));
    expect(format(bytes('"', [0xff], '\\n"'))).toEqual(bytes('"', [0xef, 0xbf, 0xbd], '\\n"\n'));
    expect(format(bytes('"', [0xe6, 0x97], '\\n"'))).toEqual(
      bytes('"', [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd], '\\n"\n'),
    );
    expect(format(bytes('"', [0xed, 0xa0, 0x80], '\\n"'))).toEqual(
      bytes('"', Array(3).fill([0xef, 0xbf, 0xbd]).flat(), '\\n"\n'),
    );
  });

  it('keeps NUL and other control bytes inside comments', () => {
    expect(text(format('// a\u0000b\u000b\n1'))).toBe('// a\u0000b\n1\n');
  });

  it('formats a 10 MB document', () => {
    const rule = '  {"src": ["group:eng"], "dst": ["tag:prod:443"]}, // rule\n';
    const input = `{\n "acls": [\n${rule.repeat(Math.ceil(10_000_000 / rule.length))} ],\n}\n`;
    expect(input.length).toBeGreaterThan(10_000_000);
    const formatted = format(input);
    const expectedRule = '\t\t{"src": ["group:eng"], "dst": ["tag:prod:443"]}, // rule\n';
    const expected = `{\n\t"acls": [\n${expectedRule.repeat(Math.ceil(10_000_000 / rule.length))}\t],\n}\n`;
    expect(text(formatted) === expected).toBe(true);
  });
});
