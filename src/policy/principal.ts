// Test endpoints as principals: a real device (topology mode) or a synthetic stand-in whose
// unknown facts make matches `unknown` (symbolic mode, docs/policy-semantics.md §7.1).

import type { PolicyContext } from './context.js';
import { contains, formatAddress, type Address, type Family } from './ip.js';
import { tailscaleDeviceRanges } from './ranges.js';
import type { Device } from './tailnet.js';
import type { Tri } from './tri.js';
import { normalizeLogin, UNKNOWN_ADDRESS } from './unsure.js';

/** A known address, or "some address in the Tailscale device range" (offline). */
export type AddressSlot = { kind: 'known'; address: Address } | { kind: 'tailscale' };

export interface Principal {
  /** Memoisation key: equal keys mean identical matching behaviour. */
  key: string;
  /** `user`/`tagged` identities are known; `none` is a bare address; `unknown` may be any device. */
  identity: 'user' | 'tagged' | 'none' | 'unknown';
  /** Normalised login; undefined for an anonymous member of a SCIM group. */
  login?: string;
  groups: ReadonlySet<string>;
  /** False when the principal may belong to policy groups not listed in `groups`. */
  groupsComplete: boolean;
  scimGroup?: string;
  tags: ReadonlySet<string>;
  /** False offline: a device with this tag may carry other tags too. */
  tagsComplete: boolean;
  member: Tri;
  /** Role autogroup names; undefined when unknown. */
  roles?: ReadonlySet<string>;
  service?: string;
  v4?: AddressSlot;
  v6?: AddressSlot;
}

const NONE: ReadonlySet<string> = new Set();

export function slot(principal: Principal, family: Family): AddressSlot | undefined {
  return family === 4 ? principal.v4 : principal.v6;
}

/**
 * Whether the principal is one of the tailnet's own devices, the only sources postures restrict:
 * a tagged device is; a user's is when the user is a member, not when shared in (offline, a login
 * the policy does not list may be either); a bare address is not, unless offline it may be any
 * device (docs/policy-semantics.md §5.7).
 */
export function tailnetDevice(principal: Principal): Tri {
  switch (principal.identity) {
    case 'user':
      return principal.member;
    case 'tagged':
      return 'yes';
    case 'unknown':
      return 'unknown';
    case 'none':
      return 'no';
  }
}

/** The address messages print for an endpoint: IPv4 first, `?` when unknown. */
export function displayAddress(principal: Principal, family?: Family): string {
  const chosen = family === undefined ? (principal.v4 ?? principal.v6) : slot(principal, family);
  return chosen?.kind === 'known' ? formatAddress(chosen.address) : UNKNOWN_ADDRESS;
}

/**
 * Device principals already made, per policy and device (both families, IPv4 only, IPv6 only):
 * a device stands in every test, group and tag that reaches it, and as for synthetic users
 * below, one principal serves them all.
 */
const devicePrincipals = new WeakMap<PolicyContext, WeakMap<Device, (Principal | undefined)[]>>();

export function devicePrincipal(device: Device, context: PolicyContext, only?: Family): Principal {
  let byDevice = devicePrincipals.get(context);
  if (byDevice === undefined) devicePrincipals.set(context, (byDevice = new WeakMap()));
  let made = byDevice.get(device);
  if (made === undefined) byDevice.set(device, (made = [undefined, undefined, undefined]));
  return (made[only === undefined ? 0 : only === 4 ? 1 : 2] ??= newDevicePrincipal(device, context, only));
}

/**
 * The policy groups that list a login, as one set per policy and login: every device of a user,
 * in each address family, and the user's synthetic stand-in share it, never changing it.
 */
const groupSets = new WeakMap<PolicyContext, Map<string, ReadonlySet<string>>>();

function groupsOf(login: string | undefined, context: PolicyContext): ReadonlySet<string> {
  if (login === undefined) return NONE;
  let sets = groupSets.get(context);
  if (sets === undefined) groupSets.set(context, (sets = new Map()));
  let set = sets.get(login);
  if (set === undefined) {
    const groups = context.groupsOfUser.get(login);
    set = groups === undefined ? NONE : new Set(groups);
    sets.set(login, set);
  }
  return set;
}

function newDevicePrincipal(device: Device, context: PolicyContext, only: Family | undefined): Principal {
  const principal: Principal = {
    key: `dev:${device.name}${only === undefined ? '' : `/${only}`}`,
    identity: device.tags.size > 0 ? 'tagged' : 'user',
    groups: groupsOf(device.login, context),
    groupsComplete: true,
    tags: device.tags,
    tagsComplete: true,
    member: device.member ? 'yes' : 'no',
  };
  if (device.login !== undefined) principal.login = device.login;
  if (device.roles !== undefined) principal.roles = device.roles;
  if (device.v4 !== undefined && only !== 6) principal.v4 = { kind: 'known', address: device.v4 };
  if (device.v6 !== undefined && only !== 4) principal.v6 = { kind: 'known', address: device.v6 };
  return principal;
}

/**
 * Synthetic users already made, per policy: a user stands in every group that lists it and in
 * every test that names it; principals are never changed once made, so one serves them all.
 */
const syntheticUsers = new WeakMap<PolicyContext, Map<string, Principal>>();

export function syntheticUser(login: string, context: PolicyContext): Principal {
  let users = syntheticUsers.get(context);
  if (users === undefined) {
    users = new Map();
    syntheticUsers.set(context, users);
  }
  let user = users.get(login);
  if (user === undefined) {
    user = newSyntheticUser(login, context);
    users.set(login, user);
  }
  return user;
}

function newSyntheticUser(login: string, context: PolicyContext): Principal {
  const normalized = normalizeLogin(login);
  return {
    key: `user:${normalized}`,
    identity: 'user',
    login: normalized,
    groups: groupsOf(normalized, context),
    groupsComplete: true,
    tags: NONE,
    tagsComplete: true,
    // A user the policy lists in a group is taken for a member; any other login may be an
    // external (shared-in) user, so offline its membership is unknown (docs/policy-semantics.md §7).
    member: context.groupsOfUser.has(normalized) ? 'yes' : 'unknown',
    v4: { kind: 'tailscale' },
    v6: { kind: 'tailscale' },
  };
}

export function syntheticScimMember(group: string): Principal {
  return {
    key: `scim:${group}`,
    identity: 'user',
    groups: NONE,
    groupsComplete: false,
    scimGroup: group,
    tags: NONE,
    tagsComplete: true,
    member: 'yes',
    v4: { kind: 'tailscale' },
    v6: { kind: 'tailscale' },
  };
}

export function syntheticTagged(tag: string): Principal {
  return {
    key: `tag:${tag}`,
    identity: 'tagged',
    groups: NONE,
    groupsComplete: true,
    tags: new Set([tag]),
    tagsComplete: false,
    member: 'no',
    v4: { kind: 'tailscale' },
    v6: { kind: 'tailscale' },
  };
}

/** A bare address; offline, one inside the Tailscale range may belong to any device. */
export function addressPrincipal(address: Address, offline: boolean): Principal {
  const inTailnet = offline && contains(tailscaleDeviceRanges(), address);
  const principal: Principal = {
    key: `ip:${address.family}/${address.value}`,
    identity: inTailnet ? 'unknown' : 'none',
    groups: NONE,
    groupsComplete: !inTailnet,
    tags: NONE,
    tagsComplete: !inTailnet,
    member: inTailnet ? 'unknown' : 'no',
  };
  if (address.family === 4) principal.v4 = { kind: 'known', address };
  else principal.v6 = { kind: 'known', address };
  return principal;
}

export function servicePrincipal(name: string): Principal {
  return {
    key: `svc:${name}`,
    identity: 'none',
    groups: NONE,
    groupsComplete: true,
    tags: NONE,
    tagsComplete: true,
    member: 'no',
    service: name,
    v4: { kind: 'tailscale' },
    v6: { kind: 'tailscale' },
  };
}

/** The address family a pair is tested in; undefined when they share none. */
export function pairFamily(src: Principal, dst: Principal, preferred: Family): Family | undefined {
  const other: Family = preferred === 4 ? 6 : 4;
  if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined) return preferred;
  return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}
