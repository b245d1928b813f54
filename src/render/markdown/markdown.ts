// Markdown building blocks for text that comes from the policy or the API. Such text is
// untrusted: a policy can hold `<script>`, table pipes, or a list of email addresses, and a
// comment posted by the action must neither break its own layout nor notify anyone.

import { clip } from '../clip.js';
import { showRareLineBreaks, visible } from '../controls.js';
import { showInvisible } from '../invisible.js';
import { largestFitting } from './fit.js';

/** Zero-width joiner: keeps `@alice` readable while GitHub no longer sees a mention. */
const ZWJ = '\u200d';

/** Longest text kept in one table cell, so one huge message cannot fill a whole comment. */
export const MAX_CELL_LENGTH = 300;

const REPLACEMENTS: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '#': '\\#',
  '~': '\\~',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // An HTML entity would be decoded before GitHub looks for mentions; a joiner is not.
  '@': `@${ZWJ}`,
  // `$x$` is math to GitHub (MathJax), which a backslash does not stop; a dollar in a span of its
  // own delimits nothing (GitHub Docs, "Writing mathematical expressions"; MathJax, "TeX and
  // LaTeX math delimiters").
  $: '<span>$</span>',
};

/**
 * GitHub turns some plain text into links: bare URLs and `www.` hosts (autolinks), `#12`,
 * `owner/repo#12` and `GH-12` (references). A joiner after the first character of each keeps
 * the text readable and inert, so a policy cannot put a clickable login page in the comment.
 */
function breakLinks(text: string): string {
  return (
    text
      .replace(/(https?|ftp|mailto|xmpp)(:)/gi, `$1${ZWJ}$2`)
      // Not `\b`: GitHub links a `www.` after `_`, which is a word character to a regular expression.
      .replace(/(?<![a-z0-9])(w)(ww\.)/gi, `$1${ZWJ}$2`)
      .replace(/(?<![a-z0-9])(G)(H-\d)/gi, `$1${ZWJ}$2`)
      .replace(/(#)(\d)/g, `$1${ZWJ}$2`)
  );
}

/**
 * Escapes untrusted text for inline use: in a paragraph, a list item or a table cell.
 * Newlines become `<br>` because a raw newline would end a table row or start a new block.
 */
export function escapeMarkdown(text: string): string {
  return showRareLineBreaks(visible(breakLinks(showInvisible(text))))
    .replace(/[\\`*_[\]|#~&<>@$]/g, (char) => REPLACEMENTS[char] ?? char)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * `escapeMarkdown(text)`, the text cut (with `…`) where its escaped form would pass `max`
 * characters. A cut before escaping bounds nothing: one character escapes to up to 15 (`$`).
 */
export function escapeWithin(text: string, max: number): string {
  const whole = escapeMarkdown(text);
  if (whole.length <= max) return whole;
  // Escaped, a longer cut is never shorter: the most code points whose escaped cut fits.
  const cut = (codePoints: number): string => escapeMarkdown(clip(text, codePoints));
  return largestFitting(1, max, cut, (escaped) => escaped.length <= max) ?? '';
}

/** Escapes untrusted text inside raw HTML (e.g. `<summary>`), where markdown escapes show. */
export function escapeHtml(text: string): string {
  return showRareLineBreaks(visible(breakLinks(showInvisible(text))))
    .replace(/[&<>"@$]/g, (char) => (char === '"' ? '&quot;' : (REPLACEMENTS[char] ?? char)))
    .replace(/\r\n|\r|\n/g, ' ');
}

/** Escapes text for a table cell, shortened to `max` characters (code points, before escaping). */
export function escapeCell(text: string, max = MAX_CELL_LENGTH): string {
  return escapeMarkdown(clip(text, max));
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A fenced code block. The fence is longer than any backtick run in the content, so the
 * content cannot close it early; mentions and markup are inert inside code blocks.
 */
export function codeBlock(content: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  const shown = visible(showInvisible(content));
  const body = shown === '' || shown.endsWith('\n') ? shown : `${shown}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

/** An inline code span for short identifiers (ETags, commits, file names); one line only. */
export function inlineCode(text: string): string {
  const flat = showRareLineBreaks(visible(showInvisible(text))).replace(/\r\n|\r|\n/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  // A space keeps a leading or trailing backtick from merging with the fence.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A collapsible block; the blank lines let GitHub render the markdown inside the HTML. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A GitHub alert block (`> [!NOTE]`), one `>` per line so multi-line bodies stay inside. */
export function alert(kind: 'NOTE' | 'WARNING' | 'CAUTION', body: string): string {
  const lines = body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
  return [`> [!${kind}]`, ...lines].join('\n');
}

/** One row of a markdown table; cells must already be escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A markdown table of rows made by tableRow, or of cells, which must already be escaped. */
export function table(header: readonly string[], rows: readonly (string | readonly string[])[]): string {
  const lines = rows.map((row) => (typeof row === 'string' ? row : tableRow(row)));
  return [tableRow(header), tableRow(header.map(() => '---')), ...lines].join('\n');
}
