import { InputError } from '../errors.js';
import { quoteInput } from './names.js';

export const DEFAULT_API_URL = 'https://api.tailscale.com';

/**
 * localhost, ::1 and 127.0.0.0/8: the only hosts plain HTTP may carry credentials to. `hostname`
 * is a URL's, which the URL parser has already normalised (127.1 becomes 127.0.0.1, [::1] stays).
 */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * `text` quoted for a message, with nothing that may be a user name or password. Messages come
 * before any secret is registered (inputs are read first), so nothing would mask one. Userinfo
 * always ends at an `@`, and text that does not parse has no host to tell where: all between
 * the scheme and the last `@` is left out. Quoted as names are, so a message stays one line.
 */
function shown(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return quoteInput(text);
  const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(text)?.[0] ?? '';
  return quoteInput(`${scheme}***${text.slice(at)}`);
}

/** Credentials travel only over HTTPS; plain HTTP is allowed to loopback addresses (tests). */
export function parseApiUrl(text: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${label}: ${shown(text)} is not a URL; use e.g. ${DEFAULT_API_URL}`);
  }
  // Refused before the checks below, whose messages show the URL (without its userinfo).
  if (url.username || url.password) {
    throw new InputError(
      `${label}: the URL must not carry a user name or password; pass credentials through their own inputs`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InputError(
      `${label}: ${shown(text)} would send credentials without TLS; use https:// (http:// ` +
        `is allowed only for loopback addresses)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`${label}: ${shown(text)} must start with https://`);
  }
  if (url.search || url.hash) {
    throw new InputError(`${label}: give only scheme, host and path, e.g. ${DEFAULT_API_URL}`);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
