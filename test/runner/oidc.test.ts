import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchIdToken } from '../../src/runner/oidc.js';
import { createHttpClient, type HttpClient } from '../../src/http/client.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';

let gh: GitHubFake;
let http: HttpClient;
let written: string[];

beforeEach(async () => {
  gh = await startGitHubFake();
  http = createHttpClient({ deadline: Date.now() + 10_000, backoff: { baseDelayMs: 5, maxDelayMs: 50 } });
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await http.close();
  await gh.close();
});

describe('fetchIdToken', () => {
  it('asks for the audience with the request token, and masks the token it gets', async () => {
    const env = gh.actionsEnv();
    const token = await fetchIdToken('api.tailscale.com/k 1', http, env);
    expect(token).toBe(gh.idToken('api.tailscale.com/k 1'));
    const [request] = gh.requestsTo('GET id-token');
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${gh.oidcRequestToken}`,
      accept: 'application/json',
      'user-agent': 'actions/oidc-client',
    });
    expect(request!.query.audience).toBe('api.tailscale.com/k 1');
    // The debug line escapes the URL's % signs as workflow-command data.
    expect(written).toEqual([
      `::debug::ID token url is ${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api.tailscale.com%252Fk%25201\n`,
      `::add-mask::${token}\n`,
    ]);
  });

  it('leaves the audience out when none is given', async () => {
    const env = gh.actionsEnv();
    await fetchIdToken('', http, env);
    expect(written[0]).toBe(`::debug::ID token url is ${env.ACTIONS_ID_TOKEN_REQUEST_URL}\n`);
  });

  it('names the variable the runner did not set (no id-token permission)', async () => {
    const env = gh.actionsEnv();
    await expect(fetchIdToken('a', http, { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: undefined })).rejects.toThrow(
      /^Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable$/,
    );
    await expect(fetchIdToken('a', http, { ...env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' })).rejects.toThrow(
      /^Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable$/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('says what the service answered when it refuses', async () => {
    const env = { ...gh.actionsEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' };
    await expect(fetchIdToken('a', http, env)).rejects.toThrow(
      /^Failed to get ID Token: HTTP 401 \(Bad credentials\)$/,
    );
    expect(written.filter((line) => line.startsWith('::add-mask::'))).toEqual([]);
  });

  it('drops its request token from a refusal that echoes it', async () => {
    const requestToken = 'ghs-request-token-0123456789';
    const server = createServer((request, response) => {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `token ${String(request.headers.authorization)} lacks id-token` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const env = {
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      };
      await expect(fetchIdToken('a', http, env)).rejects.toThrow(
        /^Failed to get ID Token: HTTP 403 \(token Bearer \*\*\* lacks id-token\)$/,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
