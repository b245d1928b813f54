// Inputs on which this port once disagreed with Go's hujson (found by differential fuzzing against
// an independent implementation of the spec), with the exact bytes or error Go produces.
import { describe, expect, it } from 'vitest';
import { format, HujsonSyntaxError, minimize, parse, standardize } from '../../src/hujson/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface ErrorCase {
  name: string;
  input: string;
  line: number;
  column: number;
  message: string;
}

// Spec 2.8: "Printable means U+0020, or a character whose General Category is L*, M*, N*, P* or S*,
// using Unicode 13.0 tables". Characters assigned after 13.0 are unassigned (Cn) to Go, so they
// are escaped, although the JavaScript engine's newer tables call them letters or symbols.
const errorCases: ErrorCase[] = [
  {
    name: 'U+061D (Unicode 14) at start of value',
    input: '[\u061d]',
    line: 1,
    column: 2,
    message: "invalid character '\\u061d' at start of value",
  },
  {
    name: 'U+0870 (Unicode 14) after a value',
    input: '[1\u0870]',
    line: 1,
    column: 3,
    message: "invalid character '\\u0870' after array value (expecting ',' or ']')",
  },
  {
    name: 'U+1FAE0 (Unicode 14 emoji) at start of value',
    input: '{"a": \u{1fae0}}',
    line: 1,
    column: 7,
    message: "invalid character '\\U0001fae0' at start of value",
  },
  {
    name: 'U+31350 (Unicode 15) after the top-level value',
    input: '1 \u{31350}',
    line: 1,
    column: 3,
    message: "invalid character '\\U00031350' after top-level value",
  },
  {
    name: 'U+2FFC (Unicode 15.1) where an object name starts',
    input: '{\u2ffc:1}',
    line: 1,
    column: 2,
    message: "invalid character '\\u2ffc' at start of value",
  },
  {
    name: 'U+1F6DD (Unicode 14) after an object name',
    input: '{"a" \u{1f6dd}}',
    line: 1,
    column: 6,
    message: "invalid character '\\U0001f6dd' after object name",
  },
  {
    name: 'still printable: U+1F600 (Unicode 6.1)',
    input: '[\u{1f600}]',
    line: 1,
    column: 2,
    message: "invalid character '\u{1f600}' at start of value",
  },
  {
    name: 'still printable: U+9FFC (Unicode 13)',
    input: '[\u9ffc]',
    line: 1,
    column: 2,
    message: "invalid character '\u9ffc' at start of value",
  },
  {
    name: 'U+9FFD (Unicode 14)',
    input: '[\u9ffd]',
    line: 1,
    column: 2,
    message: "invalid character '\\u9ffd' at start of value",
  },
];

describe('regressions: error messages', () => {
  it.each(errorCases)('$name', ({ input, line, column, message }) => {
    for (const operation of [parse, format, standardize, minimize]) {
      let caught: unknown;
      try {
        operation(utf8(input));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(HujsonSyntaxError);
      const error = caught as HujsonSyntaxError;
      expect([error.line, error.column, error.message]).toEqual([line, column, message]);
    }
  });
});
