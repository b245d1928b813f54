import { isIP } from 'node:net';
import { InputError } from '../errors.js';

export const DEFAULT_API_URL = 'https://api.tailscale.com';

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/** Credentials travel only over HTTPS; plain HTTP is allowed to loopback addresses (tests). */
export function parseApiUrl(text: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${label}: "${text}" is not a URL; use e.g. ${DEFAULT_API_URL}`);
  }
  // Checked first, so that no message ever repeats a password given in the URL.
  if (url.username || url.password) {
    throw new InputError(
      `${label}: the URL must not carry a user name or password; pass credentials through their own inputs`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InputError(
      `${label}: "${text}" would send credentials without TLS; use https:// (http:// ` +
        `is allowed only for loopback addresses)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`${label}: "${text}" must start with https://`);
  }
  if (url.search || url.hash) {
    throw new InputError(`${label}: give only scheme, host and path, e.g. ${DEFAULT_API_URL}`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
