// hujson.Format (spec 3): the pipeline, then one pass that lays out whitespace and comments
// (3.3 to 3.6) and writes the output as it goes. Nothing in the document is modified.

import { COLON, COMMA, isJsonSpace, LF, SP, toBytes, trimEndUnicodeSpace } from './bytes.js';
import {
  AFTER_SHIFT,
  ARRAY,
  CLOSING_SHIFT,
  COMMENT,
  ESCAPED,
  EXTRA_INFO,
  type HujsonDocument,
  OBJECT,
  STRING,
} from './document.js';
import { Alignment } from './align.js';
import { afterLF, beforeLF, EXPANDED, Expansion } from './expansion.js';
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
  private readonly expansion: Expansion;
  private readonly alignment: Alignment;

  constructor(private readonly doc: HujsonDocument) {
    // Format output is usually close to the input's size; the writer grows when it is not.
    this.out = new ByteWriter(doc.source.length + (doc.source.length >> 3) + 64);
    this.extras = new ExtraFormatter(doc.source, this.out);
    this.expansion = new Expansion(doc);
    this.alignment = new Alignment(doc, this.extras, this.expansion.state);
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
    this.writeValue(root, 0);
    const trailing = out.at;
    this.extras.write(doc.ends[root]!, doc.afters[root]!, doc.extraInfo(root, AFTER_SHIFT), 0, 0);
    out.at = trimEndUnicodeSpace(out.bytes, trailing, out.at);
    out.push(LF);
    return out.view();
  }

  private writeValue(value: number, depth: number): void {
    const doc = this.doc;
    const kind = doc.kind(value);
    if (kind === OBJECT || kind === ARRAY) this.writeComposite(value, depth, kind === OBJECT);
    else this.writeLiteral(value);
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

  private writeComposite(composite: number, depth: number, isObject: boolean): void {
    const { doc, out } = this;
    const siblings = doc.siblings;
    const expanded = (this.expansion.state[composite]! & EXPANDED) !== 0;
    if (expanded && isObject) this.alignment.measure(composite, depth);
    out.push(isObject ? 0x7b : 0x5b);
    let index = 0;
    for (let item = doc.firstItem(composite); item !== -1; index++) {
      const beforeOptions = (expanded ? LEAD_NL : 0) | (index === 0 ? TRIM_LEAD : SPACE_IF_EMPTY);
      const info = doc.extras[item]! & EXTRA_INFO;
      this.extras.write(doc.befores[item]!, doc.starts[item]!, info, depth + 1, beforeOptions);
      const value = isObject ? this.writeName(item, depth, expanded) : item;
      const aroundColonLF = isObject && (afterLF(doc, item) || beforeLF(doc, value));
      this.writeValue(value, depth + (expanded ? 1 : 0) + (aroundColonLF ? 1 : 0));
      this.writeAfterExtra(value, depth);
      item = siblings[value]!;
      if (item !== -1) out.push(COMMA);
      else this.writeEnd(composite, depth, expanded, value);
    }
    if (index === 0) this.writeClosing(composite, depth, expanded, true);
    out.push(isObject ? 0x7d : 0x5d);
  }

  /** A member's name, name-colon extra, colon and colon-value extra (padded); returns its value. */
  private writeName(name: number, depth: number, expanded: boolean): number {
    const doc = this.doc;
    this.writeLiteral(name);
    this.writeAfterExtra(name, depth);
    this.out.push(COLON);
    const value = doc.siblings[name]!;
    const info = doc.extras[value]! & EXTRA_INFO;
    const options = AROUND_PUNCTUATION | SPACE_IF_EMPTY;
    this.extras.write(doc.befores[value]!, doc.starts[value]!, info, depth + 2, options);
    if (expanded) this.out.repeat(SP, this.alignment.padding[value]!);
    return value;
  }

  /** A name-colon or value-comma extra: absent unless it holds a comment (3.1c). */
  private writeAfterExtra(value: number, depth: number): void {
    const doc = this.doc;
    const info = (doc.extras[value]! >> AFTER_SHIFT) & EXTRA_INFO;
    if (info & COMMENT) this.extras.write(doc.ends[value]!, doc.afters[value]!, info, depth + 2, AROUND_PUNCTUATION);
  }

  /**
   * The trailing comma (3.6) and the closing extra. An expanded composite gets a trailing comma
   * unless the document is standard JSON. An inline one keeps a comma only between a commented
   * pre-comma extra and a non-empty closing extra; otherwise the two are joined.
   */
  private writeEnd(composite: number, depth: number, expanded: boolean, last: number): void {
    const out = this.out;
    const commentBeforeComma = (this.doc.extraInfo(last, AFTER_SHIFT) & COMMENT) !== 0;
    if (expanded) {
      if (commentBeforeComma || !this.doc.standard) out.push(COMMA);
      this.writeClosing(composite, depth, expanded, false);
    } else if (commentBeforeComma) {
      out.push(COMMA);
      const closingStart = out.at;
      this.writeClosing(composite, depth, expanded, false);
      if (out.at === closingStart) out.at--;
    } else {
      this.writeClosing(composite, depth, expanded, false);
    }
  }

  private writeClosing(composite: number, depth: number, expanded: boolean, empty: boolean): void {
    const doc = this.doc;
    const info = doc.extraInfo(composite, CLOSING_SHIFT);
    // 3.1b: an empty composite's closing extra without a comment is emptied.
    if (empty && !(info & COMMENT)) return;
    const options = (expanded ? TRAIL_NL : 0) | (empty ? TRIM_LEAD : 0) | TRIM_TRAIL | DEDENT_LAST;
    this.extras.write(doc.closings[composite]!, doc.ends[composite]! - 1, info, depth + 1, options);
  }
}
