// The parsed form of a HuJSON document: flat typed arrays over the source bytes instead of an
// object per value. Each value is an index, numbered in document order (a composite comes just
// before its first item, and an object's items alternate name, value). Extras (runs of
// whitespace and comments, spec 1.1) are never copied: they are the byte ranges between a
// value and the punctuation around it. Line and column are worked out from an offset only when
// someone asks, so parsing a large file allocates a handful of arrays and nothing per value.

import { decodeStringRange } from './strings.js';

/** Where a value starts in the source. `line` and `column` count from 1; `column` counts bytes. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

export const OBJECT = 1;
export const ARRAY = 2;
export const STRING = 3;
export const NUMBER = 4;
export const TRUE = 5;
export const FALSE = 6;
export const NULL = 7;
export type Kind =
  typeof OBJECT | typeof ARRAY | typeof STRING | typeof NUMBER | typeof TRUE | typeof FALSE | typeof NULL;

/** Bits of `flags`. */
export const ESCAPED = 1; // a string literal that contains a backslash
export const NON_ASCII = 2; // a string literal that contains a byte >= 0x80
export const HAS_ITEMS = 4; // a composite with at least one member or element
export const TRAILING_COMMA = 8; // a composite whose last item is followed by a comma

/**
 * What the parser noted about an extra, 3 bits: the number of LF bytes in it, capped at 2 (all
 * that formatting whitespace needs), and whether it holds a comment. `extras` packs three of
 * these per value: its before-extra, its after-extra and, for a composite, its closing extra.
 */
export const LF_COUNT = 3;
export const COMMENT = 4;
export const AFTER_SHIFT = 3;
export const CLOSING_SHIFT = 6;
/** Mask of one extra's 3 bits. */
export const EXTRA_INFO = 7;

/** The arrays one parse fills; the parser grows them, the document only reads them. */
export interface DocumentArrays {
  count: number;
  kinds: Uint8Array;
  flags: Uint8Array;
  extras: Uint16Array;
  /** First byte of the value itself, and the offset just past it. */
  starts: Int32Array;
  ends: Int32Array;
  /** Start of the before-extra, which ends at `starts`. */
  befores: Int32Array;
  /**
   * End of the after-extra, which starts at `ends`. The last item of a composite without a
   * trailing comma has an absent after-extra (Go moves it into the closing extra): `ends`.
   */
  afters: Int32Array;
  /** Next member name, member value or element of the same composite, or -1. */
  siblings: Int32Array;
  /** Start of a composite's closing extra, which ends just before its closing bracket. */
  closings: Int32Array;
  /** Whether any comment or trailing comma occurs anywhere (Format's "standard" flag, 3.0). */
  standard: boolean;
  /** The most composites open at once: 0 for a literal, 1 for `[]`, 2 for `[[]]`. */
  depth: number;
}

export class HujsonDocument {
  readonly root = 0;
  readonly count: number;
  readonly standard: boolean;
  /** The most composites open at once: the walks over the document size their stacks by it. */
  readonly depth: number;
  readonly kinds: Uint8Array;
  readonly flags: Uint8Array;
  readonly extras: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly befores: Int32Array;
  readonly afters: Int32Array;
  readonly siblings: Int32Array;
  readonly closings: Int32Array;
  /**
   * The source as one latin1 string, made on first use: a plain ASCII literal is then a slice of
   * it (byte offsets are character offsets), which costs less than decoding each from bytes.
   */
  private latin1: string | undefined;
  private lineEnds: Int32Array | undefined;
  private lastLine = 0;

  constructor(
    readonly source: Uint8Array,
    arrays: DocumentArrays,
  ) {
    this.count = arrays.count;
    this.standard = arrays.standard;
    this.depth = arrays.depth;
    this.kinds = arrays.kinds;
    this.flags = arrays.flags;
    this.extras = arrays.extras;
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.befores = arrays.befores;
    this.afters = arrays.afters;
    this.siblings = arrays.siblings;
    this.closings = arrays.closings;
  }

  kind(value: number): Kind {
    return this.kinds[value] as Kind;
  }

  /** The first member name or element of a composite, or -1. */
  firstItem(value: number): number {
    return this.flags[value]! & HAS_ITEMS ? value + 1 : -1;
  }

  /** The next member name, member value or element in the same composite, or -1. */
  next(value: number): number {
    return this.siblings[value]!;
  }

  /** What the parser noted about the before-extra (shift 0), after-extra or closing extra. */
  extraInfo(value: number, shift: number): number {
    return (this.extras[value]! >> shift) & EXTRA_INFO;
  }

  /** A string literal's text, decoded the way Go decodes it. */
  string(value: number): string {
    const start = this.starts[value]!;
    const end = this.ends[value]!;
    if ((this.flags[value]! & (ESCAPED | NON_ASCII)) === 0) {
      return this.sourceText().slice(start + 1, end - 1);
    }
    return decodeStringRange(this.source, start, end);
  }

  /** A literal's raw bytes as text (numbers, true, false, null). */
  rawText(value: number): string {
    return this.sourceText().slice(this.starts[value]!, this.ends[value]!);
  }

  private sourceText(): string {
    const source = this.source;
    return (this.latin1 ??= Buffer.from(source.buffer, source.byteOffset, source.length).toString('latin1'));
  }

  /** Where the value starts. */
  position(value: number): Position {
    return this.positionOf(this.starts[value]!);
  }

  /** Line and byte column of `offset`, as Go's hujson counts them (only LF ends a line). */
  positionOf(offset: number): Position {
    const lineEnds = (this.lineEnds ??= lineFeeds(this.sourceText()));
    // Readers mostly ask in document order, a few lines on each time: look from the line of the
    // previous answer a few lines ahead before searching the whole index.
    let line = this.lastLine;
    if (line > 0 && lineEnds[line - 1]! >= offset) line = countBelow(lineEnds, offset);
    else {
      const last = Math.min(line + NEARBY_LINES, lineEnds.length);
      while (line < last && lineEnds[line]! < offset) line++;
      if (line === last && line < lineEnds.length && lineEnds[line]! < offset) line = countBelow(lineEnds, offset);
    }
    this.lastLine = line;
    const lineStart = line === 0 ? 0 : lineEnds[line - 1]! + 1;
    return { offset, line: line + 1, column: offset - lineStart + 1 };
  }
}

/** Lines positionOf walks forward from its previous answer before it searches. */
const NEARBY_LINES = 16;

function lineFeeds(source: string): Int32Array {
  // The string's indexOf per line, not a loop over the bytes: this runs once per process, before
  // V8 optimises anything, and the builtin's search costs about half of an interpreted loop.
  let offsets = new Int32Array(1024);
  let count = 0;
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
    if (count === offsets.length) {
      const grown = new Int32Array(count * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[count++] = i;
  }
  return offsets.subarray(0, count);
}

/** How many entries of the sorted `offsets` are below `offset`. */
function countBelow(offsets: Int32Array, offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
