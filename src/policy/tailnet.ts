// A topology indexed for evaluation: devices by owner, tag and address.

import { parseAddress, parsePrefix, prefixSet, type Address, type IPSet, type Prefix } from './ip.js';
import { pushTo } from './lists.js';
import type { Topology } from './topology.js';
import { normalizeLogin, tailnetDomains } from './unsure.js';

export interface Device {
  name: string;
  /** Normalised owner login for untagged devices. */
  login?: string;
  tags: ReadonlySet<string>;
  v4?: Address;
  v6?: Address;
  /** False for devices of users shared into the tailnet. */
  member: boolean;
  /** The owner's role autogroup names; undefined when the topology does not say. */
  roles?: ReadonlySet<string>;
}

export interface Tailnet {
  devices: readonly Device[];
  userDevices(login: string): readonly Device[];
  taggedDevices(tag: string): readonly Device[];
  deviceAt(address: Address): Device | undefined;
  /** Approved subnet routes (not exit routes): part of what `*` means as a source. */
  approvedRoutes: IPSet;
  knownLogins: ReadonlySet<string>;
  domains?: readonly string[];
}

/** Role autogroups a tailnet role belongs to. */
function rolesOf(role: string | undefined): ReadonlySet<string> | undefined {
  if (role === undefined) return undefined;
  return new Set([role]);
}

const addressKey = (a: Address): string => `${a.family}/${a.value}`;

export function buildTailnet(topology: Topology): Tailnet {
  const usersByName = new Map(topology.users.map((u) => [u.name, u]));
  const devices: Device[] = [];
  const byLogin = new Map<string, Device[]>();
  const byTag = new Map<string, Device[]>();
  const byAddress = new Map<string, Device>();
  const routes: Prefix[] = [];
  for (const [name, node] of Object.entries(topology.nodes)) {
    const user = node.user === undefined ? undefined : usersByName.get(node.user);
    const tagged = node.tags.length > 0;
    const device: Device = { name, tags: new Set(node.tags), member: user?.type !== 'shared' };
    if (!tagged && user !== undefined) {
      device.login = normalizeLogin(user.email !== '' ? user.email : user.name);
      const roles = rolesOf(user.role);
      if (roles !== undefined) device.roles = roles;
    }
    if (node.ipv4 !== undefined) device.v4 = parseAddress(node.ipv4);
    if (node.ipv6 !== undefined) device.v6 = parseAddress(node.ipv6);
    devices.push(device);
    // Appended in place: copying the list per device made a tailnet whose devices share a tag
    // or an owner cost the square of their number.
    if (device.login !== undefined) pushTo(byLogin, device.login, device);
    for (const tag of node.tags) pushTo(byTag, tag, device);
    for (const a of [device.v4, device.v6]) if (a !== undefined) byAddress.set(addressKey(a), device);
    for (const route of node.approved_routes ?? []) {
      const prefix = parsePrefix(route);
      if (prefix !== undefined && prefix.bits > 0) routes.push(prefix);
    }
  }
  const logins = topology.users.map((u) => ({ login: u.email !== '' ? u.email : u.name, role: u.role }));
  const tailnet: Tailnet = {
    devices,
    userDevices: (login) => byLogin.get(normalizeLogin(login)) ?? [],
    taggedDevices: (tag) => byTag.get(tag) ?? [],
    deviceAt: (address) => byAddress.get(addressKey(address)),
    approvedRoutes: prefixSet(routes),
    knownLogins: new Set(logins.map((u) => normalizeLogin(u.login))),
  };
  const domains = tailnetDomains(
    logins.filter((u) => u.login.includes('@')),
    topology.domains,
  );
  if (domains !== undefined) tailnet.domains = domains;
  return tailnet;
}
