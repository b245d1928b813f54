import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFailure, gitHubClient, GitHubError, nextPage } from '../../src/github/rest.js';
import type { HttpClient } from '../../src/http/client.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { gitHubHttp } from './fixtures.js';

describe('nextPage', () => {
  const base = new URL('https://ghe.example.com/api/v3/');
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    [
      '<https://ghe.example.com/api/v3/repos/o/r/issues?page=2>; rel="next"',
      'https://ghe.example.com/api/v3/repos/o/r/issues?page=2',
    ],
    [
      '<https://ghe.example.com/api/v3/x?page=3>; rel="last", <https://ghe.example.com/api/v3/x?page=2>; rel="next"',
      'https://ghe.example.com/api/v3/x?page=2',
    ],
    ['<https://ghe.example.com/api/v3/x?page=1>; rel="prev"', undefined],
    // The token goes nowhere but the API: another host, scheme, port or path is not followed.
    ['<https://evil.example.com/api/v3/x?page=2>; rel="next"', undefined],
    ['<http://ghe.example.com/api/v3/x?page=2>; rel="next"', undefined],
    ['<https://ghe.example.com:8443/api/v3/x?page=2>; rel="next"', undefined],
    ['<https://ghe.example.com/elsewhere?page=2>; rel="next"', undefined],
    ['<not a url>; rel="next"', undefined],
  ])('%s → %s', (link, next) => {
    expect(nextPage(link, base)?.href).toBe(next);
  });
});

describe('describeFailure', () => {
  it.each<[unknown, string]>([
    [
      new GitHubError(403, 'Resource not accessible by integration'),
      'HTTP 403: Resource not accessible by integration',
    ],
    [new GitHubError(502, ''), 'HTTP 502'],
    [new Error('could not reach api.github.com: ECONNREFUSED'), 'could not reach api.github.com: ECONNREFUSED'],
  ])('%s', (error, text) => {
    expect(describeFailure(error)).toBe(text);
  });
});

describe('gitHubClient against the fake', () => {
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
  const path = (): string => `repos/${fake.repository}/issues/7/comments`;

  it('sends the token as a bearer, with the API version and a user agent', async () => {
    await gitHubClient(fake.token, fake.url, http).request('POST', path(), { body: 'hello' });
    const [sent] = fake.requests;
    expect([sent?.headers.authorization, sent?.headers['x-github-api-version'], sent?.headers.accept]).toEqual([
      `Bearer ${fake.token}`,
      '2022-11-28',
      'application/vnd.github+json',
    ]);
    expect(sent?.headers['user-agent']).toMatch(/^tailnet-policy\/\d+\.\d+\.\d+$/);
  });

  it('does not follow a next page on another host', async () => {
    const link = '<http://127.0.0.2:9/repos/o/r/issues/7/comments?page=2>; rel="next"';
    fake.fail('GET comments', { status: 200, body: [], headers: { link } });
    expect(await gitHubClient(fake.token, fake.url, http).find(path(), {}, () => 1)).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
  });

  it('drops an echoed token before cutting the message, so no part of it is left', async () => {
    // The token would straddle the 300-character cut: its first 20 characters would survive it.
    const message = `${'x'.repeat(260)} token ${fake.token} was rejected`;
    fake.fail('POST comments', { status: 401, body: { message } });
    const failure = (await gitHubClient(fake.token, fake.url, http)
      .request('POST', path(), { body: 'x' })
      .catch((error: unknown) => error)) as GitHubError;
    expect(failure.message).toBe(`${'x'.repeat(260)} token *** was rejected`);
  });

  it.each<[string, { status: number; body: unknown }, (path: string) => [number, string, object[]]]>([
    ['an error page that is not JSON', { status: 500, body: '<html>oops</html>' }, () => [500, '', []]],
    [
      'a 422 with its errors',
      { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] } },
      () => [422, 'Validation Failed', [{ code: 'already_exists' }]],
    ],
    ['an error that is JSON but no object', { status: 500, body: 'null' }, () => [500, '', []]],
    [
      'errors that are not objects',
      { status: 422, body: { message: 'Validation Failed', errors: [null, 1, { code: 'invalid' }] } },
      () => [422, 'Validation Failed', [{ code: 'invalid' }]],
    ],
    [
      'an answer that is not JSON',
      { status: 201, body: 'not json' },
      (sent) => [201, `the answer to POST /${sent} is not JSON`, []],
    ],
  ])('reads %s', async (_, fault, expected) => {
    fake.fail('POST comments', fault);
    const failure = await gitHubClient(fake.token, fake.url, http)
      .request('POST', path(), { body: 'x' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubError);
    const { status, message, errors } = failure as GitHubError;
    expect([status, message, errors]).toEqual(expected(path()));
  });
});
