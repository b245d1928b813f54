// Go's %q quoting, which the server uses for every quoted value in its messages.

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/**
 * Letters, marks, numbers, punctuation, symbols and the space: what %q prints as it is. Built on
 * first use rather than written as a literal: V8 expands a literal's \p{…} classes as soon as the
 * module loads, which every run would pay for a message it rarely makes.
 */
let printable: RegExp | undefined;
const isPrintable = (char: string): boolean =>
  (printable ??= new RegExp('^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]$', 'u')).test(char);

/** Printable ASCII without `"` or `\\`: what %q leaves as it is (most names and addresses). */
const PLAIN = /^[ !#-[\]-~]*$/;

export function goQuote(text: string): string {
  if (PLAIN.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) {
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (isPrintable(char)) out += char;
    else out += escapeCodePoint(char.codePointAt(0)!);
  }
  return `${out}"`;
}

function escapeCodePoint(codePoint: number): string {
  if (codePoint < 0x80) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint <= 0xffff) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

/**
 * The characters of a name that paths and messages quote for each of its members. A name is
 * written once in the policy but repeated for every member's finding: a 16 KB group name over a
 * few thousand bad members made hundreds of megabytes of output. Longer names are cut, with `…`.
 */
const MAX_QUOTED_KEY = 100;

/** A map key (a group's, an ipset's name) quoted as goQuote does, cut to MAX_QUOTED_KEY characters. */
export function quoteKey(name: string): string {
  if (name.length <= MAX_QUOTED_KEY) return goQuote(name);
  // Not between the two halves of a surrogate pair, which goQuote would show as escapes.
  const end = /[\ud800-\udbff]/.test(name[MAX_QUOTED_KEY - 1]!) ? MAX_QUOTED_KEY - 1 : MAX_QUOTED_KEY;
  return goQuote(`${name.slice(0, end)}…`);
}
