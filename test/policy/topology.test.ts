// The topology shape, its validation errors, and the conversion from API list responses.

import { describe, expect, test } from 'vitest';
import { parseTopology, topologyFromApi, TopologyError } from '../../src/policy/index.js';
import { TOPOLOGY } from './helpers.js';

describe('parseTopology', () => {
  test('accepts the captures shape', () => {
    expect(parseTopology(JSON.parse(JSON.stringify(TOPOLOGY)))).toEqual({
      ...TOPOLOGY,
      nodes: Object.fromEntries(
        Object.entries(TOPOLOGY.nodes).map(([name, node]) => [
          name,
          { routable_ips: undefined, approved_routes: undefined, ...node },
        ]),
      ),
    });
  });

  test.each([
    ['not an object', [], 'topology: expected an object with "users" and "nodes", got []'],
    ['users missing', { nodes: {} }, 'topology.users: expected a list, got nothing'],
    [
      'user without name',
      { users: [{ email: 'a@b.c' }], nodes: {} },
      'topology.users[0].name: expected a non-empty string, got nothing',
    ],
    [
      'bad user type',
      { users: [{ name: 'a', email: 'a@b.c', type: 'guest' }], nodes: {} },
      'topology.users[0].type: expected "member" or "shared", got "guest"',
    ],
    ['nodes not an object', { users: [], nodes: [] }, 'topology.nodes: expected an object of nodes by name, got []'],
    [
      'bad IPv4',
      { users: [], nodes: { n: { tags: ['tag:a'], ipv4: 'fd7a::1' } } },
      'topology.nodes["n"].ipv4: expected an IPv4 address, got "fd7a::1"',
    ],
    [
      'unknown owner',
      { users: [], nodes: { n: { tags: [], user: 'ghost' } } },
      'topology.nodes["n"].user: expected the name of a user in "users", got "ghost"',
    ],
    [
      'no owner and no tags',
      { users: [], nodes: { n: { tags: [] } } },
      'topology.nodes["n"]: expected either "tags" or an owning "user", got {"tags":[]}',
    ],
    [
      'bad tag',
      { users: [], nodes: { n: { tags: ['server'] } } },
      'topology.nodes["n"].tags: expected a list of "tag:..." strings, got ["server"]',
    ],
    [
      'bad route',
      { users: [], nodes: { n: { tags: ['tag:a'], approved_routes: ['10.0.0.0'] } } },
      'topology.nodes["n"].approved_routes: expected a list of CIDR prefixes, got ["10.0.0.0"]',
    ],
  ])('%s', (_name, json, message) => {
    expect(() => parseTopology(json)).toThrow(new TopologyError(message));
  });
});

describe('topologyFromApi', () => {
  test('converts the users and devices lists', () => {
    const users = {
      users: [
        { id: '1', loginName: 'amelie@example.com', role: 'admin', type: 'member' },
        { id: '2', loginName: 'bob@example.com' },
      ],
    };
    const devices = {
      devices: [
        {
          addresses: ['100.87.74.78', 'fd7a:115c:a1e0:ac82:4843:ca90:697d:c36e'],
          user: 'amelie@example.com',
          name: 'pangolin.tailfe8c.ts.net',
          hostname: 'pangolin',
          tags: [],
        },
        {
          addresses: ['100.87.74.79'],
          user: 'amelie@example.com',
          name: 'router.tailfe8c.ts.net',
          hostname: 'router',
          tags: ['tag:router'],
          advertisedRoutes: ['10.0.0.0/16', '192.168.1.0/24'],
          enabledRoutes: ['10.0.0.0/16'],
        },
        {
          addresses: ['100.87.74.80'],
          user: 'guest@other.com',
          name: 'shared.tailfe8c.ts.net',
          hostname: 'shared',
          isExternal: true,
        },
        {
          addresses: ['100.87.74.81'],
          user: 'amelie@example.com',
          name: 'pangolin.tailfe8c.ts.net',
          hostname: 'pangolin',
        },
      ],
    };
    expect(topologyFromApi(users, devices)).toEqual({
      users: [
        { id: '1', name: 'amelie@example.com', email: 'amelie@example.com', role: 'admin', type: 'member' },
        { id: '2', name: 'bob@example.com', email: 'bob@example.com' },
        { name: 'guest@other.com', email: 'guest@other.com', type: 'shared' },
      ],
      nodes: {
        pangolin: {
          hostname: 'pangolin',
          tags: [],
          ipv4: '100.87.74.78',
          ipv6: 'fd7a:115c:a1e0:ac82:4843:ca90:697d:c36e',
          user: 'amelie@example.com',
          routable_ips: [],
          approved_routes: [],
        },
        router: {
          hostname: 'router',
          tags: ['tag:router'],
          ipv4: '100.87.74.79',
          routable_ips: ['10.0.0.0/16', '192.168.1.0/24'],
          approved_routes: ['10.0.0.0/16'],
        },
        shared: {
          hostname: 'shared',
          tags: [],
          ipv4: '100.87.74.80',
          user: 'guest@other.com',
          routable_ips: [],
          approved_routes: [],
        },
        'pangolin-2': {
          hostname: 'pangolin',
          tags: [],
          ipv4: '100.87.74.81',
          user: 'amelie@example.com',
          routable_ips: [],
          approved_routes: [],
        },
      },
    });
  });

  test('accepts bare arrays and rejects other shapes', () => {
    expect(topologyFromApi([], [])).toEqual({ users: [], nodes: {} });
    expect(() => topologyFromApi({}, [])).toThrow(
      new TopologyError('users response: expected a list of objects or {"users": [...]}, got {}'),
    );
  });

  test('the converted topology parses', () => {
    const topology = topologyFromApi(
      [{ loginName: 'a@example.com' }],
      [{ addresses: ['100.64.0.1'], user: 'a@example.com', name: 'a.ts.net' }],
    );
    expect(parseTopology(JSON.parse(JSON.stringify(topology)))).toEqual(topology);
  });
});
