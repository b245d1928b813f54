// FMT (spec 3.5): formatting one run of whitespace and comments. Every space, newline and tab
// in Format's output is produced here.

import { CR, HT, indexOfByte, LF, SLASH, SP, trimEndUnicodeSpace } from './bytes.js';
import { COMMENT, LF_COUNT } from './document.js';
import { findBlockCommentEnd } from './tokens.js';
import { ByteWriter } from './writer.js';

/** FMT options, combined as bit flags. */
export const LEAD_NL = 1;
export const TRAIL_NL = 2;
export const TRIM_LEAD = 4;
export const TRIM_TRAIL = 8;
export const DEDENT_LAST = 16;
export const SPACE_IF_EMPTY = 32;

/** Formats extras and writes them out; one per Format call, reusing its scratch buffer. */
export class ExtraFormatter {
  private readonly scratch = new ByteWriter(256);

  constructor(
    private readonly src: Uint8Array,
    private readonly out: ByteWriter,
  ) {}

  /**
   * Writes the extra `src[start, end)`, formatted at `depth`. `info` is what the parser noted
   * about it (LF count up to 2, comment bit); an absent extra is an empty range with info 0.
   */
  write(start: number, end: number, info: number, depth: number, options: number): void {
    if (info & COMMENT) {
      const formatted = this.formatComments(start, end, depth, options);
      this.out.append(formatted.bytes, formatted.start, formatted.at);
    } else {
      writeWhitespace(this.out, info & LF_COUNT, depth, options);
    }
  }

  /** The formatted extra in the scratch buffer (valid until the next call). */
  formatComments(start: number, end: number, depth: number, options: number): ByteWriter {
    const scratch = this.scratch;
    scratch.reset();
    const crFree = this.src.subarray(start, end).indexOf(CR) === -1;
    const extra = crFree ? this.src : normalizeCarriageReturns(this.src.subarray(start, end));
    formatWithComments(scratch, extra, crFree ? start : 0, crFree ? end : extra.length, depth, options);
    return scratch;
  }

  /** Length of the formatted extra, for alignment. */
  formattedLength(start: number, end: number, info: number, depth: number, options: number): number {
    if (info & COMMENT) return this.formatComments(start, end, depth, options).length;
    const probe = this.scratch;
    probe.reset();
    writeWhitespace(probe, info & LF_COUNT, depth, options);
    return probe.length;
  }

  /** Number of LF bytes in the formatted extra, for alignment's blank-line rule. */
  formattedLineFeeds(start: number, end: number, info: number, depth: number, options: number): number {
    if (!(info & COMMENT)) return whitespaceLineFeeds(info & LF_COUNT, options);
    const formatted = this.formatComments(start, end, depth, options);
    let count = 0;
    for (let i = formatted.start; i < formatted.at; i++) if (formatted.bytes[i] === LF) count++;
    return count;
  }
}

/** Newlines an extra of whitespace only keeps: at most 2, CR handling cannot change the count. */
function whitespaceLineFeeds(lineFeeds: number, options: number): number {
  let newlines = lineFeeds;
  if (newlines === 0 && options & (LEAD_NL | TRAIL_NL)) newlines = 1;
  if (newlines === 2 && options & (TRIM_LEAD | TRIM_TRAIL)) newlines = 1;
  return newlines;
}

/** An extra of whitespace only reduces to 0, 1 or 2 newlines plus indentation, or one space. */
function writeWhitespace(out: ByteWriter, lineFeeds: number, depth: number, options: number): void {
  const newlines = whitespaceLineFeeds(lineFeeds, options);
  if (newlines > 0) out.lineBreaks(newlines, options & DEDENT_LAST ? depth - 1 : depth);
  else if (options & SPACE_IF_EMPTY) {
    out.push(SP);
  }
}

/** The general FMT walk over `extra[start, end)`, for extras that hold at least one comment. */
function formatWithComments(
  out: ByteWriter,
  extra: Uint8Array,
  start: number,
  end: number,
  depth: number,
  options: number,
): void {
  if (options & LEAD_NL && !hasLineFeed(extra, start, end)) out.push(LF);
  let i = start;
  while (i < end) {
    const byte = extra[i]!;
    if (byte === SP || byte === HT || byte === LF) {
      let newlines = 0;
      for (; i < end && (extra[i] === SP || extra[i] === HT || extra[i] === LF); i++) {
        if (extra[i] === LF) newlines++;
      }
      out.repeat(LF, Math.min(newlines, 2));
      continue;
    }
    if (out.endsWith(LF)) out.repeat(HT, depth);
    else out.push(SP);
    i = extra[i + 1] === SLASH ? appendLineComment(out, extra, i, end) : appendBlockComment(out, extra, i, depth);
  }
  if (options & TRAIL_NL && !out.endsWith(LF)) out.push(LF);
  closeOff(out, depth, options);
}

function hasLineFeed(bytes: Uint8Array, start: number, end: number): boolean {
  return indexOfByte(bytes, LF, start, end) !== -1;
}

/** Steps 5 to 8 of FMT: trim blank lines at the ends, then indent or space what follows. */
function closeOff(out: ByteWriter, depth: number, options: number): void {
  const bytes = out.bytes;
  if (options & TRIM_LEAD) {
    while (out.length >= 2 && bytes[out.start] === LF && bytes[out.start + 1] === LF) out.start++;
  }
  if (options & TRIM_TRAIL) {
    while (out.length >= 2 && bytes[out.at - 1] === LF && bytes[out.at - 2] === LF) out.at--;
  }
  if (out.endsWith(LF)) out.repeat(HT, options & DEDENT_LAST ? depth - 1 : depth);
  else if (out.length > 0) out.push(SP);
  if (out.length === 0 && options & SPACE_IF_EMPTY) out.push(SP);
}

/**
 * The comment without its LF and trailing Unicode space. The LF stays in the input: it starts
 * the whitespace run that follows.
 */
function appendLineComment(out: ByteWriter, extra: Uint8Array, start: number, end: number): number {
  let lineEnd = extra.indexOf(LF, start);
  if (lineEnd === -1 || lineEnd > end) lineEnd = end;
  out.append(extra, start, trimEndUnicodeSpace(extra, start, lineEnd));
  return lineEnd;
}

function appendBlockComment(out: ByteWriter, extra: Uint8Array, start: number, depth: number): number {
  const end = findBlockCommentEnd(extra, start + 2);
  if (indexOfByte(extra, LF, start, end) === -1) out.append(extra, start, end);
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
function reindentBlockComment(out: ByteWriter, comment: Uint8Array, depth: number): void {
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
