import { InputError } from '../errors.js';

/** Printable ASCII but the space: holds no invisible character (the common case). */
const VISIBLE_ASCII = /^[!-~]*$/;

/**
 * Whitespace, control and format characters (bidi overrides, zero-width): never in a name. The
 * Unicode classes are built only for text the ASCII check cannot clear: V8 expands a regex's
 * \p{…} classes when it makes the regex (a literal: when the module loads), millions of
 * instructions that every run would pay.
 */
let invisible: RegExp | undefined;
const hasInvisible = (text: string): boolean =>
  !VISIBLE_ASCII.test(text) && (invisible ??= new RegExp('[\\s\\p{Cc}\\p{Cf}]', 'u')).test(text);

/** `text` in double quotes, every invisible character spelled `\uXXXX`, so a message stays one line. */
export function quoteInput(text: string): string {
  return JSON.stringify(text).replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** GitHub refuses longer label names (422 "name is too long (maximum is 50 characters)"). */
const MAX_LABEL_CHARACTERS = 50;

/**
 * A tailnet name goes into the API path (`/api/v2/tailnet/<name>/acl`): `.` and `..` would
 * make it another path once the URL is normalised, `/ ? #` would end the segment, and an empty
 * name (the CLI's `--tailnet ''`; the action reads an empty input as `-`) leaves `tailnet//acl`.
 */
export function parseTailnet(text: string, label: string): string {
  if (text === '-') return text;
  const unusable = text === '' || text === '.' || text === '..' || /[/\\?#]/.test(text) || hasInvisible(text);
  if (!unusable) return text;
  throw new InputError(
    `${label}: ${quoteInput(text)} is not a tailnet name (no "/", "\\", "?", ` +
      `"#", spaces or control characters, not empty, "." or ".."); use the name from ` +
      `the admin console's General page, or "-" for the credential's own tailnet`,
  );
}

/** The drift issue is found by label, and GitHub's `labels` filter is a comma-separated list. */
export function parseLabel(text: string, label: string): string {
  let problem: string | undefined;
  if (text.includes(',')) problem = 'a comma (GitHub reads the label filter as a comma-separated list)';
  else if (hasInvisible(text.replace(/ /g, ''))) problem = 'a control character or a line break';
  else if ([...text].length > MAX_LABEL_CHARACTERS)
    problem = `more than ${MAX_LABEL_CHARACTERS} characters, GitHub's limit`;
  if (problem === undefined) return text;
  throw new InputError(
    `${label}: ${quoteInput(text)} cannot be a GitHub label: it has ${problem}; choose another label`,
  );
}
