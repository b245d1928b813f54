import type { AnnotationProperties } from '../../src/runner/commands.js';
import { describe, expect, it } from 'vitest';
import { annotate, failureLine } from '../../src/render/actions/annotations.js';
import { emptyReport, type Report } from '../../src/report/model.js';

function recorded(report: Report, stepWarnings: string[] = []): Array<[string, string, AnnotationProperties]> {
  const calls: Array<[string, string, AnnotationProperties]> = [];
  const record = (level: string) => (message: string, properties: AnnotationProperties) =>
    void calls.push([level, message, properties]);
  annotate(
    report,
    'policy.hujson',
    {
      error: record('error'),
      warning: record('warning'),
      notice: record('notice'),
      info: (line) => void calls.push(['info', line, {}]),
    },
    (text) => text.replaceAll('SECRET', '***'),
    stepWarnings,
  );
  return calls;
}

const failing = (): Report => ({
  ...emptyReport('test', '-', 'policy.hujson'),
  result: 'failed',
  testFailures: [
    {
      source: 'alice@example.com',
      message: 'address "a:1": want: Drop, got: Accept',
      location: { line: 9, column: 20 },
      entry: { line: 9, column: 5 },
    },
    {
      source: 'bob@example.com',
      message: 'address "b:2": want: Accept, got: Drop',
      location: { line: 12, column: 30 },
      entry: { line: 12, column: 5 },
    },
    {
      source: 'alice@example.com',
      message: 'address "c:3": want: Drop, got: Accept',
      location: { line: 9, column: 40 },
      entry: { line: 9, column: 5 },
    },
    { source: 'carol@example.com', message: 'user is invalid' },
  ],
});

it('gives one annotation per failing test entry, naming each failed assertion', () => {
  expect(recorded(failing())).toEqual([
    [
      'error',
      'test failed for alice@example.com: address "a:1": want: Drop, got: Accept; address "c:3": want: Drop, got: Accept',
      { title: 'Policy test failed', file: 'policy.hujson', startLine: 9, startColumn: 5 },
    ],
    [
      'error',
      'test failed for bob@example.com: address "b:2": want: Accept, got: Drop',
      { title: 'Policy test failed', file: 'policy.hujson', startLine: 12, startColumn: 5 },
    ],
    [
      'error',
      'test failed for carol@example.com: user is invalid',
      { title: 'Policy test failed', file: 'policy.hujson' },
    ],
  ]);
});

it('leaves the first unplaced error to the failure line, and annotates the rest', () => {
  const report: Report = {
    ...emptyReport('apply', '-', 'policy.hujson'),
    result: 'failed',
    errors: [
      { severity: 'error', message: 'writing the policy failed with HTTP 500 (key SECRET)' },
      { severity: 'error', message: 'unknown tag', location: { line: 3, column: 7 } },
      { severity: 'error', message: 'the drift issue could not be kept' },
    ],
  };
  expect(recorded(report)).toEqual([
    ['error', 'unknown tag', { title: 'Policy error', file: 'policy.hujson', startLine: 3, startColumn: 7 }],
    ['error', 'the drift issue could not be kept', {}],
  ]);
  expect(failureLine(report)).toBe(
    'writing the policy failed with HTTP 500 (key SECRET) (and 2 more; see the annotations, the log and the job summary)',
  );
});

it('names the place of the first located problem in the failure line', () => {
  expect(failureLine(failing())).toBe(
    'test failed: policy.hujson:9:20: address "a:1": want: Drop, got: Accept (and 3 more; see the annotations, the log and the job summary)',
  );
});

it('puts why the API checks were skipped before the other notices, which GitHub may not all show', () => {
  const report: Report = {
    ...emptyReport('test', '-', 'policy.hujson'),
    result: 'passed',
    offlineReason: 'no Tailscale credentials were given',
    notices: [{ severity: 'notice', message: 'undecided offline', location: { line: 3, column: 4 } }],
  };
  expect(recorded(report)).toEqual([
    ['notice', 'no Tailscale credentials were given', { title: 'API checks skipped', file: 'policy.hujson' }],
    ['notice', 'undecided offline', { title: 'Policy notice', file: 'policy.hujson', startLine: 3, startColumn: 4 }],
  ]);
});

it('warns that the API checks were skipped where the run could have had credentials (an unset secret)', () => {
  const report: Report = {
    ...emptyReport('test', '-', 'policy.hujson'),
    result: 'passed',
    offlineReason: 'no Tailscale credentials were given',
    credentialsMissing: true,
  };
  expect(recorded(report)).toEqual([
    ['warning', 'no Tailscale credentials were given', { title: 'API checks skipped', file: 'policy.hujson' }],
  ]);
});

describe('more annotations of a kind than GitHub shows a step (10)', () => {
  const located = (i: number) => ({ line: i + 1, column: 3 });
  const report: Report = {
    ...emptyReport('test', '-', 'policy.hujson'),
    result: 'failed',
    offlineReason: 'no Tailscale credentials were given',
    testFailures: Array.from({ length: 12 }, (_, i) => ({
      source: `u${i}@example.com`,
      message: `address "h:${i}": want: Drop, got: Accept`,
      entry: located(i),
    })),
    warnings: Array.from({ length: 10 }, (_, i) => ({ severity: 'warning', message: `w${i}`, location: located(i) })),
    notices: Array.from({ length: 10 }, (_, i) => ({ severity: 'notice', message: `n${i}`, location: located(i) })),
  };
  const calls = recorded(report);
  const levels = (level: string) => calls.filter(([l]) => l === level);

  it('makes 8 errors and a ninth counting the rest, leaving the tenth to the failure line', () => {
    expect(levels('error').map(([, message]) => message)).toEqual([
      ...Array.from(
        { length: 8 },
        (_, i) => `test failed for u${i}@example.com: address "h:${i}": want: Drop, got: Accept`,
      ),
      'and 4 more errors, listed in the log (GitHub shows 10 of a kind per step)',
    ]);
    expect(levels('error').at(-1)![2]).toEqual({ title: 'More errors', file: 'policy.hujson' });
  });

  it('makes every warning when they are 10, and 9 notices and a tenth counting the rest', () => {
    expect(levels('warning').map(([, message]) => message)).toEqual(Array.from({ length: 10 }, (_, i) => `w${i}`));
    expect(levels('notice').map(([, message]) => message)).toEqual([
      'no Tailscale credentials were given',
      ...Array.from({ length: 8 }, (_, i) => `n${i}`),
      'and 2 more notices, listed in the log (GitHub shows 10 of a kind per step)',
    ]);
  });

  it('writes the rest as log lines after the annotation that counts them, each with its place', () => {
    expect(calls.filter(([l]) => l === 'info').map(([, line]) => line)).toEqual([
      'error: policy.hujson:9:3: Policy test failed: test failed for u8@example.com: address "h:8": want: Drop, got: Accept',
      'error: policy.hujson:10:3: Policy test failed: test failed for u9@example.com: address "h:9": want: Drop, got: Accept',
      'error: policy.hujson:11:3: Policy test failed: test failed for u10@example.com: address "h:10": want: Drop, got: Accept',
      'error: policy.hujson:12:3: Policy test failed: test failed for u11@example.com: address "h:11": want: Drop, got: Accept',
      'notice: policy.hujson:9:3: Policy notice: n8',
      'notice: policy.hujson:10:3: Policy notice: n9',
    ]);
    const order = calls.map(([l, message]) => (l === 'info' ? 'info' : message.startsWith('and ') ? 'more' : l));
    expect(order.slice(8, 14)).toEqual(['more', 'info', 'info', 'info', 'info', 'warning']);
  });

  it('keeps workflow commands and secrets out of those log lines', () => {
    const notices = Array.from({ length: 11 }, (_, i) => ({
      severity: 'notice' as const,
      message: i < 10 ? `n${i}` : 'SECRET\n::add-mask::x ##[error]y',
    }));
    const lines = recorded({ ...emptyReport('test', '-', 'policy.hujson'), notices }).filter(([l]) => l === 'info');
    expect(lines.map(([, line]) => line)).toEqual([
      'notice: policy.hujson: Policy notice: n9',
      'notice: policy.hujson: Policy notice: ***\\n::add-mask::x #\u200b#[error]y',
    ]);
  });
});

describe('more findings than the log keeps (1,000 lines or 1 MiB of a kind)', () => {
  const notices = (count: number, message: (i: number) => string): Report => ({
    ...emptyReport('test', '-', 'policy.hujson'),
    notices: Array.from({ length: count }, (_, i) => ({ severity: 'notice' as const, message: message(i) })),
  });
  const info = (calls: ReturnType<typeof recorded>) => calls.filter(([l]) => l === 'info').map(([, line]) => line);

  it('logs the first 1,000 of 250,000 and counts the rest in one line', () => {
    const calls = recorded(notices(250_000, (i) => `n${i}`));
    expect(calls.filter(([l]) => l === 'notice').at(-1)![1]).toBe(
      'and 249991 more notices, the first 1000 listed in the log (GitHub shows 10 of a kind per step)',
    );
    const lines = info(calls);
    expect(lines).toHaveLength(1001);
    expect(lines.slice(-2)).toEqual([
      'notice: policy.hujson: Policy notice: n1008',
      'notice: and 248991 more notices, not logged; `tailnet-policy check` on the file lists them all',
    ]);
  });

  it('stops at 1 MiB of log lines, counted in bytes, and logs the first however long', () => {
    const wide = info(recorded(notices(14, () => '中'.repeat(150_000))));
    // Three bytes each in UTF-8: two lines pass a mebibyte.
    expect(wide.map((line) => line.length)).toEqual([150_038, 150_038, 89]);
    const long = info(recorded(notices(12, () => 'x'.repeat(1_200_000))));
    expect(long.map((line) => line.slice(-60))).toEqual([
      'x'.repeat(60),
      'otice: and 2 more notices, not logged; `tailnet-policy check` on the file lists them all'.slice(-60),
    ]);
  });

  it('stops at 1 MiB of log lines', () => {
    const lines = info(recorded(notices(20, (i) => `${i}`.padEnd(200_000, 'x'))));
    expect(lines.map((line) => line.slice(0, 40))).toEqual([
      ...Array.from({ length: 5 }, (_, i) => `notice: policy.hujson: Policy notice: ${i + 9}`.padEnd(40, 'x')),
      'notice: and 6 more notices, not logged; ',
    ]);
  });
});

it("puts the step's own warnings (a comment it could not post) first, counted in GitHub's 10", () => {
  const warnings = Array.from({ length: 10 }, (_, i) => ({ severity: 'warning' as const, message: `w${i}` }));
  const calls = recorded({ ...emptyReport('test', '-', 'policy.hujson'), warnings }, [
    'Could not post the pull-request comment: SECRET',
  ]);
  expect(calls.map(([level, message]) => `${level} ${message}`)).toEqual([
    'warning Could not post the pull-request comment: ***',
    ...Array.from({ length: 8 }, (_, i) => `warning w${i}`),
    'warning and 2 more warnings, listed in the log (GitHub shows 10 of a kind per step)',
    'info warning: policy.hujson: Policy warning: w8',
    'info warning: policy.hujson: Policy warning: w9',
  ]);
});
