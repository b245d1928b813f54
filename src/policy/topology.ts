// The tailnet description the engine evaluates tests against: the `topology` shape of the
// conformance captures, its validation, and a converter from Tailscale API list responses.

import { parseAddress, parsePrefix } from './ip.js';

/** A tailnet user. `name` is what nodes refer to; `email` is the login used in policies. */
export interface TopologyUser {
  id?: number | string;
  name: string;
  email: string;
  /**
   * Tailnet role (`owner`, `admin`, `network-admin`, `it-admin`, `billing-admin`, `auditor`,
   * `member`); unknown when absent.
   */
  role?: string;
  /** `shared` for users of devices shared into the tailnet; members otherwise. */
  type?: 'member' | 'shared';
}

/** A device. Untagged devices name their owner in `user` (the user's `name`). */
export interface TopologyNode {
  hostname: string;
  tags: string[];
  ipv4?: string;
  ipv6?: string;
  user?: string;
  routable_ips?: string[] | null;
  approved_routes?: string[] | null;
}

/** Users and devices of a tailnet; `domains` optionally lists the tailnet's own login domains. */
export interface Topology {
  users: TopologyUser[];
  nodes: Record<string, TopologyNode>;
  domains?: string[];
}

/** A topology that does not have the expected shape; the message names the JSON path. */
export class TopologyError extends Error {
  override readonly name = 'TopologyError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expect(condition: boolean, path: string, what: string, value: unknown): void {
  if (!condition) throw new TopologyError(`${path}: expected ${what}, got ${JSON.stringify(value) ?? 'nothing'}`);
}

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
  const nodes: Record<string, TopologyNode> = {};
  for (const [name, node] of Object.entries(root.nodes as Json))
    nodes[name] = parseNode(node, `topology.nodes[${JSON.stringify(name)}]`, names);
  const topology: Topology = { users, nodes };
  if (root.domains !== undefined) topology.domains = stringList(root.domains, 'topology.domains');
  return topology;
}

function listOf(response: unknown, key: string, what: string): Json[] {
  const list = Array.isArray(response) ? response : isObject(response) ? response[key] : undefined;
  expect(Array.isArray(list) && list.every(isObject), what, `a list of objects or {"${key}": [...]}`, response);
  return list as Json[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Converts `GET /tailnet/-/users` and `GET /tailnet/-/devices?fields=all` responses into a
 * topology. Users are named by login; devices by MagicDNS short name (made unique).
 */
export function topologyFromApi(usersResponse: unknown, devicesResponse: unknown): Topology {
  const users: TopologyUser[] = [];
  const byLogin = new Map<string, TopologyUser>();
  for (const u of listOf(usersResponse, 'users', 'users response')) {
    const login = str(u.loginName);
    if (login === undefined || byLogin.has(login)) continue;
    const user: TopologyUser = { name: login, email: login };
    if (typeof u.id === 'number' || typeof u.id === 'string') user.id = u.id;
    if (str(u.role) !== undefined) user.role = u.role as string;
    if (u.type === 'shared' || u.type === 'member') user.type = u.type;
    users.push(user);
    byLogin.set(login, user);
  }
  const nodes: Record<string, TopologyNode> = {};
  for (const d of listOf(devicesResponse, 'devices', 'devices response')) {
    const tags = Array.isArray(d.tags) ? d.tags.filter((t): t is string => typeof t === 'string') : [];
    const owner = str(d.user);
    if (tags.length === 0 && owner === undefined) continue;
    const node: TopologyNode = { hostname: str(d.hostname) ?? str(d.name) ?? 'device', tags };
    const addresses = Array.isArray(d.addresses) ? d.addresses.filter((a): a is string => typeof a === 'string') : [];
    const ipv4 = addresses.find((a) => parseAddress(a)?.family === 4);
    const ipv6 = addresses.find((a) => parseAddress(a)?.family === 6);
    if (ipv4 !== undefined) node.ipv4 = ipv4;
    if (ipv6 !== undefined) node.ipv6 = ipv6;
    if (tags.length === 0 && owner !== undefined) {
      if (!byLogin.has(owner)) {
        const user: TopologyUser = { name: owner, email: owner, type: d.isExternal === true ? 'shared' : 'member' };
        users.push(user);
        byLogin.set(owner, user);
      }
      node.user = owner;
    }
    node.routable_ips = routes(d.advertisedRoutes);
    node.approved_routes = routes(d.enabledRoutes);
    nodes[uniqueName(nodes, str(d.name)?.split('.')[0] ?? node.hostname)] = node;
  }
  return { users, nodes };
}

function routes(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((r): r is string => typeof r === 'string' && parsePrefix(r) !== undefined)
    : [];
}

function uniqueName(nodes: Record<string, TopologyNode>, base: string): string {
  if (!(base in nodes)) return base;
  let n = 2;
  while (`${base}-${n}` in nodes) n++;
  return `${base}-${n}`;
}
