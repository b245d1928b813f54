// JSON string literals: Go's decoding (one U+FFFD per invalid byte, unpaired surrogate escapes
// become U+FFFD) and the re-encoding hujson.Format applies to strings that contain an escape.

import type { Literal } from './ast.js';
import { BACKSLASH, encodeCodePoint, QUOTE, utf8SequenceLength } from './bytes.js';

const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * Format's normalisation (spec 3.1a): a string with at least one backslash is decoded and
 * re-encoded; any other literal is returned unchanged, even if it holds invalid UTF-8.
 */
export function normalizeStringLiteral(literal: Uint8Array): Uint8Array {
  if (literal.indexOf(BACKSLASH) === -1) return literal;
  return transcode(literal, true);
}

const utf8Decoder = new TextDecoder();

/** The JavaScript string a JSON string literal stands for, decoded the way Go decodes it. */
export function decodeString(literal: Literal): string {
  const bytes = literal.bytes;
  if (bytes.indexOf(BACKSLASH) === -1 && isAscii(bytes)) return utf8Decoder.decode(bytes.subarray(1, -1));
  return utf8Decoder.decode(transcode(bytes, false));
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/**
 * Decodes the literal's content; with `escape`, writes it back as a JSON string the way Go's
 * hujson does (control characters, `"` and `\` escaped, everything else raw UTF-8), otherwise
 * as plain UTF-8. Each input byte yields at most three output bytes.
 */
function transcode(literal: Uint8Array, escape: boolean): Uint8Array {
  const out = new Uint8Array(literal.length * 3);
  const end = literal.length - 1;
  let at = 0;
  if (escape) out[at++] = QUOTE;
  let i = 1;
  while (i < end) {
    const byte = literal[i]!;
    if (byte === BACKSLASH) {
      const escaped = literal[i + 1]!;
      if (escaped === 0x75) {
        const { codePoint, length } = readUnicodeEscape(literal, i);
        at = writeCodePoint(out, at, codePoint, escape);
        i += length;
      } else {
        at = writeCodePoint(out, at, SIMPLE_ESCAPES[escaped] ?? escaped, escape);
        i += 2;
      }
    } else if (byte < 0x80) {
      out[at++] = byte;
      i++;
    } else {
      const length = utf8SequenceLength(literal, i, end);
      if (length === 0) {
        at += encodeCodePoint(out, at, REPLACEMENT_CHARACTER);
        i++;
      } else {
        for (let k = 0; k < length; k++) out[at++] = literal[i + k]!;
        i += length;
      }
    }
  }
  if (escape) out[at++] = QUOTE;
  return out.slice(0, at);
}

/** What the byte after a backslash stands for, apart from `u`. */
const SIMPLE_ESCAPES: Readonly<Record<number, number>> = {
  0x62: 0x08, // b
  0x66: 0x0c, // f
  0x6e: 0x0a, // n
  0x72: 0x0d, // r
  0x74: 0x09, // t
};

/**
 * A `\uXXXX` escape, combined with an immediately following low-surrogate escape when it is a
 * high surrogate; any other surrogate becomes U+FFFD and consumes only its own six bytes.
 */
function readUnicodeEscape(literal: Uint8Array, at: number): { codePoint: number; length: number } {
  const unit = readHex4(literal, at + 2);
  if (unit < 0xd800 || unit > 0xdfff) return { codePoint: unit, length: 6 };
  if (unit < 0xdc00 && literal[at + 6] === BACKSLASH && literal[at + 7] === 0x75) {
    const low = readHex4(literal, at + 8);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return { codePoint: 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), length: 12 };
    }
  }
  return { codePoint: REPLACEMENT_CHARACTER, length: 6 };
}

/** Four hex digits at `at`, or -1 if any is not a hex digit. */
function readHex4(bytes: Uint8Array, at: number): number {
  let value = 0;
  for (let k = 0; k < 4; k++) {
    const digit = hexValue(bytes[at + k]);
    if (digit < 0) return -1;
    value = (value << 4) | digit;
  }
  return value;
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  return -1;
}

const SHORT_ESCAPES: Readonly<Record<number, number>> = {
  0x08: 0x62, // \b
  0x09: 0x74, // \t
  0x0a: 0x6e, // \n
  0x0c: 0x66, // \f
  0x0d: 0x72, // \r
  0x22: 0x22, // \"
  0x5c: 0x5c, // \\
};

const HEX_DIGITS = '0123456789abcdef';

function writeCodePoint(out: Uint8Array, at: number, codePoint: number, escape: boolean): number {
  if (!escape || (codePoint >= 0x20 && codePoint !== QUOTE && codePoint !== BACKSLASH)) {
    return at + encodeCodePoint(out, at, codePoint);
  }
  out[at++] = BACKSLASH;
  const short = SHORT_ESCAPES[codePoint];
  if (short !== undefined) {
    out[at++] = short;
    return at;
  }
  out[at++] = 0x75;
  out[at++] = 0x30;
  out[at++] = 0x30;
  out[at++] = HEX_DIGITS.charCodeAt(codePoint >> 4);
  out[at++] = HEX_DIGITS.charCodeAt(codePoint & 0xf);
  return at;
}
