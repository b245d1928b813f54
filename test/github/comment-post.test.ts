import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findPullRequestComment,
  postPullRequestComment,
  upsertPullRequestComment,
  type PostCommentDeps,
} from '../../src/github/comment.js';
import type { GitHubContext } from '../../src/github/context.js';
import { commentMarker } from '../../src/render/github/markers.js';
import { gitHubClient } from '../../src/github/rest.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { BOT_LOGIN, startGitHubFake, type Fault, type GitHubFake } from '../support/github-fake.js';
import { createHttpClient, type HttpClient } from '../../src/http/client.js';
import { failingTest, gitHubHttp, LINKS } from './fixtures.js';

const MARKER = commentMarker('example.com', 'policy.hujson');
const PR = 7;

let fake: GitHubFake;
let http: HttpClient;
let warnings: string[];

beforeEach(async () => {
  fake = await startGitHubFake();
  http = gitHubHttp();
  warnings = [];
});
afterEach(async () => {
  await http.close();
  await fake.close();
});

function context(overrides: Partial<GitHubContext> = {}): GitHubContext {
  const [owner = '', repo = ''] = fake.repository.split('/');
  return {
    serverUrl: 'https://github.com',
    apiUrl: fake.url,
    owner,
    repo,
    eventName: 'pull_request',
    pullRequestNumber: PR,
    fromFork: false,
    workspace: '/ws',
    ...overrides,
  };
}

function deps(overrides: Partial<PostCommentDeps> = {}): PostCommentDeps {
  return {
    token: fake.token,
    http,
    policy: 'on-change',
    context: context(),
    links: LINKS,
    redact: (text) => text,
    warn: (message) => warnings.push(message),
    ...overrides,
  };
}

function passed(): Report {
  return { ...emptyReport('test', 'example.com', 'policy.hujson'), result: 'passed' };
}

describe('upsertPullRequestComment', () => {
  it('creates the comment after reading every page of other comments', async () => {
    fake.addComments(PR, 150);
    const github = gitHubClient(fake.token, fake.url, http);
    const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: PR, marker: MARKER, body: `${MARKER}\nhello` };
    const result = await upsertPullRequestComment(github, target);
    const mine = fake.comments(PR).at(-1);
    expect(result).toEqual({ url: mine?.html_url, created: true });
    expect(mine?.body).toBe(`${MARKER}\nhello`);
    expect(fake.requestsTo('GET comments').map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
  });

  it('updates the existing comment in place on page 2, never a second copy', async () => {
    fake.addComments(PR, 120);
    const existing = fake.addComment(PR, `${MARKER}\nold`);
    fake.addComment(PR, `quoting: ${MARKER}`, 'someone');
    const github = gitHubClient(fake.token, fake.url, http);
    const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: PR, marker: MARKER, body: `${MARKER}\nnew` };
    expect(await upsertPullRequestComment(github, target)).toEqual({ url: existing.html_url, created: false });
    expect(fake.comment(existing.id)?.body).toBe(`${MARKER}\nnew`);
    expect(fake.comments(PR)).toHaveLength(122);
    expect(fake.requestsTo('POST comments')).toHaveLength(0);
  });

  it('stops paging once the comment is found, and sends nothing when the body is unchanged', async () => {
    fake.addComment(PR, `${MARKER}\nsame`);
    fake.addComments(PR, 250);
    const github = gitHubClient(fake.token, fake.url, http);
    const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: PR, marker: MARKER, body: `${MARKER}\nsame` };
    expect((await upsertPullRequestComment(github, target)).created).toBe(false);
    expect(fake.requestsTo('GET comments')).toHaveLength(1);
    expect(fake.requestsTo('PATCH comment')).toHaveLength(0);
  });

  it('finds the oldest of two marked comments', async () => {
    const first = fake.addComment(PR, `${MARKER}\n1`);
    fake.addComment(PR, `${MARKER}\n2`);
    const github = gitHubClient(fake.token, fake.url, http);
    const found = await findPullRequestComment(github, {
      owner: 'octo-org',
      repo: 'octo-repo',
      issueNumber: PR,
      marker: MARKER,
    });
    expect(found?.id).toBe(first.id);
  });
});

describe('whose comment the report takes', () => {
  const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: PR, marker: MARKER, body: `${MARKER}\nreal` };

  it("passes over a person's copy of the marker, an organisation member's included, asking GitHub once", async () => {
    const copies = [fake.addComment(PR, `${MARKER}\nall good`, 'mallory'), fake.addComment(PR, `${MARKER}\nok`, 'eve')];
    expect(copies.map((c) => c.author_association)).toEqual(['MEMBER', 'MEMBER']);
    const result = await upsertPullRequestComment(gitHubClient(fake.token, fake.url, http), target);
    expect(result.created).toBe(true);
    expect(fake.comments(PR).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\nall good`],
      ['eve', `${MARKER}\nok`],
      [BOT_LOGIN, `${MARKER}\nreal`],
    ]);
    // The workflow token may not read /user: no person is trusted.
    expect(fake.requestsTo('GET user').map((r) => r.status)).toEqual([403]);
    expect(fake.requestsTo('PATCH comment')).toHaveLength(0);
  });

  it("with a personal token, updates that person's own comment, not another person's copy", async () => {
    await fake.close();
    fake = await startGitHubFake({ userTokens: { ghp_maintainer: 'maintainer' } });
    fake.addComment(PR, `${MARKER}\nall good`, 'mallory');
    const own = fake.addComment(PR, `${MARKER}\nold`, 'maintainer');
    const result = await upsertPullRequestComment(gitHubClient('ghp_maintainer', fake.url, http), target);
    expect(result).toEqual({ url: own.html_url, created: false });
    expect(fake.comments(PR).map((c) => c.body)).toEqual([`${MARKER}\nall good`, `${MARKER}\nreal`]);
    expect(fake.requestsTo('GET user').map((r) => r.status)).toEqual([200]);
  });

  it("with the workflow token, takes a bot's comment: GET /user is refused, so the token is a bot's", async () => {
    fake.addComment(PR, `${MARKER}\nold`);
    expect((await upsertPullRequestComment(gitHubClient(fake.token, fake.url, http), target)).created).toBe(false);
    expect(fake.requestsTo('GET user').map((r) => r.status)).toEqual([403]);
  });

  it("with a personal token, passes over an app's comment that copies the marker", async () => {
    await fake.close();
    fake = await startGitHubFake({ userTokens: { ghp_maintainer: 'maintainer' } });
    fake.addComment(PR, `${MARKER}\nall good`, 'quoting-app[bot]');
    const result = await upsertPullRequestComment(gitHubClient('ghp_maintainer', fake.url, http), target);
    expect(result.created).toBe(true);
    expect(fake.comments(PR).map((c) => [c.user.login, c.body])).toEqual([
      ['quoting-app[bot]', `${MARKER}\nall good`],
      ['maintainer', `${MARKER}\nreal`],
    ]);
  });

  it('fails, rather than post a second comment, when GitHub cannot say whose the token is', async () => {
    await fake.close();
    fake = await startGitHubFake({ userTokens: { ghp_maintainer: 'maintainer' } });
    fake.addComment(PR, `${MARKER}\nold`, 'maintainer');
    fake.fail('GET user', { status: 500, body: { message: 'Server Error' }, times: Infinity });
    const upsert = upsertPullRequestComment(gitHubClient('ghp_maintainer', fake.url, http), target);
    await expect(upsert).rejects.toThrow('Server Error');
    expect(fake.requestsTo('POST comments')).toHaveLength(0);
    expect(fake.comments(PR).map((c) => c.body)).toEqual([`${MARKER}\nold`]);
  });
});

describe("another app's comment that starts with the marker", () => {
  // An app that quotes the pull request's text at the start of its comment carries the marker
  // the pull request's author wrote there; the token may not edit that comment.
  function plant(): number {
    const planted = fake.addComment(PR, `${MARKER}\n✅ all good, merge it`, 'quoting-app[bot]');
    const path = `/repos/octo-org/octo-repo/issues/comments/${planted.id}`;
    const refusal = { message: 'Resource not accessible by integration' };
    fake.fail((r) => r.method === 'PATCH' && r.path === path, { status: 403, body: refusal, times: Infinity });
    return planted.id;
  }

  it('does not keep the place of the report: a refused edit makes the report a comment of its own', async () => {
    const planted = plant();
    const github = gitHubClient(fake.token, fake.url, http);
    const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: PR, marker: MARKER, body: `${MARKER}\nreal` };
    const first = await upsertPullRequestComment(github, target);
    expect(first.created).toBe(true);
    expect(fake.comments(PR).map((c) => [c.user.login, c.body])).toEqual([
      ['quoting-app[bot]', `${MARKER}\n✅ all good, merge it`],
      [BOT_LOGIN, `${MARKER}\nreal`],
    ]);
    // The next run passes over the refused comment to its own: one comment, updated in place.
    const second = await upsertPullRequestComment(github, { ...target, body: `${MARKER}\nreal 2` });
    expect(second).toEqual({ url: first.url, created: false });
    expect(fake.comments(PR).map((c) => c.body)).toEqual([`${MARKER}\n✅ all good, merge it`, `${MARKER}\nreal 2`]);
    expect(fake.requestsTo('PATCH comment').map((r) => r.path.endsWith(`/${planted}`))).toEqual([true, true, false]);
    expect(fake.requestsTo('POST comments')).toHaveLength(1);
  });

  it('is not updated by a run that only updates, and that run posts nothing', async () => {
    plant();
    const result = await postPullRequestComment(passed(), deps({ policy: 'on-failure' }));
    expect(result).toEqual({});
    expect(warnings).toEqual([]);
    expect(fake.comments(PR)).toHaveLength(1);
  });
});

describe('postPullRequestComment', () => {
  it.each(['http://192.0.2.1:9', 'http://github.example.com/api/v3'])(
    'never sends the token over plain HTTP to a host that is not this machine: %s',
    async (apiUrl) => {
      const result = await postPullRequestComment(failingTest(), deps({ context: context({ apiUrl }) }));
      expect(result).toEqual({});
      expect(warnings).toEqual([
        `Could not post the pull-request comment: GITHUB_API_URL: "${apiUrl}" would send credentials without ` +
          'TLS; use https:// (http:// is allowed only for loopback addresses). ' +
          'GitHub could not be reached; the report is in the job summary.',
      ]);
    },
  );

  it('posts, then a later passing run turns the same comment to passing', async () => {
    const first = await postPullRequestComment(failingTest(), deps());
    const [comment] = fake.comments(PR);
    expect(first).toEqual({ url: comment?.html_url });
    expect(comment?.user.login).toBe(BOT_LOGIN);
    expect(comment?.body).toContain('### ❌ Policy test failed');

    const second = await postPullRequestComment(passed(), deps());
    expect(second).toEqual(first);
    expect(fake.comments(PR)).toHaveLength(1);
    expect(fake.comments(PR)[0]?.body).toContain('### ✅ Policy test passed');
    expect(warnings).toEqual([]);
  });

  it('keeps one comment per policy file and tailnet', async () => {
    await postPullRequestComment(passed(), deps());
    await postPullRequestComment({ ...passed(), policyFile: 'other.hujson' }, deps());
    await postPullRequestComment({ ...passed(), policyFile: './policy.hujson' }, deps());
    expect(fake.comments(PR).map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- tailnet-policy-action: example.com other.hujson -->',
    ]);
  });

  it.each<[PostCommentDeps['policy'], Report['result'], boolean, boolean]>([
    ['always', 'no-change', false, true],
    ['on-change', 'passed', false, true],
    ['on-change', 'no-change', false, false],
    ['on-change', 'no-change', true, true],
    ['on-failure', 'passed', false, false],
    ['on-failure', 'failed', false, true],
    ['on-failure', 'passed', true, true],
    ['never', 'failed', true, false],
  ])('comment: %s, result %s, existing %s → written %s', async (policy, result, existing, written) => {
    const old = existing ? fake.addComment(PR, `${MARKER}\nold`) : undefined;
    const outcome = await postPullRequestComment({ ...passed(), result }, deps({ policy }));
    const bodies = fake.comments(PR).map((c) => c.body);
    expect(bodies).toHaveLength(existing || written ? 1 : 0);
    expect(bodies[0] !== undefined && bodies[0] !== `${MARKER}\nold`).toBe(written);
    if (written) expect(outcome.url).toBe(fake.comments(PR)[0]?.html_url);
    else expect(outcome).toEqual({});
    if (old !== undefined) expect(fake.comments(PR)[0]?.id).toBe(old.id);
  });

  it('does nothing outside pull requests', async () => {
    expect(
      await postPullRequestComment(failingTest(), deps({ context: context({ pullRequestNumber: undefined }) })),
    ).toEqual({});
    expect(fake.requests).toHaveLength(0);
  });

  it('redacts the body', async () => {
    const report = {
      ...failingTest(),
      warnings: [{ severity: 'warning' as const, message: 'leaked tskey-api-SECRET' }],
    };
    await postPullRequestComment(report, deps({ redact: (text) => text.replaceAll('tskey-api-SECRET', '***') }));
    expect(fake.comments(PR)[0]?.body).toContain('- leaked \\*\\*\\*');
    expect(fake.requests.some((r) => r.body.includes('SECRET'))).toBe(false);
  });

  it('works against GitHub Enterprise Server under /api/v3', async () => {
    await fake.close();
    fake = await startGitHubFake({ pathPrefix: '/api/v3' });
    expect(fake.url.endsWith('/api/v3')).toBe(true);
    await postPullRequestComment(failingTest(), deps());
    expect(fake.comments(PR)).toHaveLength(1);
    expect(fake.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
  });
});

describe('postPullRequestComment failures are warnings, never errors', () => {
  it('explains the read-only token of a fork pull request', async () => {
    await fake.close();
    fake = await startGitHubFake({ readOnlyTokens: ['ghs_readonly'] });
    const outcome = await postPullRequestComment(
      failingTest(),
      deps({ token: 'ghs_readonly', context: context({ fromFork: true }) }),
    );
    expect(outcome).toEqual({});
    expect(warnings).toEqual([
      'Could not post the pull-request comment: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest. Pull requests from forks get a read-only token, so the action cannot comment; the report is in the job summary.',
    ]);
  });

  it.each<[string, Fault, string]>([
    [
      '403',
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      'HTTP 403: Resource not accessible by integration. The token may not do this: give the workflow `permissions: pull-requests: write`, or pass a token that can.',
    ],
    [
      '422',
      { status: 422, body: { message: 'Validation Failed' } },
      'HTTP 422: Validation Failed. GitHub refused the content; the report is in the job summary.',
    ],
    [
      '502',
      { status: 502, body: { message: 'Bad Gateway' } },
      'HTTP 502: Bad Gateway. GitHub failed to answer; the report is in the job summary.',
    ],
  ])('%s', async (_, fault, expected) => {
    fake.fail('POST comments', fault);
    expect(await postPullRequestComment(failingTest(), deps())).toEqual({});
    expect(warnings).toEqual([`Could not post the pull-request comment: ${expected}`]);
  });

  it('reports a bad token', async () => {
    await postPullRequestComment(failingTest(), deps({ token: 'ghs_wrong' }));
    expect(warnings).toEqual([
      'Could not post the pull-request comment: HTTP 401: Bad credentials - https://docs.github.com/rest. The token was refused: check the "github-token" input.',
    ]);
  });

  it('reads the list again after a 502 and a dropped connection, and posts', async () => {
    fake.fail('GET comments', { status: 502 }, { drop: true });
    expect(await postPullRequestComment(failingTest(), deps())).toEqual({ url: fake.comments(PR)[0]?.html_url });
    expect(fake.requests.map((r) => r.route)).toEqual([
      'GET comments',
      'GET comments',
      'GET comments',
      'POST comments',
    ]);
    expect(warnings).toEqual([]);
  });

  it('posts a new comment once, even when the connection drops before the answer', async () => {
    fake.fail('POST comments', { drop: true });
    expect(await postPullRequestComment(failingTest(), deps())).toEqual({});
    expect(fake.requests.map((r) => r.route)).toEqual(['GET comments', 'POST comments']);
    expect(warnings).toEqual([
      `Could not post the pull-request comment: could not reach ${new URL(fake.url).host}: ECONNRESET; check ` +
        "the API URL and the runner's network. GitHub could not be reached; the report is in the job summary.",
    ]);
  });

  it('reports a 502 at once when the wait it asks for would pass the deadline', async () => {
    await http.close();
    // The action's own waits, which honour a Retry-After of up to a minute.
    http = createHttpClient({ deadline: Date.now() + 10_000 });
    fake.fail('GET comments', { status: 502, retryAfter: '60', times: Infinity });
    expect(await postPullRequestComment(failingTest(), deps({ http }))).toEqual({});
    expect(fake.requestsTo('GET comments')).toHaveLength(1);
    expect(warnings).toEqual([
      'Could not post the pull-request comment: HTTP 502. GitHub failed to answer; the report is in the job summary.',
    ]);
  });

  it('warns when there is no token', async () => {
    expect(await postPullRequestComment(failingTest(), deps({ token: '' }))).toEqual({});
    expect(warnings).toEqual([
      'No pull-request comment: the "github-token" input is empty. The report is in the job summary.',
    ]);
  });

  it('gives up when GitHub hangs past the deadline', async () => {
    await http.close();
    http = gitHubHttp(100);
    fake.fail('GET comments', { delayMs: 2000 });
    const started = performance.now();
    expect(await postPullRequestComment(failingTest(), deps({ http }))).toEqual({});
    expect(performance.now() - started).toBeLessThan(1500);
    expect(warnings).toEqual([
      "Could not post the pull-request comment: the run's timeout elapsed during GET " +
        `${new URL(fake.url).pathname.replace(/\/$/, '')}/repos/${fake.repository}/issues/7/comments; raise the "timeout" ` +
        'input if the API is slow. GitHub could not be reached; the report is in the job summary.',
    ]);
  });
});
