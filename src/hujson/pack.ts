// Serialisation of a syntax tree (spec 1.4), plus the two lossy variants that share its walk:
// Standardize blanks comments and trailing commas in place, Minimize drops them.

import type { ArrayNode, Extra, ObjectNode, Value } from './ast.js';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, CR, HT, LF, OPEN_BRACE, OPEN_BRACKET, SP } from './bytes.js';

const Mode = { Pack: 0, Standardize: 1, Minimize: 2 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

/** The document's bytes; identical to the parsed input when nothing was changed. */
export function pack(value: Value): Uint8Array {
  return new Serializer(Mode.Pack).run(value);
}

/**
 * Standard JSON with every byte offset kept: each comment byte other than SP, HT, CR and LF and
 * each trailing comma becomes a space.
 */
export function packStandardized(value: Value): Uint8Array {
  return new Serializer(Mode.Standardize).run(value);
}

/** The literals joined by bare punctuation: no whitespace, comments or trailing commas. */
export function packMinimized(value: Value): Uint8Array {
  return new Serializer(Mode.Minimize).run(value);
}

/**
 * Two passes: size first, so the output is allocated once and written without bounds checks.
 * Recursion is bounded by the parser's nesting limit.
 */
class Serializer {
  private out = new Uint8Array(0);
  private at = 0;

  constructor(private readonly mode: Mode) {}

  run(value: Value): Uint8Array {
    this.out = new Uint8Array(this.measureValue(value));
    this.at = 0;
    this.writeValue(value);
    return this.out;
  }

  private measureValue(value: Value): number {
    const node = value.node;
    let size = this.extraSize(value.before) + this.extraSize(value.after);
    if (node.kind === 'literal') return size + node.bytes.length;
    size += 2 + this.extraSize(node.closing);
    if (node.kind === 'object') {
      for (const member of node.members) size += 2 + this.measureValue(member.name) + this.measureValue(member.value);
      if (node.members.length > 0 && this.dropsLastComma(node.members[node.members.length - 1]!.value)) size--;
    } else {
      for (const element of node.elements) size += 1 + this.measureValue(element);
      if (node.elements.length > 0 && this.dropsLastComma(node.elements[node.elements.length - 1]!)) size--;
    }
    return size;
  }

  private extraSize(extra: Extra): number {
    return extra === undefined || this.mode === Mode.Minimize ? 0 : extra.length;
  }

  /** Minimize drops every trailing comma; Standardize turns it into a space of the same size. */
  private dropsLastComma(last: Value): boolean {
    return last.after === undefined || this.mode === Mode.Minimize;
  }

  private writeValue(value: Value): void {
    this.writeExtra(value.before);
    const node = value.node;
    if (node.kind === 'literal') this.writeBytes(node.bytes);
    else if (node.kind === 'object') this.writeObject(node);
    else this.writeArray(node);
    this.writeExtra(value.after);
  }

  private writeObject(node: ObjectNode): void {
    this.out[this.at++] = OPEN_BRACE;
    const members = node.members;
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      this.writeValue(member.name);
      this.out[this.at++] = COLON;
      this.writeValue(member.value);
      if (i < members.length - 1) this.out[this.at++] = COMMA;
      else this.writeTrailingComma(member.value);
    }
    this.writeExtra(node.closing);
    this.out[this.at++] = CLOSE_BRACE;
  }

  private writeArray(node: ArrayNode): void {
    this.out[this.at++] = OPEN_BRACKET;
    const elements = node.elements;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      this.writeValue(element);
      if (i < elements.length - 1) this.out[this.at++] = COMMA;
      else this.writeTrailingComma(element);
    }
    this.writeExtra(node.closing);
    this.out[this.at++] = CLOSE_BRACKET;
  }

  /** A present after-extra on the last value means the source had a trailing comma. */
  private writeTrailingComma(last: Value): void {
    if (last.after === undefined || this.mode === Mode.Minimize) return;
    this.out[this.at++] = this.mode === Mode.Standardize ? SP : COMMA;
  }

  private writeExtra(extra: Extra): void {
    if (extra === undefined || this.mode === Mode.Minimize) return;
    if (this.mode === Mode.Pack) {
      this.writeBytes(extra);
      return;
    }
    const out = this.out;
    let at = this.at;
    for (let i = 0; i < extra.length; i++) {
      const byte = extra[i]!;
      out[at++] = byte === SP || byte === LF || byte === HT || byte === CR ? byte : SP;
    }
    this.at = at;
  }

  /** Short runs are copied by hand: TypedArray.set costs more than the copy for a few bytes. */
  private writeBytes(bytes: Uint8Array): void {
    const length = bytes.length;
    if (length > 16) {
      this.out.set(bytes, this.at);
      this.at += length;
      return;
    }
    const out = this.out;
    let at = this.at;
    for (let i = 0; i < length; i++) out[at++] = bytes[i]!;
    this.at = at;
  }
}
