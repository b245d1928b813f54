import { describe, expect, it } from 'vitest';
import { inertText, LineWriter, writeJson, writeText } from '../../src/cli/io.js';
import { neutralizeAnnotation, neutralizeLogLine } from '../../src/render/actions/log-line.js';
import { fakeIO } from './fake-io.js';

/** The chunks a LineWriter hands to stdout for `lines`, then a flush. */
function chunksOf(lines: string[]): string[] {
  const chunks: string[] = [];
  const out = new LineWriter({ ...fakeIO(), stdout: (chunk) => chunks.push(String(chunk)) });
  for (const line of lines) out.push(line);
  out.flush();
  return chunks;
}

const long = (n: number): string => 'x'.repeat(n);

describe('LineWriter', () => {
  it.each([
    { name: 'a short report is one chunk', lines: ['a', 'b'], chunks: ['a\nb\n'] },
    { name: 'one line is one chunk with its line feed', lines: ['only'], chunks: ['only\n'] },
    {
      name: 'lines go out about 32 KB at a time, each whole',
      lines: [long(20_000), long(20_000), long(20_000)],
      chunks: [`${long(20_000)}\n${long(20_000)}\n`, `${long(20_000)}\n`],
    },
    {
      name: 'a line longer than a batch goes out alone',
      lines: [long(40_000), 'z'],
      chunks: [`${long(40_000)}\n`, 'z\n'],
    },
    { name: 'nothing for no lines', lines: [], chunks: [] },
  ])('$name', ({ lines, chunks }) => {
    expect(chunksOf(lines)).toEqual(chunks);
  });
});

/** The pieces writeText hands to stdout. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  writeText({ ...fakeIO(), stdout: (chunk) => pieces.push(String(chunk)) }, text);
  return pieces;
}

describe('writeText', () => {
  const emoji = '\u{1F600}'; // two UTF-16 units: a surrogate pair
  it.each([
    { name: 'short text is one piece', text: 'plan\n', pieces: ['plan\n'] },
    { name: 'nothing for no text', text: '', pieces: [] },
    {
      name: 'long text goes out 32 KB at a time',
      text: long(70_000),
      pieces: [long(32_768), long(32_768), long(4_464)],
    },
    {
      name: 'a piece never ends inside a surrogate pair',
      text: `${long(32_767)}${emoji}z`,
      pieces: [long(32_767), `${emoji}z`],
    },
  ])('$name', ({ text, pieces }) => {
    expect(piecesOf(text)).toEqual(pieces);
    expect(piecesOf(text).join('')).toBe(text);
  });
});

describe('inert text for a CI runner', () => {
  const ZWSP = '\u200b';
  it.each([
    ['an ordinary line', 'policy.hujson:3:5: test failed', 'policy.hujson:3:5: test failed'],
    ['a command at the start', '::add-mask::main', `${ZWSP}::add-mask::main`],
    ['a command behind blank space', '  ::error::x', `${ZWSP}  ::error::x`],
    ['a carriage return inside', 'root\r::add-mask::main', 'root\\r::add-mask::main'],
    ['a line separator inside', 'x\u2028::warning::y', 'x\\u2028::warning::y'],
    ['a legacy command anywhere', 'see ##[group]x', `see #${ZWSP}#[group]x`],
    ['bidirectional controls, shown by name', 'tag:\u202eved\u2066', 'tag:⟨U+202E⟩ved⟨U+2066⟩'],
    ['both', '::x\u202e', `${ZWSP}::x⟨U+202E⟩`],
    [
      'terminal controls (an escape sequence, DEL, a C1 control) as escapes; a tab kept',
      'tag\u001b[2J\u007f\u009b31m\tx\u0000',
      'tag\\u001b[2J\\u007f\\u009b31m\tx\\u0000',
    ],
    ['invisible characters, shown by name', 'ali\u200bce\u00ad@x.io', 'ali⟨U+200B⟩ce⟨U+00AD⟩@x.io'],
    [
      'a zero-width space of its own, where it breaks a command, kept',
      `${ZWSP}::x #${ZWSP}#[ a${ZWSP}`,
      `${ZWSP}::x #${ZWSP}#[ a⟨U+200B⟩`,
    ],
    ['a joiner kept for a selector then shown', '\ufe0f\u200d👩', '⟨U+FE0F⟩⟨U+200D⟩👩'],
    ['a break kept for the blank after it, then shown', `${ZWSP}\ufeff::x`, '⟨U+200B⟩⟨U+FEFF⟩::x'],
  ])('%s', (_name, line, inert) => {
    expect(neutralizeLogLine(line)).toBe(inert);
    // Twice is once: the CLI's messages pass through again on their way to standard error.
    expect(neutralizeLogLine(neutralizeLogLine(line))).toBe(inert);
  });

  it('leaves CR and LF in an annotation to the runner, and escapes the rest', () => {
    expect(neutralizeAnnotation('a\u001b[31m\n\u2028##[x\u202e')).toBe(`a\\u001b[31m\n\\u2028#${ZWSP}#[x⟨U+202E⟩`);
    expect(neutralizeAnnotation('al\u200bice ##[')).toBe(`al⟨U+200B⟩ice #${ZWSP}#[`);
  });

  it('takes a text line by line', () => {
    expect(inertText('a\n::error::b\n')).toBe(`a\n${ZWSP}::error::b\n`);
  });

  it('escapes in JSON what JSON.stringify leaves, meaning the same strings', () => {
    const value = { src: 'x\u2028::add-mask::y', dst: '##[group]z', other: 'a\u0085b\u2029c' };
    const printed = printedJson(value);
    expect(printed).toBe(
      '{\n  "src": "x\\u2028::add-mask::y",\n  "dst": "#\\u0023[group]z",\n  "other": "a\\u0085b\\u2029c"\n}\n',
    );
    expect(JSON.parse(printed)).toEqual(value);
  });

  it('escapes DEL, the C1 controls and bidi controls, which terminals and reviewers act on', () => {
    const value = { sshUser: '\u009b2J\u202etoor\u007f', other: 'a\u0080b\u061cc\u2066d' };
    const printed = printedJson(value);
    expect(printed).toBe('{\n  "sshUser": "\\u009b2J\\u202etoor\\u007f",\n  "other": "a\\u0080b\\u061cc\\u2066d"\n}\n');
    expect(JSON.parse(printed)).toEqual(value);
  });
});

function printedJson(value: unknown): string {
  const pieces: string[] = [];
  writeJson({ ...fakeIO(), stdout: (chunk) => pieces.push(String(chunk)) }, value);
  return pieces.join('');
}
