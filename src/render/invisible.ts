// Characters that show nothing of their own: the soft hyphen, zero-width spaces and joiners, the
// word joiner and invisible operators, the byte-order mark, fillers drawn as blanks, variation
// selectors and tag characters (Unicode's Default_Ignorable_Code_Point set, less what is unassigned
// and the bidirectional controls of render/bidi.ts). Policy text is untrusted: two logins differing
// only by one look alike in a table, so every surface for people shows them by code point.

import { codePointName } from './bidi.js';
import { unitEscape } from './controls.js';

export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/;
// eslint-disable-next-line no-misleading-character-class -- the same class
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/**
 * The invisible characters shown: all of them but those that make an emoji what it is (a
 * variation selector after a character shown as text by default, `♻️`, or between a digit, `#` or
 * `*` and a keycap, `1️⃣`; a joiner between two pictographs, `👩‍💻`), common in commit subjects,
 * where a code point would only be noise. A joiner between two pictographs that make no emoji
 * (`👩‍👩` shows as `👩👩`) is left too: names seldom hold emoji (tags cannot).
 */
const SHOWN =
  // eslint-disable-next-line no-misleading-character-class -- each joiner and selector is listed on its own
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200c\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0d\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|(?<=[0-9#*])[\ufe0e\ufe0f](?!\u20e3)|(?<!(?=\P{Emoji_Presentation})\p{Emoji})[\ufe0e\ufe0f]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/**
 * The text with each invisible character shown as its code point, `⟨U+200B⟩`; with `keep`, but
 * for those it keeps (the breaks log-line.ts puts in, so that a second pass changes nothing).
 */
export function showInvisible(text: string, keep?: (char: string, offset: number, text: string) => boolean): string {
  const once = (line: string): string =>
    keep === undefined
      ? line.replace(SHOWN, codePointName)
      : line.replace(SHOWN, (char: string, offset: number) => (keep(char, offset, line) ? char : codePointName(char)));
  // What a character left alone hangs on may be shown in the same pass (`\ufe0f\u200d👩`: the joiner
  // was kept for the selector before it): again until nothing changes, at most twice more, so that
  // a text shown twice reads as shown once.
  let shown = once(text);
  for (let again = once(shown); again !== shown; again = once(shown)) shown = again;
  return shown;
}

/** The text with each invisible character as a JSON escape (`\u200b`): the same string to a JSON reader. */
export function escapeInvisible(json: string): string {
  // A tag character is a surrogate pair: each half is escaped, as JSON writes such characters.
  return json.replace(INVISIBLES, (chars) => chars.split('').map(unitEscape).join(''));
}
