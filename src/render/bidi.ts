// Bidirectional controls reorder what a reader sees (U+202E turns `ok` into `ko` on screen, in a
// browser as in a terminal or a CI log), and policy text is untrusted: every surface for people
// shows them by name instead. The list is Unicode's UAX #9 explicit formatting characters.

export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The same, global: for `replace`. */
export const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** A character as its code point, `⟨U+202E⟩`. */
export const codePointName = (char: string): string =>
  `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The text with each bidirectional control shown as its code point, `⟨U+202E⟩`. */
export function showBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, codePointName);
}
