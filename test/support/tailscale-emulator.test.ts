import { afterEach, describe, expect, it } from 'vitest';
import { etag } from '../../src/hujson/index.js';
import { fakeJwt } from './jwt.js';
import {
  DEFAULT_API_KEY,
  DEFAULT_POLICY,
  makeDevice,
  policyRejection,
  policyWarnings,
  startTailscaleEmulator,
  type TailscaleEmulator,
  type TailscaleEmulatorOptions,
} from './tailscale-emulator.js';

const AUTH = { authorization: `Basic ${Buffer.from(`${DEFAULT_API_KEY}:`).toString('base64')}` };
const POLICY = '// mine\n{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]},],}\n';

const running: TailscaleEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((ts) => ts.close()));
});

async function start(options?: TailscaleEmulatorOptions): Promise<TailscaleEmulator> {
  const emulator = await startTailscaleEmulator(options);
  running.push(emulator);
  return emulator;
}

function acl(ts: TailscaleEmulator, suffix = '', tailnet = '-'): string {
  return `${ts.url}/api/v2/tailnet/${tailnet}/acl${suffix}`;
}

function post(url: string, body: string, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(url, { method: 'POST', headers, body });
}

describe('policy file', () => {
  it('serves HuJSON as stored and plain JSON, always with the ETag', async () => {
    const ts = await start();
    const hujson = await fetch(acl(ts), { headers: { ...AUTH, accept: 'application/hujson' } });
    expect(hujson.status).toBe(200);
    expect(await hujson.text()).toBe(DEFAULT_POLICY);
    expect(hujson.headers.get('etag')).toBe(`"${etag(DEFAULT_POLICY)}"`);
    expect(ts.etag).toMatch(/^[0-9a-f]{64}$/);

    const json = await fetch(acl(ts), { headers: { ...AUTH, accept: 'application/json' } });
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(((await json.json()) as { acls: unknown[] }).acls).toHaveLength(1);
    expect(json.headers.get('etag')).toBe(`"${ts.etag}"`);
  });

  it('writes with a matching If-Match and refuses a stale one with 412', async () => {
    const ts = await start();
    const first = await post(acl(ts), POLICY, { ...AUTH, 'if-match': `"${ts.etag}"` });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe(`"${etag(POLICY)}"`);
    expect(await first.text()).toBe(POLICY);
    expect(ts.policy).toBe(POLICY);

    const stale = await post(acl(ts), DEFAULT_POLICY, { ...AUTH, 'if-match': `"${etag(DEFAULT_POLICY)}"` });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toEqual({ message: 'precondition failed, invalid old hash' });
    expect(ts.writes).toBe(1);
  });

  it('honours ts-default only over the untouched default policy', async () => {
    const ts = await start();
    expect((await post(acl(ts), POLICY, { ...AUTH, 'if-match': '"ts-default"' })).status).toBe(200);
    expect((await post(acl(ts), POLICY, { ...AUTH, 'if-match': '"ts-default"' })).status).toBe(412);
    const edited = await start({ policy: POLICY });
    expect(edited.isDefaultPolicy).toBe(false);
    expect((await post(acl(edited), POLICY, { ...AUTH, 'if-match': '"ts-default"' })).status).toBe(412);
  });

  it('lets exactly one of two overlapping conditional writes win', async () => {
    const ts = await start({ applyDelayMs: 50 });
    const headers = { ...AUTH, 'if-match': `"${ts.etag}"` };
    const pending = [post(acl(ts), POLICY, headers), post(acl(ts), '{"acls": []}', headers)];
    await Promise.race(pending);
    // Both were in the server before either was answered: the writes really overlapped.
    expect(ts.requests.filter((r) => r.route === 'POST acl')).toHaveLength(2);
    const answers = await Promise.all(pending);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    expect(ts.writes).toBe(1);
  });

  it('sees admin-console edits made with setPolicy', async () => {
    const ts = await start();
    const before = ts.etag;
    ts.setPolicy(POLICY);
    expect(ts.etag).not.toBe(before);
    expect((await post(acl(ts), DEFAULT_POLICY, { ...AUTH, 'if-match': `"${before}"` })).status).toBe(412);
    expect(ts.writes).toBe(0);
  });

  it('rejects a policy that does not parse with a positioned 400, and 200 on validate', async () => {
    const ts = await start();
    const apply = await post(acl(ts), '{\n  "acls": [,]\n}');
    expect(apply.status).toBe(400);
    expect(((await apply.json()) as { message: string }).message).toMatch(/^line 2, column 12: /);
    const validate = await post(acl(ts, '/validate'), '{\n  "acls": [,]\n}');
    expect(validate.status).toBe(200);
    expect(((await validate.json()) as { message: string }).message).toMatch(/^line 2, column 12: /);
    expect(ts.writes).toBe(0);
  });

  it('answers validate with an empty 200 by default and scripted answers otherwise', async () => {
    const ts = await start();
    const ok = await post(acl(ts, '/validate'), POLICY);
    expect([ok.status, await ok.text()]).toEqual([200, '']);

    const data = [{ user: 'alice@example.com', errors: ['address "2.2.2.2:22": want: Drop, got: Accept'] }];
    ts.setValidator(policyRejection('test(s) failed', data));
    const failed = await post(acl(ts, '/validate'), POLICY);
    expect([failed.status, await failed.json()]).toEqual([200, { message: 'test(s) failed', data }]);
    const apply = await post(acl(ts), POLICY);
    expect(apply.status).toBe(400);
    expect(ts.writes).toBe(0);

    ts.setValidator(policyWarnings([{ user: 'bob@example.com', warnings: ['group not synced'] }]));
    expect(((await (await post(acl(ts, '/validate'), POLICY)).json()) as { message: string }).message).toBe(
      'warning(s) found',
    );
    expect((await post(acl(ts), POLICY)).status).toBe(200);
  });
});

describe('credentials', () => {
  const oauth = { id: 'client-1', secret: 'tskey-client-secret', scopes: ['policy_file:read'] };

  it('issues OAuth tokens that carry the client scopes', async () => {
    const ts = await start({ oauthClients: [oauth] });
    const basic = `Basic ${Buffer.from('client-1:tskey-client-secret').toString('base64')}`;
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: basic };
    const answer = await post(`${ts.url}/api/v2/oauth/token`, 'grant_type=client_credentials', form);
    const token = (await answer.json()) as { access_token: string; token_type: string; expires_in: number };
    expect([token.token_type, token.expires_in]).toEqual(['Bearer', 3600]);
    expect(ts.issuedTokens).toEqual([token.access_token]);

    const bearer = { authorization: `Bearer ${token.access_token}` };
    expect((await fetch(acl(ts), { headers: bearer })).status).toBe(200);
    expect((await post(acl(ts, '/validate'), POLICY, bearer)).status).toBe(200);
    const write = await post(acl(ts), POLICY, bearer);
    expect(write.status).toBe(403);
    expect((await fetch(`${ts.url}/api/v2/tailnet/-/devices`, { headers: bearer })).status).toBe(403);

    const wrong = `Basic ${Buffer.from('client-1:nope').toString('base64')}`;
    expect(
      (await post(`${ts.url}/api/v2/oauth/token`, 'grant_type=client_credentials', { ...form, authorization: wrong }))
        .status,
    ).toBe(401);
    ts.expireTokens();
    expect((await fetch(acl(ts), { headers: bearer })).status).toBe(401);
  });

  it('exchanges an accepted JWT whose audience matches', async () => {
    const jwt = fakeJwt({ aud: 'api.tailscale.com/fed-1' });
    const ts = await start({
      federatedClients: [{ id: 'fed-1', audience: 'api.tailscale.com/fed-1', acceptedJwt: jwt }],
    });
    const exchange = (body: string): Promise<Response> =>
      post(`${ts.url}/api/v2/oauth/token-exchange`, body, { 'content-type': 'application/x-www-form-urlencoded' });
    const ok = await exchange(new URLSearchParams({ client_id: 'fed-1', jwt }).toString());
    const { access_token } = (await ok.json()) as { access_token: string };
    expect((await post(acl(ts), POLICY, { authorization: `Bearer ${access_token}` })).status).toBe(200);
    expect(
      (await exchange(new URLSearchParams({ client_id: 'fed-1', jwt: fakeJwt({ aud: 'x' }) }).toString())).status,
    ).toBe(401);
  });

  it('answers 401 without a valid credential and 404 for a foreign tailnet', async () => {
    const ts = await start({ tailnet: 'corp.example' });
    const none = await fetch(acl(ts));
    expect([none.status, await none.json()]).toEqual([401, { message: 'API token invalid' }]);
    expect((await fetch(acl(ts), { headers: { authorization: 'Bearer tskey-api-wrong' } })).status).toBe(401);
    expect((await fetch(acl(ts), { headers: { authorization: `Bearer ${DEFAULT_API_KEY}` } })).status).toBe(200);
    expect((await fetch(acl(ts, '', 'corp.example'), { headers: AUTH })).status).toBe(200);
    const other = await fetch(acl(ts, '', 'other.example'), { headers: AUTH });
    expect([other.status, await other.json()]).toEqual([404, { message: 'tailnet not found' }]);
  });
});

describe('devices and users', () => {
  it('lists configured devices, the all-only fields only with fields=all', async () => {
    const ts = await start({ devices: [makeDevice({ hostname: 'db', enabledRoutes: ['10.0.0.0/8'] })] });
    const all = (await (await fetch(`${ts.url}/api/v2/tailnet/-/devices?fields=all`, { headers: AUTH })).json()) as {
      devices: Array<{ hostname: string; enabledRoutes?: string[] }>;
    };
    expect(all.devices.map((d) => [d.hostname, d.enabledRoutes])).toEqual([['db', ['10.0.0.0/8']]]);
    const some = (await (await fetch(`${ts.url}/api/v2/tailnet/-/devices`, { headers: AUTH })).json()) as {
      devices: object[];
    };
    expect(some.devices[0]).not.toHaveProperty('enabledRoutes');
    const users = (await (await fetch(`${ts.url}/api/v2/tailnet/-/users`, { headers: AUTH })).json()) as {
      users: Array<{ loginName: string }>;
    };
    expect(users.users.map((u) => u.loginName)).toEqual(['alice@example.com', 'bob@example.com']);
  });
});

describe('faults and the request log', () => {
  it('answers a queued status fault with Retry-After, then recovers', async () => {
    const ts = await start();
    ts.fail('GET acl', { status: 429, retryAfter: '2' });
    const limited = await fetch(acl(ts), { headers: AUTH });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await fetch(acl(ts), { headers: AUTH })).status).toBe(200);
    expect(ts.requests.map((r) => [r.route, r.status])).toEqual([
      ['GET acl', 429],
      ['GET acl', 200],
    ]);
  });

  it('fails persistently with times: Infinity', async () => {
    const ts = await start();
    ts.fail('POST validate', { status: 503, times: Infinity });
    for (let i = 0; i < 3; i++) expect((await post(acl(ts, '/validate'), POLICY)).status).toBe(503);
    expect(ts.pendingFaults).toBe(1);
    expect((await fetch(acl(ts), { headers: AUTH })).status).toBe(200);
    ts.clearFaults();
    expect((await post(acl(ts, '/validate'), POLICY)).status).toBe(200);
  });

  it('delays an answer', async () => {
    const ts = await start();
    ts.fail('GET acl', { delayMs: 150 });
    const started = Date.now();
    expect((await fetch(acl(ts), { headers: AUTH })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection so the client sees a network error', async () => {
    const ts = await start();
    ts.fail('POST acl', { drop: true });
    await expect(post(acl(ts), POLICY)).rejects.toThrow();
    expect(ts.writes).toBe(0);
    expect(ts.requests[0]).toMatchObject({ method: 'POST', route: 'POST acl', status: 0, body: POLICY });
  });

  it('records lower-cased headers, query and body', async () => {
    const ts = await start();
    await fetch(`${ts.url}/api/v2/tailnet/-/devices?fields=all`, { headers: { ...AUTH, 'X-Trace': 'abc' } });
    expect(ts.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/v2/tailnet/-/devices',
      query: { fields: 'all' },
      status: 200,
    });
    expect(ts.requests[0]!.headers['x-trace']).toBe('abc');
  });
});
