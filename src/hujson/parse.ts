// The lossless HuJSON parser. It follows Go's hujson rule by rule (spec section 2), including
// which error is reported first and where, so messages and positions match Go's.

import type { ArrayNode, Extra, Literal, ObjectMember, ObjectNode, Position, Value } from './ast.js';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  HT,
  isValidUtf8,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SLASH,
  SP,
  STAR,
  toBytes,
} from './bytes.js';
import { ByteInterner } from './intern.js';
import { describeCharacter, HujsonSyntaxError, syntaxError } from './errors.js';

/**
 * Go has no limit (its stack grows); ours keeps every recursive walk over the tree far from
 * the JavaScript stack limit.
 */
export const MAX_NESTING_DEPTH = 1000;

/**
 * Parses one HuJSON document, keeping every comment, whitespace run and trailing comma.
 * Extras and literal bytes are views into the input, and equal short runs share one view, so
 * treat them as read-only: assign new arrays rather than writing into them.
 */
export function parse(input: Uint8Array | string): Value {
  return new Parser(toBytes(input), true).parseDocument();
}

/**
 * For trees that never leave this package (Format, Standardize, Minimize): every value shares
 * one dummy start position, which saves an allocation per value on large documents.
 */
export function parseWithoutPositions(source: Uint8Array): Value {
  return new Parser(source, false).parseDocument();
}

const NO_POSITION: Position = Object.freeze({ offset: -1, line: 0, column: 0 });

const tokenDecoder = new TextDecoder();

class Parser {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly views: ByteInterner;
  /**
   * Items of the composites being parsed, innermost last. Each composite gets an exact-size
   * copy when it closes, instead of a growing array of its own: on large documents the
   * slack of growing arrays was a good part of what the garbage collector had to copy.
   */
  private readonly openMembers: ObjectMember[] = [];
  private readonly openElements: Value[] = [];

  constructor(
    private readonly src: Uint8Array,
    private readonly trackPositions: boolean,
  ) {
    this.views = new ByteInterner(src);
  }

  parseDocument(): Value {
    const value = this.parseValue(this.readExtra());
    if (this.pos < this.src.length) throw this.invalidCharacter(this.pos, 'after top-level value');
    return value;
  }

  /** Parses the trimmed value at the current position and its after-extra. */
  private parseValue(before: Extra): Value {
    const start: Position = this.trackPositions
      ? { offset: this.pos, line: this.line, column: this.pos - this.lineStart + 1 }
      : NO_POSITION;
    const node = this.parseNode();
    const end = this.pos;
    return { before, node, after: this.readExtra(), start, end };
  }

  private parseNode(): Literal | ObjectNode | ArrayNode {
    if (this.pos >= this.src.length) throw this.error(this.pos, 'parsing value: unexpected EOF');
    const byte = this.src[this.pos];
    if (byte === OPEN_BRACE) return this.parseObject();
    if (byte === OPEN_BRACKET) return this.parseArray();
    if (byte === QUOTE) return this.parseString();
    return this.parseBareToken();
  }

  private parseObject(): ObjectNode {
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
      if (this.pos >= src.length) throw this.error(this.pos, 'parsing object after name: unexpected EOF');
      if (src[this.pos] !== COLON) throw this.invalidCharacter(this.pos, 'after object name');
      this.pos++;
      const value = this.parseValue(this.readExtra());
      this.openMembers.push({ name, value });
      if (this.pos >= src.length) throw this.error(this.pos, 'parsing object after value: unexpected EOF');
      const next = src[this.pos];
      if (next === CLOSE_BRACE) {
        const closing = value.after!;
        value.after = undefined;
        return this.leaveComposite({ kind: 'object', members: this.openMembers.splice(first), closing });
      }
      if (next !== COMMA) throw this.invalidCharacter(this.pos, "after object value (expecting ',' or '}')");
      this.pos++;
    }
  }

  private parseArray(): ArrayNode {
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
      if (this.pos >= src.length) throw this.error(this.pos, 'parsing array after value: unexpected EOF');
      const next = src[this.pos];
      if (next === CLOSE_BRACKET) {
        const closing = element.after!;
        element.after = undefined;
        return this.leaveComposite({ kind: 'array', elements: this.openElements.splice(first), closing });
      }
      if (next !== COMMA) throw this.invalidCharacter(this.pos, "after array value (expecting ',' or ']')");
      this.pos++;
    }
  }

  private enterComposite(): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw this.error(this.pos, `nesting deeper than ${MAX_NESTING_DEPTH} levels`);
    }
    this.pos++;
  }

  /** Steps past the closing bracket. */
  private leaveComposite<T extends ObjectNode | ArrayNode>(node: T): T {
    this.depth--;
    this.pos++;
    return node;
  }

  /**
   * Scans to the first unescaped quote (a backslash skips whatever byte follows), then checks
   * the token is a valid JSON string. Bytes >= 0x80 are not checked, as in Go.
   */
  private parseString(): Literal {
    const src = this.src;
    const length = src.length;
    const start = this.pos;
    let valid = true;
    let i = start + 1;
    while (i < length) {
      const byte = src[i]!;
      if (byte === QUOTE) break;
      if (byte === BACKSLASH) {
        if (!isValidEscape(src, i)) valid = false;
        i += 2;
      } else {
        if (byte < SP) valid = false;
        i++;
      }
    }
    if (i >= length) throw this.error(length, 'parsing string: unexpected EOF');
    this.pos = i + 1;
    const bytes = this.views.view(start, this.pos);
    if (!valid) throw this.invalidLiteral(start, bytes);
    return { kind: 'literal', bytes };
  }

  private parseBareToken(): Literal {
    const src = this.src;
    const start = this.pos;
    let end = start;
    while (end < src.length && isBareTokenByte(src[end]!)) end++;
    if (end === start) throw this.invalidCharacter(start, 'at start of value');
    const bytes = this.views.view(start, end);
    if (!isKeyword(bytes) && !isJsonNumber(bytes)) throw this.invalidLiteral(start, bytes);
    this.pos = end;
    return { kind: 'literal', bytes };
  }

  /** Reads a run of whitespace and comments, keeping line tracking up to date. */
  private readExtra(): Uint8Array {
    const src = this.src;
    const length = src.length;
    const start = this.pos;
    let i = start;
    while (i < length) {
      const byte = src[i]!;
      if (byte === LF) {
        this.line++;
        this.lineStart = ++i;
      } else if (byte === SP || byte === HT || byte === CR) {
        i++;
      } else if (byte === SLASH && i + 1 < length && (src[i + 1] === SLASH || src[i + 1] === STAR)) {
        i = this.readComment(i);
      } else {
        break;
      }
    }
    this.pos = i;
    return this.views.view(start, i);
  }

  /** Reads the comment starting at `start`; returns the offset just past it. */
  private readComment(start: number): number {
    const src = this.src;
    let end: number;
    if (src[start + 1] === SLASH) {
      const lineEnd = src.indexOf(LF, start + 2);
      if (lineEnd === -1) throw this.error(start, 'parsing comment: unexpected EOF');
      end = lineEnd + 1;
    } else {
      end = findBlockCommentEnd(src, start + 2);
      if (end === -1) throw this.error(start, 'parsing comment: unexpected EOF');
    }
    if (!isValidUtf8(src, start, end)) throw this.error(start, 'invalid UTF-8 in comment');
    for (let lf = src.indexOf(LF, start); lf !== -1 && lf < end; lf = src.indexOf(LF, lf + 1)) {
      this.line++;
      this.lineStart = lf + 1;
    }
    return end;
  }

  private error(offset: number, message: string): HujsonSyntaxError {
    return syntaxError(this.src, offset, message);
  }

  private invalidCharacter(offset: number, context: string): HujsonSyntaxError {
    return this.error(offset, `invalid character ${describeCharacter(this.src, offset)} ${context}`);
  }

  /** Invalid UTF-8 inside a string token shows as U+FFFD: a JS string cannot hold raw bytes. */
  private invalidLiteral(offset: number, token: Uint8Array): HujsonSyntaxError {
    return this.error(offset, `invalid literal: ${tokenDecoder.decode(token)}`);
  }
}

/** Offset just past the first `*` `/` at or after `from`, or -1. */
export function findBlockCommentEnd(src: Uint8Array, from: number): number {
  for (let star = src.indexOf(STAR, from); star !== -1; star = src.indexOf(STAR, star + 1)) {
    if (src[star + 1] === SLASH) return star + 2;
  }
  return -1;
}

function isValidEscape(src: Uint8Array, backslash: number): boolean {
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
      return (
        isHexDigit(src[backslash + 2]) &&
        isHexDigit(src[backslash + 3]) &&
        isHexDigit(src[backslash + 4]) &&
        isHexDigit(src[backslash + 5])
      );
    default:
      return false;
  }
}

function isHexDigit(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46);
}

/** The bytes Go's scanner gathers into a bare token: `- + . 0-9 A-Z a-z`. */
function isBareTokenByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    byte === 0x2d ||
    byte === 0x2b ||
    byte === 0x2e
  );
}

function isKeyword(token: Uint8Array): boolean {
  const first = token[0];
  if (first === 0x74) return matches(token, 'true');
  if (first === 0x66) return matches(token, 'false');
  if (first === 0x6e) return matches(token, 'null');
  return false;
}

function matches(token: Uint8Array, word: string): boolean {
  if (token.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (token[i] !== word.charCodeAt(i)) return false;
  return true;
}

/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` over the whole token. */
function isJsonNumber(token: Uint8Array): boolean {
  let i = 0;
  if (token[i] === 0x2d) i++;
  if (token[i] === 0x30) i++;
  else if (isNonZeroDigit(token[i])) i = skipDigits(token, i);
  else return false;
  if (token[i] === 0x2e) {
    const fractionStart = i + 1;
    i = skipDigits(token, fractionStart);
    if (i === fractionStart) return false;
  }
  if (token[i] === 0x65 || token[i] === 0x45) {
    i++;
    if (token[i] === 0x2b || token[i] === 0x2d) i++;
    const exponentStart = i;
    i = skipDigits(token, exponentStart);
    if (i === exponentStart) return false;
  }
  return i === token.length;
}

function isNonZeroDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x31 && byte <= 0x39;
}

function skipDigits(token: Uint8Array, from: number): number {
  let i = from;
  while (i < token.length && token[i]! >= 0x30 && token[i]! <= 0x39) i++;
  return i;
}
