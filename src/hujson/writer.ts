// A growable byte buffer: Format writes its whole output into one, and formats comment-holding
// extras into a second one it reuses, so output costs a few allocations per document.

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
    const grown = new Uint8Array(Math.max((this.at + count) * 2, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  /** The bytes written, as a view (no copy). */
  view(): Uint8Array {
    return this.bytes.subarray(this.start, this.at);
  }
}
