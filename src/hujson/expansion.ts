// Format's first pass (spec 3.0 steps 4 and 5): which composites expand (3.2), judged on the
// normalised document (3.1), and which composites end up with a newline in an item extra (the
// alignment pass needs that). Normalisation itself is not written anywhere: the rules are
// applied as the extras are read, here and when the output is written.
//
// Normalisation seen from the parser's notes: a name-colon or value-comma extra without a
// comment is absent (3.1c), so it counts only when it has the COMMENT bit; the closing extra of
// an empty composite without a comment is empty (3.1b); strings with a backslash are
// re-encoded (3.1a), which can change their length.

import { CR, HT, indexOfByte, LF, SLASH, SP, STAR } from './bytes.js';
import {
  AFTER_SHIFT,
  ARRAY,
  CLOSING_SHIFT,
  COMMENT,
  ESCAPED,
  HAS_ITEMS,
  type HujsonDocument,
  LF_COUNT,
  OBJECT,
  STRING,
} from './document.js';
import { normalizeStringInto } from './strings.js';
import { findBlockCommentEnd } from './tokens.js';

/** Bits of `Expansion.state`. */
export const EXPANDED = 1;
/** Some item extra inside the composite (closing extras aside) gets a newline once formatted. */
export const INNER_LF = 2;

/** The estimator's widest allowed line; 80 itself still fits. */
const MAX_WIDTH = 80;

/** Byte length of a literal once normalised. */
export function normalizedLength(doc: HujsonDocument, value: number, scratch: { bytes: Uint8Array }): number {
  const start = doc.starts[value]!;
  const end = doc.ends[value]!;
  if (doc.kinds[value] !== STRING || !(doc.flags[value]! & ESCAPED)) return end - start;
  if (scratch.bytes.length < (end - start) * 3 + 2) scratch.bytes = new Uint8Array((end - start) * 6 + 2);
  return normalizeStringInto(doc.source, start, end, scratch.bytes, 0);
}

/** A normalised after-extra (name-colon, value-comma) is present only when it holds a comment. */
export function afterLF(doc: HujsonDocument, value: number): boolean {
  const info = doc.extraInfo(value, AFTER_SHIFT);
  return (info & COMMENT) !== 0 && (info & LF_COUNT) !== 0;
}

export function beforeLF(doc: HujsonDocument, value: number): boolean {
  return (doc.extraInfo(value, 0) & LF_COUNT) !== 0;
}

/**
 * The estimated inline rendering of one composite, line by line (spec 3.2): pieces are added
 * as shapes, and a multi-line piece ends the current line.
 */
class LineEstimate {
  private current = 1;
  private lineCount = 0;
  private firstLine = 0;
  widest = 0;

  reset(): void {
    this.current = 1;
    this.lineCount = 0;
    this.firstLine = 0;
    this.widest = 0;
  }

  add(shape: Shape): void {
    this.current += shape.first;
    if (!shape.multiLine) return;
    this.endLine();
    this.current = shape.last;
  }

  addWidth(width: number): void {
    this.current += width;
  }

  /** Adds the closing bracket, ends the last line, and leaves the composite's shape in `shape`. */
  finish(shape: Shape): void {
    this.current += 1;
    this.endLine();
    shape.first = this.firstLine;
    shape.last = this.current;
    shape.multiLine = this.lineCount > 1;
  }

  private endLine(): void {
    if (this.lineCount === 0) this.firstLine = this.current;
    if (this.current > this.widest) this.widest = this.current;
    this.lineCount++;
  }
}

/** Widths of a piece's first and last line, and whether it spans lines. */
interface Shape {
  first: number;
  last: number;
  multiLine: boolean;
}

/** Bits of the per-composite notes kept while its items are read. */
const FORCED = 1;
const HAS_INNER_LF = 2;
const IS_OBJECT = 4;

/**
 * One walk over the document in order with an explicit stack of open composites (not a
 * recursion: see format.ts for why). Each composite's items add their shapes to its estimate;
 * once a newline forces the composite to expand (E2, E3), the estimate is no longer needed and
 * its items are only walked for their own composites.
 */
export class Expansion {
  /** EXPANDED and INNER_LF per value. */
  readonly state: Uint8Array;
  /** The shape of the piece measured last; reused to avoid an allocation per piece. */
  private readonly shape: Shape = { first: 0, last: 0, multiLine: false };
  /** Per open composite, outermost first: its index, its notes and its estimate. */
  private readonly open: Int32Array;
  private readonly notes: Uint8Array;
  private readonly estimates: LineEstimate[] = [];
  private readonly scratch = { bytes: new Uint8Array(256) };

  constructor(private readonly doc: HujsonDocument) {
    this.state = new Uint8Array(doc.count);
    this.open = new Int32Array(doc.depth);
    this.notes = new Uint8Array(doc.depth);
    this.prepare(doc.root);
  }

  /** Visits each value: a composite is opened, then its items; a finished value's shape goes to its composite. */
  private prepare(root: number): void {
    const { kinds, flags } = this.doc;
    let top = -1;
    let value = root;
    for (;;) {
      const kind = kinds[value]!;
      if (kind === OBJECT || kind === ARRAY) {
        this.openComposite(++top, value, kind === OBJECT);
        if (flags[value]! & HAS_ITEMS) {
          value = this.enterItem(top, value + 1);
          continue;
        }
        this.closeComposite(top--);
      } else if (top === -1 || !(this.notes[top]! & FORCED)) {
        // A literal's shape matters only to an estimate still needed.
        const length = normalizedLength(this.doc, value, this.scratch);
        this.setShape(length, length, false);
      }
      for (;;) {
        if (top === -1) return;
        const next = this.leaveItem(top, value);
        if (next !== -1) {
          value = this.enterItem(top, next);
          break;
        }
        value = this.open[top]!;
        this.closeComposite(top--);
      }
    }
  }

  private openComposite(top: number, composite: number, isObject: boolean): void {
    const closingInfo = this.doc.extraInfo(composite, CLOSING_SHIFT);
    const hasItems = (this.doc.flags[composite]! & HAS_ITEMS) !== 0;
    // E3, with 3.1b: an empty composite's closing extra without a comment is emptied first.
    const forced = (closingInfo & LF_COUNT) !== 0 && (hasItems || (closingInfo & COMMENT) !== 0);
    this.open[top] = composite;
    this.notes[top] = (forced ? FORCED : 0) | (isObject ? IS_OBJECT : 0);
    (this.estimates[top] ??= new LineEstimate()).reset();
  }

  /** Adds an item's before-extra (and a member's name, colon and colon-value extra); returns the value. */
  private enterItem(top: number, item: number): number {
    const doc = this.doc;
    const estimate = this.estimates[top]!;
    let notes = this.notes[top]!;
    if (beforeLF(doc, item)) notes |= FORCED | HAS_INNER_LF;
    if (!(notes & FORCED)) this.addExtra(estimate, doc.befores[item]!, doc.starts[item]!, doc.extraInfo(item, 0));
    let value = item;
    if (notes & IS_OBJECT) {
      value = doc.siblings[item]!;
      if (afterLF(doc, item) || beforeLF(doc, value)) notes |= HAS_INNER_LF;
      if (!(notes & FORCED)) {
        estimate.addWidth(normalizedLength(doc, item, this.scratch));
        this.addAfterExtra(estimate, item);
        estimate.addWidth(2);
        this.addExtra(estimate, doc.befores[value]!, doc.starts[value]!, doc.extraInfo(value, 0));
      }
    }
    this.notes[top] = notes;
    return value;
  }

  /** Adds a finished value (its shape in `this.shape`) and its value-comma extra; returns the next item or -1. */
  private leaveItem(top: number, value: number): number {
    const doc = this.doc;
    let notes = this.notes[top]!;
    if (this.state[value]! & INNER_LF || afterLF(doc, value)) notes |= HAS_INNER_LF;
    if (!(notes & FORCED)) {
      const estimate = this.estimates[top]!;
      estimate.add(this.shape);
      this.addAfterExtra(estimate, value);
      estimate.addWidth(2);
    }
    const next = doc.siblings[value]!;
    // E2: the last item's after-extra is present only before a trailing comma.
    if (next === -1 && afterLF(doc, value)) notes |= FORCED;
    this.notes[top] = notes;
    return next;
  }

  /** Decides whether the composite expands and leaves its shape in `this.shape`. */
  private closeComposite(top: number): void {
    const doc = this.doc;
    const composite = this.open[top]!;
    const notes = this.notes[top]!;
    const hasItems = (doc.flags[composite]! & HAS_ITEMS) !== 0;
    let expanded = (notes & FORCED) !== 0;
    if (!expanded) {
      const estimate = this.estimates[top]!;
      estimate.finish(this.shape);
      expanded = estimate.widest > MAX_WIDTH;
    }
    const innerLF = (notes & HAS_INNER_LF) !== 0;
    if (!expanded) {
      if (innerLF) this.state[composite] = INNER_LF;
      return;
    }
    // Item-before extras of an expanded composite always get a newline (LEAD_NL).
    this.state[composite] = EXPANDED | (innerLF || hasItems ? INNER_LF : 0);
    const first = composite + 1;
    const closingInfo = doc.extraInfo(composite, CLOSING_SHIFT);
    if (hasItems) this.measureExtra(doc.befores[first]!, doc.starts[first]!, doc.extraInfo(first, 0));
    else if (closingInfo & COMMENT) this.measureExtra(doc.closings[composite]!, doc.ends[composite]! - 1, closingInfo);
    else this.setShape(0, 0, false);
    this.setShape(1 + this.shape.first, 1, true);
  }

  /** A name-colon or value-comma extra: absent (nothing to add) unless it holds a comment. */
  private addAfterExtra(estimate: LineEstimate, value: number): void {
    const info = this.doc.extraInfo(value, AFTER_SHIFT);
    if (!(info & COMMENT)) return;
    this.addExtra(estimate, this.doc.ends[value]!, this.doc.afters[value]!, info);
  }

  private addExtra(estimate: LineEstimate, start: number, end: number, info: number): void {
    this.measureExtra(start, end, info);
    estimate.add(this.shape);
  }

  private measureExtra(start: number, end: number, info: number): void {
    if (!(info & COMMENT)) {
      this.setShape(0, 0, (info & LF_COUNT) !== 0);
      return;
    }
    const src = this.doc.source;
    const firstLF = indexOfByte(src, LF, start, end);
    if (firstLF === -1) {
      const width = estimateSegment(src, start, end);
      this.setShape(width, width, false);
      return;
    }
    const lastLF = src.lastIndexOf(LF, end - 1);
    this.setShape(estimateSegment(src, start, firstLF), estimateSegment(src, lastLF + 1, end), true);
  }

  private setShape(first: number, last: number, multiLine: boolean): void {
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
function estimateSegment(bytes: Uint8Array, start: number, end: number): number {
  let width = 0;
  let i = start;
  for (;;) {
    while (i < end && (bytes[i] === SP || bytes[i] === HT || bytes[i] === CR)) i++;
    if (i + 1 < end && bytes[i] === SLASH && bytes[i + 1] === SLASH) return width + 1 + (end - i);
    if (i + 1 < end && bytes[i] === SLASH && bytes[i + 1] === STAR) {
      const close = findBlockCommentEnd(bytes, i + 2);
      if (close === -1 || close > end) return width + 1 + (end - i);
      width += 1 + (close - i);
      i = close;
      continue;
    }
    return width > 0 ? width + 1 : 0;
  }
}
