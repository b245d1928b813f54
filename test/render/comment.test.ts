import { describe, expect, it } from 'vitest';
import { renderPullRequestComment } from '../../src/render/github/comment.js';
import { commentMarker } from '../../src/render/github/markers.js';
import { BODY_LIMIT, testFailuresSection } from '../../src/render/markdown/sections.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { failingTest, hugeTest, LINKS, DIFF, overwroteEdit } from '../github/fixtures.js';
import { planOf } from '../plan/helpers.js';

const ZWJ = '\u200d';
const FILE = 'https://github.com/octo/repo/blob/abc123/policy.hujson';
const HEAD =
  'Tailnet `example.com` · file [`policy.hujson`](https://github.com/octo/repo/blob/abc123/policy.hujson) · [workflow run](https://github.com/octo/repo/actions/runs/99)';

describe('renderPullRequestComment', () => {
  it('renders marker, headline, errors, failing tests, warnings, manual edit and diff, in that order', () => {
    expect(renderPullRequestComment(failingTest(), LINKS)).toBe(
      [
        '<!-- tailnet-policy-action: example.com policy.hujson -->',
        '',
        '### ❌ Policy test failed',
        '',
        HEAD,
        '',
        '#### Errors (1)',
        '',
        `- [Line 3, column 41](${FILE}#L3): unknown group "group:ops"`,
        '',
        '#### Failing test assertions (1)',
        '',
        '| Source | Destination or port | Wanted | Got | Test |',
        '| --- | --- | --- | --- | --- |',
        `| alice@${ZWJ}example.com | tag:web:443 | accept | deny | [line 12, column 5](${FILE}#L12) |`,
        '',
        '#### Warnings (1)',
        '',
        '- tag:old is not used',
        '',
        '> [!WARNING]',
        '> The live policy was edited outside git: applying this PR would overwrite that edit.',
        "> If this is a new tailnet whose policy was never edited, it is Tailscale's default policy instead, which apply replaces safely.",
        '',
        ...DIFF,
        '',
      ].join('\n'),
    );
  });

  it('turns to passing with the same marker', () => {
    const passed: Report = { ...emptyReport('test', 'example.com', './policy.hujson'), result: 'passed' };
    expect(renderPullRequestComment(passed, LINKS)).toBe(
      [
        '<!-- tailnet-policy-action: example.com policy.hujson -->',
        '',
        '### ✅ Policy test passed',
        '',
        HEAD.replace('`policy.hujson`', '`./policy.hujson`'),
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<Report>, string]>([
    ['test passed', { mode: 'test', result: 'passed' }, '### ✅ Policy test passed'],
    ['test failed', { mode: 'test', result: 'failed' }, '### ❌ Policy test failed'],
    ['no change', { mode: 'test', result: 'no-change' }, '### ➖ No change: the live policy is already this version'],
    ['applied', { mode: 'apply', result: 'applied' }, '### ✅ Policy applied'],
    ['apply failed', { mode: 'apply', result: 'failed' }, '### ❌ Policy apply failed'],
    ['in sync', { mode: 'drift', result: 'passed', drift: 'in-sync' }, '### ✅ No drift: the live policy matches git'],
    ['behind', { mode: 'drift', result: 'passed', drift: 'behind' }, '### ⚠️ Drift: the live policy is behind git'],
    [
      'drifted, fail-on-drift',
      { mode: 'drift', result: 'failed', drift: 'drifted' },
      '### ⚠️ Drift: the live policy was edited outside git',
    ],
    ['drift check failed', { mode: 'drift', result: 'failed' }, '### ❌ Policy drift check failed'],
  ])('headline: %s', (_, fields, title) => {
    const report = { ...emptyReport('test', 'example.com', 'policy.hujson'), ...fields };
    expect(renderPullRequestComment(report, {}).split('\n').slice(2, 5)).toEqual([
      title,
      '',
      'Tailnet `example.com` · file `policy.hujson`',
    ]);
  });

  it('states plainly that the API checks were skipped, right after the headline', () => {
    const report = {
      ...emptyReport('test', 'example.com', 'policy.hujson'),
      offlineReason: 'no credentials were given.',
    };
    expect(renderPullRequestComment(report, {}).split('\n').slice(6)).toEqual([
      '**The Tailscale API checks were skipped:** no credentials were given.',
      '',
    ]);
  });

  it('says how many test assertions the offline engine could not decide, when it was the whole verdict', () => {
    const report = {
      ...emptyReport('test', 'example.com', 'policy.hujson'),
      offlineReason: 'no credentials were given.',
      undecidedOffline: 2,
    };
    expect(renderPullRequestComment(report, {}).split('\n')[6]).toBe(
      '**The Tailscale API checks were skipped:** no credentials were given. Offline, 2 test assertions could not ' +
        'be decided.',
    );
  });

  it('escapes hostile policy content everywhere', () => {
    const report: Report = {
      ...emptyReport('test', 'a|b', 'po`licy.hujson'),
      result: 'failed',
      errors: [{ severity: 'error', message: '<script>alert(1)</script> @alice\n# not a heading' }],
      testFailures: [{ source: '@alice', destination: 'x|y', wanted: '`accept`', message: 'm', got: '</details>' }],
      liveText: 'a\n',
      localText: '```\n</details>\n',
    };
    expect(renderPullRequestComment(report, {})).toBe(
      [
        '<!-- tailnet-policy-action: a|b po`licy.hujson -->',
        '',
        '### ❌ Policy test failed',
        '',
        'Tailnet `a|b` · file ``po`licy.hujson``',
        '',
        '#### Errors (1)',
        '',
        `- &lt;script&gt;alert(1)&lt;/script&gt; @${ZWJ}alice<br>\\# not a heading`,
        '',
        '#### Failing test assertions (1)',
        '',
        '| Source | Destination or port | Wanted | Got | Test |',
        '| --- | --- | --- | --- | --- |',
        `| @${ZWJ}alice | x\\|y | \\\`accept\\\` | &lt;/details&gt; | — |`,
        '',
        '<details><summary>Changes from the live policy to <code>po`licy.hujson</code> (+2 -1)</summary>',
        '',
        '````diff',
        '--- live policy',
        '+++ po`licy.hujson',
        '@@ -1,1 +1,2 @@',
        '-a',
        '+```',
        '+</details>',
        '````',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('shows the server message when a failure has no wanted/got, and bounds long lines', () => {
    const report: Report = {
      ...emptyReport('test', 'example.com', 'policy.hujson'),
      result: 'failed',
      testFailures: [{ source: 'bob', message: `unexpected ${'z'.repeat(1000)}` }],
    };
    const row = renderPullRequestComment(report, {})
      .split('\n')
      .find((line) => line.startsWith('| bob'));
    expect(row).toBe(`| bob | — | — | unexpected ${'z'.repeat(288)}… | — |`);
  });
});

describe('the 65,536-character limit', () => {
  it('cuts the diff first, keeping the whole table, and says so', () => {
    const body = renderPullRequestComment(hugeTest(20, 300), LINKS);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    // The diff is cut at whole lines, each about 420 characters here: the body ends within one of the limit.
    expect(body.length).toBeGreaterThan(BODY_LIMIT - 450);
    expect(body.match(/^\| user\d+@/gm)).toHaveLength(20);
    expect(body).toMatch(
      /\n<\/details>\n\nThe diff is cut: \d+ of 603 lines shown\. The full report is in the \[job summary\]\(https:\/\/github\.com\/octo\/repo\/actions\/runs\/99\)\.\n$/,
    );
    expect(body).not.toContain('Showing ');
  });

  it('then drops the diff and cuts the table, saying what was cut', () => {
    const body = renderPullRequestComment(hugeTest(2000, 300), LINKS);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const rows = body.match(/^\| user\d+@/gm)?.length ?? 0;
    expect(rows).toBeGreaterThan(100);
    expect(rows).toBeLessThan(2000);
    expect(body).toContain(
      `\n\nShowing ${rows} of 2000 failing assertions. The full report is in the [job summary](${LINKS.runUrl}).\n\n`,
    );
    expect(body).toContain(
      `The diff from the live policy (+300 -300, 603 lines) is too long to show here. The full report is in the [job summary](${LINKS.runUrl}).\n`,
    );
    expect(body.startsWith(commentMarker('example.com', 'policy.hujson'))).toBe(true);
  });

  it("keeps the access plan's warnings though a name in them is 66,000 characters long", () => {
    const huge = `h${'a'.repeat(66_000)}`;
    const hosts = { [huge]: '10.1.2.3' };
    const rule = { action: 'accept', src: ['*'], dst: [`${huge}:22`] };
    const plan = planOf({ hosts, acls: [] }, { hosts, acls: [rule] });
    const report: Report = {
      ...emptyReport('test', 'example.com', 'policy.hujson'),
      result: 'passed',
      plan: { plan, against: 'against the live policy' },
    };
    const body = renderPullRequestComment(report, LINKS);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain(`> [!WARNING]\n> - opens access from \\* to h${'a'.repeat(298)}… (icmp, tcp:22, udp:22)\n`);
  });

  it('keeps every warning of the access plan, however its names escape ($ takes 14 characters)', () => {
    const dollars = '$'.repeat(400);
    const names = (prefix: string): string[] => Array.from({ length: 6 }, (_, i) => `${prefix}${i}${dollars}`);
    const hosts = Object.fromEntries([
      ...names('p').map((name, i) => [name, `10.1.2.${i + 1}`]),
      ...names('q').map((name, i) => [name, `8.8.8.${i + 1}`]),
    ]);
    const groups = Object.fromEntries(names('group:g').map((name, i) => [name, [`u${i}${dollars}@example.com`]]));
    const acls = [
      { action: 'accept', src: ['*'], dst: names('p').map((name) => `${name}:22`) },
      { action: 'accept', src: names('p'), dst: names('q').map((name) => `${name}:443`) },
      { action: 'accept', src: Object.keys(groups), dst: ['*:*'] },
    ];
    const plan = planOf({ hosts, groups, acls: [] }, { hosts, groups, acls });
    const report: Report = {
      ...emptyReport('test', 'example.com', 'policy.hujson'),
      result: 'passed',
      plan: { plan, against: 'against the live policy' },
    };
    const warnings = renderPullRequestComment(report, LINKS)
      .split('\n')
      .filter((line) => line.startsWith('> - '));
    expect(warnings.map((line) => line.slice(0, 38))).toEqual([
      '> - opens access from \\* to p0<span>$<',
      '> - opens access to public addresses (',
      '> - may open access to the internet fo',
    ]);
    expect(warnings.map((line) => line.length <= 2004 && line.endsWith('…'))).toEqual([true, true, true]);
  });

  const warnings = (count: number, padding = ''): Report => ({
    ...emptyReport('test', 'example.com', 'policy.hujson'),
    result: 'failed',
    warnings: Array.from({ length: count }, (_, i) => ({
      severity: 'warning' as const,
      message: `SECRET warning ${i}${padding}`,
    })),
  });
  const redact = (text: string): string => text.replaceAll('SECRET', '******');

  it('keeps the first 20 of a list of findings too long for it, and says where the rest are', () => {
    const body = renderPullRequestComment(warnings(5000), {}, { redact, limit: 10_000 });
    expect(body).not.toContain('SECRET');
    expect(body).toMatch(/\n- (\\\*){6} warning 19\n- … and 4980 more\. The full report is in the job summary\.\n$/);
  });

  it('measures after redaction, and as a last resort cuts whole lines with a note', () => {
    // Twenty findings of 600 characters are still too long for 10,000.
    const body = renderPullRequestComment(warnings(5000, ` ${'x'.repeat(600)}`), {}, { redact, limit: 10_000 });
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect(body).not.toContain('SECRET');
    expect(body).toMatch(
      /\n- (\\\*){6} warning \d+ x+\n\n\*\*This comment was cut to fit GitHub's limit\.\*\* The full report is in the job summary\.$/,
    );
  });
});

describe('an apply over an edit outside git, in a comment', () => {
  it('says the overwritten policy is in the job summary, which keeps it, not below', () => {
    const report = overwroteEdit();
    const body = renderPullRequestComment(report, LINKS);
    expect(body).toContain(
      '> The live policy matches no version this run could see (the git history is shallow): this run overwrote ' +
        'it. The overwritten policy is kept in full in the job summary.\n',
    );
  });
});

describe('the failing tests section', () => {
  it('escapes each row once, however often the body is rendered while it is fitted', () => {
    // A body is rendered a dozen times while its table is cut (fit.ts); 20,000 failures escaped
    // afresh each time took seconds. Each row is made when first shown: its source read once.
    const reads: number[] = [];
    const report = hugeTest(2000, 0);
    report.testFailures = report.testFailures.map((failure, i) =>
      Object.defineProperty({ ...failure }, 'source', {
        get: () => {
          reads[i] = (reads[i] ?? 0) + 1;
          return failure.source;
        },
      }),
    );
    const section = testFailuresSection(report, LINKS, 'See the summary.', BODY_LIMIT);
    const shown = [1000, 10, 1500, 999].map((rows) => section(rows)!);
    expect(shown.map((text) => text.match(/^\| user\d+@/gm)?.length)).toEqual([1000, 10, 1500, 999]);
    expect(shown[3]).toBe(section(999));
    expect(shown[1]!.endsWith('\n\nShowing 10 of 2000 failing assertions. See the summary.')).toBe(true);
    expect([reads.length, Math.min(...reads), Math.max(...reads)]).toEqual([1500, 1, 1]);
    expect(section(undefined)!.match(/^\| user\d+@/gm)).toHaveLength(2000);
    expect(reads.every((count) => count === 1)).toBe(true);
  });

  it('makes no more rows than its limit can hold of the shortest, however many failures there are', () => {
    // An API answer may list 100,000 failures; 3,641 rows of at least 18 characters pass 65,536.
    const reads = new Set<number>();
    const report = hugeTest(10_000, 0);
    report.testFailures = report.testFailures.map((failure, i) =>
      Object.defineProperty({ ...failure }, 'source', { get: () => (reads.add(i), failure.source) }),
    );
    const section = testFailuresSection(report, LINKS, 'See the summary.', BODY_LIMIT)(undefined)!;
    expect([reads.size, section.match(/^\| user\d+@/gm)?.length]).toEqual([3641, 3641]);
    expect(section.length).toBeGreaterThan(BODY_LIMIT);
    const shortest = testFailuresSection(
      { ...report, testFailures: [{ source: '', destination: '', wanted: '', got: '', message: '' }] },
      {},
      '',
      BODY_LIMIT,
    )(undefined)!;
    // The shortest row, with its line break: the 18 characters the section counts on.
    const row = shortest.split('\n').at(-1)!;
    expect([row, row.length + 1]).toEqual(['|  |  |  |  | — |', 18]);
  });

  it.each([
    [-1, 0],
    [Number.NaN, 0],
    [2.5, 2],
    [9, 5],
  ])('shows %s rows as %s, whatever was shown before', (maxRows, rows) => {
    const section = testFailuresSection(hugeTest(5, 0), LINKS, 'See the summary.', BODY_LIMIT);
    section(3);
    const text = section(maxRows)!;
    expect(text.match(/^\| user\d+@/gm)?.length ?? 0).toBe(rows);
    expect(text.includes(`Showing ${rows} of 5 failing assertions.`)).toBe(rows < 5);
  });
});
