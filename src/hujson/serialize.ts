// Serialisation of a parsed document (spec 1.4), plus the two lossy variants that share its
// walk: Standardize blanks comments and trailing commas in place, Minimize drops them. Pack
// rebuilds the input from the document's ranges, so pack(parse(x)) = x checks those ranges.
// Pack and Minimize are in pack.ts, which only the library's users load: the action, which
// standardizes a policy for the API, does not carry them.

import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  HT,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  SP,
  toBytes,
} from './bytes.js';
import { ARRAY, HAS_ITEMS, type HujsonDocument, OBJECT, TRAILING_COMMA } from './document.js';
import { parse } from './parse.js';

export const Mode = { Pack: 0, Standardize: 1, Minimize: 2 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

/**
 * Standard JSON with the same length and the same line breaks: comments and trailing commas
 * are blanked with spaces, so an error position in the result is the same position in the file.
 */
export function standardize(input: Uint8Array | string | HujsonDocument): Uint8Array {
  return new Serializer(toDocument(input), Mode.Standardize).run();
}

export function toDocument(input: Uint8Array | string | HujsonDocument): HujsonDocument {
  return input instanceof Uint8Array || typeof input === 'string' ? parse(toBytes(input)) : input;
}

/** Every mode writes at most the input's length, so the output is allocated once. */
export class Serializer {
  private readonly out: Uint8Array;
  private at = 0;

  constructor(
    private readonly doc: HujsonDocument,
    private readonly mode: Mode,
  ) {
    this.out = new Uint8Array(doc.source.length);
  }

  run(): Uint8Array {
    this.writeValues();
    return this.mode === Mode.Minimize ? this.out.slice(0, this.at) : this.out;
  }

  /**
   * One loop over the values in document order with an explicit stack of open composites, not
   * a recursion, so a document nested as deep as the parser allows cannot overflow the stack.
   * Each turn writes a value's before-extra and then the literal, or the composite's opening
   * bracket; a finished value is followed by its after-extra and what its composite puts next:
   * a colon, a comma, or (for its last item) the closing extra and bracket.
   */
  private writeValues(): void {
    const doc = this.doc;
    const { kinds, flags, siblings, starts, ends } = doc;
    // Per open composite: its index, and for an object whether the item read last was a name.
    const open = new Int32Array(doc.depth);
    const afterName = new Uint8Array(doc.depth);
    let top = -1;
    let value = doc.root;
    for (;;) {
      this.writeExtra(doc.befores[value]!, starts[value]!);
      const kind = kinds[value]!;
      if (kind === OBJECT || kind === ARRAY) {
        this.out[this.at++] = kind === OBJECT ? OPEN_BRACE : OPEN_BRACKET;
        if (flags[value]! & HAS_ITEMS) {
          open[++top] = value;
          afterName[top] = 0;
          value++;
          continue;
        }
        this.closeComposite(value);
      } else {
        this.copy(starts[value]!, ends[value]!);
      }
      for (;;) {
        this.writeExtra(ends[value]!, doc.afters[value]!);
        if (top === -1) return;
        const composite = open[top]!;
        if (kinds[composite] === OBJECT) {
          // An object's items alternate: name, value, name...
          afterName[top] ^= 1;
          if (afterName[top]) {
            this.out[this.at++] = COLON;
            value = siblings[value]!;
            break;
          }
        }
        if (siblings[value] !== -1) {
          this.out[this.at++] = COMMA;
          value = siblings[value]!;
          break;
        }
        if (flags[composite]! & TRAILING_COMMA) this.writeTrailingComma();
        this.closeComposite(composite);
        value = composite;
        top--;
      }
    }
  }

  /** The closing extra and bracket. */
  private closeComposite(composite: number): void {
    const doc = this.doc;
    this.writeExtra(doc.closings[composite]!, doc.ends[composite]! - 1);
    this.out[this.at++] = doc.kinds[composite] === OBJECT ? CLOSE_BRACE : CLOSE_BRACKET;
  }

  /** Minimize drops every trailing comma; Standardize turns it into a space of the same size. */
  private writeTrailingComma(): void {
    if (this.mode === Mode.Minimize) return;
    this.out[this.at++] = this.mode === Mode.Standardize ? SP : COMMA;
  }

  private writeExtra(start: number, end: number): void {
    if (this.mode === Mode.Minimize) return;
    if (this.mode === Mode.Pack) {
      this.copy(start, end);
      return;
    }
    const { out } = this;
    const src = this.doc.source;
    let at = this.at;
    for (let i = start; i < end; i++) {
      const byte = src[i]!;
      out[at++] = byte === SP || byte === LF || byte === HT || byte === CR ? byte : SP;
    }
    this.at = at;
  }

  private copy(start: number, end: number): void {
    const { out } = this;
    const src = this.doc.source;
    if (end - start > 16) {
      out.set(src.subarray(start, end), this.at);
      this.at += end - start;
      return;
    }
    let at = this.at;
    for (let i = start; i < end; i++) out[at++] = src[i]!;
    this.at = at;
  }
}
