// Characters that act on what a reader sees instead of showing themselves: line breaks inside
// what should be one line, and controls that a terminal, the runner's log viewer or a browser
// acts on. Policy text can hold any of them (escaped in a JSON string, or raw in a comment or an
// invalid literal a syntax error quotes), so every surface for people shows them as escapes.

import { showBidi } from './bidi.js';

/** Line breaks of every kind a reader might split on, each with the escape shown instead. */
const LINE_BREAK_ESCAPES: Record<string, string> = {
  '\r\n': '\\r\\n',
  '\r': '\\r',
  '\n': '\\n',
  '\u000b': '\\v',
  '\u000c': '\\f',
  '\u0085': '\\u0085',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Each character that ends a line for some reader (vertical tab and form feed included). */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
export const LINE_BREAK_CHARACTER = /[\r\n\u000b\u000c\u0085\u2028\u2029]/;
/** A line break: CR LF, or one of those characters. */
export const LINE_BREAK = new RegExp(`\\r\\n|${LINE_BREAK_CHARACTER.source}`);
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g');

/**
 * C0 controls but the tab and the line breaks above, DEL and C1 controls: a terminal acts on them
 * (an escape sequence clears the screen or recolours what follows), and so, for colours, does the
 * runner's log viewer.
 */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;
const TERMINAL_CONTROLS = new RegExp(TERMINAL_CONTROL.source, 'g');

// eslint-disable-next-line no-control-regex -- these are the characters it finds
const RARE_LINE_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * The line breaks other than CR and LF (vertical tab, form feed, NEL, the Unicode line and
 * paragraph separators) shown as their escapes: Markdown keeps them in a table cell, where a
 * browser may break the line or draw nothing, and CR and LF have a Markdown form of their own.
 */
export function showRareLineBreaks(text: string): string {
  return text.replace(RARE_LINE_BREAKS, (lineBreak) => LINE_BREAK_ESCAPES[lineBreak]!);
}

/** Each line break shown as its escape (`\n`), so that the text stays one line. */
export function showLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, (lineBreak) => LINE_BREAK_ESCAPES[lineBreak]!);
}

/** One UTF-16 unit as a JSON and JavaScript escape: `\u001b`. A pair of surrogates is two. */
export const unitEscape = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The text with each bidirectional control shown by name (`⟨U+202E⟩`, render/bidi.ts) and each
 * terminal control as its escape (`\u001b`); line breaks are left as they are.
 */
export function visible(text: string): string {
  return showBidi(text).replace(TERMINAL_CONTROLS, unitEscape);
}
