export const id = 749;
export const ids = [749];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ firstSentence)
/* harmony export */ });
/**
 * The first sentence of a node:util parseArgs error, lower-cased to follow a prefix. Node adds
 * advice about its own syntax after it, worded differently from one version to the next.
 */
function firstSentence(message) {
    const sentence = message.split(/\.\s/)[0].replace(/\.$/, '');
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}


/***/ }),

/***/ 5317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeFileError)
/* harmony export */ });
const FILE_ERRORS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory, not a file',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
};
/** A file system error in plain words, without Node's syscall and path decoration. */
function describeFileError(error) {
    const code = error?.code;
    if (code !== undefined && FILE_ERRORS[code] !== undefined)
        return FILE_ERRORS[code];
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 2881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VV: () => (/* reexport */ HujsonSyntaxError),
  sc: () => (/* reexport */ strings_decodeString),
  wN: () => (/* reexport */ etag),
  GP: () => (/* reexport */ format_format),
  CK: () => (/* reexport */ invalidUtf8Offset),
  qg: () => (/* reexport */ parse),
  t$: () => (/* reexport */ positionAt),
  W9: () => (/* reexport */ standardize)
});

// UNUSED EXPORTS: MAX_NESTING_DEPTH, findMember, formatText, minimize, pack, toJSON

;// CONCATENATED MODULE: ./src/hujson/bytes.ts
// Byte-level helpers shared by the parser and the formatter. Everything works on UTF-8 bytes,
// because Go's hujson does and every width, offset and column it reports is a byte count.
const HT = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const QUOTE = 0x22;
const STAR = 0x2a;
const COMMA = 0x2c;
const SLASH = 0x2f;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();
function bytes_toBytes(input) {
    return typeof input === 'string' ? encoder.encode(input) : input;
}
/** The four JSON whitespace bytes; nothing else counts when parsing. */
function isJsonSpace(byte) {
    return byte === SP || byte === LF || byte === HT || byte === CR;
}
/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not a
 * complete, shortest-form, non-surrogate sequence (what Go's utf8.DecodeRune calls an error).
 */
function utf8SequenceLength(bytes, i, end) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    if (b0 < 0xc2 || b0 > 0xf4)
        return 0;
    if (i + 1 >= end)
        return 0;
    const b1 = bytes[i + 1];
    if (b0 < 0xe0)
        return b1 >= 0x80 && b1 <= 0xbf ? 2 : 0;
    let low = 0x80;
    let high = 0xbf;
    if (b0 === 0xe0)
        low = 0xa0;
    else if (b0 === 0xed)
        high = 0x9f;
    else if (b0 === 0xf0)
        low = 0x90;
    else if (b0 === 0xf4)
        high = 0x8f;
    if (b1 < low || b1 > high || i + 2 >= end || !isContinuation(bytes[i + 2]))
        return 0;
    if (b0 < 0xf0)
        return 3;
    return i + 3 < end && isContinuation(bytes[i + 3]) ? 4 : 0;
}
function isContinuation(byte) {
    return (byte & 0xc0) === 0x80;
}
/** The code point of a sequence already checked by utf8SequenceLength. */
function decodeCodePoint(bytes, i, length) {
    const b0 = bytes[i];
    if (length === 1)
        return b0;
    if (length === 2)
        return ((b0 & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
    if (length === 3)
        return ((b0 & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    return (((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f));
}
/** Offset of the first byte that does not begin a valid UTF-8 sequence, or -1 when all are valid. */
function invalidUtf8Offset(bytes, start = 0, end = bytes.length) {
    let i = start;
    while (i < end) {
        if (bytes[i] < 0x80) {
            i++;
            continue;
        }
        const length = utf8SequenceLength(bytes, i, end);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
function isValidUtf8(bytes, start, end) {
    return invalidUtf8Offset(bytes, start, end) === -1;
}
/** Writes a code point as UTF-8 at `at`; returns the number of bytes written. */
function encodeCodePoint(out, at, codePoint) {
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
function trimEndUnicodeSpace(bytes, start, end) {
    let e = end;
    while (e > start) {
        const width = unicodeSpaceWidthBefore(bytes, start, e);
        if (width === 0)
            break;
        e -= width;
    }
    return e;
}
function unicodeSpaceWidthBefore(bytes, start, end) {
    const last = bytes[end - 1];
    if (last < 0x80)
        return last === SP || (last >= HT && last <= CR) ? 1 : 0;
    if (end - start >= 2 && bytes[end - 2] === 0xc2 && (last === 0x85 || last === 0xa0))
        return 2;
    if (end - start < 3)
        return 0;
    const lead = bytes[end - 3];
    const middle = bytes[end - 2];
    if (lead === 0xe1)
        return middle === 0x9a && last === 0x80 ? 3 : 0;
    if (lead === 0xe3)
        return middle === 0x80 && last === 0x80 ? 3 : 0;
    if (lead !== 0xe2)
        return 0;
    if (middle === 0x80)
        return last <= 0x8a || last === 0xa8 || last === 0xa9 || last === 0xaf ? 3 : 0;
    return middle === 0x81 && last === 0x9f ? 3 : 0;
}
function countByte(bytes, byte, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if (bytes[i] === byte)
            count++;
    return count;
}

;// CONCATENATED MODULE: ./src/hujson/intern.ts
// Sharing of equal short byte runs while parsing. A policy repeats the same few keys, values
// and indentation runs thousands of times, and a typed array per occurrence made garbage
// collection the parser's main cost; one shared view per distinct run removes most of it.

/** Longer runs are rarely repeated, so hashing them would cost more than it saves. */
const MAX_INTERNED_LENGTH = 48;
const INITIAL_SLOTS = 4096;
class ByteInterner {
    source;
    slots = new Array(INITIAL_SLOTS);
    used = 0;
    constructor(source) {
        this.source = source;
    }
    /** A view of `source[start, end)`, shared with every earlier equal run. */
    view(start, end) {
        const length = end - start;
        if (length === 0)
            return EMPTY;
        if (length > MAX_INTERNED_LENGTH)
            return this.source.subarray(start, end);
        const mask = this.slots.length - 1;
        for (let slot = hash(this.source, start, end) & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot];
            if (entry === undefined)
                return this.insert(slot, start, end);
            if (entry.length === length && equalsRange(entry, this.source, start))
                return entry;
        }
    }
    insert(slot, start, end) {
        const entry = this.source.subarray(start, end);
        this.slots[slot] = entry;
        if (++this.used * 2 > this.slots.length)
            this.grow();
        return entry;
    }
    grow() {
        const old = this.slots;
        this.slots = new Array(old.length * 2);
        const mask = this.slots.length - 1;
        for (let i = 0; i < old.length; i++) {
            const entry = old[i];
            if (entry === undefined)
                continue;
            let slot = hash(entry, 0, entry.length) & mask;
            while (this.slots[slot] !== undefined)
                slot = (slot + 1) & mask;
            this.slots[slot] = entry;
        }
    }
}
/** FNV-1a. */
function hash(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h >>> 0;
}
function equalsRange(entry, source, start) {
    for (let i = 0; i < entry.length; i++)
        if (entry[i] !== source[start + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/hujson/unicode13.ts
// Code points that were not assigned in Unicode 13.0, the version of the tables in Go 1.19 that
// Go's hujson uses to decide whether an "invalid character" is printed as itself or escaped. The
// JavaScript engine's tables are newer, so a character assigned since (for example U+061D or
// U+1FAE0) is a graphic character to the engine but unassigned, hence not printable, to Go.
// Inclusive [start, end] pairs, sorted, surrogates omitted. Generated from the Unicode Age
// property (code points outside Present_In=13.0).
const UNASSIGNED_IN_UNICODE_13 = [
    0x378, 0x379, 0x380, 0x383, 0x38b, 0x38b, 0x38d, 0x38d, 0x3a2, 0x3a2, 0x530, 0x530,
    0x557, 0x558, 0x58b, 0x58c, 0x590, 0x590, 0x5c8, 0x5cf, 0x5eb, 0x5ee, 0x5f5, 0x5ff,
    0x61d, 0x61d, 0x70e, 0x70e, 0x74b, 0x74c, 0x7b2, 0x7bf, 0x7fb, 0x7fc, 0x82e, 0x82f,
    0x83f, 0x83f, 0x85c, 0x85d, 0x85f, 0x85f, 0x86b, 0x89f, 0x8b5, 0x8b5, 0x8c8, 0x8d2,
    0x984, 0x984, 0x98d, 0x98e, 0x991, 0x992, 0x9a9, 0x9a9, 0x9b1, 0x9b1, 0x9b3, 0x9b5,
    0x9ba, 0x9bb, 0x9c5, 0x9c6, 0x9c9, 0x9ca, 0x9cf, 0x9d6, 0x9d8, 0x9db, 0x9de, 0x9de,
    0x9e4, 0x9e5, 0x9ff, 0xa00, 0xa04, 0xa04, 0xa0b, 0xa0e, 0xa11, 0xa12, 0xa29, 0xa29,
    0xa31, 0xa31, 0xa34, 0xa34, 0xa37, 0xa37, 0xa3a, 0xa3b, 0xa3d, 0xa3d, 0xa43, 0xa46,
    0xa49, 0xa4a, 0xa4e, 0xa50, 0xa52, 0xa58, 0xa5d, 0xa5d, 0xa5f, 0xa65, 0xa77, 0xa80,
    0xa84, 0xa84, 0xa8e, 0xa8e, 0xa92, 0xa92, 0xaa9, 0xaa9, 0xab1, 0xab1, 0xab4, 0xab4,
    0xaba, 0xabb, 0xac6, 0xac6, 0xaca, 0xaca, 0xace, 0xacf, 0xad1, 0xadf, 0xae4, 0xae5,
    0xaf2, 0xaf8, 0xb00, 0xb00, 0xb04, 0xb04, 0xb0d, 0xb0e, 0xb11, 0xb12, 0xb29, 0xb29,
    0xb31, 0xb31, 0xb34, 0xb34, 0xb3a, 0xb3b, 0xb45, 0xb46, 0xb49, 0xb4a, 0xb4e, 0xb54,
    0xb58, 0xb5b, 0xb5e, 0xb5e, 0xb64, 0xb65, 0xb78, 0xb81, 0xb84, 0xb84, 0xb8b, 0xb8d,
    0xb91, 0xb91, 0xb96, 0xb98, 0xb9b, 0xb9b, 0xb9d, 0xb9d, 0xba0, 0xba2, 0xba5, 0xba7,
    0xbab, 0xbad, 0xbba, 0xbbd, 0xbc3, 0xbc5, 0xbc9, 0xbc9, 0xbce, 0xbcf, 0xbd1, 0xbd6,
    0xbd8, 0xbe5, 0xbfb, 0xbff, 0xc0d, 0xc0d, 0xc11, 0xc11, 0xc29, 0xc29, 0xc3a, 0xc3c,
    0xc45, 0xc45, 0xc49, 0xc49, 0xc4e, 0xc54, 0xc57, 0xc57, 0xc5b, 0xc5f, 0xc64, 0xc65,
    0xc70, 0xc76, 0xc8d, 0xc8d, 0xc91, 0xc91, 0xca9, 0xca9, 0xcb4, 0xcb4, 0xcba, 0xcbb,
    0xcc5, 0xcc5, 0xcc9, 0xcc9, 0xcce, 0xcd4, 0xcd7, 0xcdd, 0xcdf, 0xcdf, 0xce4, 0xce5,
    0xcf0, 0xcf0, 0xcf3, 0xcff, 0xd0d, 0xd0d, 0xd11, 0xd11, 0xd45, 0xd45, 0xd49, 0xd49,
    0xd50, 0xd53, 0xd64, 0xd65, 0xd80, 0xd80, 0xd84, 0xd84, 0xd97, 0xd99, 0xdb2, 0xdb2,
    0xdbc, 0xdbc, 0xdbe, 0xdbf, 0xdc7, 0xdc9, 0xdcb, 0xdce, 0xdd5, 0xdd5, 0xdd7, 0xdd7,
    0xde0, 0xde5, 0xdf0, 0xdf1, 0xdf5, 0xe00, 0xe3b, 0xe3e, 0xe5c, 0xe80, 0xe83, 0xe83,
    0xe85, 0xe85, 0xe8b, 0xe8b, 0xea4, 0xea4, 0xea6, 0xea6, 0xebe, 0xebf, 0xec5, 0xec5,
    0xec7, 0xec7, 0xece, 0xecf, 0xeda, 0xedb, 0xee0, 0xeff, 0xf48, 0xf48, 0xf6d, 0xf70,
    0xf98, 0xf98, 0xfbd, 0xfbd, 0xfcd, 0xfcd, 0xfdb, 0xfff, 0x10c6, 0x10c6, 0x10c8, 0x10cc,
    0x10ce, 0x10cf, 0x1249, 0x1249, 0x124e, 0x124f, 0x1257, 0x1257, 0x1259, 0x1259, 0x125e, 0x125f,
    0x1289, 0x1289, 0x128e, 0x128f, 0x12b1, 0x12b1, 0x12b6, 0x12b7, 0x12bf, 0x12bf, 0x12c1, 0x12c1,
    0x12c6, 0x12c7, 0x12d7, 0x12d7, 0x1311, 0x1311, 0x1316, 0x1317, 0x135b, 0x135c, 0x137d, 0x137f,
    0x139a, 0x139f, 0x13f6, 0x13f7, 0x13fe, 0x13ff, 0x169d, 0x169f, 0x16f9, 0x16ff, 0x170d, 0x170d,
    0x1715, 0x171f, 0x1737, 0x173f, 0x1754, 0x175f, 0x176d, 0x176d, 0x1771, 0x1771, 0x1774, 0x177f,
    0x17de, 0x17df, 0x17ea, 0x17ef, 0x17fa, 0x17ff, 0x180f, 0x180f, 0x181a, 0x181f, 0x1879, 0x187f,
    0x18ab, 0x18af, 0x18f6, 0x18ff, 0x191f, 0x191f, 0x192c, 0x192f, 0x193c, 0x193f, 0x1941, 0x1943,
    0x196e, 0x196f, 0x1975, 0x197f, 0x19ac, 0x19af, 0x19ca, 0x19cf, 0x19db, 0x19dd, 0x1a1c, 0x1a1d,
    0x1a5f, 0x1a5f, 0x1a7d, 0x1a7e, 0x1a8a, 0x1a8f, 0x1a9a, 0x1a9f, 0x1aae, 0x1aaf, 0x1ac1, 0x1aff,
    0x1b4c, 0x1b4f, 0x1b7d, 0x1b7f, 0x1bf4, 0x1bfb, 0x1c38, 0x1c3a, 0x1c4a, 0x1c4c, 0x1c89, 0x1c8f,
    0x1cbb, 0x1cbc, 0x1cc8, 0x1ccf, 0x1cfb, 0x1cff, 0x1dfa, 0x1dfa, 0x1f16, 0x1f17, 0x1f1e, 0x1f1f,
    0x1f46, 0x1f47, 0x1f4e, 0x1f4f, 0x1f58, 0x1f58, 0x1f5a, 0x1f5a, 0x1f5c, 0x1f5c, 0x1f5e, 0x1f5e,
    0x1f7e, 0x1f7f, 0x1fb5, 0x1fb5, 0x1fc5, 0x1fc5, 0x1fd4, 0x1fd5, 0x1fdc, 0x1fdc, 0x1ff0, 0x1ff1,
    0x1ff5, 0x1ff5, 0x1fff, 0x1fff, 0x2065, 0x2065, 0x2072, 0x2073, 0x208f, 0x208f, 0x209d, 0x209f,
    0x20c0, 0x20cf, 0x20f1, 0x20ff, 0x218c, 0x218f, 0x2427, 0x243f, 0x244b, 0x245f, 0x2b74, 0x2b75,
    0x2b96, 0x2b96, 0x2c2f, 0x2c2f, 0x2c5f, 0x2c5f, 0x2cf4, 0x2cf8, 0x2d26, 0x2d26, 0x2d28, 0x2d2c,
    0x2d2e, 0x2d2f, 0x2d68, 0x2d6e, 0x2d71, 0x2d7e, 0x2d97, 0x2d9f, 0x2da7, 0x2da7, 0x2daf, 0x2daf,
    0x2db7, 0x2db7, 0x2dbf, 0x2dbf, 0x2dc7, 0x2dc7, 0x2dcf, 0x2dcf, 0x2dd7, 0x2dd7, 0x2ddf, 0x2ddf,
    0x2e53, 0x2e7f, 0x2e9a, 0x2e9a, 0x2ef4, 0x2eff, 0x2fd6, 0x2fef, 0x2ffc, 0x2fff, 0x3040, 0x3040,
    0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318f, 0x318f, 0x31e4, 0x31ef, 0x321f, 0x321f,
    0x9ffd, 0x9fff, 0xa48d, 0xa48f, 0xa4c7, 0xa4cf, 0xa62c, 0xa63f, 0xa6f8, 0xa6ff, 0xa7c0, 0xa7c1,
    0xa7cb, 0xa7f4, 0xa82d, 0xa82f, 0xa83a, 0xa83f, 0xa878, 0xa87f, 0xa8c6, 0xa8cd, 0xa8da, 0xa8df,
    0xa954, 0xa95e, 0xa97d, 0xa97f, 0xa9ce, 0xa9ce, 0xa9da, 0xa9dd, 0xa9ff, 0xa9ff, 0xaa37, 0xaa3f,
    0xaa4e, 0xaa4f, 0xaa5a, 0xaa5b, 0xaac3, 0xaada, 0xaaf7, 0xab00, 0xab07, 0xab08, 0xab0f, 0xab10,
    0xab17, 0xab1f, 0xab27, 0xab27, 0xab2f, 0xab2f, 0xab6c, 0xab6f, 0xabee, 0xabef, 0xabfa, 0xabff,
    0xd7a4, 0xd7af, 0xd7c7, 0xd7ca, 0xd7fc, 0xd7ff, 0xfa6e, 0xfa6f, 0xfada, 0xfaff, 0xfb07, 0xfb12,
    0xfb18, 0xfb1c, 0xfb37, 0xfb37, 0xfb3d, 0xfb3d, 0xfb3f, 0xfb3f, 0xfb42, 0xfb42, 0xfb45, 0xfb45,
    0xfbc2, 0xfbd2, 0xfd40, 0xfd4f, 0xfd90, 0xfd91, 0xfdc8, 0xfdcf, 0xfdfe, 0xfdff, 0xfe1a, 0xfe1f,
    0xfe53, 0xfe53, 0xfe67, 0xfe67, 0xfe6c, 0xfe6f, 0xfe75, 0xfe75, 0xfefd, 0xfefe, 0xff00, 0xff00,
    0xffbf, 0xffc1, 0xffc8, 0xffc9, 0xffd0, 0xffd1, 0xffd8, 0xffd9, 0xffdd, 0xffdf, 0xffe7, 0xffe7,
    0xffef, 0xfff8, 0x1000c, 0x1000c, 0x10027, 0x10027, 0x1003b, 0x1003b, 0x1003e, 0x1003e, 0x1004e, 0x1004f,
    0x1005e, 0x1007f, 0x100fb, 0x100ff, 0x10103, 0x10106, 0x10134, 0x10136, 0x1018f, 0x1018f, 0x1019d, 0x1019f,
    0x101a1, 0x101cf, 0x101fe, 0x1027f, 0x1029d, 0x1029f, 0x102d1, 0x102df, 0x102fc, 0x102ff, 0x10324, 0x1032c,
    0x1034b, 0x1034f, 0x1037b, 0x1037f, 0x1039e, 0x1039e, 0x103c4, 0x103c7, 0x103d6, 0x103ff, 0x1049e, 0x1049f,
    0x104aa, 0x104af, 0x104d4, 0x104d7, 0x104fc, 0x104ff, 0x10528, 0x1052f, 0x10564, 0x1056e, 0x10570, 0x105ff,
    0x10737, 0x1073f, 0x10756, 0x1075f, 0x10768, 0x107ff, 0x10806, 0x10807, 0x10809, 0x10809, 0x10836, 0x10836,
    0x10839, 0x1083b, 0x1083d, 0x1083e, 0x10856, 0x10856, 0x1089f, 0x108a6, 0x108b0, 0x108df, 0x108f3, 0x108f3,
    0x108f6, 0x108fa, 0x1091c, 0x1091e, 0x1093a, 0x1093e, 0x10940, 0x1097f, 0x109b8, 0x109bb, 0x109d0, 0x109d1,
    0x10a04, 0x10a04, 0x10a07, 0x10a0b, 0x10a14, 0x10a14, 0x10a18, 0x10a18, 0x10a36, 0x10a37, 0x10a3b, 0x10a3e,
    0x10a49, 0x10a4f, 0x10a59, 0x10a5f, 0x10aa0, 0x10abf, 0x10ae7, 0x10aea, 0x10af7, 0x10aff, 0x10b36, 0x10b38,
    0x10b56, 0x10b57, 0x10b73, 0x10b77, 0x10b92, 0x10b98, 0x10b9d, 0x10ba8, 0x10bb0, 0x10bff, 0x10c49, 0x10c7f,
    0x10cb3, 0x10cbf, 0x10cf3, 0x10cf9, 0x10d28, 0x10d2f, 0x10d3a, 0x10e5f, 0x10e7f, 0x10e7f, 0x10eaa, 0x10eaa,
    0x10eae, 0x10eaf, 0x10eb2, 0x10eff, 0x10f28, 0x10f2f, 0x10f5a, 0x10faf, 0x10fcc, 0x10fdf, 0x10ff7, 0x10fff,
    0x1104e, 0x11051, 0x11070, 0x1107e, 0x110c2, 0x110cc, 0x110ce, 0x110cf, 0x110e9, 0x110ef, 0x110fa, 0x110ff,
    0x11135, 0x11135, 0x11148, 0x1114f, 0x11177, 0x1117f, 0x111e0, 0x111e0, 0x111f5, 0x111ff, 0x11212, 0x11212,
    0x1123f, 0x1127f, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128e, 0x1128e, 0x1129e, 0x1129e, 0x112aa, 0x112af,
    0x112eb, 0x112ef, 0x112fa, 0x112ff, 0x11304, 0x11304, 0x1130d, 0x1130e, 0x11311, 0x11312, 0x11329, 0x11329,
    0x11331, 0x11331, 0x11334, 0x11334, 0x1133a, 0x1133a, 0x11345, 0x11346, 0x11349, 0x1134a, 0x1134e, 0x1134f,
    0x11351, 0x11356, 0x11358, 0x1135c, 0x11364, 0x11365, 0x1136d, 0x1136f, 0x11375, 0x113ff, 0x1145c, 0x1145c,
    0x11462, 0x1147f, 0x114c8, 0x114cf, 0x114da, 0x1157f, 0x115b6, 0x115b7, 0x115de, 0x115ff, 0x11645, 0x1164f,
    0x1165a, 0x1165f, 0x1166d, 0x1167f, 0x116b9, 0x116bf, 0x116ca, 0x116ff, 0x1171b, 0x1171c, 0x1172c, 0x1172f,
    0x11740, 0x117ff, 0x1183c, 0x1189f, 0x118f3, 0x118fe, 0x11907, 0x11908, 0x1190a, 0x1190b, 0x11914, 0x11914,
    0x11917, 0x11917, 0x11936, 0x11936, 0x11939, 0x1193a, 0x11947, 0x1194f, 0x1195a, 0x1199f, 0x119a8, 0x119a9,
    0x119d8, 0x119d9, 0x119e5, 0x119ff, 0x11a48, 0x11a4f, 0x11aa3, 0x11abf, 0x11af9, 0x11bff, 0x11c09, 0x11c09,
    0x11c37, 0x11c37, 0x11c46, 0x11c4f, 0x11c6d, 0x11c6f, 0x11c90, 0x11c91, 0x11ca8, 0x11ca8, 0x11cb7, 0x11cff,
    0x11d07, 0x11d07, 0x11d0a, 0x11d0a, 0x11d37, 0x11d39, 0x11d3b, 0x11d3b, 0x11d3e, 0x11d3e, 0x11d48, 0x11d4f,
    0x11d5a, 0x11d5f, 0x11d66, 0x11d66, 0x11d69, 0x11d69, 0x11d8f, 0x11d8f, 0x11d92, 0x11d92, 0x11d99, 0x11d9f,
    0x11daa, 0x11edf, 0x11ef9, 0x11faf, 0x11fb1, 0x11fbf, 0x11ff2, 0x11ffe, 0x1239a, 0x123ff, 0x1246f, 0x1246f,
    0x12475, 0x1247f, 0x12544, 0x12fff, 0x1342f, 0x1342f, 0x13439, 0x143ff, 0x14647, 0x167ff, 0x16a39, 0x16a3f,
    0x16a5f, 0x16a5f, 0x16a6a, 0x16a6d, 0x16a70, 0x16acf, 0x16aee, 0x16aef, 0x16af6, 0x16aff, 0x16b46, 0x16b4f,
    0x16b5a, 0x16b5a, 0x16b62, 0x16b62, 0x16b78, 0x16b7c, 0x16b90, 0x16e3f, 0x16e9b, 0x16eff, 0x16f4b, 0x16f4e,
    0x16f88, 0x16f8e, 0x16fa0, 0x16fdf, 0x16fe5, 0x16fef, 0x16ff2, 0x16fff, 0x187f8, 0x187ff, 0x18cd6, 0x18cff,
    0x18d09, 0x1afff, 0x1b11f, 0x1b14f, 0x1b153, 0x1b163, 0x1b168, 0x1b16f, 0x1b2fc, 0x1bbff, 0x1bc6b, 0x1bc6f,
    0x1bc7d, 0x1bc7f, 0x1bc89, 0x1bc8f, 0x1bc9a, 0x1bc9b, 0x1bca4, 0x1cfff, 0x1d0f6, 0x1d0ff, 0x1d127, 0x1d128,
    0x1d1e9, 0x1d1ff, 0x1d246, 0x1d2df, 0x1d2f4, 0x1d2ff, 0x1d357, 0x1d35f, 0x1d379, 0x1d3ff, 0x1d455, 0x1d455,
    0x1d49d, 0x1d49d, 0x1d4a0, 0x1d4a1, 0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad, 0x1d4ad, 0x1d4ba, 0x1d4ba,
    0x1d4bc, 0x1d4bc, 0x1d4c4, 0x1d4c4, 0x1d506, 0x1d506, 0x1d50b, 0x1d50c, 0x1d515, 0x1d515, 0x1d51d, 0x1d51d,
    0x1d53a, 0x1d53a, 0x1d53f, 0x1d53f, 0x1d545, 0x1d545, 0x1d547, 0x1d549, 0x1d551, 0x1d551, 0x1d6a6, 0x1d6a7,
    0x1d7cc, 0x1d7cd, 0x1da8c, 0x1da9a, 0x1daa0, 0x1daa0, 0x1dab0, 0x1dfff, 0x1e007, 0x1e007, 0x1e019, 0x1e01a,
    0x1e022, 0x1e022, 0x1e025, 0x1e025, 0x1e02b, 0x1e0ff, 0x1e12d, 0x1e12f, 0x1e13e, 0x1e13f, 0x1e14a, 0x1e14d,
    0x1e150, 0x1e2bf, 0x1e2fa, 0x1e2fe, 0x1e300, 0x1e7ff, 0x1e8c5, 0x1e8c6, 0x1e8d7, 0x1e8ff, 0x1e94c, 0x1e94f,
    0x1e95a, 0x1e95d, 0x1e960, 0x1ec70, 0x1ecb5, 0x1ed00, 0x1ed3e, 0x1edff, 0x1ee04, 0x1ee04, 0x1ee20, 0x1ee20,
    0x1ee23, 0x1ee23, 0x1ee25, 0x1ee26, 0x1ee28, 0x1ee28, 0x1ee33, 0x1ee33, 0x1ee38, 0x1ee38, 0x1ee3a, 0x1ee3a,
    0x1ee3c, 0x1ee41, 0x1ee43, 0x1ee46, 0x1ee48, 0x1ee48, 0x1ee4a, 0x1ee4a, 0x1ee4c, 0x1ee4c, 0x1ee50, 0x1ee50,
    0x1ee53, 0x1ee53, 0x1ee55, 0x1ee56, 0x1ee58, 0x1ee58, 0x1ee5a, 0x1ee5a, 0x1ee5c, 0x1ee5c, 0x1ee5e, 0x1ee5e,
    0x1ee60, 0x1ee60, 0x1ee63, 0x1ee63, 0x1ee65, 0x1ee66, 0x1ee6b, 0x1ee6b, 0x1ee73, 0x1ee73, 0x1ee78, 0x1ee78,
    0x1ee7d, 0x1ee7d, 0x1ee7f, 0x1ee7f, 0x1ee8a, 0x1ee8a, 0x1ee9c, 0x1eea0, 0x1eea4, 0x1eea4, 0x1eeaa, 0x1eeaa,
    0x1eebc, 0x1eeef, 0x1eef2, 0x1efff, 0x1f02c, 0x1f02f, 0x1f094, 0x1f09f, 0x1f0af, 0x1f0b0, 0x1f0c0, 0x1f0c0,
    0x1f0d0, 0x1f0d0, 0x1f0f6, 0x1f0ff, 0x1f1ae, 0x1f1e5, 0x1f203, 0x1f20f, 0x1f23c, 0x1f23f, 0x1f249, 0x1f24f,
    0x1f252, 0x1f25f, 0x1f266, 0x1f2ff, 0x1f6d8, 0x1f6df, 0x1f6ed, 0x1f6ef, 0x1f6fd, 0x1f6ff, 0x1f774, 0x1f77f,
    0x1f7d9, 0x1f7df, 0x1f7ec, 0x1f7ff, 0x1f80c, 0x1f80f, 0x1f848, 0x1f84f, 0x1f85a, 0x1f85f, 0x1f888, 0x1f88f,
    0x1f8ae, 0x1f8af, 0x1f8b2, 0x1f8ff, 0x1f979, 0x1f979, 0x1f9cc, 0x1f9cc, 0x1fa54, 0x1fa5f, 0x1fa6e, 0x1fa6f,
    0x1fa75, 0x1fa77, 0x1fa7b, 0x1fa7f, 0x1fa87, 0x1fa8f, 0x1faa9, 0x1faaf, 0x1fab7, 0x1fabf, 0x1fac3, 0x1facf,
    0x1fad7, 0x1faff, 0x1fb93, 0x1fb93, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1fffd, 0x2a6de, 0x2a6ff, 0x2b735, 0x2b73f,
    0x2b81e, 0x2b81f, 0x2cea2, 0x2ceaf, 0x2ebe1, 0x2f7ff, 0x2fa1e, 0x2fffd, 0x3134b, 0x3fffd, 0x40000, 0x4fffd,
    0x50000, 0x5fffd, 0x60000, 0x6fffd, 0x70000, 0x7fffd, 0x80000, 0x8fffd, 0x90000, 0x9fffd, 0xa0000, 0xafffd,
    0xb0000, 0xbfffd, 0xc0000, 0xcfffd, 0xd0000, 0xdfffd, 0xe0000, 0xe0000, 0xe0002, 0xe001f, 0xe0080, 0xe00ff,
    0xe01f0, 0xefffd,
];
function unassignedInUnicode13(codePoint) {
    let lo = 0;
    let hi = UNASSIGNED_IN_UNICODE_13.length / 2 - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (codePoint < UNASSIGNED_IN_UNICODE_13[2 * mid])
            hi = mid - 1;
        else if (codePoint > UNASSIGNED_IN_UNICODE_13[2 * mid + 1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/hujson/errors.ts
// Parse errors with Go's wording and positions, so a message from this port reads exactly like
// one from Go's hujson (and from Tailscale's server) for the same file.


class HujsonSyntaxError extends Error {
    name = 'HujsonSyntaxError';
    /** 1-based line: 1 + the number of LF bytes before `offset` (CR does not count). */
    line;
    /** 1-based column in bytes, as Go counts it. */
    column;
    /** Byte offset the error points at. */
    offset;
    /** Go's full text: `hujson: line L, column C: MESSAGE`. */
    fullMessage;
    constructor(message, position) {
        super(message);
        this.line = position.line;
        this.column = position.column;
        this.offset = position.offset;
        this.fullMessage = `hujson: line ${position.line}, column ${position.column}: ${message}`;
    }
}
/**
 * Line and byte column of the byte `offset`, counted the way Go's hujson counts them. A string
 * source is taken as its UTF-8 encoding.
 */
function positionAt(input, offset) {
    const source = bytes_toBytes(input);
    let line = 1;
    let lastLF = -1;
    for (let i = source.indexOf(LF); i !== -1 && i < offset; i = source.indexOf(LF, i + 1)) {
        line++;
        lastLF = i;
    }
    return { offset, line, column: offset - lastLF };
}
function syntaxError(source, offset, message) {
    return new HujsonSyntaxError(message, positionAt(source, offset));
}
/**
 * Go's quoting of the character at `offset` in "invalid character X" messages: one decoded
 * rune, or one invalid byte as '\xNN'.
 */
function describeCharacter(source, offset) {
    const length = utf8SequenceLength(source, offset, source.length);
    if (length === 0)
        return `'\\x${hex(source[offset], 2)}'`;
    const codePoint = decodeCodePoint(source, offset, length);
    if (codePoint === 0x27)
        return `'\\''`;
    if (codePoint === 0x5c)
        return `'\\\\'`;
    if (isPrintable(codePoint))
        return `'${String.fromCodePoint(codePoint)}'`;
    return codePoint <= 0xffff ? `'\\u${hex(codePoint, 4)}'` : `'\\U${hex(codePoint, 8)}'`;
}
// Go uses Unicode 13 tables (spec 2.8). The engine's tables are newer: a character assigned since
// then is graphic to the engine but unassigned (Cn, not printable) to Go, so it is excluded here.
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function isPrintable(codePoint) {
    if (codePoint === 0x20)
        return true;
    return GRAPHIC.test(String.fromCodePoint(codePoint)) && !unassignedInUnicode13(codePoint);
}
function hex(value, digits) {
    return value.toString(16).padStart(digits, '0');
}

;// CONCATENATED MODULE: ./src/hujson/parse.ts
// The lossless HuJSON parser. It follows Go's hujson rule by rule (spec section 2), including
// which error is reported first and where, so messages and positions match Go's.



/**
 * Go has no limit (its stack grows); ours keeps every recursive walk over the tree far from
 * the JavaScript stack limit.
 */
const MAX_NESTING_DEPTH = 1000;
/**
 * Parses one HuJSON document, keeping every comment, whitespace run and trailing comma.
 * Extras and literal bytes are views into the input, and equal short runs share one view, so
 * treat them as read-only: assign new arrays rather than writing into them.
 */
function parse(input) {
    return new Parser(bytes_toBytes(input), true).parseDocument();
}
/**
 * For trees that never leave this package (Format, Standardize, Minimize): every value shares
 * one dummy start position, which saves an allocation per value on large documents.
 */
function parse_parseWithoutPositions(source) {
    return new Parser(source, false).parseDocument();
}
const NO_POSITION = Object.freeze({ offset: -1, line: 0, column: 0 });
const tokenDecoder = new TextDecoder();
class Parser {
    src;
    trackPositions;
    pos = 0;
    line = 1;
    lineStart = 0;
    depth = 0;
    views;
    /**
     * Items of the composites being parsed, innermost last. Each composite gets an exact-size
     * copy when it closes, instead of a growing array of its own: on large documents the
     * slack of growing arrays was a good part of what the garbage collector had to copy.
     */
    openMembers = [];
    openElements = [];
    constructor(src, trackPositions) {
        this.src = src;
        this.trackPositions = trackPositions;
        this.views = new ByteInterner(src);
    }
    parseDocument() {
        const value = this.parseValue(this.readExtra());
        if (this.pos < this.src.length)
            throw this.invalidCharacter(this.pos, 'after top-level value');
        return value;
    }
    /** Parses the trimmed value at the current position and its after-extra. */
    parseValue(before) {
        const start = this.trackPositions
            ? { offset: this.pos, line: this.line, column: this.pos - this.lineStart + 1 }
            : NO_POSITION;
        const node = this.parseNode();
        const end = this.pos;
        return { before, node, after: this.readExtra(), start, end };
    }
    parseNode() {
        if (this.pos >= this.src.length)
            throw this.error(this.pos, 'parsing value: unexpected EOF');
        const byte = this.src[this.pos];
        if (byte === OPEN_BRACE)
            return this.parseObject();
        if (byte === OPEN_BRACKET)
            return this.parseArray();
        if (byte === QUOTE)
            return this.parseString();
        return this.parseBareToken();
    }
    parseObject() {
        this.enterComposite();
        const src = this.src;
        const first = this.openMembers.length;
        for (;;) {
            const before = this.readExtra();
            if (src[this.pos] === CLOSE_BRACE) {
                return this.leaveComposite({ kind: 'object', members: this.openMembers.splice(first), closing: before });
            }
            const nameStart = this.pos;
            const name = this.parseValue(before);
            if (name.node.kind !== 'literal' || name.node.bytes[0] !== QUOTE) {
                throw this.invalidCharacter(nameStart, 'at start of object name');
            }
            if (this.pos >= src.length)
                throw this.error(this.pos, 'parsing object after name: unexpected EOF');
            if (src[this.pos] !== COLON)
                throw this.invalidCharacter(this.pos, 'after object name');
            this.pos++;
            const value = this.parseValue(this.readExtra());
            this.openMembers.push({ name, value });
            if (this.pos >= src.length)
                throw this.error(this.pos, 'parsing object after value: unexpected EOF');
            const next = src[this.pos];
            if (next === CLOSE_BRACE) {
                const closing = value.after;
                value.after = undefined;
                return this.leaveComposite({ kind: 'object', members: this.openMembers.splice(first), closing });
            }
            if (next !== COMMA)
                throw this.invalidCharacter(this.pos, "after object value (expecting ',' or '}')");
            this.pos++;
        }
    }
    parseArray() {
        this.enterComposite();
        const src = this.src;
        const first = this.openElements.length;
        for (;;) {
            const before = this.readExtra();
            if (src[this.pos] === CLOSE_BRACKET) {
                return this.leaveComposite({ kind: 'array', elements: this.openElements.splice(first), closing: before });
            }
            const element = this.parseValue(before);
            this.openElements.push(element);
            if (this.pos >= src.length)
                throw this.error(this.pos, 'parsing array after value: unexpected EOF');
            const next = src[this.pos];
            if (next === CLOSE_BRACKET) {
                const closing = element.after;
                element.after = undefined;
                return this.leaveComposite({ kind: 'array', elements: this.openElements.splice(first), closing });
            }
            if (next !== COMMA)
                throw this.invalidCharacter(this.pos, "after array value (expecting ',' or ']')");
            this.pos++;
        }
    }
    enterComposite() {
        if (++this.depth > MAX_NESTING_DEPTH) {
            throw this.error(this.pos, `nesting deeper than ${MAX_NESTING_DEPTH} levels`);
        }
        this.pos++;
    }
    /** Steps past the closing bracket. */
    leaveComposite(node) {
        this.depth--;
        this.pos++;
        return node;
    }
    /**
     * Scans to the first unescaped quote (a backslash skips whatever byte follows), then checks
     * the token is a valid JSON string. Bytes >= 0x80 are not checked, as in Go.
     */
    parseString() {
        const src = this.src;
        const length = src.length;
        const start = this.pos;
        let valid = true;
        let i = start + 1;
        while (i < length) {
            const byte = src[i];
            if (byte === QUOTE)
                break;
            if (byte === BACKSLASH) {
                if (!isValidEscape(src, i))
                    valid = false;
                i += 2;
            }
            else {
                if (byte < SP)
                    valid = false;
                i++;
            }
        }
        if (i >= length)
            throw this.error(length, 'parsing string: unexpected EOF');
        this.pos = i + 1;
        const bytes = this.views.view(start, this.pos);
        if (!valid)
            throw this.invalidLiteral(start, bytes);
        return { kind: 'literal', bytes };
    }
    parseBareToken() {
        const src = this.src;
        const start = this.pos;
        let end = start;
        while (end < src.length && isBareTokenByte(src[end]))
            end++;
        if (end === start)
            throw this.invalidCharacter(start, 'at start of value');
        const bytes = this.views.view(start, end);
        if (!isKeyword(bytes) && !isJsonNumber(bytes))
            throw this.invalidLiteral(start, bytes);
        this.pos = end;
        return { kind: 'literal', bytes };
    }
    /** Reads a run of whitespace and comments, keeping line tracking up to date. */
    readExtra() {
        const src = this.src;
        const length = src.length;
        const start = this.pos;
        let i = start;
        while (i < length) {
            const byte = src[i];
            if (byte === LF) {
                this.line++;
                this.lineStart = ++i;
            }
            else if (byte === SP || byte === HT || byte === CR) {
                i++;
            }
            else if (byte === SLASH && i + 1 < length && (src[i + 1] === SLASH || src[i + 1] === STAR)) {
                i = this.readComment(i);
            }
            else {
                break;
            }
        }
        this.pos = i;
        return this.views.view(start, i);
    }
    /** Reads the comment starting at `start`; returns the offset just past it. */
    readComment(start) {
        const src = this.src;
        let end;
        if (src[start + 1] === SLASH) {
            const lineEnd = src.indexOf(LF, start + 2);
            if (lineEnd === -1)
                throw this.error(start, 'parsing comment: unexpected EOF');
            end = lineEnd + 1;
        }
        else {
            end = findBlockCommentEnd(src, start + 2);
            if (end === -1)
                throw this.error(start, 'parsing comment: unexpected EOF');
        }
        if (!isValidUtf8(src, start, end))
            throw this.error(start, 'invalid UTF-8 in comment');
        for (let lf = src.indexOf(LF, start); lf !== -1 && lf < end; lf = src.indexOf(LF, lf + 1)) {
            this.line++;
            this.lineStart = lf + 1;
        }
        return end;
    }
    error(offset, message) {
        return syntaxError(this.src, offset, message);
    }
    invalidCharacter(offset, context) {
        return this.error(offset, `invalid character ${describeCharacter(this.src, offset)} ${context}`);
    }
    /** Invalid UTF-8 inside a string token shows as U+FFFD: a JS string cannot hold raw bytes. */
    invalidLiteral(offset, token) {
        return this.error(offset, `invalid literal: ${tokenDecoder.decode(token)}`);
    }
}
/** Offset just past the first `*` `/` at or after `from`, or -1. */
function findBlockCommentEnd(src, from) {
    for (let star = src.indexOf(STAR, from); star !== -1; star = src.indexOf(STAR, star + 1)) {
        if (src[star + 1] === SLASH)
            return star + 2;
    }
    return -1;
}
function isValidEscape(src, backslash) {
    const escaped = src[backslash + 1];
    switch (escaped) {
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
            return (isHexDigit(src[backslash + 2]) &&
                isHexDigit(src[backslash + 3]) &&
                isHexDigit(src[backslash + 4]) &&
                isHexDigit(src[backslash + 5]));
        default:
            return false;
    }
}
function isHexDigit(byte) {
    if (byte === undefined)
        return false;
    return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46);
}
/** The bytes Go's scanner gathers into a bare token: `- + . 0-9 A-Z a-z`. */
function isBareTokenByte(byte) {
    return ((byte >= 0x61 && byte <= 0x7a) ||
        (byte >= 0x30 && byte <= 0x39) ||
        (byte >= 0x41 && byte <= 0x5a) ||
        byte === 0x2d ||
        byte === 0x2b ||
        byte === 0x2e);
}
function isKeyword(token) {
    const first = token[0];
    if (first === 0x74)
        return matches(token, 'true');
    if (first === 0x66)
        return matches(token, 'false');
    if (first === 0x6e)
        return matches(token, 'null');
    return false;
}
function matches(token, word) {
    if (token.length !== word.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (token[i] !== word.charCodeAt(i))
            return false;
    return true;
}
/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` over the whole token. */
function isJsonNumber(token) {
    let i = 0;
    if (token[i] === 0x2d)
        i++;
    if (token[i] === 0x30)
        i++;
    else if (isNonZeroDigit(token[i]))
        i = skipDigits(token, i);
    else
        return false;
    if (token[i] === 0x2e) {
        const fractionStart = i + 1;
        i = skipDigits(token, fractionStart);
        if (i === fractionStart)
            return false;
    }
    if (token[i] === 0x65 || token[i] === 0x45) {
        i++;
        if (token[i] === 0x2b || token[i] === 0x2d)
            i++;
        const exponentStart = i;
        i = skipDigits(token, exponentStart);
        if (i === exponentStart)
            return false;
    }
    return i === token.length;
}
function isNonZeroDigit(byte) {
    return byte !== undefined && byte >= 0x31 && byte <= 0x39;
}
function skipDigits(token, from) {
    let i = from;
    while (i < token.length && token[i] >= 0x30 && token[i] <= 0x39)
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/hujson/strings.ts
// JSON string literals: Go's decoding (one U+FFFD per invalid byte, unpaired surrogate escapes
// become U+FFFD) and the re-encoding hujson.Format applies to strings that contain an escape.

const REPLACEMENT_CHARACTER = 0xfffd;
/**
 * Format's normalisation (spec 3.1a): a string with at least one backslash is decoded and
 * re-encoded; any other literal is returned unchanged, even if it holds invalid UTF-8.
 */
function normalizeStringLiteral(literal) {
    if (literal.indexOf(BACKSLASH) === -1)
        return literal;
    return transcode(literal, true);
}
const utf8Decoder = new TextDecoder();
/** The JavaScript string a JSON string literal stands for, decoded the way Go decodes it. */
function strings_decodeString(literal) {
    const bytes = literal.bytes;
    if (bytes.indexOf(BACKSLASH) === -1 && isAscii(bytes))
        return utf8Decoder.decode(bytes.subarray(1, -1));
    return utf8Decoder.decode(transcode(bytes, false));
}
function isAscii(bytes) {
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x80)
            return false;
    return true;
}
/**
 * Decodes the literal's content; with `escape`, writes it back as a JSON string the way Go's
 * hujson does (control characters, `"` and `\` escaped, everything else raw UTF-8), otherwise
 * as plain UTF-8. Each input byte yields at most three output bytes.
 */
function transcode(literal, escape) {
    const out = new Uint8Array(literal.length * 3);
    const end = literal.length - 1;
    let at = 0;
    if (escape)
        out[at++] = QUOTE;
    let i = 1;
    while (i < end) {
        const byte = literal[i];
        if (byte === BACKSLASH) {
            const escaped = literal[i + 1];
            if (escaped === 0x75) {
                const { codePoint, length } = readUnicodeEscape(literal, i);
                at = writeCodePoint(out, at, codePoint, escape);
                i += length;
            }
            else {
                at = writeCodePoint(out, at, SIMPLE_ESCAPES[escaped] ?? escaped, escape);
                i += 2;
            }
        }
        else if (byte < 0x80) {
            out[at++] = byte;
            i++;
        }
        else {
            const length = utf8SequenceLength(literal, i, end);
            if (length === 0) {
                at += encodeCodePoint(out, at, REPLACEMENT_CHARACTER);
                i++;
            }
            else {
                for (let k = 0; k < length; k++)
                    out[at++] = literal[i + k];
                i += length;
            }
        }
    }
    if (escape)
        out[at++] = QUOTE;
    return out.slice(0, at);
}
/** What the byte after a backslash stands for, apart from `u`. */
const SIMPLE_ESCAPES = {
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
function readUnicodeEscape(literal, at) {
    const unit = readHex4(literal, at + 2);
    if (unit < 0xd800 || unit > 0xdfff)
        return { codePoint: unit, length: 6 };
    if (unit < 0xdc00 && literal[at + 6] === BACKSLASH && literal[at + 7] === 0x75) {
        const low = readHex4(literal, at + 8);
        if (low >= 0xdc00 && low <= 0xdfff) {
            return { codePoint: 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), length: 12 };
        }
    }
    return { codePoint: REPLACEMENT_CHARACTER, length: 6 };
}
/** Four hex digits at `at`, or -1 if any is not a hex digit. */
function readHex4(bytes, at) {
    let value = 0;
    for (let k = 0; k < 4; k++) {
        const digit = hexValue(bytes[at + k]);
        if (digit < 0)
            return -1;
        value = (value << 4) | digit;
    }
    return value;
}
function hexValue(byte) {
    if (byte === undefined)
        return -1;
    if (byte >= 0x30 && byte <= 0x39)
        return byte - 0x30;
    if (byte >= 0x61 && byte <= 0x66)
        return byte - 0x57;
    if (byte >= 0x41 && byte <= 0x46)
        return byte - 0x37;
    return -1;
}
const SHORT_ESCAPES = {
    0x08: 0x62, // \b
    0x09: 0x74, // \t
    0x0a: 0x6e, // \n
    0x0c: 0x66, // \f
    0x0d: 0x72, // \r
    0x22: 0x22, // \"
    0x5c: 0x5c, // \\
};
const HEX_DIGITS = '0123456789abcdef';
function writeCodePoint(out, at, codePoint, escape) {
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

;// CONCATENATED MODULE: ./src/hujson/expansion.ts
// Format's first pass over the tree (spec 3.0 steps 3 to 5): whether the document is standard
// JSON, the normalisation of strings and extras (3.1), and which composites expand (3.2).
// One bottom-up walk does all three: each composite is checked before it is normalised, and
// its expansion depends only on its already-decided children.



/** The estimator's widest allowed line; 80 itself still fits. */
const MAX_WIDTH = 80;
function prepareForLayout(root) {
    const preparer = new Preparer();
    preparer.noteComments(root.before);
    preparer.noteComments(root.after);
    preparer.prepareValue(root);
    return { standard: preparer.standard, expanded: preparer.expanded };
}
function containsLF(extra) {
    return extra !== undefined && extra.indexOf(LF) !== -1;
}
/** Extras hold only whitespace and comments, so any slash starts a comment. */
function containsComment(extra) {
    return extra !== undefined && extra.indexOf(SLASH) !== -1;
}
/**
 * The estimated inline rendering of one composite, line by line (spec 3.2): pieces are added
 * as shapes, and a multi-line piece ends the current line.
 */
class LineEstimate {
    current = 1;
    lineCount = 0;
    firstLine = 0;
    widest = 0;
    reset() {
        this.current = 1;
        this.lineCount = 0;
        this.firstLine = 0;
        this.widest = 0;
    }
    add(first, last, multiLine) {
        this.current += first;
        if (!multiLine)
            return;
        this.endLine();
        this.current = last;
    }
    addWidth(width) {
        this.current += width;
    }
    /** Adds the closing bracket and ends the last line. */
    finish(shape) {
        this.current += 1;
        this.endLine();
        shape.first = this.firstLine;
        shape.last = this.current;
        shape.multiLine = this.lineCount > 1;
    }
    endLine() {
        if (this.lineCount === 0)
            this.firstLine = this.current;
        if (this.current > this.widest)
            this.widest = this.current;
        this.lineCount++;
    }
}
class Preparer {
    standard = true;
    expanded = new Set();
    /** The shape of the piece measured last; reused to avoid an allocation per piece. */
    shape = { first: 0, last: 0, multiLine: false };
    /** One estimate per nesting level in use, reused across composites. */
    estimates = [];
    depth = 0;
    noteComments(extra) {
        if (containsComment(extra))
            this.standard = false;
    }
    /** Normalises the value and leaves its shape in `this.shape`. */
    prepareValue(value) {
        const node = value.node;
        if (node.kind === 'literal') {
            node.bytes = normalizeStringLiteral(node.bytes);
            this.setShape(node.bytes.length, node.bytes.length, false);
        }
        else if (node.kind === 'object') {
            this.prepareObject(node);
        }
        else {
            this.prepareArray(node);
        }
    }
    prepareObject(node) {
        const members = node.members;
        const last = members[members.length - 1];
        let forced = this.prepareClosing(node, last?.value);
        const estimate = this.startEstimate();
        for (const { name, value } of members) {
            this.noteComments(name.before);
            forced ||= containsLF(name.before);
            name.after = this.withoutBlankAfterExtra(name.after);
            this.noteComments(value.before);
            value.after = this.withoutBlankAfterExtra(value.after);
            const nameLiteral = name.node;
            nameLiteral.bytes = normalizeStringLiteral(nameLiteral.bytes);
            this.addExtra(estimate, name.before);
            estimate.addWidth(nameLiteral.bytes.length);
            this.addExtra(estimate, name.after);
            estimate.addWidth(2);
            this.addExtra(estimate, value.before);
            this.prepareValue(value);
            estimate.add(this.shape.first, this.shape.last, this.shape.multiLine);
            this.addExtra(estimate, value.after);
            estimate.addWidth(2);
        }
        forced ||= last !== undefined && containsLF(last.value.after);
        this.decide(node, forced, estimate, members[0]?.name.before);
    }
    prepareArray(node) {
        const elements = node.elements;
        let forced = this.prepareClosing(node, elements[elements.length - 1]);
        const estimate = this.startEstimate();
        for (const element of elements) {
            this.noteComments(element.before);
            forced ||= containsLF(element.before);
            element.after = this.withoutBlankAfterExtra(element.after);
            this.addExtra(estimate, element.before);
            this.prepareValue(element);
            estimate.add(this.shape.first, this.shape.last, this.shape.multiLine);
            this.addExtra(estimate, element.after);
            estimate.addWidth(2);
        }
        forced ||= elements.length > 0 && containsLF(elements[elements.length - 1].after);
        this.decide(node, forced, estimate, elements[0]?.before);
    }
    /**
     * Notes a trailing comma and comments in the closing extra, empties a comment-free closing
     * extra of an empty composite, and reports rule E3 (a newline before the closing bracket).
     */
    prepareClosing(node, lastValue) {
        this.noteComments(node.closing);
        if (lastValue !== undefined && lastValue.after !== undefined)
            this.standard = false;
        if (lastValue === undefined && !containsComment(node.closing))
            node.closing = EMPTY;
        return containsLF(node.closing);
    }
    /** Rule 3.1c: a name-colon or value-comma extra without a comment becomes absent. */
    withoutBlankAfterExtra(extra) {
        if (extra === undefined)
            return undefined;
        if (containsComment(extra)) {
            this.standard = false;
            return extra;
        }
        return undefined;
    }
    startEstimate() {
        const estimate = (this.estimates[this.depth++] ??= new LineEstimate());
        estimate.reset();
        return estimate;
    }
    /** Settles whether `node` expands and leaves its shape in `this.shape`. */
    decide(node, forced, estimate, firstBefore) {
        this.depth--;
        if (!forced) {
            estimate.finish(this.shape);
            if (estimate.widest <= MAX_WIDTH)
                return;
        }
        this.expanded.add(node);
        this.measureExtra(firstBefore ?? node.closing);
        this.setShape(1 + this.shape.first, 1, true);
    }
    addExtra(estimate, extra) {
        this.measureExtra(extra);
        estimate.add(this.shape.first, this.shape.last, this.shape.multiLine);
    }
    measureExtra(extra) {
        if (extra === undefined || extra.indexOf(SLASH) === -1) {
            this.setShape(0, 0, containsLF(extra));
            return;
        }
        const firstLF = extra.indexOf(LF);
        if (firstLF === -1) {
            const width = estimateSegment(extra, 0, extra.length);
            this.setShape(width, width, false);
            return;
        }
        const lastLF = extra.lastIndexOf(LF);
        this.setShape(estimateSegment(extra, 0, firstLF), estimateSegment(extra, lastLF + 1, extra.length), true);
    }
    setShape(first, last, multiLine) {
        this.shape.first = first;
        this.shape.last = last;
        this.shape.multiLine = multiLine;
    }
}
/**
 * est() from spec 3.2: the width one line of an extra takes once formatted, counting one
 * separator space per comment and one before whatever follows. It stops at the first byte that
 * is not whitespace or a comment start, which is how the last line of a multi-line block
 * comment measures 0.
 */
function estimateSegment(bytes, start, end) {
    let width = 0;
    let i = start;
    for (;;) {
        while (i < end && (bytes[i] === SP || bytes[i] === HT || bytes[i] === CR))
            i++;
        if (i + 1 < end && bytes[i] === SLASH && bytes[i + 1] === SLASH)
            return width + 1 + (end - i);
        if (i + 1 < end && bytes[i] === SLASH && bytes[i + 1] === STAR) {
            const close = findBlockCommentEnd(bytes, i + 2);
            if (close === -1 || close > end)
                return width + 1 + (end - i);
            width += 1 + (close - i);
            i = close;
            continue;
        }
        return width > 0 ? width + 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/hujson/extra.ts
// FMT (spec 3.5): formatting one run of whitespace and comments. Every space, newline and tab
// in Format's output is produced here.


/** FMT options, combined as bit flags. */
const LEAD_NL = 1;
const TRAIL_NL = 2;
const TRIM_LEAD = 4;
const TRIM_TRAIL = 8;
const DEDENT_LAST = 16;
const SPACE_IF_EMPTY = 32;
const SINGLE_SPACE = Uint8Array.of(SP);
/** Formats one extra at `depth`. An absent extra whose result is empty stays absent. */
function formatExtra(extra, depth, options) {
    const result = extra !== undefined && extra.indexOf(SLASH) !== -1
        ? formatWithComments(extra, depth, options)
        : formatWhitespace(extra, depth, options);
    return result.length === 0 && extra === undefined ? undefined : result;
}
/**
 * An extra of whitespace only reduces to 0, 1 or 2 newlines plus indentation. CR handling
 * cannot change the LF count (CR LF and LF CR become LF, a lone CR a space), so it is skipped.
 */
function formatWhitespace(extra, depth, options) {
    let newlines = 0;
    if (extra !== undefined) {
        for (let i = 0; i < extra.length && newlines < 2; i++)
            if (extra[i] === LF)
                newlines++;
    }
    if (newlines === 0 && options & (LEAD_NL | TRAIL_NL))
        newlines = 1;
    if (newlines === 2 && options & (TRIM_LEAD | TRIM_TRAIL))
        newlines = 1;
    if (newlines > 0)
        return indentation(newlines, options & DEDENT_LAST ? depth - 1 : depth);
    return options & SPACE_IF_EMPTY ? SINGLE_SPACE : EMPTY;
}
const indentationCache = [[], [], []];
/** `newlines` LFs followed by `tabs` HTs; shared, so callers must never write into it. */
function indentation(newlines, tabs) {
    const count = Math.max(tabs, 0);
    const cached = indentationCache[newlines][count];
    if (cached !== undefined)
        return cached;
    const bytes = new Uint8Array(newlines + count).fill(HT);
    bytes.fill(LF, 0, newlines);
    indentationCache[newlines][count] = bytes;
    return bytes;
}
/** The general FMT walk, for extras that hold at least one comment. */
function formatWithComments(rawExtra, depth, options) {
    const extra = rawExtra.indexOf(CR) === -1 ? rawExtra : normalizeCarriageReturns(rawExtra);
    const out = new OutputBuffer(extra.length * 2 + depth * 4 + 8);
    if (options & LEAD_NL && extra.indexOf(LF) === -1)
        out.push(LF);
    let i = 0;
    while (i < extra.length) {
        const byte = extra[i];
        if (byte === SP || byte === HT || byte === LF) {
            let newlines = 0;
            for (; i < extra.length && (extra[i] === SP || extra[i] === HT || extra[i] === LF); i++) {
                if (extra[i] === LF)
                    newlines++;
            }
            out.repeat(LF, Math.min(newlines, 2));
            continue;
        }
        if (out.endsWith(LF))
            out.repeat(HT, depth);
        else
            out.push(SP);
        i = extra[i + 1] === SLASH ? appendLineComment(out, extra, i) : appendBlockComment(out, extra, i, depth);
    }
    if (options & TRAIL_NL && !out.endsWith(LF))
        out.push(LF);
    return closeOff(out, depth, options);
}
/** Steps 5 to 8 of FMT: trim blank lines at the ends, then indent or space what follows. */
function closeOff(out, depth, options) {
    if (options & TRIM_LEAD)
        out.trimLeadingBlankLines();
    if (options & TRIM_TRAIL)
        out.trimTrailingBlankLines();
    if (out.endsWith(LF))
        out.repeat(HT, options & DEDENT_LAST ? depth - 1 : depth);
    else if (out.length > 0)
        out.push(SP);
    if (out.length === 0 && options & SPACE_IF_EMPTY)
        out.push(SP);
    return out.toBytes();
}
/**
 * The comment without its LF and trailing Unicode space. The LF stays in the input: it starts
 * the whitespace run that follows.
 */
function appendLineComment(out, extra, start) {
    let end = extra.indexOf(LF, start);
    if (end === -1)
        end = extra.length;
    out.append(extra, start, trimEndUnicodeSpace(extra, start, end));
    return end;
}
function appendBlockComment(out, extra, start, depth) {
    const end = findBlockCommentEnd(extra, start + 2);
    const firstLF = extra.indexOf(LF, start);
    if (firstLF === -1 || firstLF >= end)
        out.append(extra, start, end);
    else
        reindentBlockComment(out, extra.subarray(start, end), depth);
    return end;
}
/** CR LF -> LF, then LF CR -> LF, then any other CR -> SP: three passes, as Go makes them. */
function normalizeCarriageReturns(bytes) {
    const withoutCRLF = replacePair(bytes, CR, LF, LF);
    const withoutLFCR = replacePair(withoutCRLF, LF, CR, LF);
    return withoutLFCR.map((byte) => (byte === CR ? SP : byte));
}
/** Replaces every non-overlapping `first second`, scanning left to right, with `replacement`. */
function replacePair(bytes, first, second, replacement) {
    const out = new Uint8Array(bytes.length);
    let at = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === first && bytes[i + 1] === second) {
            out[at++] = replacement;
            i++;
        }
        else {
            out[at++] = bytes[i];
        }
    }
    return out.subarray(0, at);
}
/**
 * Spec 3.5.1: the continuation lines' common indentation becomes `depth` tabs, plus one space
 * in the " * line" style so the stars line up under the one in the opening delimiter.
 */
function reindentBlockComment(out, comment, depth) {
    const lines = splitTrimmedLines(comment);
    const last = lines.length - 1;
    const hasEmptyLine = lines.some((line) => line.length === 0);
    const closingOnly = isClosingOnly(lines[last]);
    const prefix = commonIndentSource(lines, closingOnly);
    let width = 0;
    while (width < prefix.length && (prefix[width] === SP || prefix[width] === HT))
        width++;
    const star = !hasEmptyLine && prefix[width] === 0x2a;
    out.append(lines[0], 0, lines[0].length);
    for (let k = 1; k <= last; k++) {
        const line = lines[k];
        out.push(LF);
        if (line.length === 0)
            continue;
        out.repeat(HT, depth);
        if (star)
            out.push(SP);
        if (k === last && closingOnly)
            out.append(line, line.length - 2, line.length);
        else
            out.append(line, width, line.length);
    }
}
function splitTrimmedLines(comment) {
    const lines = [];
    let start = 0;
    for (;;) {
        const lf = comment.indexOf(LF, start);
        const end = lf === -1 ? comment.length : lf;
        lines.push(comment.subarray(start, trimEndUnicodeSpace(comment, start, end)));
        if (lf === -1)
            return lines;
        start = lf + 1;
    }
}
/** Some spaces and tabs, then exactly the closing delimiter. */
function isClosingOnly(line) {
    const length = line.length;
    if (length < 2 || line[length - 2] !== 0x2a || line[length - 1] !== SLASH)
        return false;
    for (let i = 0; i < length - 2; i++)
        if (line[i] !== SP && line[i] !== HT)
            return false;
    return true;
}
/**
 * The longest common prefix of the non-empty continuation lines (a closing-only last line
 * left out), or the last line when there are none.
 */
function commonIndentSource(lines, closingOnly) {
    const last = lines.length - 1;
    let prefix;
    for (let k = 1; k <= last; k++) {
        const line = lines[k];
        if (line.length === 0 || (k === last && closingOnly))
            continue;
        if (prefix === undefined) {
            prefix = line;
            continue;
        }
        let common = 0;
        while (common < prefix.length && common < line.length && prefix[common] === line[common])
            common++;
        prefix = prefix.subarray(0, common);
    }
    return prefix ?? lines[last];
}
/** A small growable byte buffer whose start can move, for FMT's leading-line trimming. */
class OutputBuffer {
    bytes;
    start = 0;
    end = 0;
    constructor(capacity) {
        this.bytes = new Uint8Array(capacity);
    }
    get length() {
        return this.end - this.start;
    }
    endsWith(byte) {
        return this.end > this.start && this.bytes[this.end - 1] === byte;
    }
    push(byte) {
        this.reserve(1);
        this.bytes[this.end++] = byte;
    }
    repeat(byte, count) {
        if (count <= 0)
            return;
        this.reserve(count);
        this.bytes.fill(byte, this.end, this.end + count);
        this.end += count;
    }
    append(source, from, to) {
        this.reserve(to - from);
        this.bytes.set(source.subarray(from, to), this.end);
        this.end += to - from;
    }
    trimLeadingBlankLines() {
        while (this.length >= 2 && this.bytes[this.start] === LF && this.bytes[this.start + 1] === LF)
            this.start++;
    }
    trimTrailingBlankLines() {
        while (this.length >= 2 && this.bytes[this.end - 1] === LF && this.bytes[this.end - 2] === LF)
            this.end--;
    }
    toBytes() {
        return this.bytes.slice(this.start, this.end);
    }
    reserve(count) {
        if (this.end + count <= this.bytes.length)
            return;
        const grown = new Uint8Array((this.end + count) * 2);
        grown.set(this.bytes.subarray(0, this.end));
        this.bytes = grown;
    }
}
/** Appends `spaces` SP bytes to an extra (alignment padding before a member value). */
function appendSpaces(extra, spaces) {
    const base = extra ?? EMPTY;
    if (spaces === 0)
        return base;
    const padded = new Uint8Array(base.length + spaces).fill(SP);
    padded.set(base);
    return padded;
}

;// CONCATENATED MODULE: ./src/hujson/align.ts
// Alignment of object member values (spec 3.7): consecutive one-line members that each start
// a line form a group, and their values are padded to start in the same byte column.



/**
 * Alignment runs member by member during layout, once member `index` (whose value is laid out)
 * is final. Groups are runs of consecutive members, so only the current group's start is kept:
 * the caller passes it in and gets the new one back, then calls `finishAlignment` at the end.
 * `valueHasInnerLF` says whether any item extra nested in the member's value has a newline
 * (closing extras do not count).
 */
function alignMember(members, index, groupStart, valueHasInnerLF) {
    const member = members[index];
    if (!isAlignable(member, valueHasInnerLF)) {
        padGroup(members, groupStart, index);
        return index + 1;
    }
    const nameBefore = member.name.before;
    if (countByte(nameBefore, LF, 0, nameBefore.length) >= 2) {
        padGroup(members, groupStart, index);
        return index;
    }
    return groupStart;
}
function finishAlignment(members, groupStart) {
    padGroup(members, groupStart, members.length);
}
function isAlignable(member, valueHasInnerLF) {
    const { name, value } = member;
    return (containsLF(name.before) &&
        !containsLF(name.after) &&
        !containsLF(value.before) &&
        !containsLF(value.after) &&
        !valueHasInnerLF);
}
/** Width from the name's first byte to the value's: name, name-colon extra, colon, colon-value extra. */
function alignedWidth(member) {
    const name = member.name;
    const nameBytes = name.node.kind === 'literal' ? name.node.bytes.length : 0;
    return nameBytes + (name.after?.length ?? 0) + 1 + (member.value.before?.length ?? 0);
}
function padGroup(members, start, end) {
    if (end - start < 2)
        return;
    let widest = 0;
    for (let i = start; i < end; i++)
        widest = Math.max(widest, alignedWidth(members[i]));
    for (let i = start; i < end; i++) {
        const value = members[i].value;
        value.before = appendSpaces(value.before, widest - alignedWidth(members[i]));
    }
}

;// CONCATENATED MODULE: ./src/hujson/pack.ts
// Serialisation of a syntax tree (spec 1.4), plus the two lossy variants that share its walk:
// Standardize blanks comments and trailing commas in place, Minimize drops them.

const Mode = { Pack: 0, Standardize: 1, Minimize: 2 };
/** The document's bytes; identical to the parsed input when nothing was changed. */
function pack(value) {
    return new Serializer(Mode.Pack).run(value);
}
/**
 * Standard JSON with every byte offset kept: each comment byte other than SP, HT, CR and LF and
 * each trailing comma becomes a space.
 */
function packStandardized(value) {
    return new Serializer(Mode.Standardize).run(value);
}
/** The literals joined by bare punctuation: no whitespace, comments or trailing commas. */
function pack_packMinimized(value) {
    return new Serializer(Mode.Minimize).run(value);
}
/**
 * Two passes: size first, so the output is allocated once and written without bounds checks.
 * Recursion is bounded by the parser's nesting limit.
 */
class Serializer {
    mode;
    out = new Uint8Array(0);
    at = 0;
    constructor(mode) {
        this.mode = mode;
    }
    run(value) {
        this.out = new Uint8Array(this.measureValue(value));
        this.at = 0;
        this.writeValue(value);
        return this.out;
    }
    measureValue(value) {
        const node = value.node;
        let size = this.extraSize(value.before) + this.extraSize(value.after);
        if (node.kind === 'literal')
            return size + node.bytes.length;
        size += 2 + this.extraSize(node.closing);
        if (node.kind === 'object') {
            for (const member of node.members)
                size += 2 + this.measureValue(member.name) + this.measureValue(member.value);
            if (node.members.length > 0 && this.dropsLastComma(node.members[node.members.length - 1].value))
                size--;
        }
        else {
            for (const element of node.elements)
                size += 1 + this.measureValue(element);
            if (node.elements.length > 0 && this.dropsLastComma(node.elements[node.elements.length - 1]))
                size--;
        }
        return size;
    }
    extraSize(extra) {
        return extra === undefined || this.mode === Mode.Minimize ? 0 : extra.length;
    }
    /** Minimize drops every trailing comma; Standardize turns it into a space of the same size. */
    dropsLastComma(last) {
        return last.after === undefined || this.mode === Mode.Minimize;
    }
    writeValue(value) {
        this.writeExtra(value.before);
        const node = value.node;
        if (node.kind === 'literal')
            this.writeBytes(node.bytes);
        else if (node.kind === 'object')
            this.writeObject(node);
        else
            this.writeArray(node);
        this.writeExtra(value.after);
    }
    writeObject(node) {
        this.out[this.at++] = OPEN_BRACE;
        const members = node.members;
        for (let i = 0; i < members.length; i++) {
            const member = members[i];
            this.writeValue(member.name);
            this.out[this.at++] = COLON;
            this.writeValue(member.value);
            if (i < members.length - 1)
                this.out[this.at++] = COMMA;
            else
                this.writeTrailingComma(member.value);
        }
        this.writeExtra(node.closing);
        this.out[this.at++] = CLOSE_BRACE;
    }
    writeArray(node) {
        this.out[this.at++] = OPEN_BRACKET;
        const elements = node.elements;
        for (let i = 0; i < elements.length; i++) {
            const element = elements[i];
            this.writeValue(element);
            if (i < elements.length - 1)
                this.out[this.at++] = COMMA;
            else
                this.writeTrailingComma(element);
        }
        this.writeExtra(node.closing);
        this.out[this.at++] = CLOSE_BRACKET;
    }
    /** A present after-extra on the last value means the source had a trailing comma. */
    writeTrailingComma(last) {
        if (last.after === undefined || this.mode === Mode.Minimize)
            return;
        this.out[this.at++] = this.mode === Mode.Standardize ? SP : COMMA;
    }
    writeExtra(extra) {
        if (extra === undefined || this.mode === Mode.Minimize)
            return;
        if (this.mode === Mode.Pack) {
            this.writeBytes(extra);
            return;
        }
        const out = this.out;
        let at = this.at;
        for (let i = 0; i < extra.length; i++) {
            const byte = extra[i];
            out[at++] = byte === SP || byte === LF || byte === HT || byte === CR ? byte : SP;
        }
        this.at = at;
    }
    /** Short runs are copied by hand: TypedArray.set costs more than the copy for a few bytes. */
    writeBytes(bytes) {
        const length = bytes.length;
        if (length > 16) {
            this.out.set(bytes, this.at);
            this.at += length;
            return;
        }
        const out = this.out;
        let at = this.at;
        for (let i = 0; i < length; i++)
            out[at++] = bytes[i];
        this.at = at;
    }
}

;// CONCATENATED MODULE: ./src/hujson/format.ts
// hujson.Format (spec 3): the pipeline, the layout pass (3.3) and trailing commas (3.6).






/** Go's hujson.Format, byte for byte. Throws HujsonSyntaxError on invalid input. */
function format_format(input) {
    const root = parse_parseWithoutPositions(bytes_toBytes(input));
    formatTree(root);
    return pack(root);
}
/** Rewrites a freshly parsed tree in place into Format's layout. */
function formatTree(root) {
    root.before = withoutLeadingSpace(formatExtra(root.before, 0, 0) ?? EMPTY);
    const { standard, expanded } = prepareForLayout(root);
    if (root.node.kind !== 'literal')
        new Layout(standard, expanded).layOut(root.node, 0);
    root.after = withFinalNewline(formatExtra(root.after, 0, 0) ?? EMPTY);
}
function withoutLeadingSpace(extra) {
    let start = 0;
    while (start < extra.length && isJsonSpace(extra[start]))
        start++;
    return extra.subarray(start);
}
function withFinalNewline(extra) {
    const end = trimEndUnicodeSpace(extra, 0, extra.length);
    const out = new Uint8Array(end + 1);
    out.set(extra.subarray(0, end));
    out[end] = LF;
    return out;
}
const AROUND_PUNCTUATION = TRIM_LEAD | TRIM_TRAIL;
class Layout {
    standard;
    expanded;
    constructor(standard, expanded) {
        this.standard = standard;
        this.expanded = expanded;
    }
    /**
     * Formats every extra inside `node`, which sits at `depth`. Returns whether any item extra
     * inside it (not counting closing extras) ends up containing a newline, which the parent
     * object needs for alignment.
     */
    layOut(node, depth) {
        return node.kind === 'object' ? this.layOutObject(node, depth) : this.layOutArray(node, depth);
    }
    layOutObject(node, depth) {
        const expanded = this.expanded.has(node);
        const members = node.members;
        let hasLF = false;
        let groupStart = 0;
        for (let i = 0; i < members.length; i++) {
            const { name, value } = members[i];
            name.before = formatExtra(name.before, depth + 1, itemBeforeOptions(expanded, i));
            name.after = formatExtra(name.after, depth + 2, AROUND_PUNCTUATION);
            value.before = formatExtra(value.before, depth + 2, AROUND_PUNCTUATION | SPACE_IF_EMPTY);
            const aroundColonLF = containsLF(name.after) || containsLF(value.before);
            const valueDepth = depth + (expanded ? 1 : 0) + (aroundColonLF ? 1 : 0);
            const innerLF = value.node.kind !== 'literal' && this.layOut(value.node, valueDepth);
            value.after = formatExtra(value.after, depth + 2, AROUND_PUNCTUATION);
            // The trailing-comma step below cannot add a newline here: a moved or added comma
            // extra of an inline composite never holds one.
            groupStart = alignMember(members, i, groupStart, innerLF);
            hasLF ||= innerLF || aroundColonLF || containsLF(name.before) || containsLF(value.after);
        }
        finishAlignment(members, groupStart);
        this.layOutClosing(node, depth, expanded, members[members.length - 1]?.value);
        return hasLF;
    }
    layOutArray(node, depth) {
        const expanded = this.expanded.has(node);
        const elements = node.elements;
        let hasLF = false;
        for (let i = 0; i < elements.length; i++) {
            const element = elements[i];
            element.before = formatExtra(element.before, depth + 1, itemBeforeOptions(expanded, i));
            const innerLF = element.node.kind !== 'literal' && this.layOut(element.node, depth + (expanded ? 1 : 0));
            element.after = formatExtra(element.after, depth + 2, AROUND_PUNCTUATION);
            hasLF ||= innerLF || containsLF(element.before) || containsLF(element.after);
        }
        this.layOutClosing(node, depth, expanded, elements[elements.length - 1]);
        return hasLF;
    }
    /** The closing extra, then the trailing comma (3.6), which depends on it. */
    layOutClosing(node, depth, expanded, last) {
        const options = (expanded ? TRAIL_NL : 0) | (last === undefined ? TRIM_LEAD : 0) | TRIM_TRAIL | DEDENT_LAST;
        node.closing = formatExtra(node.closing, depth + 1, options) ?? EMPTY;
        if (last === undefined)
            return;
        const beforeComma = last.after;
        if (!expanded) {
            if (beforeComma !== undefined && !(beforeComma.length > 0 && node.closing.length > 0)) {
                node.closing = concat(beforeComma, node.closing);
                last.after = undefined;
            }
        }
        else if (!this.standard && beforeComma === undefined) {
            last.after = EMPTY;
        }
    }
}
/** Options for a name-before or element-before extra (3.3). */
function itemBeforeOptions(expanded, index) {
    return (expanded ? LEAD_NL : 0) | (index === 0 ? TRIM_LEAD : SPACE_IF_EMPTY);
}
function concat(first, second) {
    if (second.length === 0)
        return first;
    const out = new Uint8Array(first.length + second.length);
    out.set(first);
    out.set(second, first.length);
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/hujson/etag.ts
// The policy ETag Tailscale's server reports: SHA-256 of the document as Go's Format writes it.


/** Lowercase hex SHA-256 of `format(input)`. Throws HujsonSyntaxError on invalid input. */
function etag(input) {
    return (0,external_node_crypto_.createHash)('sha256').update(format_format(input)).digest('hex');
}

;// CONCATENATED MODULE: ./src/hujson/json.ts
// Plain-JavaScript views of a syntax tree, for code that needs values rather than layout.

/**
 * The value as JSON.parse would give it: strings decoded as Go decodes them, numbers as
 * JavaScript numbers, object keys in document order. A duplicate key keeps its first position
 * and its last value, as with JSON.parse.
 */
function toJSON(value) {
    const node = value.node;
    if (node.kind === 'literal')
        return literalValue(node);
    if (node.kind === 'array')
        return node.elements.map(toJSON);
    const object = {};
    for (const member of node.members) {
        const key = decodeString(member.name.node);
        const memberValue = toJSON(member.value);
        // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
        if (key === '__proto__')
            Object.defineProperty(object, key, { value: memberValue, enumerable: true, writable: true, configurable: true });
        else
            object[key] = memberValue;
    }
    return object;
}
function literalValue(literal) {
    switch (literal.bytes[0]) {
        case 0x22: // "
            return decodeString(literal);
        case 0x74: // t
            return true;
        case 0x66: // f
            return false;
        case 0x6e: // n
            return null;
        default:
            return Number(Buffer.from(literal.bytes.buffer, literal.bytes.byteOffset, literal.bytes.length).toString('latin1'));
    }
}
/**
 * The member whose decoded name is `name`. With duplicate names it is the last one, the one
 * whose value toJSON (and Go's encoding/json) keeps.
 */
function findMember(object, name) {
    for (let i = object.members.length - 1; i >= 0; i--) {
        const member = object.members[i];
        if (decodeString(member.name.node) === name)
            return member;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/hujson/standardize.ts
// hujson.Standardize and hujson.Minimize (spec 4).



/**
 * Standard JSON with the same length and the same line breaks: comments and trailing commas
 * are blanked with spaces, so an error position in the result is the same position in the file.
 */
function standardize(input) {
    return packStandardized(parse_parseWithoutPositions(bytes_toBytes(input)));
}
/** The document with every comment, whitespace run and trailing comma removed. */
function minimize(input) {
    return packMinimized(parseWithoutPositions(toBytes(input)));
}

;// CONCATENATED MODULE: ./src/hujson/index.ts
// The HuJSON engine: a lossless parser and Go-identical Format, Standardize and Minimize.
// Everything works on UTF-8 bytes; string inputs are encoded first.










const hujson_utf8Decoder = new TextDecoder();
/**
 * Format's output as a string. Raw invalid UTF-8 inside an unescaped string literal (kept by
 * Format) becomes U+FFFD here; use `format` when the exact bytes matter.
 */
function formatText(input) {
    return hujson_utf8Decoder.decode(format(input));
}


/***/ })

};
