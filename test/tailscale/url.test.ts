import { expect, it } from 'vitest';
import { apiEndpoint } from '../../src/tailscale/url.js';

it.each([
  ['https://api.tailscale.com/', '/api/v2/tailnet/-/acl', 'https://api.tailscale.com/api/v2/tailnet/-/acl'],
  ['https://proxy.example/tailscale', '/api/v2/oauth/token', 'https://proxy.example/tailscale/api/v2/oauth/token'],
  [
    'http://127.0.0.1:8080/',
    '/api/v2/tailnet/-/devices?fields=all',
    'http://127.0.0.1:8080/api/v2/tailnet/-/devices?fields=all',
  ],
])('%s + %s', (base, path, href) => {
  expect(apiEndpoint(new URL(base), path).href).toBe(href);
});
