import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BOT_LOGIN,
  DEFAULT_GITHUB_TOKEN,
  startGitHubFake,
  type GitHubFake,
  type GitHubFakeOptions,
} from './github-fake.js';
import { decodeJwtPayload } from './jwt.js';

const AUTH = { authorization: `token ${DEFAULT_GITHUB_TOKEN}`, 'content-type': 'application/json' };
const REPO = 'repos/octo-org/octo-repo';

const running: GitHubFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

async function start(options?: GitHubFakeOptions): Promise<GitHubFake> {
  const fake = await startGitHubFake(options);
  running.push(fake);
  return fake;
}

function call(url: string, method = 'GET', body?: unknown, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('issue comments', () => {
  it('paginates with Link headers and caps per_page at 100', async () => {
    const gh = await start();
    gh.addComments(7, 150, 'someone');
    const first = await call(`${gh.url}/${REPO}/issues/7/comments?per_page=100`);
    expect(((await first.json()) as unknown[]).length).toBe(100);
    const link = first.headers.get('link')!;
    expect(link).toContain(`<${gh.url}/${REPO}/issues/7/comments?per_page=100&page=2>; rel="next"`);
    expect(link).toContain('page=2>; rel="last"');

    const second = await call(`${gh.url}/${REPO}/issues/7/comments?per_page=100&page=2`);
    const bodies = ((await second.json()) as Array<{ body: string }>).map((c) => c.body);
    expect([bodies.length, bodies.at(-1)]).toEqual([50, 'comment 150']);
    expect(second.headers.get('link')).toContain('rel="prev"');
    expect(second.headers.get('link')).not.toContain('rel="next"');

    const capped = await call(`${gh.url}/${REPO}/issues/7/comments?per_page=500`);
    expect(((await capped.json()) as unknown[]).length).toBe(100);
    const defaults = await call(`${gh.url}/${REPO}/issues/7/comments`);
    expect(((await defaults.json()) as unknown[]).length).toBe(30);
  });

  it('works with octokit pagination under a GHES prefix', async () => {
    const gh = await start({ pathPrefix: '/api/v3' });
    gh.addComments(3, 230);
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'octo-org',
      repo: 'octo-repo',
      issue_number: 3,
      per_page: 100,
    });
    expect(all).toHaveLength(230);
    expect(gh.requestsTo('GET comments').map((r) => r.path)).toEqual(
      Array(3).fill('/api/v3/repos/octo-org/octo-repo/issues/3/comments'),
    );
  });

  it('creates, reads and updates comments with html_urls', async () => {
    const gh = await start();
    const created = await call(`${gh.url}/${REPO}/issues/7/comments`, 'POST', { body: 'hello' });
    const comment = (await created.json()) as { id: number; html_url: string; user: { login: string } };
    expect(created.status).toBe(201);
    expect(comment.html_url).toBe(`https://github.com/octo-org/octo-repo/pull/7#issuecomment-${comment.id}`);
    expect(comment.user.login).toBe(BOT_LOGIN);

    const patched = await call(`${gh.url}/${REPO}/issues/comments/${comment.id}`, 'PATCH', { body: 'updated' });
    expect(patched.status).toBe(200);
    expect(gh.comments(7).map((c) => c.body)).toEqual(['updated']);
    expect(
      ((await (await call(`${gh.url}/${REPO}/issues/comments/${comment.id}`)).json()) as { body: string }).body,
    ).toBe('updated');
    expect((await call(`${gh.url}/${REPO}/issues/comments/999`)).status).toBe(404);
    expect(gh.requestsTo('PATCH comment')[0]!.json).toEqual({ body: 'updated' });
  });

  it('rejects bodies over 65,536 characters with 422', async () => {
    const gh = await start();
    const tooLong = await call(`${gh.url}/${REPO}/issues/7/comments`, 'POST', { body: 'x'.repeat(65_537) });
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('too long');
    expect((await call(`${gh.url}/${REPO}/issues/7/comments`, 'POST', { body: 'x'.repeat(65_536) })).status).toBe(201);
  });
});

describe('auth', () => {
  it('answers 401 for unknown tokens and 403 for writes with a read-only token', async () => {
    const gh = await start({ readOnlyTokens: ['ghs_readonly'] });
    expect((await call(`${gh.url}/${REPO}/issues/7/comments`, 'GET', undefined, {})).status).toBe(401);
    expect(
      (await call(`${gh.url}/${REPO}/issues/7/comments`, 'GET', undefined, { authorization: 'token nope' })).status,
    ).toBe(401);
    const readOnly = { authorization: 'Bearer ghs_readonly', 'content-type': 'application/json' };
    expect((await call(`${gh.url}/${REPO}/issues/7/comments`, 'GET', undefined, readOnly)).status).toBe(200);
    const write = await call(`${gh.url}/${REPO}/issues/7/comments`, 'POST', { body: 'hi' }, readOnly);
    expect([write.status, ((await write.json()) as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration',
    ]);
    expect((await call(`${gh.url}/repos/other/repo/issues/7/comments`)).status).toBe(404);
  });

  it("answers GET /user for a person's token only, whose comments and issues are theirs", async () => {
    const gh = await start({ userTokens: { ghp_person: 'maintainer' } });
    const person = { authorization: 'Bearer ghp_person', 'content-type': 'application/json' };
    const bot = await call(`${gh.url}/user`);
    expect([bot.status, ((await bot.json()) as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration',
    ]);
    const me = await call(`${gh.url}/user`, 'GET', undefined, person);
    expect([me.status, ((await me.json()) as { login: string }).login]).toEqual([200, 'maintainer']);
    expect((await call(`${gh.url}/${REPO}/issues/3/comments`, 'POST', { body: 'hi' }, person)).status).toBe(201);
    expect((await call(`${gh.url}/${REPO}/issues`, 'POST', { title: 't' }, person)).status).toBe(201);
    expect([gh.comments(3)[0]?.user.login, gh.issues()[0]?.user.login]).toEqual(['maintainer', 'maintainer']);
  });

  it('issues OIDC id tokens for the requested audience', async () => {
    const gh = await start();
    const env = gh.actionsEnv();
    const answer = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api.tailscale.com%2Fx`, {
      headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    });
    const { value } = (await answer.json()) as { value: string };
    expect(value).toBe(gh.idToken('api.tailscale.com/x'));
    expect(decodeJwtPayload(value)?.aud).toBe('api.tailscale.com/x');
    expect((await fetch(env.ACTIONS_ID_TOKEN_REQUEST_URL!)).status).toBe(401);
  });
});

describe('issues and labels', () => {
  it('creates issues with labels, filters by label and state, and updates them', async () => {
    const gh = await start();
    gh.addIssue({ title: 'unrelated' });
    const created = await call(`${gh.url}/${REPO}/issues`, 'POST', {
      title: 'Policy drift',
      body: 'b',
      labels: ['tailnet-drift'],
    });
    const issue = (await created.json()) as { number: number; html_url: string };
    expect(created.status).toBe(201);
    expect(issue.html_url).toBe(`https://github.com/octo-org/octo-repo/issues/${issue.number}`);
    expect(gh.labels().map((l) => l.name)).toEqual(['tailnet-drift']);

    const listed = await call(`${gh.url}/${REPO}/issues?labels=tailnet-drift&state=open`);
    expect(((await listed.json()) as Array<{ title: string }>).map((i) => i.title)).toEqual(['Policy drift']);

    const closed = await call(`${gh.url}/${REPO}/issues/${issue.number}`, 'PATCH', {
      state: 'closed',
      title: 'Resolved',
    });
    expect(closed.status).toBe(200);
    expect(gh.issue(issue.number)).toMatchObject({ state: 'closed', title: 'Resolved', state_reason: 'completed' });
    expect(((await (await call(`${gh.url}/${REPO}/issues?labels=tailnet-drift`)).json()) as unknown[]).length).toBe(0);
    expect(((await (await call(`${gh.url}/${REPO}/issues?state=all`)).json()) as unknown[]).length).toBe(2);

    const comment = await call(`${gh.url}/${REPO}/issues/${issue.number}/comments`, 'POST', { body: 'still drifting' });
    expect(((await comment.json()) as { html_url: string }).html_url).toContain(
      `/issues/${issue.number}#issuecomment-`,
    );
    expect(gh.issue(issue.number)!.comments).toBe(1);
  });

  it('lists and creates labels, refusing duplicates', async () => {
    const gh = await start();
    expect((await call(`${gh.url}/${REPO}/labels`, 'POST', { name: 'drift', color: 'ff0000' })).status).toBe(201);
    expect((await call(`${gh.url}/${REPO}/labels`, 'POST', { name: 'Drift' })).status).toBe(422);
    expect(
      ((await (await call(`${gh.url}/${REPO}/labels`)).json()) as Array<{ name: string }>).map((l) => l.name),
    ).toEqual(['drift']);
    expect((await call(`${gh.url}/${REPO}/issues`, 'POST', { body: 'no title' })).status).toBe(422);
  });
});

describe('faults', () => {
  it('injects status, delay and dropped-connection faults', async () => {
    const gh = await start();
    gh.fail('POST comments', { status: 502 }, { drop: true });
    gh.fail('GET comments', { delayMs: 100 });
    expect((await call(`${gh.url}/${REPO}/issues/1/comments`, 'POST', { body: 'a' })).status).toBe(502);
    await expect(call(`${gh.url}/${REPO}/issues/1/comments`, 'POST', { body: 'a' })).rejects.toThrow();
    const started = Date.now();
    expect((await call(`${gh.url}/${REPO}/issues/1/comments`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(gh.comments(1)).toHaveLength(0);
    expect(gh.pendingFaults).toBe(0);
    gh.fail((r) => r.method === 'POST', { status: 500, times: Infinity });
    expect((await call(`${gh.url}/${REPO}/issues/1/comments`, 'POST', { body: 'a' })).status).toBe(500);
  });
});
