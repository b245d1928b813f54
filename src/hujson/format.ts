// hujson.Format (spec 3): the pipeline, then one pass that lays out whitespace and comments
// (3.3 to 3.6) and writes the output as it goes. Nothing in the document is modified.
//
// The pass is one loop over the values in document order with an explicit stack of open
// composites, not a recursion: a command formats one document per process, so most of the
// work runs before V8 has optimised anything, and a loop is optimised while it runs where
// mutually recursive functions are compiled late, inlined into each other, at great cost.
// Before-extras without a comment, nearly all of them, are written without ExtraFormatter.

import { COLON, COMMA, isJsonSpace, LF, SP, toBytes, trimEndUnicodeSpace } from './bytes.js';
import {
  AFTER_SHIFT,
  ARRAY,
  CLOSING_SHIFT,
  COMMENT,
  ESCAPED,
  EXTRA_INFO,
  HAS_ITEMS,
  type HujsonDocument,
  LF_COUNT,
  OBJECT,
  STRING,
} from './document.js';
import { Alignment } from './align.js';
import { EXPANDED, Expansion } from './expansion.js';
import { DEDENT_LAST, ExtraFormatter, LEAD_NL, SPACE_IF_EMPTY, TRAIL_NL, TRIM_LEAD, TRIM_TRAIL } from './extra.js';
import { parse } from './parse.js';
import { normalizeStringInto } from './strings.js';
import { ByteWriter } from './writer.js';

/** Go's hujson.Format, byte for byte. Throws HujsonSyntaxError on invalid input. */
export function format(input: Uint8Array | string | HujsonDocument): Uint8Array {
  const doc = input instanceof Uint8Array || typeof input === 'string' ? parse(toBytes(input)) : input;
  return new Formatter(doc).run();
}

const AROUND_PUNCTUATION = TRIM_LEAD | TRIM_TRAIL;

class Formatter {
  private readonly out: ByteWriter;
  private readonly extras: ExtraFormatter;
  private readonly state: Uint8Array;
  private readonly alignment: Alignment;
  /** The open composites, innermost last, and the depth each was written at. */
  private readonly openComposites: Int32Array;
  private readonly openDepths: Int32Array;

  constructor(private readonly doc: HujsonDocument) {
    // Format output is usually close to the input's size; the writer grows when it is not.
    this.out = new ByteWriter(doc.source.length + (doc.source.length >> 3) + 64);
    this.openComposites = new Int32Array(doc.depth);
    this.openDepths = new Int32Array(doc.depth);
    this.extras = new ExtraFormatter(doc.source, this.out);
    this.state = new Expansion(doc).state;
    this.alignment = new Alignment(doc, this.extras, this.state);
  }

  run(): Uint8Array {
    const { doc, out } = this;
    const root = doc.root;
    // The root's own extras: FMT at depth 0 without options, then leading whitespace removed
    // and trailing Unicode space replaced by one LF (3.8).
    this.extras.write(doc.befores[root]!, doc.starts[root]!, doc.extraInfo(root, 0), 0, 0);
    let lead = 0;
    while (lead < out.at && isJsonSpace(out.bytes[lead]!)) lead++;
    if (lead > 0) {
      out.bytes.copyWithin(0, lead, out.at);
      out.at -= lead;
    }
    this.writeValues();
    const trailing = out.at;
    this.extras.write(doc.ends[root]!, doc.afters[root]!, doc.extraInfo(root, AFTER_SHIFT), 0, 0);
    out.at = trimEndUnicodeSpace(out.bytes, trailing, out.at);
    out.push(LF);
    return out.view();
  }

  /**
   * Writes the root value and everything in it. Each turn writes one value at `depth`: a
   * literal, or a composite's opening bracket; then closes the composites that value ends;
   * then writes the next item's before-extra (and a member's name) up to the next value.
   */
  private writeValues(): void {
    const { doc, out, state, openComposites, openDepths } = this;
    const { kinds, flags, siblings } = doc;
    let top = -1;
    let value = doc.root;
    let depth = 0;
    for (;;) {
      const kind = kinds[value]!;
      let item: number;
      if ((kind === OBJECT || kind === ARRAY) && flags[value]! & HAS_ITEMS) {
        if (kind === OBJECT && state[value]! & EXPANDED) this.alignment.measure(value, depth);
        out.push(kind === OBJECT ? 0x7b : 0x5b);
        openComposites[++top] = value;
        openDepths[top] = depth;
        item = value + 1;
      } else {
        if (kind === OBJECT || kind === ARRAY) this.writeEmpty(value, depth);
        else this.writeLiteral(value);
        // Close every composite whose last item this value was, innermost first.
        for (;;) {
          if (top === -1) return;
          const composite = openComposites[top]!;
          const compositeDepth = openDepths[top]!;
          this.writeAfterExtra(value, compositeDepth);
          item = siblings[value]!;
          if (item !== -1) break;
          this.writeEnd(composite, compositeDepth, value);
          out.push(kinds[composite] === OBJECT ? 0x7d : 0x5d);
          value = composite;
          top--;
        }
        out.push(COMMA);
      }
      const composite = openComposites[top]!;
      const compositeDepth = openDepths[top]!;
      const expanded = (state[composite]! & EXPANDED) !== 0;
      this.writeBefore(
        item,
        compositeDepth + 1,
        (expanded ? LEAD_NL : 0) | (item === composite + 1 ? TRIM_LEAD : SPACE_IF_EMPTY),
      );
      value = item;
      depth = compositeDepth + (expanded ? 1 : 0);
      if (kinds[composite] === OBJECT) {
        value = this.writeName(item, compositeDepth, expanded);
        const aroundColon = (doc.extras[item]! >> AFTER_SHIFT) & EXTRA_INFO;
        const colonLF = (aroundColon & COMMENT && aroundColon & LF_COUNT) || doc.extras[value]! & LF_COUNT;
        if (colonLF) depth++;
      }
    }
  }

  /**
   * A before-extra. One without a comment reduces to 0, 1 or 2 newlines plus indentation, or
   * one space (FMT on whitespace only).
   */
  private writeBefore(value: number, depth: number, options: number): void {
    const info = this.doc.extras[value]! & EXTRA_INFO;
    if (info & COMMENT) {
      this.extras.write(this.doc.befores[value]!, this.doc.starts[value]!, info, depth, options);
      return;
    }
    let newlines = info & LF_COUNT;
    if (newlines === 0 && options & LEAD_NL) newlines = 1;
    if (newlines === 2 && options & TRIM_LEAD) newlines = 1;
    if (newlines > 0) this.out.lineBreaks(newlines, depth);
    else if (options & SPACE_IF_EMPTY) this.out.push(SP);
  }

  /** A literal, a string with a backslash re-encoded (3.1a). */
  private writeLiteral(value: number): void {
    const { doc, out } = this;
    const start = doc.starts[value]!;
    const end = doc.ends[value]!;
    if (doc.kinds[value] === STRING && doc.flags[value]! & ESCAPED) {
      out.reserve((end - start) * 3 + 2);
      out.at = normalizeStringInto(doc.source, start, end, out.bytes, out.at);
    } else {
      out.append(doc.source, start, end);
    }
  }

  /** A member's name, name-colon extra, colon and colon-value extra (padded); returns its value. */
  private writeName(name: number, depth: number, expanded: boolean): number {
    this.writeLiteral(name);
    this.writeAfterExtra(name, depth);
    this.out.push(COLON);
    const value = this.doc.siblings[name]!;
    this.writeBefore(value, depth + 2, AROUND_PUNCTUATION | SPACE_IF_EMPTY);
    if (expanded) this.out.repeat(SP, this.alignment.padding[value]!);
    return value;
  }

  /** A name-colon or value-comma extra: absent unless it holds a comment (3.1c). */
  private writeAfterExtra(value: number, depth: number): void {
    const doc = this.doc;
    const info = (doc.extras[value]! >> AFTER_SHIFT) & EXTRA_INFO;
    if (info & COMMENT) this.extras.write(doc.ends[value]!, doc.afters[value]!, info, depth + 2, AROUND_PUNCTUATION);
  }

  /** A composite without items: its brackets, and its closing extra if that holds a comment (3.1b). */
  private writeEmpty(composite: number, depth: number): void {
    const isObject = this.doc.kinds[composite] === OBJECT;
    this.out.push(isObject ? 0x7b : 0x5b);
    const info = this.doc.extraInfo(composite, CLOSING_SHIFT);
    if (info & COMMENT) this.writeClosing(composite, depth, TRIM_LEAD);
    this.out.push(isObject ? 0x7d : 0x5d);
  }

  /**
   * The trailing comma (3.6) and the closing extra. An expanded composite gets a trailing comma
   * unless the document is standard JSON. An inline one keeps a comma only between a commented
   * pre-comma extra and a non-empty closing extra; otherwise the two are joined.
   */
  private writeEnd(composite: number, depth: number, last: number): void {
    const out = this.out;
    const commentBeforeComma = (this.doc.extraInfo(last, AFTER_SHIFT) & COMMENT) !== 0;
    if (this.state[composite]! & EXPANDED) {
      if (commentBeforeComma || !this.doc.standard) out.push(COMMA);
      this.writeClosing(composite, depth, 0);
    } else if (commentBeforeComma) {
      out.push(COMMA);
      const closingStart = out.at;
      this.writeClosing(composite, depth, 0);
      if (out.at === closingStart) out.at--;
    } else {
      this.writeClosing(composite, depth, 0);
    }
  }

  private writeClosing(composite: number, depth: number, extraOptions: number): void {
    const doc = this.doc;
    const info = doc.extraInfo(composite, CLOSING_SHIFT);
    const expanded = this.state[composite]! & EXPANDED ? TRAIL_NL : 0;
    if (!(info & COMMENT)) {
      // FMT on whitespace only with TRIM_TRAIL and DEDENT_LAST: at most one newline, at least one with TRAIL_NL.
      if (expanded || info & LF_COUNT) this.out.lineBreaks(1, depth);
      return;
    }
    const options = expanded | extraOptions | TRIM_TRAIL | DEDENT_LAST;
    this.extras.write(doc.closings[composite]!, doc.ends[composite]! - 1, info, depth + 1, options);
  }
}
