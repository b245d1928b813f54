// Shared fixtures: a small tailnet like the captures' one, and a policy runner.

import { parse } from '../../src/hujson/index.js';
import { checkPolicy, type PolicyReport, type Topology } from '../../src/policy/index.js';

export const DEFINITIONS = {
  groups: {
    'group:admins': ['odin@example.com'],
    'group:developers': ['thor@example.org', 'odin@example.com'],
    'group:empty': [],
  },
  hosts: { webserver: '100.64.0.16', prodbox: '100.103.8.15', internal: '10.0.0.0/8', srv6: 'fd7a:115c:a1e0::10' },
  tagOwners: {
    'tag:server': ['odin@example.com'],
    'tag:client': ['odin@example.com'],
    'tag:prod': ['odin@example.com'],
    'tag:router': ['odin@example.com'],
    'tag:exit': ['odin@example.com'],
  },
};

/** odin and freya (example.com), thor (example.org); tagged servers, a client and a router. */
export const TOPOLOGY: Topology = {
  users: [
    { id: 1, name: 'odin', email: 'odin@example.com' },
    { id: 2, name: 'thor', email: 'thor@example.org' },
    { id: 3, name: 'freya', email: 'freya@example.com' },
  ],
  nodes: {
    beedrill: { hostname: 'beedrill', tags: ['tag:server'], ipv4: '100.64.0.16', ipv6: 'fd7a:115c:a1e0::10' },
    bulbasaur: { hostname: 'bulbasaur', tags: [], user: 'odin', ipv4: '100.64.0.19', ipv6: 'fd7a:115c:a1e0::13' },
    ivysaur: { hostname: 'ivysaur', tags: [], user: 'thor', ipv4: '100.64.0.17', ipv6: 'fd7a:115c:a1e0::11' },
    venusaur: { hostname: 'venusaur', tags: [], user: 'freya', ipv4: '100.64.0.18', ipv6: 'fd7a:115c:a1e0::12' },
    weedle: { hostname: 'weedle', tags: ['tag:client'], ipv4: '100.64.0.14', ipv6: 'fd7a:115c:a1e0::e' },
    kakuna: { hostname: 'kakuna', tags: ['tag:prod'], ipv4: '100.64.0.15', ipv6: 'fd7a:115c:a1e0::f' },
    squirtle: {
      hostname: 'squirtle',
      tags: ['tag:router'],
      ipv4: '100.64.0.13',
      ipv6: 'fd7a:115c:a1e0::d',
      approved_routes: ['10.33.0.0/16'],
    },
  },
};

export function check(policy: string | object, topology?: Topology): PolicyReport {
  const text = typeof policy === 'string' ? policy : JSON.stringify({ ...DEFINITIONS, ...policy });
  return checkPolicy(parse(text), topology === undefined ? {} : { topology });
}

/** The first validation error, as the server would report it. */
export function firstError(policy: string | object, topology?: Topology): string | undefined {
  return check(policy, topology).errors[0]?.message;
}
