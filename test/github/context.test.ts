import { describe, expect, it } from 'vitest';
import { pathInRepo, readGitHubContext, reportLinks } from '../../src/github/context.js';

const payload = JSON.stringify({
  pull_request: {
    number: 42,
    head: { sha: 'head123', repo: { full_name: 'someone/fork' } },
    base: { sha: 'base456', repo: { full_name: 'octo/repo' } },
  },
});

const env = {
  GITHUB_SERVER_URL: 'https://ghes.example/',
  GITHUB_API_URL: 'https://ghes.example/api/v3',
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'pull_request_target',
  GITHUB_EVENT_PATH: '/event.json',
  GITHUB_SHA: 'merge789',
  GITHUB_WORKSPACE: '/ws',
};

const files = (path: string): string => {
  if (path === '/event.json') return payload;
  throw new Error(`ENOENT: ${path}`);
};

describe('readGitHubContext', () => {
  it('reads a pull request event, GHES URLs and a fork', () => {
    expect(readGitHubContext(env, files)).toEqual({
      serverUrl: 'https://ghes.example',
      apiUrl: 'https://ghes.example/api/v3',
      owner: 'octo',
      repo: 'repo',
      runId: '99',
      runUrl: 'https://ghes.example/octo/repo/actions/runs/99',
      eventName: 'pull_request_target',
      pullRequestNumber: 42,
      headSha: 'head123',
      baseSha: 'base456',
      sha: 'merge789',
      fromFork: true,
      workspace: '/ws',
    });
  });

  it('defaults to github.com, links the attempt, and ignores the payload of other events', () => {
    const context = readGitHubContext(
      {
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: '/event.json',
        GITHUB_WORKSPACE: '/ws',
      },
      files,
    );
    expect(context).toEqual({
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      owner: 'octo',
      repo: 'repo',
      runId: '7',
      runUrl: 'https://github.com/octo/repo/actions/runs/7/attempts/2',
      eventName: 'push',
      sha: undefined,
      fromFork: false,
      workspace: '/ws',
    });
  });

  it("reads a merge queue's group: judged against the commit it goes on, no pull request, not a fork", () => {
    const event = JSON.stringify({
      merge_group: { head_sha: 'queue123', base_sha: 'main456', base_ref: 'refs/heads/main' },
    });
    const context = readGitHubContext({ ...env, GITHUB_EVENT_NAME: 'merge_group' }, (path) =>
      path === '/event.json' ? event : files(path),
    );
    expect(context).toMatchObject({ eventName: 'merge_group', baseSha: 'main456', sha: 'merge789', fromFork: false });
    expect([context.pullRequestNumber, context.headSha]).toEqual([undefined, undefined]);
    const unreadable = readGitHubContext({ ...env, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: '/x' }, files);
    expect([unreadable.baseSha, unreadable.fromFork]).toEqual([undefined, false]);
  });

  it.each([
    ['an unreadable event file', '/missing.json'],
    ['a null pull request', '/null-pr.json'],
    ['a null payload', '/null.json'],
  ])('treats %s as no pull request, from a fork', (_name, file) => {
    const read = (path: string): string =>
      ({ '/null-pr.json': '{"pull_request": null}', '/null.json': 'null' })[path] ?? files(path);
    const context = readGitHubContext({ ...env, GITHUB_EVENT_PATH: file }, read);
    expect(context.pullRequestNumber).toBeUndefined();
    expect(context.fromFork).toBe(true);
  });

  it.each([
    ['a deleted fork (head repository null)', { sha: 'h', repo: null }, true],
    ['no head repository', { sha: 'h' }, true],
    ['the same repository', { sha: 'h', repo: { full_name: 'octo/repo' } }, false],
  ])('%s: fromFork %s', (_name, head, fork) => {
    const event = JSON.stringify({ pull_request: { number: 1, head, base: { repo: { full_name: 'octo/repo' } } } });
    const context = readGitHubContext(env, (path) => (path === '/event.json' ? event : files(path)));
    expect(context.fromFork).toBe(fork);
  });
});

describe('pathInRepo', () => {
  it.each([
    ['/ws', './policy.hujson', 'policy.hujson'],
    ['/ws', 'tailscale/policy.hujson', 'tailscale/policy.hujson'],
    ['/ws/', '/ws/a/../b/policy.hujson', 'b/policy.hujson'],
    ['/ws', '../elsewhere/policy.hujson', undefined],
    ['/ws', '/tmp/policy.hujson', undefined],
    ['/ws', '.', undefined],
  ])('%s + %s', (workspace, policy, expected) => {
    expect(pathInRepo(workspace, policy)).toBe(expected);
  });
});

describe('reportLinks', () => {
  it('links the file at the pull request head, with path segments encoded', () => {
    const context = readGitHubContext(env, files);
    expect(reportLinks(context, 'dir name/policy #1.hujson')).toEqual({
      runUrl: 'https://ghes.example/octo/repo/actions/runs/99',
      repoUrl: 'https://ghes.example/octo/repo',
      fileUrl: 'https://ghes.example/octo/repo/blob/head123/dir%20name/policy%20%231.hujson',
    });
  });

  it('uses GITHUB_SHA outside pull requests, and has no links outside Actions', () => {
    const push = readGitHubContext({ ...env, GITHUB_EVENT_NAME: 'push' }, files);
    expect(reportLinks(push, 'policy.hujson').fileUrl).toBe(
      'https://ghes.example/octo/repo/blob/merge789/policy.hujson',
    );
    expect(reportLinks(readGitHubContext({}, files), 'policy.hujson')).toEqual({});
  });
});
