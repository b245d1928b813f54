import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../../src/secrets.js';
import { ApiError } from '../../src/errors.js';
import { createAuthenticator } from '../../src/tailscale/auth.js';
import { TailscaleClient } from '../../src/tailscale/client.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../src/http/client.js';

const API = new URL('https://api.tailscale.com');

function answering(response: HttpResponse): { http: HttpClient; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    http: {
      send: async (request) => {
        requests.push(request);
        return response;
      },
      close: async () => undefined,
    },
  };
}

function client(http: HttpClient): TailscaleClient {
  const auth = createAuthenticator(
    { kind: 'api-key', apiKey: 'tskey-api-k' },
    { http, apiUrl: API, secrets: new SecretRegistry(() => undefined), getIdToken: async () => '' },
  );
  return new TailscaleClient({ http, auth, apiUrl: API, tailnet: 'example.com' });
}

describe('TailscaleClient', () => {
  it('reads a 200 that is not JSON as the wrong server, not as a rejected policy', async () => {
    const { http } = answering({ status: 200, headers: {}, body: '<html>sign in</html>' });
    await expect(client(http).validate('{}')).rejects.toThrow(
      new ApiError('validating the policy: the answer is not JSON; check that the API URL is the Tailscale API', 200),
    );
    await expect(client(http).getJson('/users', 'users:read')).rejects.toThrow(
      'reading /users: the answer is not JSON; check that the API URL is the Tailscale API',
    );
  });

  it('treats an empty validate answer as success', async () => {
    const { http, requests } = answering({ status: 200, headers: {}, body: '' });
    expect(await client(http).validate('{}')).toEqual({ message: '', data: [] });
    expect(requests[0]!.url.href).toBe('https://api.tailscale.com/api/v2/tailnet/example.com/acl/validate');
  });

  it('insists on a usable ETag', async () => {
    const { http } = answering({ status: 200, headers: { etag: 'W/"abc"' }, body: '{}' });
    await expect(client(http).getPolicy()).rejects.toThrow(
      'reading the live policy gave no usable ETag header ("W/"abc""); is the API URL the Tailscale API?',
    );
  });

  it('sends the policy bytes as they are, with If-Match', async () => {
    const bytes = Buffer.from('{"acls": []} // café\n');
    const { http, requests } = answering({ status: 200, headers: { etag: `"${'b'.repeat(64)}"` }, body: '' });
    expect(await client(http).setPolicy(bytes, 'a'.repeat(64))).toEqual({ kind: 'written', etag: 'b'.repeat(64) });
    expect(requests[0]!.body).toBe(bytes);
    expect(requests[0]!.headers['if-match']).toBe(`"${'a'.repeat(64)}"`);
  });
});

describe('createAuthenticator', () => {
  it('explains a token endpoint that answers without a token', async () => {
    const { http } = answering({ status: 200, headers: {}, body: '{"ok": true}' });
    const auth = createAuthenticator(
      { kind: 'oauth', clientId: 'id', clientSecret: 'tskey-client-secret' },
      { http, apiUrl: API, secrets: new SecretRegistry(() => undefined), getIdToken: async () => '' },
    );
    await expect(auth.authorization()).rejects.toThrow(
      'the Tailscale token endpoint /api/v2/oauth/token answered without an access_token; check that the API URL is the Tailscale API',
    );
  });
});
