// A grant's app capability value nested until the policy is as deep as the server takes it:
// 10,000 levels, Go's encoding/json limit, counted from the policy's own brace. `check` accepts
// it as the server does, the access plan compares it, and one level more is the server's error.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PolicyFileError } from '../../src/errors.js';
import { parseLocalPolicy } from '../../src/files/local-policy.js';
import { computeAccessPlan, planJson } from '../../src/plan/index.js';
import { fakeIO } from './fake-io.js';
import { useTempFiles } from './temp-files.js';

const temp = useTempFiles('nesting-test-');
const CAPABILITY = 'example.com/cap/deep';

/**
 * A policy `depth` levels deep. The policy, `grants`, the grant, `app` and the capability's list
 * are levels 1 to 5, all on line 3; the value's object is level 6 on line 4, and each array
 * inside it a level on a line of its own: level L starts line L - 2.
 */
function deepPolicy(depth: number, grant = '"src": ["*"], "dst": ["*"]'): string {
  const arrays = depth - 6;
  return (
    `{\n  "grants": [\n    {${grant}, "app": {"${CAPABILITY}": [\n{"v":\n` +
    '[\n'.repeat(arrays) +
    '1' +
    ']'.repeat(arrays) +
    '}]}},\n  ],\n}\n'
  );
}

async function check(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const io = fakeIO();
  const status = await main(['check', ...args], io);
  return { status, out: io.out(), err: io.err() };
}

describe('a policy nested 10,000 levels deep', () => {
  it('passes check, as the server accepts it', async () => {
    const file = await temp.put('policy.hujson', deepPolicy(10_000));
    expect(await check([file])).toEqual({
      status: 0,
      out: `${file}: 0 test(s): 0 passed, 0 failed, 0 undecided (offline, no tailnet given)\n`,
      err: '',
    });
  });

  it('is planned: the value gained is the canonical text of the whole value', () => {
    const grant = '"src": ["alice@example.com"], "dst": ["tag:db"]';
    const source = (depth: number): string => `{"tagOwners": {"tag:db": []},${deepPolicy(depth, grant).slice(1)}`;
    const plan = computeAccessPlan(
      { name: 'before.hujson', source: source(8) },
      { name: 'after.hujson', source: source(10_000) },
    );
    const value = (arrays: number): string => `{"v":${'['.repeat(arrays)}1${']'.repeat(arrays)}}`;
    expect(planJson(plan).changes.map((c) => [c.change, c.capability, c.value])).toEqual([
      ['gained', CAPABILITY, value(10_000 - 6)],
      ['lost', CAPABILITY, value(2)],
    ]);
  });
});

describe('a policy nested 10,001 levels deep', () => {
  // Go's hujson takes any depth; encoding/json, which then decodes the policy, refuses it.
  const goText = "invalid character '[' exceeded max depth";

  it('fails check with encoding/json’s error at the bracket past the limit', async () => {
    const file = await temp.put('policy.hujson', deepPolicy(10_001));
    expect(await check([file])).toEqual({
      status: 1,
      out:
        `${file}:9999:1: ${goText} (Go's encoding/json allows 10000 levels of nesting)\n` +
        `${file}: invalid: 1 error(s)\n`,
      err: '',
    });
  });

  it('gives Go’s text alone as the message in JSON', async () => {
    const file = await temp.put('policy.hujson', deepPolicy(10_001));
    const { status, out } = await check(['--json', file]);
    expect(status).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      mode: 'syntax',
      ok: false,
      message: goText,
      errors: [{ message: goText, position: { line: 9999, column: 1 } }],
      response: { message: goText },
    });
  });
});

describe('a policy nested deep on many lines, as a pull request may write it', () => {
  // Go's layout indents each line by a tab per level: 9,990 levels over 14,000 lines format to
  // 140 MB, 310 KB of text. Its ETag (the action reads one for every file) held it all at once:
  // 630 KB made 3.5 GB, and 10 MB would have exhausted the runner.
  const deepLines = (): string =>
    `{"grants": [{"src": ["*"], "dst": ["*"], "app": {"${CAPABILITY}": [` +
    '[\n'.repeat(9_990) +
    '0,\n'.repeat(14_000) +
    '0' +
    ']'.repeat(9_990) +
    ']}}]}\n';
  const limit =
    "formatted as Go's hujson does (a tab per level of nesting on every line), it would pass 128 MiB, " +
    "this tool's limit: its nesting is too deep for its length";

  it('is refused by fmt as past the tool’s limit, with nothing written', async () => {
    const text = deepLines();
    const file = await temp.put('policy.hujson', text);
    const io = fakeIO();
    expect(await main(['fmt', '-w', file], io)).toBe(2);
    expect([io.out(), io.err()]).toEqual(['', `tailnet-policy fmt: cannot format ${file}: ${limit}\n`]);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('is refused when its ETag is read, as a file too large to read is', () => {
    expect(() => parseLocalPolicy('policy.hujson', Buffer.from(deepLines()))).toThrow(
      new PolicyFileError(limit, 'policy.hujson'),
    );
  });
});
