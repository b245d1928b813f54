// Selector classification (docs/policy-semantics.md §2.1): what kind of thing a string in
// src/dst/target/owners is.

import { parseAddressOrPrefix, parseAddressRange, type Family, type Prefix, type Range } from './ip.js';

export type RoleAutogroup = 'admin' | 'owner' | 'network-admin' | 'it-admin' | 'billing-admin' | 'auditor';

export const ROLE_AUTOGROUPS: ReadonlySet<string> = new Set<RoleAutogroup>([
  'admin',
  'owner',
  'network-admin',
  'it-admin',
  'billing-admin',
  'auditor',
]);

const OTHER_AUTOGROUPS = new Set([
  'member',
  'members',
  'tagged',
  'self',
  'internet',
  'shared',
  'danger-all',
  'nonroot',
]);

export type Selector =
  | { kind: 'wildcard' }
  | { kind: 'autogroup'; name: string; known: boolean }
  | { kind: 'group'; name: string; scim: boolean }
  | { kind: 'tag'; name: string }
  | { kind: 'ipset'; name: string }
  | { kind: 'service'; name: string }
  | { kind: 'domain'; domain: string }
  | { kind: 'localpart'; domain: string }
  | { kind: 'hostRef'; name: string }
  | { kind: 'prefix'; prefix: Prefix; written: 'address' | 'cidr' }
  | { kind: 'range'; family: Family; range: Range }
  | { kind: 'user'; login: string }
  | { kind: 'host'; name: string };

/**
 * Classifications already made: names (users, groups, tags, hosts) recur across sections,
 * rules, tests and the access plan (addresses too: validation and compilation look at each
 * selector more than once), and classifying tries to parse each as an address. A Selector is
 * never changed once made, so one is shared. Once the memo is full it only answers: no entry is
 * made or dropped, so a policy of unique names makes no garbage.
 */
const classified = new Map<string, Selector>();
const CLASSIFIED_LIMIT = 1 << 15;

/** Classifies a selector (trimmed first); prefixes are checked before `@` because SCIM groups contain one. */
export function classify(raw: string): Selector {
  let selector = classified.get(raw);
  if (selector === undefined) {
    selector = classifyText(raw.trim());
    if (classified.size < CLASSIFIED_LIMIT) classified.set(raw, selector);
  }
  return selector;
}

function classifyText(text: string): Selector {
  if (text === '*') return { kind: 'wildcard' };
  if (text.startsWith('autogroup:')) {
    const name = text.slice('autogroup:'.length);
    const normalized = name === 'members' ? 'member' : name;
    return { kind: 'autogroup', name: normalized, known: ROLE_AUTOGROUPS.has(name) || OTHER_AUTOGROUPS.has(name) };
  }
  if (text.startsWith('group:')) return { kind: 'group', name: text, scim: text.includes('@') };
  if (text.startsWith('tag:')) return { kind: 'tag', name: text };
  if (text.startsWith('ipset:')) return { kind: 'ipset', name: text };
  if (text.startsWith('svc:')) return { kind: 'service', name: text };
  if (text.startsWith('user:*@')) return { kind: 'domain', domain: text.slice('user:*@'.length) };
  // An empty domain makes no pattern: the server took `localpart:*@` as a login name [captured] (§2.2.9).
  if (text.startsWith('localpart:*@') && text.length > 'localpart:*@'.length)
    return { kind: 'localpart', domain: text.slice('localpart:*@'.length) };
  if (text.startsWith('host:')) return { kind: 'hostRef', name: text.slice('host:'.length) };
  const prefix = parseAddressOrPrefix(text);
  if (prefix !== undefined) return { kind: 'prefix', prefix, written: text.includes('/') ? 'cidr' : 'address' };
  const range = parseAddressRange(text);
  if (range !== undefined) return { kind: 'range', ...range };
  if (text.includes('@')) return { kind: 'user', login: text };
  return { kind: 'host', name: text };
}
