// Self-hosted runners often reach the internet only through a proxy the runner names in
// HTTPS_PROXY. The action runs on node24, whose node:https reads that variable when asked to;
// these runs use such a Node.js, a CONNECT proxy on 127.0.0.1, and host names no resolver knows,
// so an answer can only have come through the proxy.

import { beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { etag } from '../../src/hujson/index.js';
import { assertNoSecretLeak, runAction, runCli } from '../support/action-runner.js';
import { createGitRepo, type GitRepo } from '../support/git-fixture.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import {
  TEST_CA_FILE,
  proxyAwareNode,
  startConnectProxy,
  startTlsFront,
  type ConnectProxy,
  type LocalServer,
} from '../support/proxy.js';
import { DEFAULT_API_KEY, startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2 } from './helpers.js';

const PROXY_USER = 'runner';
const PROXY_PASSWORD = 'proxy-password-7f3a';
const PROXY_AUTHORIZATION = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`;
/** What the CLI prints on stderr before it asks the API anything. */
const PROGRESS = `policy.hujson: ${Buffer.byteLength(POLICY_V2)} bytes, ETag ${etag(POLICY_V2)}\n`;
const EDITED = POLICY_V2.replace('"alice@example.com"]}', '"alice@example.com", "mallory@example.com"]}');

let node: string;
let ts: TailscaleEmulator;
let gh: GitHubFake;
let tsFront: LocalServer;
let ghFront: LocalServer;
let proxy: ConnectProxy;
let repo: GitRepo;

const portOf = (url: string): number => Number(new URL(url).port);
const withCredentials = (proxyUrl: string): string =>
  proxyUrl.replace('http://', `http://${PROXY_USER}:${PROXY_PASSWORD}@`);

beforeAll(() => {
  node = proxyAwareNode();
}, 180_000);

beforeEach(async () => {
  ts = await startTailscaleEmulator({ policy: EDITED });
  gh = await startGitHubFake();
  [tsFront, ghFront, proxy] = await Promise.all([
    startTlsFront(portOf(ts.url)),
    startTlsFront(portOf(gh.url)),
    startConnectProxy(),
  ]);
  repo = await createGitRepo([
    { message: 'first policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'open port 80', files: { 'policy.hujson': POLICY_V2 } },
  ]);
});
afterEach(async () => {
  await Promise.all([ts.close(), gh.close(), tsFront.close(), ghFront.close(), proxy.close(), repo.remove()]);
});

describe('behind an HTTPS proxy', () => {
  it.each([
    ['HTTPS_PROXY with a password', (url: string) => ({ HTTPS_PROXY: withCredentials(url) }), PROXY_AUTHORIZATION],
    // As many runners' .env files have it: lower case, no scheme.
    ['https_proxy without a scheme', (url: string) => ({ https_proxy: url.replace('http://', '') }), undefined],
  ])('the action reaches Tailscale and GitHub through %s, and leaks no secret', async (_name, proxyEnv, auth) => {
    const githubUrl = `https://github.test:${ghFront.port}${new URL(gh.url).pathname}`;
    const result = await runAction({
      node,
      inputs: {
        action: 'drift',
        'api-url': `https://api.tailscale.test:${tsFront.port}`,
        'api-key': DEFAULT_API_KEY,
        'github-token': DEFAULT_GITHUB_TOKEN,
      },
      env: { ...gh.actionsEnv(), GITHUB_API_URL: githubUrl, ...proxyEnv(proxy.url), NODE_EXTRA_CA_CERTS: TEST_CA_FILE },
      eventName: 'schedule',
      cwd: repo.dir,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'drift-state': 'drifted', drift: 'true' });
    expect(ts.requestsTo('GET acl')).toHaveLength(1);
    expect(gh.issues()).toHaveLength(1);
    expect(new Set(proxy.tunnels.map((tunnel) => tunnel.target))).toEqual(
      new Set([`api.tailscale.test:${tsFront.port}`, `github.test:${ghFront.port}`]),
    );
    expect(proxy.tunnels.every((tunnel) => tunnel.authorization === auth)).toBe(true);
    expect(proxy.plain).toEqual([]);
    assertNoSecretLeak(result, [DEFAULT_API_KEY, DEFAULT_GITHUB_TOKEN, PROXY_PASSWORD]);
  });

  it('the CLI goes direct to this machine, never sends plain HTTP through a proxy, and honours NO_PROXY', async () => {
    const drift = (apiUrl: string, extra: Record<string, string> = {}) =>
      runCli(['drift', '--policy-file', 'policy.hujson', '--api-url', apiUrl], {
        node,
        cwd: repo.dir,
        env: { TS_API_KEY: DEFAULT_API_KEY, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, ...extra },
      });
    for (const apiUrl of [`https://localhost:${tsFront.port}`, ts.url]) {
      const result = await drift(apiUrl, { NODE_EXTRA_CA_CERTS: TEST_CA_FILE });
      expect(result.stderr).toBe(
        `${PROGRESS}live policy ETag ${etag(EDITED)}\nthe live policy matches no known version\n`,
      );
      expect(result.stdout).toContain('drift: drifted\n');
      expect(result.code).toBe(0);
    }
    expect(ts.requestsTo('GET acl')).toHaveLength(2);
    // NO_PROXY sends it direct, where no resolver knows the name.
    const direct = await drift(`https://api.tailscale.test:${tsFront.port}`, { NO_PROXY: '.tailscale.test' });
    expect(direct.stdout.split('\n')[0]).toBe(
      `error: could not reach api.tailscale.test:${tsFront.port}: ENOTFOUND; check the API URL and the runner's network`,
    );
    expect(direct.code).toBe(1);
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.plain).toEqual([]);
  });

  it("a proxy URL Node cannot read ends the run in our words, not in Node's, which quote the password", async () => {
    const result = await runCli(
      ['drift', '--policy-file', 'policy.hujson', '--api-url', `https://api.tailscale.test:${tsFront.port}`],
      {
        node,
        cwd: repo.dir,
        env: { TS_API_KEY: DEFAULT_API_KEY, HTTPS_PROXY: `http://runner:${PROXY_PASSWORD}@proxy:99999` },
      },
    );
    expect(result.stdout.split('\n')[0]).toBe(
      'error: HTTPS_PROXY is not a valid proxy URL; use http://[user:password@]host:port',
    );
    expect(result.code).toBe(1);
    assertNoSecretLeak(result, [DEFAULT_API_KEY, PROXY_PASSWORD]);
  });

  it('a proxy that refuses the tunnel ends the run in one error that names neither its URL nor its password', async () => {
    const refusing = await startConnectProxy(407);
    try {
      const apiUrl = `https://api.tailscale.test:${tsFront.port}`;
      const result = await runCli(['drift', '--policy-file', 'policy.hujson', '--api-url', apiUrl], {
        node,
        cwd: repo.dir,
        env: { TS_API_KEY: DEFAULT_API_KEY, HTTPS_PROXY: withCredentials(refusing.url) },
      });
      expect(result.stderr).toBe(PROGRESS);
      expect(result.stdout).toBe(
        `error: could not reach api.tailscale.test:${tsFront.port}: the proxy in HTTPS_PROXY refused the tunnel ` +
          `(HTTP 407); check HTTPS_PROXY, its credentials, and NO_PROXY\n` +
          `drift FAILED: tailnet -, policy.hujson (local ETag ${etag(POLICY_V2).slice(0, 12)}, live unknown)\n`,
      );
      expect(result.code).toBe(1);
      expect(refusing.tunnels).toEqual([
        { target: `api.tailscale.test:${tsFront.port}`, authorization: PROXY_AUTHORIZATION },
      ]);
      expect(ts.requests).toEqual([]);
      assertNoSecretLeak(result, [DEFAULT_API_KEY, PROXY_PASSWORD]);
    } finally {
      await refusing.close();
    }
  });
});
