import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendJobSummary, getInput, inputVariable, keyValueMessage, setOutput } from '../../src/runner/files.js';
import { parseFileCommands } from '../support/workflow-commands.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-files-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('inputs', () => {
  it.each([
    ['action', 'INPUT_ACTION'],
    ['policy-file', 'INPUT_POLICY-FILE'],
    ['two words', 'INPUT_TWO_WORDS'],
  ])('%s arrives in %s', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
    expect(getInput(name, { [variable]: '  value \n' })).toBe('value');
    expect(getInput(name, {})).toBe('');
  });
});

describe('keyValueMessage', () => {
  it('writes the heredoc block', () => {
    expect(keyValueMessage('result', 'line 1\nline 2', 'ghadelimiter_X')).toBe(
      'result<<ghadelimiter_X\nline 1\nline 2\nghadelimiter_X',
    );
  });

  it('refuses a value or name holding the delimiter', () => {
    expect(() => keyValueMessage('out', 'a\nghadelimiter_X\nevil=1', 'ghadelimiter_X')).toThrow(
      'Unexpected input: value should not contain the delimiter "ghadelimiter_X"',
    );
    expect(() => keyValueMessage('ghadelimiter_X', 'v', 'ghadelimiter_X')).toThrow(
      'Unexpected input: name should not contain the delimiter "ghadelimiter_X"',
    );
  });
});

describe('setOutput', () => {
  it('appends blocks with a fresh random delimiter each, which the runner reads back', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    setOutput('result', 'passed', { GITHUB_OUTPUT: file });
    setOutput('text', 'a\nb=c\nresult<<EOF', { GITHUB_OUTPUT: file });
    const text = readFileSync(file, 'utf8');
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((match) => match[1]);
    expect(delimiters).toHaveLength(2);
    expect(new Set(delimiters).size).toBe(2);
    expect(text).toBe(
      `result<<${delimiters[0]}\npassed\n${delimiters[0]}\ntext<<${delimiters[1]}\na\nb=c\nresult<<EOF\n${delimiters[1]}\n`,
    );
    expect(parseFileCommands(text)).toEqual({ result: 'passed', text: 'a\nb=c\nresult<<EOF' });
  });

  it('names a missing file', () => {
    expect(() => setOutput('result', 'failed', { GITHUB_OUTPUT: join(dir, 'none') })).toThrow(
      `Missing file at path: ${join(dir, 'none')}`,
    );
  });

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    setOutput('comment-url', 'a\nb:c', {});
    expect(written).toEqual(['\n', '::set-output name=comment-url::a%0Ab:c\n']);
  });
});

describe('appendJobSummary', () => {
  it('appends to the summary file', async () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'earlier step\n');
    await appendJobSummary('# Report\n', { GITHUB_STEP_SUMMARY: file });
    await appendJobSummary('more', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n# Report\nmore');
  });

  it("says so in the toolkit's words when there is no summary file", async () => {
    await expect(appendJobSummary('x', {})).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. ' +
        'Check if your runtime environment supports job summaries.',
    );
    const missing = join(dir, 'gone', 'summary.md');
    await expect(appendJobSummary('x', { GITHUB_STEP_SUMMARY: missing })).rejects.toThrow(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    );
  });
});
