// JSON string literals: Go's decoding (one U+FFFD per invalid byte, unpaired surrogate escapes
// become U+FFFD) and the re-encoding hujson.Format applies to strings that contain an escape.

import { BACKSLASH, encodeCodePoint, hexValue, QUOTE, utf8SequenceLength } from './bytes.js';

const REPLACEMENT_CHARACTER = 0xfffd;

const utf8Decoder = new TextDecoder();

/**
 * The JavaScript string the JSON string literal `src[start, end)` (quotes included) stands for,
 * decoded the way Go decodes it.
 */
export function decodeStringRange(src: Uint8Array, start: number, end: number): string {
  if (!needsTranscoding(src, start, end)) return utf8Decoder.decode(src.subarray(start + 1, end - 1));
  const out = new Uint8Array((end - start) * 3);
  return utf8Decoder.decode(out.subarray(0, transcode(src, start, end, false, out, 0)));
}

function needsTranscoding(src: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (src[i] === BACKSLASH || src[i]! >= 0x80) return true;
  return false;
}

/**
 * Format's normalisation (spec 3.1a) of a literal that contains a backslash: decoded and
 * re-encoded into `out` at `at` (room for three bytes per input byte needed); returns the new end.
 */
export function normalizeStringInto(src: Uint8Array, start: number, end: number, out: Uint8Array, at: number): number {
  return transcode(src, start, end, true, out, at);
}

/**
 * Decodes the literal's content; with `escape`, writes it back as a JSON string the way Go's
 * hujson does (control characters, `"` and `\` escaped, everything else raw UTF-8), otherwise
 * as plain UTF-8. Each input byte yields at most three output bytes.
 */
function transcode(
  literal: Uint8Array,
  start: number,
  literalEnd: number,
  escape: boolean,
  out: Uint8Array,
  from: number,
): number {
  const end = literalEnd - 1;
  let at = from;
  if (escape) out[at++] = QUOTE;
  let i = start + 1;
  while (i < end) {
    const byte = literal[i]!;
    if (byte === BACKSLASH) {
      const escaped = literal[i + 1]!;
      if (escaped === 0x75) {
        const codePoint = readUnicodeEscape(literal, i);
        at = writeCodePoint(out, at, codePoint, escape);
        i += codePoint >= 0x10000 ? 12 : 6;
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
  return at;
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
 * high surrogate (the only way to get a code point above U+FFFF, which tells the caller that
 * twelve bytes were used); any other surrogate becomes U+FFFD and uses only its own six bytes.
 */
function readUnicodeEscape(literal: Uint8Array, at: number): number {
  const unit = readHex4(literal, at + 2);
  if (unit < 0xd800 || unit > 0xdfff) return unit;
  if (unit < 0xdc00 && literal[at + 6] === BACKSLASH && literal[at + 7] === 0x75) {
    const low = readHex4(literal, at + 8);
    if (low >= 0xdc00 && low <= 0xdfff) return 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
  }
  return REPLACEMENT_CHARACTER;
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
