// The lossless HuJSON parser. It follows Go's hujson rule by rule (spec section 2), including
// which error is reported first and where, so messages and positions match Go's. It fills the
// flat arrays of a HujsonDocument; nothing is allocated per value.

import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  countByte,
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
import {
  AFTER_SHIFT,
  ARRAY,
  CLOSING_SHIFT,
  COMMENT,
  type DocumentArrays,
  ESCAPED,
  HAS_ITEMS,
  HujsonDocument,
  NON_ASCII,
  OBJECT,
  STRING,
  TRAILING_COMMA,
} from './document.js';
import { describeCharacter, HujsonSyntaxError, nestingError, syntaxError } from './errors.js';
import { bareTokenKind, findBlockCommentEnd, isBareTokenByte, isValidEscape } from './tokens.js';

/**
 * The most composites open at once that a policy may have. Go's hujson has no limit, but the
 * server decodes the standardized policy with Go's encoding/json, whose scanner refuses the
 * 10,001st open bracket (its maxNestingDepth). Past it a document is refused as the server
 * refuses it; up to it every walk over the document is a loop, never a recursion.
 */
export const MAX_NESTING_DEPTH = 10_000;

/** Parses one HuJSON document, keeping every comment, whitespace run and trailing comma. */
export function parse(input: Uint8Array | string): HujsonDocument {
  const source = toBytes(input);
  return new HujsonDocument(source, new Parser(source).parseDocument());
}

const tokenDecoder = new TextDecoder();

/** Room for this many open composites at first. */
const INITIAL_DEPTH = 32;

/** Whether an open object expects a member name or a member value next. */
const EXPECT_NAME = 0;
const EXPECT_VALUE = 1;

/**
 * One loop over the values in document order with an explicit stack of open composites, not
 * a recursion: a command parses one document per process, so the parse mostly runs before V8
 * has optimised anything, and one loop is optimised early where mutually recursive functions
 * are compiled late and at great cost. The checks come in Go's order, so the first error found
 * is Go's.
 */
class Parser {
  private pos = 0;
  /** LF count and comment bit (document.ts) of the extra read last. */
  private info = 0;
  private readonly out: DocumentArrays;
  /**
   * Per open composite, outermost first: its index, its last item so far (or -1), and for an
   * object what comes next. They start small and double: most documents are a few levels deep.
   */
  private open = new Int32Array(INITIAL_DEPTH);
  private lastItems = new Int32Array(INITIAL_DEPTH);
  private expecting = new Uint8Array(INITIAL_DEPTH);
  private top = -1;
  /**
   * The first bracket past MAX_NESTING_DEPTH, or -1. The parse goes on past it: Go's hujson
   * reads the whole document before encoding/json sees the depth, so a syntax error anywhere
   * in the document is the server's answer, not the depth.
   */
  private tooDeep = -1;

  constructor(private readonly src: Uint8Array) {
    // Policy files hold roughly one value per 12 bytes or more; the arrays double when not.
    const capacity = Math.max(64, src.length >> 3);
    this.out = {
      count: 0,
      kinds: new Uint8Array(capacity),
      flags: new Uint8Array(capacity),
      extras: new Uint16Array(capacity),
      starts: new Int32Array(capacity),
      ends: new Int32Array(capacity),
      befores: new Int32Array(capacity),
      afters: new Int32Array(capacity),
      siblings: new Int32Array(capacity),
      closings: new Int32Array(capacity),
      standard: true,
      depth: 0,
    };
  }

  parseDocument(): DocumentArrays {
    this.readExtra();
    this.parseValues(this.info);
    if (this.pos < this.src.length) throw this.invalidCharacter(this.pos, 'after top-level value');
    if (this.tooDeep !== -1) throw nestingError(this.src, this.tooDeep, MAX_NESTING_DEPTH);
    return this.out;
  }

  /**
   * Parses the root value. Each turn starts a value at the current position (its before-extra
   * read): a literal is read whole, a composite is opened. Then values end and composites
   * close until the next value starts: an ended value's after-extra is read, and what follows
   * it (a colon, a comma, a bracket) tells its composite what comes next.
   */
  private parseValues(rootBeforeInfo: number): void {
    const { src, out } = this;
    let beforeStart = 0;
    let beforeInfo = rootBeforeInfo;
    for (;;) {
      let ended = this.startValue(beforeStart, beforeInfo);
      const byte = src[this.pos];
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.enterComposite(ended, byte === OPEN_BRACE ? OBJECT : ARRAY);
        ended = -1;
      } else if (byte === QUOTE) {
        this.parseString(ended);
      } else {
        this.parseBareToken(ended);
      }
      for (;;) {
        if (ended === -1) {
          // Just after an opening bracket or a comma: the next item, or the closing bracket.
          const composite = this.open[this.top]!;
          beforeStart = this.pos;
          this.readExtra();
          if (src[this.pos] !== closingBracket(out.kinds[composite]!)) break;
          this.closeAfterComma(composite, this.lastItems[this.top]!, beforeStart);
          ended = composite;
        }
        out.ends[ended] = this.pos;
        this.readExtra();
        out.afters[ended] = this.pos;
        out.extras[ended] |= this.info << AFTER_SHIFT;
        if (this.top === -1) return;
        if (this.afterName(ended)) {
          beforeStart = this.pos;
          this.readExtra();
          break;
        }
        ended = this.afterItem(ended);
      }
      beforeInfo = this.info;
    }
  }

  /** Numbers a new value starting at the current position and links it into its composite. */
  private startValue(beforeStart: number, beforeInfo: number): number {
    const out = this.out;
    if (out.count === out.kinds.length) this.grow();
    const value = out.count++;
    out.befores[value] = beforeStart;
    out.starts[value] = this.pos;
    out.siblings[value] = -1;
    out.flags[value] = 0;
    out.extras[value] = beforeInfo;
    const top = this.top;
    if (top !== -1) {
      const last = this.lastItems[top]!;
      if (last === -1) out.flags[this.open[top]!] |= HAS_ITEMS;
      else out.siblings[last] = value;
      this.lastItems[top] = value;
    }
    if (this.pos >= this.src.length) throw this.error(this.pos, 'parsing value: unexpected EOF');
    return value;
  }

  /**
   * When `value` is the name of a member of the innermost composite: checks it and reads the
   * colon after it, and returns true (the member's value comes next).
   */
  private afterName(value: number): boolean {
    const { src, out } = this;
    const top = this.top;
    if (out.kinds[this.open[top]!] !== OBJECT || this.expecting[top] !== EXPECT_NAME) return false;
    if (out.kinds[value] !== STRING) throw this.invalidCharacter(out.starts[value]!, 'at start of object name');
    if (this.pos >= src.length) throw this.error(this.pos, 'parsing object after name: unexpected EOF');
    if (src[this.pos] !== COLON) throw this.invalidCharacter(this.pos, 'after object name');
    this.expecting[top] = EXPECT_VALUE;
    this.pos++;
    return true;
  }

  /**
   * After `value`, an element or a member value: a comma (returns -1: an item or the bracket
   * follows) or the closing bracket (returns the composite, which has ended).
   */
  private afterItem(value: number): number {
    const src = this.src;
    const top = this.top;
    const composite = this.open[top]!;
    const isObject = this.out.kinds[composite] === OBJECT;
    if (this.pos >= src.length) {
      throw this.error(this.pos, `parsing ${isObject ? 'object' : 'array'} after value: unexpected EOF`);
    }
    const next = src[this.pos];
    if (next === COMMA) {
      this.pos++;
      this.expecting[top] = EXPECT_NAME;
      return -1;
    }
    if (next !== closingBracket(this.out.kinds[composite]!)) {
      const expecting = isObject ? "(expecting ',' or '}')" : "(expecting ',' or ']')";
      throw this.invalidCharacter(this.pos, `after ${isObject ? 'object' : 'array'} value ${expecting}`);
    }
    this.closeAfterValue(composite, value);
    return composite;
  }

  private enterComposite(composite: number, kind: typeof OBJECT | typeof ARRAY): void {
    const top = ++this.top;
    if (top === this.open.length) this.growStacks();
    if (top >= this.out.depth) {
      this.out.depth = top + 1;
      if (top === MAX_NESTING_DEPTH) this.tooDeep = this.pos;
    }
    this.open[top] = composite;
    this.lastItems[top] = -1;
    this.expecting[top] = EXPECT_NAME;
    this.out.kinds[composite] = kind;
    this.pos++;
  }

  /**
   * The bracket follows a comma (or the opening bracket): what lies between them is the closing
   * extra, and a last item before that comma makes it a trailing comma.
   */
  private closeAfterComma(composite: number, last: number, closingStart: number): void {
    const out = this.out;
    if (last !== -1) {
      out.flags[composite] |= TRAILING_COMMA;
      out.standard = false;
    }
    out.closings[composite] = closingStart;
    out.extras[composite] |= this.info << CLOSING_SHIFT;
    this.top--;
    this.pos++;
  }

  /** The bracket follows the last item: its after-extra becomes the closing extra (spec 2.3). */
  private closeAfterValue(composite: number, last: number): void {
    const out = this.out;
    out.closings[composite] = out.ends[last]!;
    out.afters[last] = out.ends[last]!;
    out.extras[composite] |= ((out.extras[last]! >> AFTER_SHIFT) & 7) << CLOSING_SHIFT;
    out.extras[last]! &= ~(7 << AFTER_SHIFT);
    this.top--;
    this.pos++;
  }

  /**
   * Scans to the first unescaped quote (a backslash skips whatever byte follows), then checks
   * the token is a valid JSON string. Bytes >= 0x80 are not checked, as in Go.
   */
  private parseString(value: number): void {
    const src = this.src;
    const length = src.length;
    const start = this.pos;
    let valid = true;
    let flags = 0;
    let i = start + 1;
    while (i < length) {
      const byte = src[i]!;
      if (byte === QUOTE) break;
      if (byte === BACKSLASH) {
        flags |= ESCAPED;
        if (!isValidEscape(src, i)) valid = false;
        i += 2;
      } else {
        if (byte < SP) valid = false;
        else if (byte >= 0x80) flags |= NON_ASCII;
        i++;
      }
    }
    if (i >= length) throw this.error(length, 'parsing string: unexpected EOF');
    this.pos = i + 1;
    if (!valid) throw this.invalidLiteral(start, this.pos);
    this.out.kinds[value] = STRING;
    this.out.flags[value] = flags;
  }

  private parseBareToken(value: number): void {
    const src = this.src;
    const start = this.pos;
    let end = start;
    while (end < src.length && isBareTokenByte(src[end]!)) end++;
    if (end === start) throw this.invalidCharacter(start, 'at start of value');
    const kind = bareTokenKind(src, start, end);
    if (kind === 0) throw this.invalidLiteral(start, end);
    this.out.kinds[value] = kind;
    this.pos = end;
  }

  /** Reads a run of whitespace and comments, noting its LF count (up to 2) and any comment. */
  private readExtra(): void {
    const src = this.src;
    const length = src.length;
    let i = this.pos;
    let lineFeeds = 0;
    let comment = 0;
    while (i < length) {
      const byte = src[i]!;
      if (byte === LF) {
        lineFeeds++;
        i++;
      } else if (byte === SP || byte === HT || byte === CR) {
        i++;
      } else if (byte === SLASH && i + 1 < length && (src[i + 1] === SLASH || src[i + 1] === STAR)) {
        const end = this.readComment(i);
        lineFeeds += countByte(src, LF, i, end);
        comment = COMMENT;
        this.out.standard = false;
        i = end;
      } else {
        break;
      }
    }
    this.pos = i;
    this.info = (lineFeeds > 2 ? 2 : lineFeeds) | comment;
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
    return end;
  }

  private grow(): void {
    const out = this.out;
    const capacity = out.kinds.length * 2;
    out.kinds = grown(out.kinds, new Uint8Array(capacity));
    out.flags = grown(out.flags, new Uint8Array(capacity));
    out.extras = grown(out.extras, new Uint16Array(capacity));
    out.starts = grown(out.starts, new Int32Array(capacity));
    out.ends = grown(out.ends, new Int32Array(capacity));
    out.befores = grown(out.befores, new Int32Array(capacity));
    out.afters = grown(out.afters, new Int32Array(capacity));
    out.siblings = grown(out.siblings, new Int32Array(capacity));
    out.closings = grown(out.closings, new Int32Array(capacity));
  }

  private growStacks(): void {
    const depth = this.open.length * 2;
    this.open = grown(this.open, new Int32Array(depth));
    this.lastItems = grown(this.lastItems, new Int32Array(depth));
    this.expecting = grown(this.expecting, new Uint8Array(depth));
  }

  private error(offset: number, message: string): HujsonSyntaxError {
    return syntaxError(this.src, offset, message);
  }

  private invalidCharacter(offset: number, context: string): HujsonSyntaxError {
    return this.error(offset, `invalid character ${describeCharacter(this.src, offset)} ${context}`);
  }

  /** Invalid UTF-8 inside a string token shows as U+FFFD: a JS string cannot hold raw bytes. */
  private invalidLiteral(start: number, end: number): HujsonSyntaxError {
    return this.error(start, `invalid literal: ${tokenDecoder.decode(this.src.subarray(start, end))}`);
  }
}

function closingBracket(kind: number): number {
  return kind === OBJECT ? CLOSE_BRACE : CLOSE_BRACKET;
}

function grown<T extends Uint8Array | Uint16Array | Int32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
