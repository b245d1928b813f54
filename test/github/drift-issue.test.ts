import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubContext } from '../../src/github/context.js';
import { DriftIssueError, syncDriftIssue, type DriftIssueDeps } from '../../src/github/drift-issue.js';
import { renderDriftIssue } from '../../src/render/github/drift-issue.js';
import { driftIssueMarker } from '../../src/render/github/markers.js';
import { BODY_LIMIT } from '../../src/render/markdown/sections.js';
import { ActionError } from '../../src/errors.js';
import { emptyReport, type DriftState, type Report } from '../../src/report/model.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import type { HttpClient } from '../../src/http/client.js';
import { DIFF, gitHubHttp, LINKS, LIVE, LOCAL } from './fixtures.js';

const MARKER = driftIssueMarker('example.com', 'policy.hujson');
const LABEL = 'tailscale-policy-drift';

function drift(state: DriftState, fields: Partial<Report> = {}): Report {
  return {
    ...emptyReport('drift', 'example.com', 'policy.hujson'),
    drift: state,
    liveText: LIVE,
    localText: LOCAL,
    ...fields,
  };
}

const FOOTER =
  '<sub>Kept up to date by the scheduled drift check of `policy.hujson`; closed automatically when the live policy matches git again.</sub>';
const HEAD = 'Tailnet `example.com` · file [`policy.hujson`](https://github.com/octo/repo/blob/abc123/policy.hujson)';

describe('renderDriftIssue', () => {
  it('drifted: both ways out, and the live policy in full, ready to commit', () => {
    expect(renderDriftIssue(drift('drifted', { manualEdit: true }), LINKS)).toBe(
      [
        MARKER,
        '',
        '### ⚠️ Drift: the live policy was edited outside git',
        '',
        HEAD,
        '',
        'The live policy was edited outside git (in the admin console or through the API): it matches no version of `policy.hujson`. Either:',
        '',
        '1. **Bring the edit into git:** commit the live policy as `policy.hujson` in a pull request and merge it; or',
        "2. **Re-apply the repository's version:** re-run the apply workflow, which overwrites the edit.",
        '',
        '<details><summary>The live policy, ready to commit as policy.hujson</summary>',
        '',
        '```hujson',
        LIVE.trimEnd(),
        '```',
        '',
        '</details>',
        '',
        ...DIFF,
        '',
        FOOTER,
        '',
      ].join('\n'),
    );
  });

  it('drifted, for a file with more versions than were compared: says it matched none of the last ones', () => {
    const origin = { kind: 'unknown' as const, compared: 200 };
    const body = renderDriftIssue(drift('drifted', { manualEdit: true, origin }), LINKS);
    expect(body.split('\n')[6]).toBe(
      'The live policy was edited outside git (in the admin console or through the API): it matches none of the ' +
        'last 200 versions of `policy.hujson`. Either:',
    );
  });

  it('behind: names the matched commit and how many commits are not applied', () => {
    const origin = { kind: 'commit' as const, commit: '0123456789abcdef', subject: 'Allow @web', behind: 2 };
    expect(renderDriftIssue(drift('behind', { origin, controlEtag: 'e1' }), LINKS)).toBe(
      [
        MARKER,
        '',
        '### ⚠️ Drift: the live policy is behind git',
        '',
        HEAD,
        '',
        'The live policy is an older version of `policy.hujson`: it matches commit [`0123456789ab`](https://github.com/octo/repo/commit/0123456789abcdef) (Allow @\u200dweb), and 2 later commits of the file have not been applied.',
        '',
        "**To fix:** re-run the apply workflow on the default branch, so the repository's version is applied.",
        '',
        '#### Versions',
        '',
        '- Live policy ETag: `e1`',
        '- Origin: the live policy matches commit [`0123456789ab`](https://github.com/octo/repo/commit/0123456789abcdef) (Allow @\u200dweb); 2 later commits of `policy.hujson` not applied',
        '',
        ...DIFF,
        '',
        FOOTER,
        '',
      ].join('\n'),
    );
  });

  it('cuts the diff, then the live policy, and points to the job summary', () => {
    const huge = Array.from({ length: 1500 }, (_, i) => `  // rule ${i} ${'y'.repeat(60)}`).join('\n');
    const body = renderDriftIssue(drift('drifted', { liveText: `${huge}\n`, localText: LOCAL }), LINKS);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain(
      'The live policy, ready to commit as policy.hujson: 1500 lines, too long to include here. The full report is in the [job summary](https://github.com/octo/repo/actions/runs/99).',
    );
    expect(body).toMatch(/The diff is cut: \d+ of 1508 lines shown\. The full report is in the \[job summary\]/);
  });
});

let fake: GitHubFake;

let http: HttpClient;

beforeEach(async () => {
  fake = await startGitHubFake();
  http = gitHubHttp();
});
afterEach(async () => {
  await http.close();
  await fake.close();
});

function context(): GitHubContext {
  return {
    serverUrl: 'https://github.com',
    apiUrl: fake.url,
    owner: 'octo-org',
    repo: 'octo-repo',
    eventName: 'schedule',
    fromFork: false,
    workspace: '/ws',
  };
}

function deps(overrides: Partial<DriftIssueDeps> = {}): DriftIssueDeps {
  return {
    token: fake.token,
    label: LABEL,
    context: context(),
    links: LINKS,
    redact: (text) => text,
    http,
    ...overrides,
  };
}

describe('syncDriftIssue', () => {
  it('opens, leaves alone, updates, closes, and reopens a fresh issue, never a duplicate', async () => {
    const opened = await syncDriftIssue(drift('drifted'), deps());
    const [issue] = fake.issues();
    expect(opened).toEqual({ url: issue?.html_url, action: 'opened' });
    expect(issue?.title).toBe('Tailscale policy edited outside git: policy.hujson (example.com)');
    expect(issue?.labels.map((label) => label.name)).toEqual([LABEL]);
    expect(fake.labels().map((label) => [label.name, label.color])).toEqual([[LABEL, 'd93f0b']]);

    expect(await syncDriftIssue(drift('drifted'), deps())).toEqual({ url: issue?.html_url, action: 'unchanged' });
    expect(fake.requestsTo('PATCH issue')).toHaveLength(0);

    const behind = drift('behind', { origin: { kind: 'commit', commit: 'abc', subject: 's', behind: 1 } });
    expect(await syncDriftIssue(behind, deps())).toEqual({ url: issue?.html_url, action: 'updated' });
    expect(fake.issues()).toHaveLength(1);
    expect(issue?.title).toBe('Tailscale policy behind git: policy.hujson (example.com)');
    expect(issue?.body).toContain('1 later commit of the file has not been applied');

    expect(await syncDriftIssue(drift('in-sync'), deps())).toEqual({ url: issue?.html_url, action: 'closed' });
    expect(issue?.state).toBe('closed');
    expect(issue?.state_reason).toBe('completed');
    expect(fake.comments(issue?.number ?? 0).map((c) => c.body)).toEqual([
      'The live policy matches `policy.hujson` in git again, as of [the latest drift check](https://github.com/octo/repo/actions/runs/99). Closing.',
    ]);

    expect(await syncDriftIssue(drift('in-sync'), deps())).toEqual({ action: 'none' });
    const reopened = await syncDriftIssue(drift('drifted'), deps());
    expect(reopened.action).toBe('opened');
    expect(fake.issues().map((i) => i.state)).toEqual(['open', 'closed']);
    expect(fake.requestsTo('POST labels').map((r) => r.status)).toEqual([201, 422]);
  });

  it('finds its issue among other labelled issues on later pages, by marker', async () => {
    fake.addLabel(LABEL);
    for (let i = 0; i < 120; i++)
      fake.addIssue({
        title: `other ${i}`,
        body: `${driftIssueMarker('example.com', 'other.hujson')}`,
        labels: [LABEL],
      });
    const mine = fake.addIssue({ title: 'old title', body: `${MARKER}\nold`, labels: [LABEL] });
    for (let i = 0; i < 120; i++) fake.addIssue({ title: `newer ${i}`, body: 'no marker', labels: [LABEL] });
    fake.addIssue({ title: 'unlabelled', body: `${MARKER}\nunlabelled` });
    expect(await syncDriftIssue(drift('drifted'), deps())).toEqual({ url: mine.html_url, action: 'updated' });
    expect(mine.body?.startsWith(MARKER)).toBe(true);
    expect(fake.requestsTo('GET issues').map((r) => [r.query.labels, r.query.state, r.query.per_page])).toEqual([
      [LABEL, 'open', '100'],
      [LABEL, 'open', '100'],
    ]);
  });

  it("opens an issue of its own rather than take over a person's issue that copies the marker", async () => {
    const copy = fake.addIssue({ title: 'drift', body: `${MARKER}\nfine`, labels: [LABEL], author: 'mallory' });
    expect(copy.author_association).toBe('MEMBER');
    const result = await syncDriftIssue(drift('drifted'), deps());
    expect(result.action).toBe('opened');
    expect(copy.body).toBe(`${MARKER}\nfine`);
    expect(fake.issues().map((i) => [i.user.login, i.state])).toEqual([
      ['github-actions[bot]', 'open'],
      ['mallory', 'open'],
    ]);
  });

  it('does nothing outside drift mode', async () => {
    const report = { ...emptyReport('test', 'example.com', 'policy.hujson') };
    expect(await syncDriftIssue(report, deps())).toEqual({ action: 'none' });
    expect(fake.requests).toHaveLength(0);
  });

  it('redacts title and body', async () => {
    await syncDriftIssue(
      drift('drifted', { liveText: '// SECRET_1\n{}\n' }),
      deps({ redact: (text) => text.replaceAll('SECRET_1', '***') }),
    );
    expect(fake.requests.some((r) => r.body.includes('SECRET'))).toBe(false);
    expect(fake.issues()[0]?.body).toContain('// ***\n{}');
  });

  it('throws a DriftIssueError that says what to fix', async () => {
    await fake.close();
    fake = await startGitHubFake({ readOnlyTokens: ['ghs_readonly'] });
    const failure = await syncDriftIssue(drift('drifted'), deps({ token: 'ghs_readonly' })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DriftIssueError);
    expect(failure).toBeInstanceOf(ActionError);
    expect((failure as DriftIssueError).status).toBe(403);
    expect((failure as DriftIssueError).message).toBe(
      'Could not update the drift issue: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest. The token may not do this: give the workflow `permissions: issues: write`, or pass a token that can.',
    );
  });

  it('throws without a token or a repository', async () => {
    await expect(syncDriftIssue(drift('drifted'), deps({ token: '' }))).rejects.toThrow(
      new DriftIssueError('Cannot keep the drift issue: the "github-token" input is empty.'),
    );
    await expect(syncDriftIssue(drift('drifted'), deps({ context: { ...context(), owner: '' } }))).rejects.toThrow(
      'Cannot keep the drift issue: GITHUB_REPOSITORY is not set.',
    );
  });
});
