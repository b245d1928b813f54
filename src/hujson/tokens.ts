// The lexical checks of Go's hujson scanner (spec 2.5, 2.6): string escapes, bare tokens,
// keywords and JSON numbers, all over byte ranges of the source.

import { FALSE, type Kind, NULL, NUMBER, TRUE } from './document.js';
import { hexValue, SLASH, STAR } from './bytes.js';

/** Offset just past the first `*` `/` at or after `from`, or -1. */
export function findBlockCommentEnd(src: Uint8Array, from: number): number {
  for (let star = src.indexOf(STAR, from); star !== -1; star = src.indexOf(STAR, star + 1)) {
    if (src[star + 1] === SLASH) return star + 2;
  }
  return -1;
}

export function isValidEscape(src: Uint8Array, backslash: number): boolean {
  switch (src[backslash + 1]) {
    case 0x22: // "
    case 0x5c: // \
    case 0x2f: // /
    case 0x62: // b
    case 0x66: // f
    case 0x6e: // n
    case 0x72: // r
    case 0x74: // t
      return true;
    case 0x75: // u
      return (
        hexValue(src[backslash + 2]) >= 0 &&
        hexValue(src[backslash + 3]) >= 0 &&
        hexValue(src[backslash + 4]) >= 0 &&
        hexValue(src[backslash + 5]) >= 0
      );
    default:
      return false;
  }
}

/** The bytes Go's scanner gathers into a bare token: `- + . 0-9 A-Z a-z`. */
export function isBareTokenByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    byte === 0x2d ||
    byte === 0x2b ||
    byte === 0x2e
  );
}

/** The kind of the bare token `src[start, end)`, or 0 when it is not a valid literal. */
export function bareTokenKind(src: Uint8Array, start: number, end: number): Kind | 0 {
  const first = src[start];
  if (first === 0x74) return matches(src, start, end, 'true') ? TRUE : 0;
  if (first === 0x66) return matches(src, start, end, 'false') ? FALSE : 0;
  if (first === 0x6e) return matches(src, start, end, 'null') ? NULL : 0;
  return isJsonNumber(src, start, end) ? NUMBER : 0;
}

function matches(src: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (src[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` over the whole range. */
function isJsonNumber(src: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (src[i] === 0x2d) i++;
  if (i < end && src[i] === 0x30) i++;
  else if (i < end && src[i]! >= 0x31 && src[i]! <= 0x39) i = skipDigits(src, i, end);
  else return false;
  if (i < end && src[i] === 0x2e) {
    const fractionStart = i + 1;
    i = skipDigits(src, fractionStart, end);
    if (i === fractionStart) return false;
  }
  if (i < end && (src[i] === 0x65 || src[i] === 0x45)) {
    i++;
    if (i < end && (src[i] === 0x2b || src[i] === 0x2d)) i++;
    const exponentStart = i;
    i = skipDigits(src, exponentStart, end);
    if (i === exponentStart) return false;
  }
  return i === end;
}

function skipDigits(src: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && src[i]! >= 0x30 && src[i]! <= 0x39) i++;
  return i;
}
