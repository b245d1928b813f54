// A tailnet description read from a file (the CLI's `--devices`, the conformance captures'
// `topology`): its shape checked field by field, the first bad one named by its JSON path.

import { parseAddress, parsePrefix } from './ip.js';
import { expect, isObject, shown, type Json, type Topology, type TopologyNode, type TopologyUser } from './topology.js';

function stringList(
  value: unknown,
  path: string,
  check?: (s: string) => boolean,
  what = 'a list of strings',
): string[] {
  expect(
    Array.isArray(value) && value.every((v) => typeof v === 'string' && (check === undefined || check(v))),
    path,
    what,
    value,
  );
  return value as string[];
}

function optionalRoutes(value: unknown, path: string): string[] | null | undefined {
  if (value === undefined || value === null) return value;
  return stringList(value, path, (s) => parsePrefix(s) !== undefined, 'a list of CIDR prefixes');
}

function parseUser(value: unknown, path: string): TopologyUser {
  expect(isObject(value), path, 'an object with "name" and "email"', value);
  const user = value as Json;
  expect(typeof user.name === 'string' && user.name !== '', `${path}.name`, 'a non-empty string', user.name);
  expect(typeof user.email === 'string', `${path}.email`, 'a string', user.email);
  expect(user.role === undefined || typeof user.role === 'string', `${path}.role`, 'a string', user.role);
  expect(
    user.type === undefined || user.type === 'member' || user.type === 'shared',
    `${path}.type`,
    '"member" or "shared"',
    user.type,
  );
  const out: TopologyUser = { name: user.name as string, email: user.email as string };
  if (typeof user.id === 'number' || typeof user.id === 'string') out.id = user.id;
  if (typeof user.role === 'string') out.role = user.role;
  if (user.type !== undefined) out.type = user.type as 'member' | 'shared';
  return out;
}

function parseNode(value: unknown, path: string, userNames: ReadonlySet<string>): TopologyNode {
  expect(isObject(value), path, 'an object', value);
  const node = value as Json;
  const tags =
    node.tags === undefined || node.tags === null
      ? []
      : stringList(node.tags, `${path}.tags`, (t) => t.startsWith('tag:'), 'a list of "tag:..." strings');
  const address = (key: 'ipv4' | 'ipv6', family: 4 | 6): string | undefined => {
    const v = node[key];
    if (v === undefined || v === null || v === '') return undefined;
    expect(typeof v === 'string' && parseAddress(v)?.family === family, `${path}.${key}`, `an IPv${family} address`, v);
    return v as string;
  };
  const user = node.user;
  expect(
    user === undefined || user === null || (typeof user === 'string' && (user === '' || userNames.has(user))),
    `${path}.user`,
    'the name of a user in "users"',
    user,
  );
  expect(
    tags.length > 0 || (typeof user === 'string' && user !== ''),
    path,
    'either "tags" or an owning "user"',
    value,
  );
  const out: TopologyNode = { hostname: typeof node.hostname === 'string' ? node.hostname : path, tags };
  const ipv4 = address('ipv4', 4);
  const ipv6 = address('ipv6', 6);
  if (ipv4 !== undefined) out.ipv4 = ipv4;
  if (ipv6 !== undefined) out.ipv6 = ipv6;
  if (typeof user === 'string' && user !== '') out.user = user;
  out.routable_ips = optionalRoutes(node.routable_ips, `${path}.routable_ips`);
  out.approved_routes = optionalRoutes(node.approved_routes, `${path}.approved_routes`);
  return out;
}

/** Validates a topology JSON value; throws TopologyError naming the first bad field. */
export function parseTopology(json: unknown): Topology {
  expect(isObject(json), 'topology', 'an object with "users" and "nodes"', json);
  const root = json as Json;
  expect(Array.isArray(root.users), 'topology.users', 'a list', root.users);
  const users = (root.users as unknown[]).map((u, i) => parseUser(u, `topology.users[${i}]`));
  const names = new Set(users.map((u) => u.name));
  expect(isObject(root.nodes), 'topology.nodes', 'an object of nodes by name', root.nodes);
  // Pairs made into an object by fromEntries, which defines each key: a node named __proto__ stays a node.
  const nodes = Object.entries(root.nodes as Json).map(([name, node]): [string, TopologyNode] => [
    name,
    parseNode(node, `topology.nodes[${shown(name)}]`, names),
  ]);
  const topology: Topology = { users, nodes: Object.fromEntries(nodes) };
  if (root.domains !== undefined) topology.domains = stringList(root.domains, 'topology.domains');
  return topology;
}
