// Byte-level helpers shared by the parser and the formatter. Everything works on UTF-8 bytes,
// because Go's hujson does and every width, offset and column it reports is a byte count.

import { isUtf8 } from 'node:buffer';

export const HT = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SP = 0x20;
export const QUOTE = 0x22;
export const STAR = 0x2a;
export const COMMA = 0x2c;
export const SLASH = 0x2f;
export const COLON = 0x3a;
export const OPEN_BRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;

const encoder = new TextEncoder();

/**
 * The input as a plain Uint8Array. A Buffer is viewed as one (no copy): slicing a Buffer makes
 * Buffers, whose construction costs far more than a plain view's.
 */
export function toBytes(input: Uint8Array | string): Uint8Array {
  if (typeof input === 'string') return encoder.encode(input);
  if (Object.getPrototypeOf(input) === Uint8Array.prototype) return input;
  return new Uint8Array(input.buffer, input.byteOffset, input.length);
}

/** The four JSON whitespace bytes; nothing else counts when parsing. */
/** The value of a hex digit's code (a byte, or a character's code unit), or -1 for any other. */
export function hexValue(code: number | undefined): number {
  if (code === undefined) return -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

export function isJsonSpace(byte: number): boolean {
  return byte === SP || byte === LF || byte === HT || byte === CR;
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not a
 * complete, shortest-form, non-surrogate sequence (what Go's utf8.DecodeRune calls an error).
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  if (b0 < 0xc2 || b0 > 0xf4) return 0;
  if (i + 1 >= end) return 0;
  const b1 = bytes[i + 1]!;
  if (b0 < 0xe0) return b1 >= 0x80 && b1 <= 0xbf ? 2 : 0;
  let low = 0x80;
  let high = 0xbf;
  if (b0 === 0xe0) low = 0xa0;
  else if (b0 === 0xed) high = 0x9f;
  else if (b0 === 0xf0) low = 0x90;
  else if (b0 === 0xf4) high = 0x8f;
  if (b1 < low || b1 > high || i + 2 >= end || !isContinuation(bytes[i + 2]!)) return 0;
  if (b0 < 0xf0) return 3;
  return i + 3 < end && isContinuation(bytes[i + 3]!) ? 4 : 0;
}

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** The code point of a sequence already checked by utf8SequenceLength. */
export function decodeCodePoint(bytes: Uint8Array, i: number, length: number): number {
  const b0 = bytes[i]!;
  if (length === 1) return b0;
  if (length === 2) return ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (length === 3) return ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return ((b0 & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence, or -1 when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array, start = 0, end = bytes.length): number {
  // Node's check is native and agrees with Go on validity (shortest form, no surrogates,
  // nothing above U+10FFFF); only an invalid input needs the walk that finds the offset.
  if (end - start > 256 && isUtf8(bytes.subarray(start, end))) return -1;
  let i = start;
  while (i < end) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i, end);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

export function isValidUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  return invalidUtf8Offset(bytes, start, end) === -1;
}

/** Writes a code point as UTF-8 at `at`; returns the number of bytes written. */
export function encodeCodePoint(out: Uint8Array, at: number, codePoint: number): number {
  if (codePoint < 0x80) {
    out[at] = codePoint;
    return 1;
  }
  if (codePoint < 0x800) {
    out[at] = 0xc0 | (codePoint >> 6);
    out[at + 1] = 0x80 | (codePoint & 0x3f);
    return 2;
  }
  if (codePoint < 0x10000) {
    out[at] = 0xe0 | (codePoint >> 12);
    out[at + 1] = 0x80 | ((codePoint >> 6) & 0x3f);
    out[at + 2] = 0x80 | (codePoint & 0x3f);
    return 3;
  }
  out[at] = 0xf0 | (codePoint >> 18);
  out[at + 1] = 0x80 | ((codePoint >> 12) & 0x3f);
  out[at + 2] = 0x80 | ((codePoint >> 6) & 0x3f);
  out[at + 3] = 0x80 | (codePoint & 0x3f);
  return 4;
}

/**
 * The end of `bytes[start, end)` once trailing Unicode space (Go's unicode.IsSpace) is removed.
 * JavaScript's trimEnd uses a different set (it strips U+FEFF, keeps U+0085), hence this.
 * Matching whole encodings at the very end is equivalent to Go's utf8.DecodeLastRune loop.
 */
export function trimEndUnicodeSpace(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const width = unicodeSpaceWidthBefore(bytes, start, e);
    if (width === 0) break;
    e -= width;
  }
  return e;
}

function unicodeSpaceWidthBefore(bytes: Uint8Array, start: number, end: number): number {
  const last = bytes[end - 1]!;
  if (last < 0x80) return last === SP || (last >= HT && last <= CR) ? 1 : 0;
  if (end - start >= 2 && bytes[end - 2] === 0xc2 && (last === 0x85 || last === 0xa0)) return 2;
  if (end - start < 3) return 0;
  const lead = bytes[end - 3]!;
  const middle = bytes[end - 2]!;
  if (lead === 0xe1) return middle === 0x9a && last === 0x80 ? 3 : 0;
  if (lead === 0xe3) return middle === 0x80 && last === 0x80 ? 3 : 0;
  if (lead !== 0xe2) return 0;
  if (middle === 0x80) return last <= 0x8a || last === 0xa8 || last === 0xa9 || last === 0xaf ? 3 : 0;
  return middle === 0x81 && last === 0x9f ? 3 : 0;
}

/**
 * The first `byte` in [start, end), or -1. Unlike `indexOf`, it never looks past `end`: a search
 * per comment that ran on to the next line feed would cost the rest of the file each time.
 */
export function indexOfByte(bytes: Uint8Array, byte: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (bytes[i] === byte) return i;
  return -1;
}

export function countByte(bytes: Uint8Array, byte: number, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (bytes[i] === byte) count++;
  return count;
}
