import { describe, expect, it } from 'vitest';
import {
  alert,
  codeBlock,
  details,
  escapeCell,
  escapeHtml,
  escapeMarkdown,
  escapeWithin,
  inlineCode,
  table,
} from '../../src/render/markdown/markdown.js';

const ZWJ = '\u200d';

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['`rm -rf /`', '\\`rm -rf /\\`'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['[click](https://evil.example)', `\\[click\\](https${ZWJ}://evil.example)`],
    ['log in at https://evil.example/login', `log in at https${ZWJ}://evil.example/login`],
    ['HTTP://EVIL.example and mailto:x', `HTTP${ZWJ}://EVIL.example and mailto${ZWJ}:x`],
    ['see www.evil.example', `see w${ZWJ}ww.evil.example`],
    ['_www.evil.example', `\\_w${ZWJ}ww.evil.example`],
    ['awww.example stays', 'awww.example stays'],
    ['fixes GH-2 and gh-31', `fixes G${ZWJ}H-2 and g${ZWJ}h-31`],
    ['owner/repo#1 and #12', `owner/repo\\#${ZWJ}1 and \\#${ZWJ}12`],
    ['tag:web#x stays', 'tag:web\\#x stays'],
    ['evil\u202egnp.exe', 'evil⟨U+202E⟩gnp.exe'],
    ['\u2066isolate\u2069 \u200fmark\u061c', '⟨U+2066⟩isolate⟨U+2069⟩ ⟨U+200F⟩mark⟨U+061C⟩'],
    ['ali\u200bce\u00ad@example.com', `ali⟨U+200B⟩ce⟨U+00AD⟩@${ZWJ}example.com`],
    ['\ufeffbob\u2060\u{e0041}\u200d', '⟨U+FEFF⟩bob⟨U+2060⟩⟨U+E0041⟩⟨U+200D⟩'],
    ['![img](x)', '!\\[img\\](x)'],
    ['# heading', '\\# heading'],
    ['already \\* escaped', 'already \\\\\\* escaped'],
    ['&lt; stays literal', '&amp;lt; stays literal'],
    ['@alice and @org/team', `@${ZWJ}alice and @${ZWJ}org/team`],
    ['alice@example.com', `alice@${ZWJ}example.com`],
    ['line one\nline two\r\nthree\rfour', 'line one<br>line two<br>three<br>four'],
    [
      '$\\Huge\\text{ok}$ and $$x$$',
      '<span>$</span>\\\\Huge\\\\text{ok}<span>$</span> and <span>$</span><span>$</span>x<span>$</span><span>$</span>',
    ],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps an email address readable: only an invisible joiner is added', () => {
    expect(escapeMarkdown('alice@example.com').replaceAll(ZWJ, '')).toBe('alice@example.com');
  });

  it('leaves no raw mention, tag, pipe or newline in hostile input', () => {
    const hostile = '@everyone </details><script>x</script> | `` ` ``\n- [x](javascript:alert(1))';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/@[A-Za-z0-9]/);
    expect(escaped).not.toMatch(/<(?!br>)/);
    expect(escaped).not.toMatch(/(?<!\\)[|`[\]]/);
    expect(escaped).not.toContain('\n');
  });
});

describe('terminal controls', () => {
  it('shows them as escapes in text, cells, HTML, code blocks and inline code', () => {
    expect(escapeMarkdown('\u001b[31mred\u007f')).toBe('\\\\u001b\\[31mred\\\\u007f');
    expect(escapeCell('ssh as \u009b2J')).toBe('ssh as \\\\u009b2J');
    expect(escapeHtml('a\u0007b')).toBe('a\\u0007b');
    expect(codeBlock('// \u001b[2J')).toBe('```\n// \\u001b[2J\n```');
    expect(inlineCode('x\u0000')).toBe('`x\\u0000`');
  });
});

describe('line breaks other than CR and LF, and the Braille blank', () => {
  // A browser may break a table cell's line at them, or draw nothing (found by a helper's attack).
  it('shows them as escapes in text, cells, HTML and inline code', () => {
    expect(escapeMarkdown('a\u000bb\u000cc\u0085d\u2028e\u2029f')).toBe('a\\\\vb\\\\fc\\\\u0085d\\\\u2028e\\\\u2029f');
    expect(escapeCell('alice\u2028@example.com')).toBe(`alice\\\\u2028@${ZWJ}example.com`);
    expect(escapeHtml('x\u2029y')).toBe('x\\u2029y');
    expect(inlineCode('x\u0085y\u000b')).toBe('`x\\u0085y\\v`');
  });

  it('shows U+2800, drawn as nothing, by its code point', () => {
    expect(escapeMarkdown('alice\u2800@example.com')).toBe(`alice⟨U+2800⟩@${ZWJ}example.com`);
  });
});

describe('bidi controls and links in other contexts', () => {
  it('shows bidi controls by name in code blocks, inline code and HTML, and breaks links in HTML', () => {
    expect(codeBlock('"ok\u202e"')).toBe('```\n"ok⟨U+202E⟩"\n```');
    expect(inlineCode('a\u202eb')).toBe('`a⟨U+202E⟩b`');
    expect(escapeHtml('go to https://evil.example \u202e')).toBe(`go to https${ZWJ}://evil.example ⟨U+202E⟩`);
    expect(escapeHtml('$x$')).toBe('<span>$</span>x<span>$</span>');
  });

  it('leaves the selectors and joiners that make an emoji, and shows them elsewhere', () => {
    expect(escapeMarkdown('♻️ refactor: 👩‍💻 👩🏽‍💻 ❤️‍🔥 1️⃣')).toBe('♻️ refactor: 👩‍💻 👩🏽‍💻 ❤️‍🔥 1️⃣');
    expect(escapeMarkdown('a\ufe0fb \u200d👩 👩\u200d x\ufe0e')).toBe('a⟨U+FE0F⟩b ⟨U+200D⟩👩 👩⟨U+200D⟩ x⟨U+FE0E⟩');
    // Joined sequences that are emoji: a flag, skin tones, a selector inside, a family.
    const emoji = '🏳️‍🌈 🏴‍☠️ 👁️‍🗨️ 🧑🏻‍🤝‍🧑🏼 👩🏻‍❤️‍💋‍👨🏼 👨‍👩‍👧‍👦';
    expect(escapeMarkdown(emoji)).toBe(emoji);
    // Pictographs joined into no emoji, which show side by side: two logins differing by the joiner
    // would look alike. A family with one child too many, and a selector no emoji has there.
    expect(escapeMarkdown('a👩\u200d👩b 👨‍👩‍👧‍👦\u200d👦 👩\ufe0f\u200d💻')).toBe(
      'a👩⟨U+200D⟩👩b 👨⟨U+200D⟩👩⟨U+200D⟩👧⟨U+200D⟩👦⟨U+200D⟩👦 👩⟨U+FE0F⟩⟨U+200D⟩💻',
    );
    // A run longer than any emoji is not asked about: each of its joiners shows.
    expect(escapeMarkdown(`${'👩\u200d'.repeat(20)}👩`)).toBe(`${'👩⟨U+200D⟩'.repeat(20)}👩`);
    // After an emoji shown as one already, after a digit with no keycap, before a keycap after a letter.
    expect(escapeMarkdown('\ufe0f👩\ufe0f user1\ufe0f e\ufe0f\u20e3')).toBe(
      '⟨U+FE0F⟩👩⟨U+FE0F⟩ user1⟨U+FE0F⟩ e⟨U+FE0F⟩\u20e3',
    );
  });

  it('shows invisible characters by name in code blocks, inline code and HTML', () => {
    expect(codeBlock('"a\u200bb"')).toBe('```\n"a⟨U+200B⟩b"\n```');
    expect(inlineCode('a\u2060b')).toBe('`a⟨U+2060⟩b`');
    expect(escapeHtml('x\u00ad@y')).toBe(`x⟨U+00AD⟩@${ZWJ}y`);
  });
});

describe('escapeWithin', () => {
  it.each([
    ['text that fits as it is', 'a_b', 10, 'a\\_b'],
    ['cut where the escaped text fits, whole characters only', '$'.repeat(1000), 100, `${'<span>$</span>'.repeat(7)}…`],
    [
      'cut after escaping, not before',
      `${'a'.repeat(50)}${'&'.repeat(50)}`,
      80,
      `${'a'.repeat(50)}${'&amp;'.repeat(5)}…`,
    ],
  ])('%s', (_name, text, max, expected) => {
    expect(escapeWithin(text, max)).toBe(expected);
    expect(escapeWithin(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('escapeCell', () => {
  it('shortens long text with an ellipsis before escaping', () => {
    expect(escapeCell('x'.repeat(10), 5)).toBe('xxxx…');
    expect(escapeCell('a|b', 5)).toBe('a\\|b');
  });

  it('counts code points, so an emoji is never split', () => {
    expect(escapeCell('🙂🙂🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
  });

  it('bounds a very long line', () => {
    expect(escapeCell('a'.repeat(100_000))).toHaveLength(300);
  });

  it('cuts text of 300 code points or fewer nowhere, and of 301 after 299', () => {
    expect(escapeCell('🙂'.repeat(300))).toBe('🙂'.repeat(300));
    expect(escapeCell('🙂'.repeat(301))).toBe(`${'🙂'.repeat(299)}…`);
  });

  it('keeps a lone surrogate as one character, as a string iterator does', () => {
    expect(escapeCell('\udc00ab', 2)).toBe('\udc00…');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>"x" & y</b>', '&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'],
    ['@alice', `@${ZWJ}alice`],
    ['two\nlines', 'two lines'],
    ['under_score *star*', 'under_score *star*'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('codeBlock', () => {
  it.each([
    ['{"a": 1}', 'hujson', '```hujson\n{"a": 1}\n```'],
    ['ends with newline\n', '', '```\nends with newline\n```'],
    ['has ``` inside', 'diff', '````diff\nhas ``` inside\n````'],
    ['has ````` five', '', '``````\nhas ````` five\n``````'],
    ['', '', '```\n```'],
  ])('%j', (content, language, expected) => {
    expect(codeBlock(content, language)).toBe(expected);
  });
});

describe('inlineCode', () => {
  it.each([
    ['abc123', '`abc123`'],
    ['a`b', '``a`b``'],
    ['`edge`', '`` `edge` ``'],
    ['two\nlines', '`two lines`'],
  ])('%j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});

describe('blocks', () => {
  it('renders details, alerts and tables', () => {
    expect(details('Title', 'body')).toBe('<details><summary>Title</summary>\n\nbody\n\n</details>');
    expect(alert('NOTE', 'one\n\ntwo')).toBe('> [!NOTE]\n> one\n>\n> two');
    expect(table(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |');
  });
});
