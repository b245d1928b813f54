// Characters that show nothing of their own: the soft hyphen, zero-width spaces and joiners, the
// word joiner and invisible operators, the byte-order mark, fillers drawn as blanks, variation
// selectors and tag characters (Unicode's Default_Ignorable_Code_Point set, less what is unassigned
// and the bidirectional controls of render/bidi.ts), and the Braille blank, U+2800, which is not
// ignorable but is drawn as nothing at all. Policy text is untrusted: two logins differing
// only by one look alike in a table, so every surface for people shows them by code point.

import { BIDI_CONTROLS, codePointName } from './bidi.js';
import { unitEscape } from './controls.js';

export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/;
// eslint-disable-next-line no-misleading-character-class -- the same class
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/**
 * The invisible characters shown: all of them but those that make an emoji what it is (a
 * variation selector after a character shown as text by default, `♻️`, or between a digit, `#` or
 * `*` and a keycap, `1️⃣`; a joiner inside a sequence that is an emoji, `👩‍💻`), common in commit
 * subjects, where a code point would only be noise. Joiners are decided by `emojiJoiners`.
 */
const SHOWN =
  // eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0d\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|(?<=[0-9#*])[\ufe0e\ufe0f](?!\u20e3)|(?<!(?=\P{Emoji_Presentation})\p{Emoji})[\ufe0e\ufe0f]/gu;

/** Pictographs (each with its skin tone or selector) joined by U+200D: what may be one emoji. */
const JOINED =
  /\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]?(?:\u200d\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]?)+/gu;

/** The longest emoji sequence Unicode recommends is 15 UTF-16 units (a kiss with two skin tones). */
const LONGEST_EMOJI = 32;

let rgi: RegExp | undefined;

/**
 * Offsets of the joiners inside sequences that are emoji (Unicode's RGI_Emoji, as this Node knows
 * it): only those stay, so `👩\u200d👩`, two pictographs no renderer joins, shows its joiner. The
 * set is tested only on runs of joined pictographs no longer than an emoji, so the cost stays
 * linear in the text (the property itself, run over a whole text, takes seconds a megabyte).
 */
function emojiJoiners(text: string): ReadonlySet<number> {
  const kept = new Set<number>();
  if (!text.includes('\u200d')) return kept;
  // Made on first use: V8 expands the set of strings when it builds the expression.
  rgi ??= new RegExp('^\\p{RGI_Emoji}$', 'v');
  for (const { 0: run, index } of text.matchAll(JOINED)) {
    if (run.length > LONGEST_EMOJI || !rgi.test(run)) continue;
    for (let i = run.indexOf('\u200d'); i >= 0; i = run.indexOf('\u200d', i + 1)) kept.add(index + i);
  }
  return kept;
}

/**
 * The text with each invisible character shown as its code point, `⟨U+200B⟩`; with `keep`, but
 * for those it keeps (the breaks log-line.ts puts in, so that a second pass changes nothing).
 */
export function showInvisible(text: string, keep?: (char: string, offset: number, text: string) => boolean): string {
  const once = (line: string): string => {
    const joiners = emojiJoiners(line);
    return line.replace(SHOWN, (char: string, offset: number) =>
      joiners.has(offset) || keep?.(char, offset, line) === true ? char : codePointName(char),
    );
  };
  // What a character left alone hangs on may be shown in the same pass (a break kept for the
  // U+FEFF after it): again until nothing changes, at most twice more, so that a text shown twice
  // reads as shown once.
  let shown = once(text);
  for (let again = once(shown); again !== shown; again = once(shown)) shown = again;
  return shown;
}

/**
 * The text with each invisible character and bidirectional control as a JSON escape (`\u200b`,
 * `\u202e`): the same string to a JSON reader, so a proposed test pasted names the same user (shown
 * by name, `⟨U+202E⟩`, it would name another).
 */
export function escapeInvisible(json: string): string {
  // A tag character is a surrogate pair: each half is escaped, as JSON writes such characters.
  return json
    .replace(INVISIBLES, (chars) => chars.split('').map(unitEscape).join(''))
    .replace(BIDI_CONTROLS, unitEscape);
}
