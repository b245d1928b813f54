// The tailnet description the engine evaluates tests against: the `topology` shape of the
// conformance captures, and a converter from Tailscale API list responses. A description read
// from a file is validated by topology-file.ts (the CLI's --devices; the action asks the API).

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

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expect(condition: boolean, path: string, what: string, value: unknown): void {
  if (!condition) throw new TopologyError(`${path}: expected ${what}, got ${JSON.stringify(value) ?? 'nothing'}`);
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
