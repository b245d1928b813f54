// A growable byte buffer: Format writes its whole output into one, and formats comment-holding
// extras into a second one it reuses, so output costs a few allocations per document.

import { FormattedTooLargeError } from './errors.js';

/**
 * The most bytes Format writes. Go's layout indents every line by a tab per level, so a document
 * nested 10,000 levels deep grows ten-thousandfold: 630 KB of a pull request's file made 3.5 GB
 * and 8 s for its ETag, and 10 MB would exhaust the runner. Real policies format to about their
 * own size (a minified one to about 1.2 times it), and every level of 10,000 on a line of its
 * own to 100 MB; this leaves twelve times the largest file read.
 */
export const MAX_FORMATTED_BYTES = 128 * 1024 * 1024;

export class ByteWriter {
  bytes: Uint8Array;
  /** Where the next byte goes; bytes before `start` were trimmed off the front. */
  at = 0;
  start = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 16));
  }

  get length(): number {
    return this.at - this.start;
  }

  reset(): void {
    this.at = 0;
    this.start = 0;
  }

  endsWith(byte: number): boolean {
    return this.at > this.start && this.bytes[this.at - 1] === byte;
  }

  push(byte: number): void {
    if (this.at === this.bytes.length) this.reserve(1);
    this.bytes[this.at++] = byte;
  }

  /** Short runs (indentation) are written by hand: fill costs more than the loop for a few bytes. */
  repeat(byte: number, count: number): void {
    if (count <= 0) return;
    this.reserve(count);
    if (count > 32) {
      this.bytes.fill(byte, this.at, this.at + count);
      this.at += count;
      return;
    }
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < count; i++) bytes[at++] = byte;
    this.at = at;
  }

  /** `newlines` LFs, then `tabs` HTs: the indentation Format writes between items. */
  lineBreaks(newlines: number, tabs: number): void {
    this.reserve(newlines + Math.max(tabs, 0));
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < newlines; i++) bytes[at++] = 0x0a;
    // Deep nesting indents by thousands of tabs (one per level): fill is far faster there.
    if (tabs > 32) {
      bytes.fill(0x09, at, at + tabs);
      at += tabs;
    } else {
      for (let i = 0; i < tabs; i++) bytes[at++] = 0x09;
    }
    this.at = at;
  }

  /** Short runs are copied by hand: a subarray and TypedArray.set cost more than the copy. */
  append(source: Uint8Array, from: number, to: number): void {
    const length = to - from;
    this.reserve(length);
    if (length > 64) {
      this.bytes.set(source.subarray(from, to), this.at);
      this.at += length;
      return;
    }
    const bytes = this.bytes;
    let at = this.at;
    for (let i = from; i < to; i++) bytes[at++] = source[i]!;
    this.at = at;
  }

  /** Makes room for `count` more bytes. */
  reserve(count: number): void {
    if (this.at + count <= this.bytes.length) return;
    if (this.at + count > MAX_FORMATTED_BYTES) throw new FormattedTooLargeError(MAX_FORMATTED_BYTES);
    const grown = new Uint8Array(Math.min(Math.max((this.at + count) * 2, this.bytes.length * 2), MAX_FORMATTED_BYTES));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  /** The bytes written, as a view (no copy). */
  view(): Uint8Array {
    return this.bytes.subarray(this.start, this.at);
  }
}
