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

/***/ 5657:
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
// Go uses Unicode 13 tables; the engine's tables are newer, which only changes the wording for
// characters assigned since (see the spec, section 7).
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function isPrintable(codePoint) {
    return codePoint === 0x20 || GRAPHIC.test(String.fromCodePoint(codePoint));
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
