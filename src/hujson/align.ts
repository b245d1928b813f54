// Alignment of object member values (spec 3.7): consecutive one-line members that each start
// a line form a group, and their values are padded to start in the same byte column. Only
// expanded objects can have such members (a newline in a name-before extra expands its
// object), so the formatter asks for this just before it writes an expanded object.

import { AFTER_SHIFT, COMMENT, ESCAPED, type HujsonDocument, LF_COUNT } from './document.js';
import { afterLF, beforeLF, INNER_LF, normalizedLength } from './expansion.js';
import { type ExtraFormatter, LEAD_NL, SPACE_IF_EMPTY, TRIM_LEAD, TRIM_TRAIL } from './extra.js';

const NOT_ALIGNABLE = -1;
/** The comment bits of a value's before-extra and after-extra. */
const COMMENTS = COMMENT | (COMMENT << AFTER_SHIFT);

export class Alignment {
  /** Spaces to add after each member value's colon-value extra, by value index. */
  readonly padding: Int32Array;
  /** Per member of the object being measured: its value index, and its aligned width. */
  private values = new Int32Array(64);
  private widths = new Int32Array(64);
  private readonly scratch = { bytes: new Uint8Array(256) };

  constructor(
    private readonly doc: HujsonDocument,
    private readonly extras: ExtraFormatter,
    private readonly state: Uint8Array,
  ) {
    this.padding = new Int32Array(doc.count);
  }

  /**
   * Fills `padding` for the members of the expanded object `object` at `depth`. Members whose
   * extras hold no comment and whose names have no backslash, nearly all, are measured here;
   * the others by formatting their extras.
   */
  measure(object: number, depth: number): void {
    const { doc, state } = this;
    const { extras, flags, siblings, starts, ends } = doc;
    let count = 0;
    let groupStart = 0;
    for (let name = doc.firstItem(object); name !== -1; count++) {
      const value = siblings[name]!;
      if (count === this.values.length) this.grow();
      this.values[count] = value;
      let width: number;
      let blankLineBefore: boolean;
      if ((extras[name]! | extras[value]!) & COMMENTS || flags[name]! & ESCAPED) {
        width = this.alignedWidth(name, value, depth);
        blankLineBefore = width !== NOT_ALIGNABLE && this.nameBeforeLineFeeds(name, count, depth) >= 2;
      } else {
        // No comment: the name-colon and value-comma extras are absent, the colon-value extra is one space.
        const inline = (extras[value]! & LF_COUNT) === 0 && (state[value]! & INNER_LF) === 0;
        width = inline ? ends[name]! - starts[name]! + 2 : NOT_ALIGNABLE;
        // LEAD_NL and, for the first member, TRIM_LEAD: two newlines stay two only after the first.
        blankLineBefore = inline && count > 0 && (extras[name]! & LF_COUNT) === 2;
      }
      this.widths[count] = width;
      if (width === NOT_ALIGNABLE) {
        this.padGroup(groupStart, count);
        groupStart = count + 1;
      } else if (blankLineBefore) {
        this.padGroup(groupStart, count);
        groupStart = count;
      }
      name = siblings[value]!;
    }
    this.padGroup(groupStart, count);
  }

  /**
   * Width from the name's first byte to the value's (name, name-colon extra, colon, colon-value
   * extra), or NOT_ALIGNABLE when the member is not on one line of its own. Its name-before
   * extra always has a newline here (LEAD_NL).
   */
  private alignedWidth(name: number, value: number, depth: number): number {
    const doc = this.doc;
    if (afterLF(doc, name) || beforeLF(doc, value) || afterLF(doc, value) || this.state[value]! & INNER_LF) {
      return NOT_ALIGNABLE;
    }
    const nameAfter = doc.extraInfo(name, AFTER_SHIFT);
    const nameAfterWidth =
      nameAfter & COMMENT
        ? this.extras.formattedLength(doc.ends[name]!, doc.afters[name]!, nameAfter, depth + 2, TRIM_LEAD | TRIM_TRAIL)
        : 0;
    const valueBefore = doc.extraInfo(value, 0);
    const valueBeforeOptions = TRIM_LEAD | TRIM_TRAIL | SPACE_IF_EMPTY;
    const valueBeforeWidth =
      valueBefore & COMMENT
        ? this.extras.formattedLength(
            doc.befores[value]!,
            doc.starts[value]!,
            valueBefore,
            depth + 2,
            valueBeforeOptions,
          )
        : 1;
    return normalizedLength(doc, name, this.scratch) + nameAfterWidth + 1 + valueBeforeWidth;
  }

  /** A blank line before a member (two LFs in its formatted name-before extra) starts a new group. */
  private nameBeforeLineFeeds(name: number, index: number, depth: number): number {
    const doc = this.doc;
    const options = LEAD_NL | (index === 0 ? TRIM_LEAD : SPACE_IF_EMPTY);
    const info = doc.extraInfo(name, 0);
    return this.extras.formattedLineFeeds(doc.befores[name]!, doc.starts[name]!, info, depth + 1, options);
  }

  private padGroup(start: number, end: number): void {
    if (end - start < 2) return;
    let widest = 0;
    for (let i = start; i < end; i++) widest = Math.max(widest, this.widths[i]!);
    for (let i = start; i < end; i++) this.padding[this.values[i]!] = widest - this.widths[i]!;
  }

  private grow(): void {
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    const widths = new Int32Array(this.widths.length * 2);
    widths.set(this.widths);
    this.widths = widths;
  }
}
