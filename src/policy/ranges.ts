// Well-known address ranges Tailscale gives special meaning to. Built on first use and kept.

import { parsePrefix, prefixSet, subtract, type IPSet, type Prefix } from './ip.js';

function prefix(text: string): Prefix {
  const parsed = parsePrefix(text);
  if (parsed === undefined) throw new Error(`bad built-in prefix ${text}`);
  return parsed;
}

function set(...texts: string[]): IPSet {
  return prefixSet(texts.map(prefix));
}

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Where tailnet devices get their addresses: CGNAT without the ChromeOS VM range, and the ULA. */
export const tailscaleDeviceRanges = once(() =>
  subtract(set('100.64.0.0/10', 'fd7a:115c:a1e0::/48'), set('100.115.92.0/23')),
);

/** What `autogroup:internet` stands for: the public internet reached through exit nodes. */
export const internetRanges = once(() =>
  subtract(
    set('0.0.0.0/0', '2000::/3'),
    set('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'),
  ),
);

/** Ranges a nodeAttrs ipPool may not touch. */
export const ipPoolReserved = once(() => [prefix('100.100.100.0/24'), prefix('100.115.92.0/23')]);

export const cgnat = once(() => set('100.64.0.0/10'));
