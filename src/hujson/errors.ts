// Parse errors with Go's wording and positions, so a message from this port reads exactly like
// one from Go's hujson (and from Tailscale's server) for the same file; and the one limit of this
// port's own, on what Format writes.

import type { Position } from './document.js';
import { decodeCodePoint, LF, toBytes, utf8SequenceLength } from './bytes.js';
import { unassignedInUnicode13 } from './unicode13.js';

export class HujsonSyntaxError extends Error {
  override readonly name = 'HujsonSyntaxError';
  /** 1-based line: 1 + the number of LF bytes before `offset` (CR does not count). */
  readonly line: number;
  /** 1-based column in bytes, as Go counts it. */
  readonly column: number;
  /** Byte offset the error points at. */
  readonly offset: number;
  /**
   * Go's full text: `hujson: line L, column C: MESSAGE`, or for nesting too deep, what Go's
   * encoding/json says (nestingError).
   */
  readonly fullMessage: string;

  constructor(message: string, position: Position, fullMessage?: string) {
    super(message);
    this.line = position.line;
    this.column = position.column;
    this.offset = position.offset;
    this.fullMessage = fullMessage ?? `hujson: line ${position.line}, column ${position.column}: ${message}`;
  }
}

/**
 * Line and byte column of the byte `offset`, counted the way Go's hujson counts them. A string
 * source is taken as its UTF-8 encoding.
 */
export function positionAt(input: Uint8Array | string, offset: number): Position {
  const source = toBytes(input);
  let line = 1;
  let lastLF = -1;
  for (let i = source.indexOf(LF); i !== -1 && i < offset; i = source.indexOf(LF, i + 1)) {
    line++;
    lastLF = i;
  }
  return { offset, line, column: offset - lastLF };
}

export function syntaxError(source: Uint8Array, offset: number, message: string): HujsonSyntaxError {
  return new HujsonSyntaxError(message, positionAt(source, offset));
}

/** The formatted document would pass `limit` bytes (writer.ts): the tool's limit, not a fault of the file. */
export class FormattedTooLargeError extends Error {
  override name = 'FormattedTooLargeError';
  constructor(limit: number) {
    super(
      `formatted as Go's hujson does (a tab per level of nesting on every line), it would pass ` +
        `${limit / (1024 * 1024)} MiB, this tool's limit: its nesting is too deep for its length`,
    );
  }
}

/**
 * The bracket at `offset` opens one composite more than `limit`. Go's hujson has no such limit:
 * the error is that of Go's encoding/json, which decodes the standardized policy on the server,
 * and whose text has no position (a SyntaxError's offset is kept apart from its message). The
 * message adds what the limit is; the full message is Go's text alone.
 */
export function nestingError(source: Uint8Array, offset: number, limit: number): HujsonSyntaxError {
  const goText = `invalid character ${describeCharacter(source, offset)} exceeded max depth`;
  const message = `${goText} (Go's encoding/json allows ${limit} levels of nesting)`;
  return new HujsonSyntaxError(message, positionAt(source, offset), goText);
}

/**
 * Go's quoting of the character at `offset` in "invalid character X" messages: one decoded
 * rune, or one invalid byte as '\xNN'.
 */
export function describeCharacter(source: Uint8Array, offset: number): string {
  const length = utf8SequenceLength(source, offset, source.length);
  if (length === 0) return `'\\x${hex(source[offset]!, 2)}'`;
  const codePoint = decodeCodePoint(source, offset, length);
  if (codePoint === 0x27) return `'\\''`;
  if (codePoint === 0x5c) return `'\\\\'`;
  if (isPrintable(codePoint)) return `'${String.fromCodePoint(codePoint)}'`;
  return codePoint <= 0xffff ? `'\\u${hex(codePoint, 4)}'` : `'\\U${hex(codePoint, 8)}'`;
}

// Go uses Unicode 13 tables (spec 2.8). The engine's tables are newer: a character assigned since
// then is graphic to the engine but unassigned (Cn, not printable) to Go, so it is excluded here.
// Built on first use: V8 expands a regex literal's \p{…} classes when the module loads, a cost
// every run would pay for the one message that describes a character.
let graphic: RegExp | undefined;

function isPrintable(codePoint: number): boolean {
  if (codePoint === 0x20) return true;
  graphic ??= new RegExp('^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]$', 'u');
  return graphic.test(String.fromCodePoint(codePoint)) && !unassignedInUnicode13(codePoint);
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}
