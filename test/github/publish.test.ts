import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGitHubContext } from '../../src/github/context.js';
import { DriftIssueError } from '../../src/github/drift-issue.js';
import { publishReport, type PublishOptions } from '../../src/github/publish.js';
import type { SummaryWriter } from '../../src/render/actions/summary.js';
import { emptyReport } from '../../src/report/model.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import type { HttpClient } from '../../src/http/client.js';
import { failingTest, gitHubHttp, LIVE, LOCAL } from './fixtures.js';

let fake: GitHubFake;
let http: HttpClient;
let written: string[];
let warnings: string[];

beforeEach(async () => {
  fake = await startGitHubFake();
  http = gitHubHttp();
  written = [];
  warnings = [];
});
afterEach(async () => {
  await http.close();
  await fake.close();
});

const summary: SummaryWriter = async (text) => {
  written.push(text);
};

function options(
  env: Record<string, string>,
  overrides: Partial<PublishOptions['inputs']> = {},
  token = fake.token,
): PublishOptions {
  const event = JSON.stringify({ pull_request: { number: 5, head: { sha: 'headsha' }, base: { sha: 'basesha' } } });
  const fullEnv = {
    ...fake.actionsEnv(),
    GITHUB_RUN_ID: '31',
    GITHUB_SHA: 'mergesha',
    GITHUB_WORKSPACE: '/ws',
    GITHUB_STEP_SUMMARY: '/summary',
    ...env,
  };
  return {
    env: fullEnv,
    context: readGitHubContext(fullEnv, (file) => (file === '/event.json' ? event : '')),
    inputs: {
      githubToken: token,
      comment: 'on-change',
      driftIssue: true,
      driftLabel: 'tailscale-policy-drift',
      ...overrides,
    },
    redact: (text) => text,
    http,
    summary,
    warn: (message) => warnings.push(message),
  };
}

describe('publishReport', () => {
  it('on a pull request: writes the summary and one comment linking the head commit', async () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json' };
    const report = failingTest();
    const published = await publishReport(report, options(env));
    const [comment] = fake.comments(5);
    expect(published).toEqual({ report, commentUrl: comment?.html_url });
    expect(comment?.body).toContain('(https://github.com/octo-org/octo-repo/blob/headsha/policy.hujson#L3)');
    expect(comment?.body).toContain('[workflow run](https://github.com/octo-org/octo-repo/actions/runs/31)');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^### ❌ Policy test failed\n/);
    expect(warnings).toEqual([]);
  });

  it('skips the summary outside Actions and the comment outside pull requests', async () => {
    const report = failingTest();
    const published = await publishReport(report, options({ GITHUB_EVENT_NAME: 'push', GITHUB_STEP_SUMMARY: '' }));
    expect(published).toEqual({ report });
    expect(written).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it('in drift mode: opens the drift issue, or hands back its failure', async () => {
    const report = {
      ...emptyReport('drift', 'example.com', 'policy.hujson'),
      drift: 'drifted' as const,
      liveText: LIVE,
      localText: LOCAL,
    };
    const env = { GITHUB_EVENT_NAME: 'schedule' };
    const published = await publishReport(report, options(env));
    expect(published).toEqual({ report, driftIssue: { url: fake.issues()[0]?.html_url, action: 'opened' } });
    expect(fake.issues()[0]?.body).toContain('blob/mergesha/policy.hujson');

    expect(await publishReport(report, options(env, { driftIssue: false }))).toEqual({ report });
    const failed = await publishReport(report, options(env, {}, 'ghs_unknown'));
    expect(failed.driftIssueError).toBeInstanceOf(DriftIssueError);
    expect(failed.driftIssueError?.status).toBe(401);
    // The summary is written after the issue, so it shows the issue's failure.
    expect(failed.report.result).toBe('failed');
    expect(failed.report.errors.map((e) => e.message)).toEqual([failed.driftIssueError?.message]);
    expect(written).toHaveLength(3);
    expect(written[2]).toContain('Could not update the drift issue');
  });
});
