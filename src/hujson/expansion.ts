// Format's first pass over the tree (spec 3.0 steps 3 to 5): whether the document is standard
// JSON, the normalisation of strings and extras (3.1), and which composites expand (3.2).
// One bottom-up walk does all three: each composite is checked before it is normalised, and
// its expansion depends only on its already-decided children.

import type { ArrayNode, Extra, Literal, ObjectNode, Value } from './ast.js';
import { CR, EMPTY, HT, LF, SLASH, SP, STAR } from './bytes.js';
import { findBlockCommentEnd } from './parse.js';
import { normalizeStringLiteral } from './strings.js';

export type Composite = ObjectNode | ArrayNode;

export interface Preparation {
  /** S: no comment anywhere and no trailing comma, judged before normalisation. */
  standard: boolean;
  expanded: Set<Composite>;
}

/** The estimator's widest allowed line; 80 itself still fits. */
const MAX_WIDTH = 80;

export function prepareForLayout(root: Value): Preparation {
  const preparer = new Preparer();
  preparer.noteComments(root.before);
  preparer.noteComments(root.after);
  preparer.prepareValue(root);
  return { standard: preparer.standard, expanded: preparer.expanded };
}

export function containsLF(extra: Extra): boolean {
  return extra !== undefined && extra.indexOf(LF) !== -1;
}

/** Extras hold only whitespace and comments, so any slash starts a comment. */
export function containsComment(extra: Extra): boolean {
  return extra !== undefined && extra.indexOf(SLASH) !== -1;
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

  add(first: number, last: number, multiLine: boolean): void {
    this.current += first;
    if (!multiLine) return;
    this.endLine();
    this.current = last;
  }

  addWidth(width: number): void {
    this.current += width;
  }

  /** Adds the closing bracket and ends the last line. */
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

class Preparer {
  standard = true;
  readonly expanded = new Set<Composite>();
  /** The shape of the piece measured last; reused to avoid an allocation per piece. */
  private readonly shape: Shape = { first: 0, last: 0, multiLine: false };
  /** One estimate per nesting level in use, reused across composites. */
  private readonly estimates: LineEstimate[] = [];
  private depth = 0;

  noteComments(extra: Extra): void {
    if (containsComment(extra)) this.standard = false;
  }

  /** Normalises the value and leaves its shape in `this.shape`. */
  prepareValue(value: Value): void {
    const node = value.node;
    if (node.kind === 'literal') {
      node.bytes = normalizeStringLiteral(node.bytes);
      this.setShape(node.bytes.length, node.bytes.length, false);
    } else if (node.kind === 'object') {
      this.prepareObject(node);
    } else {
      this.prepareArray(node);
    }
  }

  private prepareObject(node: ObjectNode): void {
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
      const nameLiteral = name.node as Literal;
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

  private prepareArray(node: ArrayNode): void {
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
    forced ||= elements.length > 0 && containsLF(elements[elements.length - 1]!.after);
    this.decide(node, forced, estimate, elements[0]?.before);
  }

  /**
   * Notes a trailing comma and comments in the closing extra, empties a comment-free closing
   * extra of an empty composite, and reports rule E3 (a newline before the closing bracket).
   */
  private prepareClosing(node: Composite, lastValue: Value | undefined): boolean {
    this.noteComments(node.closing);
    if (lastValue !== undefined && lastValue.after !== undefined) this.standard = false;
    if (lastValue === undefined && !containsComment(node.closing)) node.closing = EMPTY;
    return containsLF(node.closing);
  }

  /** Rule 3.1c: a name-colon or value-comma extra without a comment becomes absent. */
  private withoutBlankAfterExtra(extra: Extra): Extra {
    if (extra === undefined) return undefined;
    if (containsComment(extra)) {
      this.standard = false;
      return extra;
    }
    return undefined;
  }

  private startEstimate(): LineEstimate {
    const estimate = (this.estimates[this.depth++] ??= new LineEstimate());
    estimate.reset();
    return estimate;
  }

  /** Settles whether `node` expands and leaves its shape in `this.shape`. */
  private decide(node: Composite, forced: boolean, estimate: LineEstimate, firstBefore: Extra): void {
    this.depth--;
    if (!forced) {
      estimate.finish(this.shape);
      if (estimate.widest <= MAX_WIDTH) return;
    }
    this.expanded.add(node);
    this.measureExtra(firstBefore ?? node.closing);
    this.setShape(1 + this.shape.first, 1, true);
  }

  private addExtra(estimate: LineEstimate, extra: Extra): void {
    this.measureExtra(extra);
    estimate.add(this.shape.first, this.shape.last, this.shape.multiLine);
  }

  private measureExtra(extra: Extra): void {
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
