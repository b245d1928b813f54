// A fork's pull request needs no secret to make the offline engine work hard: the engine runs
// before any API call. Its policy here asks for many rules × many assertions, far more than a
// short `timeout` allows; the run must stop the engine, say so, and still take the API's verdict.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, runCli } from '../support/action-runner.js';
import { startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { apiInputs, workspaceWith } from './helpers.js';

const CUT_SHORT = /^the offline check was cut short by the timeout: /;

/**
 * 10,000 rules that all select the test sources and destinations but none the port asked,
 * and 100,000 deny assertions: every verdict walks every rule (10^9 steps, minutes of work).
 */
function hostilePolicy(): string {
  const acls = Array.from({ length: 10_000 }, (_, i) => ({
    action: 'accept',
    src: ['10.0.0.0/8'],
    dst: [`10.0.0.0/8:${(i % 100) + 1}`],
  }));
  const tests = Array.from({ length: 1000 }, (_, t) => ({
    src: `10.1.${t >> 8}.${t & 255}`,
    deny: Array.from({ length: 100 }, (_, d) => `10.2.${t & 255}.${d}:${1000 + d}`),
  }));
  return JSON.stringify({ acls, tests });
}

let ts: TailscaleEmulator;

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: '{}' });
});
afterEach(() => ts.close());

describe('a policy that would keep the offline engine busy for minutes', () => {
  it('is cut short by the timeout, and the API decides', async () => {
    const result = await runAction({
      // Half the time goes to the engine; the rest leaves room for a busy machine's slow start.
      inputs: apiInputs(ts, { timeout: '8s', comment: 'never' }),
      cwd: await workspaceWith(hostilePolicy()),
    });
    expect(result.outputs.result).toBe('passed');
    expect(result.code).toBe(0);
    expect(ts.requestsTo('POST validate')).toHaveLength(1);
    const notices = result.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices.filter((m) => CUT_SHORT.test(m))).toHaveLength(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('without credentials, is cut short and reports no failure for the tests it did not reach', async () => {
    const result = await runAction({
      inputs: { action: 'test', timeout: '3s', comment: 'never' },
      cwd: await workspaceWith(hostilePolicy()),
    });
    expect(result.outputs.result).toBe('passed');
    const notices = result.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices.filter((m) => CUT_SHORT.test(m))).toHaveLength(1);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(ts.requests).toEqual([]);
  });
});

describe('the same policy given to the CLI (a pre-commit hook, a merge request pipeline)', () => {
  it('check is cut short by --timeout, saying so in its summary', async () => {
    const dir = await workspaceWith(hostilePolicy());
    // Without the timeout the check takes minutes: the runner would kill it at 30 s.
    const result = await runCli(['check', '--timeout', '2s', 'policy.hujson'], { cwd: dir, timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^policy\.hujson: 1000 test\(s\): \d+ passed, 0 failed, \d+ undecided \(offline, no tailnet given\); cut short by the timeout, so what was not reached is undecided$/,
    );
  });

  it('a bad --timeout is a usage error', async () => {
    const result = await runCli(['check', '--timeout', 'soon', 'policy.hujson'], { cwd: await workspaceWith('{}') });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'tailnet-policy check: --timeout: "soon" is not a duration; write it like 5m, 90s or 1m30s\n',
    });
  });
});

/**
 * Comments with no line break anywhere after them: each search for a comment's line feeds used
 * to run on to the end of the file, so 250,000 of them in 1 MB took minutes (about 4× per
 * doubling). Every phase reads comments: parsing, the format check, the formatter.
 */
function commentsWithoutLineBreaks(): string {
  return `{"groups": {"group:a": [${'"a@b.c"/**/,'.repeat(85_000)}]}, "hosts": {${'/**/'.repeat(40_000)}}}`;
}

describe('a megabyte of comments and not one line break', () => {
  it('is checked by the action in well under its timeout', async () => {
    const result = await runAction({
      inputs: apiInputs(ts, { timeout: '20s', comment: 'never' }),
      cwd: await workspaceWith(commentsWithoutLineBreaks()),
    });
    expect([result.code, result.outputs.result]).toEqual([0, 'passed']);
    expect(ts.requestsTo('POST validate')).toHaveLength(1);
  });

  it('is checked and formatted by the CLI', async () => {
    const dir = await workspaceWith(commentsWithoutLineBreaks());
    const check = await runCli(['check', 'policy.hujson'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([0, '']);
    const fmt = await runCli(['fmt', 'policy.hujson'], { cwd: dir });
    expect([fmt.code, fmt.stdout.length, fmt.stdout.split('\n').length]).toEqual([0, 1_560_043, 85_003]);
  });
});

describe("an answer from Tailscale's API naming 20,000 failing tests", () => {
  it('is placed at its lines without searching the file once per failure', async () => {
    // Matching each failure to its test used to walk every test: 20,000 of them took a minute.
    const count = 20_000;
    const port = (i: number) => (i % 60_000) + 1;
    const tests = Array.from({ length: count }, (_, i) => ({
      src: `u${i}@example.com`,
      deny: [`100.64.0.1:${port(i)}`],
    }));
    const policy = JSON.stringify({ acls: [{ action: 'accept', src: ['*'], dst: ['*:*'] }], tests }, null, 1);
    const data = tests.map((t, i) => ({
      user: t.src,
      errors: [`address "100.64.0.1:${port(i)}": want: Drop, got: Accept`],
    }));
    ts.setValidator((_tailnet, route) =>
      route === 'validate' ? { status: 200, body: { message: 'test(s) failed', data } } : undefined,
    );
    const result = await runAction({
      inputs: apiInputs(ts, { timeout: '20s', comment: 'never' }),
      cwd: await workspaceWith(policy),
    });
    expect([result.code, result.outputs.result]).toEqual([1, 'failed']);
    // GitHub shows 10 error annotations a step: 8 failures, one counting the rest, the failure line.
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.title ?? '')).toEqual([...Array(8).fill('Policy test failed'), 'More errors', '']);
    expect(errors[8]!.message).toBe(
      `and ${count - 8} more errors, the first 1000 listed in the log (GitHub shows 10 of a kind per step)`,
    );
    // The first 1,000 of the rest are log lines, each at its test entry (the last of them here).
    const logged = result.stdout.split('\n').filter((l) => l.startsWith('error: policy.hujson:'));
    expect(logged).toHaveLength(1000);
    const entry = policy.lastIndexOf('{', policy.indexOf(`"u1007@example.com"`));
    const line = policy.slice(0, entry).split('\n').length;
    expect(logged.at(-1)).toMatch(
      new RegExp(`^error: policy\\.hujson:${line}:3: Policy test failed: test failed for u1007@`),
    );
    expect(result.stdout).toContain(`\nerror: and ${count - 1008} more errors, not logged; `);
  });
});
