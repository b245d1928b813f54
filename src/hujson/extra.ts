// FMT (spec 3.5): formatting one run of whitespace and comments. Every space, newline and tab
// in Format's output is produced here.

import type { Extra } from './ast.js';
import { CR, EMPTY, HT, LF, SLASH, SP, trimEndUnicodeSpace } from './bytes.js';
import { findBlockCommentEnd } from './parse.js';

/** FMT options, combined as bit flags. */
export const LEAD_NL = 1;
export const TRAIL_NL = 2;
export const TRIM_LEAD = 4;
export const TRIM_TRAIL = 8;
export const DEDENT_LAST = 16;
export const SPACE_IF_EMPTY = 32;

const SINGLE_SPACE = Uint8Array.of(SP);

/** Formats one extra at `depth`. An absent extra whose result is empty stays absent. */
export function formatExtra(extra: Extra, depth: number, options: number): Extra {
  const result = extra !== undefined && extra.indexOf(SLASH) !== -1
    ? formatWithComments(extra, depth, options)
    : formatWhitespace(extra, depth, options);
  return result.length === 0 && extra === undefined ? undefined : result;
}

/**
 * An extra of whitespace only reduces to 0, 1 or 2 newlines plus indentation. CR handling
 * cannot change the LF count (CR LF and LF CR become LF, a lone CR a space), so it is skipped.
 */
function formatWhitespace(extra: Extra, depth: number, options: number): Uint8Array {
  let newlines = 0;
  if (extra !== undefined) {
    for (let i = 0; i < extra.length && newlines < 2; i++) if (extra[i] === LF) newlines++;
  }
  if (newlines === 0 && options & (LEAD_NL | TRAIL_NL)) newlines = 1;
  if (newlines === 2 && options & (TRIM_LEAD | TRIM_TRAIL)) newlines = 1;
  if (newlines > 0) return indentation(newlines, options & DEDENT_LAST ? depth - 1 : depth);
  return options & SPACE_IF_EMPTY ? SINGLE_SPACE : EMPTY;
}

const indentationCache: Uint8Array[][] = [[], [], []];

/** `newlines` LFs followed by `tabs` HTs; shared, so callers must never write into it. */
function indentation(newlines: number, tabs: number): Uint8Array {
  const count = Math.max(tabs, 0);
  const cached = indentationCache[newlines]![count];
  if (cached !== undefined) return cached;
  const bytes = new Uint8Array(newlines + count).fill(HT);
  bytes.fill(LF, 0, newlines);
  indentationCache[newlines]![count] = bytes;
  return bytes;
}

/** The general FMT walk, for extras that hold at least one comment. */
function formatWithComments(rawExtra: Uint8Array, depth: number, options: number): Uint8Array {
  const extra = rawExtra.indexOf(CR) === -1 ? rawExtra : normalizeCarriageReturns(rawExtra);
  const out = new OutputBuffer(extra.length * 2 + depth * 4 + 8);
  if (options & LEAD_NL && extra.indexOf(LF) === -1) out.push(LF);
  let i = 0;
  while (i < extra.length) {
    const byte = extra[i]!;
    if (byte === SP || byte === HT || byte === LF) {
      let newlines = 0;
      for (; i < extra.length && (extra[i] === SP || extra[i] === HT || extra[i] === LF); i++) {
        if (extra[i] === LF) newlines++;
      }
      out.repeat(LF, Math.min(newlines, 2));
      continue;
    }
    if (out.endsWith(LF)) out.repeat(HT, depth);
    else out.push(SP);
    i = extra[i + 1] === SLASH ? appendLineComment(out, extra, i) : appendBlockComment(out, extra, i, depth);
  }
  if (options & TRAIL_NL && !out.endsWith(LF)) out.push(LF);
  return closeOff(out, depth, options);
}

/** Steps 5 to 8 of FMT: trim blank lines at the ends, then indent or space what follows. */
function closeOff(out: OutputBuffer, depth: number, options: number): Uint8Array {
  if (options & TRIM_LEAD) out.trimLeadingBlankLines();
  if (options & TRIM_TRAIL) out.trimTrailingBlankLines();
  if (out.endsWith(LF)) out.repeat(HT, options & DEDENT_LAST ? depth - 1 : depth);
  else if (out.length > 0) out.push(SP);
  if (out.length === 0 && options & SPACE_IF_EMPTY) out.push(SP);
  return out.toBytes();
}

/**
 * The comment without its LF and trailing Unicode space. The LF stays in the input: it starts
 * the whitespace run that follows.
 */
function appendLineComment(out: OutputBuffer, extra: Uint8Array, start: number): number {
  let end = extra.indexOf(LF, start);
  if (end === -1) end = extra.length;
  out.append(extra, start, trimEndUnicodeSpace(extra, start, end));
  return end;
}

function appendBlockComment(out: OutputBuffer, extra: Uint8Array, start: number, depth: number): number {
  const end = findBlockCommentEnd(extra, start + 2);
  const firstLF = extra.indexOf(LF, start);
  if (firstLF === -1 || firstLF >= end) out.append(extra, start, end);
  else reindentBlockComment(out, extra.subarray(start, end), depth);
  return end;
}

/** CR LF -> LF, then LF CR -> LF, then any other CR -> SP: three passes, as Go makes them. */
function normalizeCarriageReturns(bytes: Uint8Array): Uint8Array {
  const withoutCRLF = replacePair(bytes, CR, LF, LF);
  const withoutLFCR = replacePair(withoutCRLF, LF, CR, LF);
  return withoutLFCR.map((byte) => (byte === CR ? SP : byte));
}

/** Replaces every non-overlapping `first second`, scanning left to right, with `replacement`. */
function replacePair(bytes: Uint8Array, first: number, second: number, replacement: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let at = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === first && bytes[i + 1] === second) {
      out[at++] = replacement;
      i++;
    } else {
      out[at++] = bytes[i]!;
    }
  }
  return out.subarray(0, at);
}

/**
 * Spec 3.5.1: the continuation lines' common indentation becomes `depth` tabs, plus one space
 * in the " * line" style so the stars line up under the one in the opening delimiter.
 */
function reindentBlockComment(out: OutputBuffer, comment: Uint8Array, depth: number): void {
  const lines = splitTrimmedLines(comment);
  const last = lines.length - 1;
  const hasEmptyLine = lines.some((line) => line.length === 0);
  const closingOnly = isClosingOnly(lines[last]!);
  const prefix = commonIndentSource(lines, closingOnly);
  let width = 0;
  while (width < prefix.length && (prefix[width] === SP || prefix[width] === HT)) width++;
  const star = !hasEmptyLine && prefix[width] === 0x2a;
  out.append(lines[0]!, 0, lines[0]!.length);
  for (let k = 1; k <= last; k++) {
    const line = lines[k]!;
    out.push(LF);
    if (line.length === 0) continue;
    out.repeat(HT, depth);
    if (star) out.push(SP);
    if (k === last && closingOnly) out.append(line, line.length - 2, line.length);
    else out.append(line, width, line.length);
  }
}

function splitTrimmedLines(comment: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (;;) {
    const lf = comment.indexOf(LF, start);
    const end = lf === -1 ? comment.length : lf;
    lines.push(comment.subarray(start, trimEndUnicodeSpace(comment, start, end)));
    if (lf === -1) return lines;
    start = lf + 1;
  }
}

/** Some spaces and tabs, then exactly the closing delimiter. */
function isClosingOnly(line: Uint8Array): boolean {
  const length = line.length;
  if (length < 2 || line[length - 2] !== 0x2a || line[length - 1] !== SLASH) return false;
  for (let i = 0; i < length - 2; i++) if (line[i] !== SP && line[i] !== HT) return false;
  return true;
}

/**
 * The longest common prefix of the non-empty continuation lines (a closing-only last line
 * left out), or the last line when there are none.
 */
function commonIndentSource(lines: Uint8Array[], closingOnly: boolean): Uint8Array {
  const last = lines.length - 1;
  let prefix: Uint8Array | undefined;
  for (let k = 1; k <= last; k++) {
    const line = lines[k]!;
    if (line.length === 0 || (k === last && closingOnly)) continue;
    if (prefix === undefined) {
      prefix = line;
      continue;
    }
    let common = 0;
    while (common < prefix.length && common < line.length && prefix[common] === line[common]) common++;
    prefix = prefix.subarray(0, common);
  }
  return prefix ?? lines[last]!;
}

/** A small growable byte buffer whose start can move, for FMT's leading-line trimming. */
class OutputBuffer {
  private bytes: Uint8Array;
  private start = 0;
  private end = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  get length(): number {
    return this.end - this.start;
  }

  endsWith(byte: number): boolean {
    return this.end > this.start && this.bytes[this.end - 1] === byte;
  }

  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.end++] = byte;
  }

  repeat(byte: number, count: number): void {
    if (count <= 0) return;
    this.reserve(count);
    this.bytes.fill(byte, this.end, this.end + count);
    this.end += count;
  }

  append(source: Uint8Array, from: number, to: number): void {
    this.reserve(to - from);
    this.bytes.set(source.subarray(from, to), this.end);
    this.end += to - from;
  }

  trimLeadingBlankLines(): void {
    while (this.length >= 2 && this.bytes[this.start] === LF && this.bytes[this.start + 1] === LF) this.start++;
  }

  trimTrailingBlankLines(): void {
    while (this.length >= 2 && this.bytes[this.end - 1] === LF && this.bytes[this.end - 2] === LF) this.end--;
  }

  toBytes(): Uint8Array {
    return this.bytes.slice(this.start, this.end);
  }

  private reserve(count: number): void {
    if (this.end + count <= this.bytes.length) return;
    const grown = new Uint8Array((this.end + count) * 2);
    grown.set(this.bytes.subarray(0, this.end));
    this.bytes = grown;
  }
}

/** Appends `spaces` SP bytes to an extra (alignment padding before a member value). */
export function appendSpaces(extra: Extra, spaces: number): Uint8Array {
  const base = extra ?? EMPTY;
  if (spaces === 0) return base;
  const padded = new Uint8Array(base.length + spaces).fill(SP);
  padded.set(base);
  return padded;
}
