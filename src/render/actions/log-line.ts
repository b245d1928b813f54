// Text that reaches the log comes partly from the pull request (policy strings quoted in
// syntax errors, commit subjects) and from APIs. The runner reads every stdout line for
// workflow commands: `::name::` at the start of a trimmed line, and the older `##[name]`
// anywhere in it. So a line break inside such text, or a command prefix in it, would let a
// fork write its own commands (`::add-mask::`, `::stop-commands::`, `::set-output::`).

import { BIDI_CONTROL } from '../bidi.js';
import { LINE_BREAK, showLineBreaks, TERMINAL_CONTROL, visible } from '../controls.js';
import { INVISIBLE, showInvisible } from '../invisible.js';

/** A zero-width space is not whitespace to the runner's Trim(), so a prefix behind it is inert. */
const ZWSP = '\u200b';

/** Whatever neutralizeLogLine changes; most lines hold none of it and are returned as they are. */
const CHANGED = new RegExp(
  `${LINE_BREAK.source}|${/##\[|^\s*::/.source}|${BIDI_CONTROL.source}|${TERMINAL_CONTROL.source}|${INVISIBLE.source}`,
);

/** A zero-width space where neutralizeLogLine puts one: first, before a leading `::`, or in `##[`. */
const ownBreak = (char: string, offset: number, text: string): boolean =>
  char === ZWSP &&
  ((text[offset - 1] === '#' && text.startsWith('#[', offset + 1)) || (offset === 0 && /^\s*::/.test(text.slice(1))));

/**
 * One log line that cannot carry a workflow command: line breaks become visible escapes,
 * a leading `::` and every `##[` are broken by a zero-width space; and that shows what it says,
 * bidirectional controls and invisible characters by name (render/bidi.ts, render/invisible.ts).
 * A line passed through twice (the CLI's messages are) comes out as from the first pass.
 */
export function neutralizeLogLine(text: string): string {
  if (!CHANGED.test(text)) return text;
  const flat = visible(showInvisible(showLineBreaks(text), ownBreak));
  const noLegacy = flat.replaceAll('##[', `#${ZWSP}#[`);
  return /^\s*::/.test(noLegacy) ? `${ZWSP}${noLegacy}` : noLegacy;
}

/**
 * An annotation's message: the runner's command escapes CR and LF itself (as %0D, %0A, so GitHub shows
 * them as line breaks); the rarer separators are escaped here, and `##[` broken, like log lines.
 */
export function neutralizeAnnotation(text: string): string {
  return (
    visible(showInvisible(text))
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
      .replace(/[\u000b\u000c\u0085\u2028\u2029]/g, showLineBreaks)
      .replaceAll('##[', `#${ZWSP}#[`)
  );
}
