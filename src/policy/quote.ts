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
