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
  if (!condition) throw new TopologyError(`${path}: expected ${what}, got ${shown(value)}`);
}

/** The longest quote of a wrong value in a message: a bad entry of a large file, not the file. */
const SHOWN_CHARACTERS = 80;

/**
 * The value as JSON, cut to SHOWN_CHARACTERS. Written only that far: the whole of a 10 MB value
 * would make a 10 MB message, and JSON.stringify of one nested 100,000 deep overflows the stack.
 */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  let out = '';
  const write = (v: unknown): void => {
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length && out.length <= SHOWN_CHARACTERS; i++) {
        if (i > 0) out += ',';
        write(v[i]);
      }
      out += ']';
    } else if (isObject(v)) {
      out += '{';
      for (const key in v) {
        if (out.length > SHOWN_CHARACTERS) break;
        out += `${out.endsWith('{') ? '' : ','}${JSON.stringify(key)}:`;
        write(v[key]);
      }
      out += '}';
    } else {
      out += JSON.stringify(v) ?? 'null';
    }
  };
  write(value);
  return out.length > SHOWN_CHARACTERS ? `${out.slice(0, SHOWN_CHARACTERS - 3)}...` : out;
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
  const nodes = new Map<string, TopologyNode>();
  const suffixes = new Map<string, number>();
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
    nodes.set(uniqueName(nodes, suffixes, str(d.name)?.split('.')[0] ?? node.hostname), node);
  }
  // fromEntries defines each key: a device named __proto__ is a node, not the object's prototype.
  return { users, nodes: Object.fromEntries(nodes) };
}

function routes(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((r): r is string => typeof r === 'string' && parsePrefix(r) !== undefined)
    : [];
}

/**
 * `base`, else the first of `base-2`, `base-3`, … not taken. Each base remembers where its search
 * stopped: 40,000 devices of one name took 131 s when each searched from `-2` again.
 */
function uniqueName(taken: ReadonlyMap<string, unknown>, suffixes: Map<string, number>, base: string): string {
  if (!taken.has(base)) return base;
  let n = suffixes.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n++;
  suffixes.set(base, n + 1);
  return `${base}-${n}`;
}
