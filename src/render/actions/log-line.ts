// Text that reaches the log comes partly from the pull request (policy strings quoted in
// syntax errors, commit subjects) and from APIs. The runner reads every stdout line for
// workflow commands: `::name::` at the start of a trimmed line, and the older `##[name]`
// anywhere in it. So a line break inside such text, or a command prefix in it, would let a
// fork write its own commands (`::add-mask::`, `::stop-commands::`, `::set-output::`).

import { BIDI_CONTROL, showBidi } from '../bidi.js';

/** Line breaks of every kind a reader might split on, shown as their escapes instead. */
const LINE_BREAKS: Record<string, string> = {
  '\r\n': '\\r\\n',
  '\r': '\\r',
  '\n': '\\n',
  '\u000b': '\\v',
  '\u000c': '\\f',
  '\u0085': '\\u0085',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * C0 controls but the tab and the line breaks above, DEL and C1 controls: a terminal acts on them
 * (an escape sequence clears the screen or recolours what follows), and so, for colours, does the
 * runner's log viewer. Policy text can hold any of them, escaped in a JSON string or raw in an
 * invalid literal that a syntax error quotes.
 */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Each terminal control shown as its escape, `\u001b`. */
const showControls = (text: string): string =>
  text.replace(TERMINAL_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A zero-width space is not whitespace to the runner's Trim(), so a prefix behind it is inert. */
const ZWSP = '\u200b';

/** Whatever neutralizeLogLine changes; most lines hold none of it and are returned as they are. */
const CHANGED = new RegExp(
  // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
  `${/[\r\n\u000b\u000c\u0085\u2028\u2029]|##\[|^\s*::/.source}|${BIDI_CONTROL.source}|${TERMINAL_CONTROLS.source}`,
);

/**
 * One log line that cannot carry a workflow command: line breaks become visible escapes,
 * a leading `::` and every `##[` are broken by a zero-width space; and that shows what it says,
 * bidirectional controls by name (render/bidi.ts).
 */
export function neutralizeLogLine(text: string): string {
  if (!CHANGED.test(text)) return text;
  const flat = showControls(
    showBidi(
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
      text.replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, (lineBreak) => LINE_BREAKS[lineBreak]!),
    ),
  );
  const noLegacy = flat.replaceAll('##[', `#${ZWSP}#[`);
  return /^\s*::/.test(noLegacy) ? `${ZWSP}${noLegacy}` : noLegacy;
}

/**
 * An annotation's message: the runner's command escapes CR and LF itself (as %0D, %0A, so GitHub shows
 * them as line breaks); the rarer separators are escaped here, and `##[` broken, like log lines.
 */
export function neutralizeAnnotation(text: string): string {
  return (
    showControls(showBidi(text))
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
      .replace(/[\u000b\u000c\u0085\u2028\u2029]/g, (lineBreak) => LINE_BREAKS[lineBreak]!)
      .replaceAll('##[', `#${ZWSP}#[`)
  );
}
