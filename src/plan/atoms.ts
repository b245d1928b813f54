// The finite set of endpoints ("atoms") the plan evaluates: every user, tag, SCIM group and
// Service either policy names, and the address space cut into elementary intervals at every
// boundary either policy (or the engine's built-in ranges) draws, so that every address of an
// interval is treated alike by both policies. With a tailnet description, devices replace
// users and tags. Each atom carries the text a test would use for it, so that a reported change
// can be turned into a test the engine evaluates.

import { resolveDestinationHost } from '../policy/endpoints.js';
import { contains, formatAddress, unionAll, type Address, type Family, type IPSet, type Range } from '../policy/ip.js';
import type { NetworkRule } from '../policy/compile.js';
import type { Policy, Text } from '../policy/model.js';
import { devicePrincipal, type Principal } from '../policy/principal.js';
import { splitDestination } from '../policy/ports.js';
import { internetRanges, tailscaleDeviceRanges } from '../policy/ranges.js';
import { classify } from '../policy/selectors.js';
import type { Tailnet } from '../policy/tailnet.js';
import { loginDomain, normalizeLogin } from '../policy/unsure.js';
import type { PlanBudget } from './budget.js';
import type { Side } from './side.js';

export type AtomKind = 'user' | 'tag' | 'scim' | 'service' | 'address' | 'device';

export interface Atom {
  id: number;
  kind: AtomKind;
  /** What a test accepts for this endpoint: a login, a tag, a group, an IP address, a Service. */
  text: string;
  /** How the plan shows it. */
  label: string;
  /** Address and device atoms: the family of `text`. */
  family?: Family;
  /** Address atoms: the interval they stand for. */
  range?: Range;
  /**
   * The IPv6 address of a dual-stack device, where rules name device addresses (see `twinsMatter`):
   * the id of the device's own atom, its IPv4 address.
   */
  twin?: number;
  /**
   * A twin whose device a rule names by address (either of them). Two twins of which neither is
   * named fare as their devices do, every rule reading them by name alone: their pair says what
   * the devices' pair says, and is not asked.
   */
  named?: true;
  /** Device atoms: the owner's login (untagged devices) and tags. */
  owner?: string;
  tags?: readonly string[];
  /**
   * A login the plan made up to stand for users the policies do not name: no test may name it,
   * since the server fails a test of a user with no device (§5.2).
   */
  madeUp?: true;
  /** The principal a test resolves `text` to, before and after; undefined where a test cannot resolve it. */
  principals: [Principal | undefined, Principal | undefined];
}

export interface Universe {
  atoms: Atom[];
  /** Atom id by principal key (device keys without their family suffix). */
  byKey: Map<string, number>;
  /** Address atoms per family, sorted, for finding the atom of any address. */
  intervals: Record<Family, Atom[]>;
  /** Offline: the atom standing for unnamed users, by the domain selectors look at ('' for any other domain). */
  otherUsers: Map<string, number>;
}

const MAX: Record<Family, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

/**
 * Every selector-like string of a policy, into `plain` (rule endpoints, test sources, group
 * members, tag owners) and `hostPorts` (`host:port` destinations). Tests repeat their
 * endpoints: the sets keep each text once, so that each is read once.
 */
function texts(policy: Policy, plain: Set<string>, hostPorts: Set<string>): void {
  for (const rule of policy.acls ?? []) {
    addTexts(rule.src, plain);
    addTexts(rule.dst, hostPorts);
  }
  for (const grant of policy.grants ?? []) {
    addTexts(grant.src, plain);
    addTexts(grant.dst, plain);
  }
  for (const rule of policy.ssh) {
    addTexts(rule.src, plain);
    addTexts(rule.dst, plain);
  }
  for (const test of policy.tests) {
    if (test.src !== undefined) plain.add(test.src.text);
    addTexts(test.accept, hostPorts);
    addTexts(test.deny, hostPorts);
  }
  for (const test of policy.sshTests) {
    if (test.src !== undefined) plain.add(test.src.text);
    addTexts(test.dst, plain);
  }
  for (const list of policy.groups) addTexts(list.items, plain);
  for (const list of policy.tagOwners) addTexts(list.items, plain);
  for (const tag of policy.tagOwners) plain.add(tag.name.text);
}

/** Indexed, not for-of: this runs for every list of both policies, before V8 optimises it. */
function addTexts(list: readonly Text[], into: Set<string>): void {
  for (let i = 0; i < list.length; i++) into.add(list[i]!.text);
}

interface Names {
  users: Set<string>;
  /** Domains of `user:*@domain` selectors: a login's domain matters only for them. */
  domains: Set<string>;
  tags: Set<string>;
  scim: Set<string>;
  services: Set<string>;
}

function names(sides: readonly Side[]): Names {
  const found: Names = { users: new Set(), domains: new Set(), tags: new Set(), scim: new Set(), services: new Set() };
  const [plain, hostPorts] = [new Set<string>(), new Set<string>()];
  for (const side of sides) texts(side.policy, plain, hostPorts);
  const hosts = [...hostPorts].map((text) => {
    const split = splitDestination(text);
    return split.ok ? split.value.host : text;
  });
  for (const text of new Set([...plain, ...hosts].map((t) => t.trim()))) {
    const s = classify(text);
    if (s.kind === 'user') found.users.add(normalizeLogin(s.login));
    else if (s.kind === 'tag') found.tags.add(s.name);
    else if (s.kind === 'service') found.services.add(s.name);
    else if (s.kind === 'domain') found.domains.add(s.domain.toLowerCase());
    else if (s.kind === 'group' && s.scim) found.scim.add(s.name);
  }
  for (const side of sides) for (const g of side.env.context.groups.keys()) found.scim.delete(g);
  return found;
}

/** Every distinct address set the rules of either side compare addresses with. */
function ruleAddressSets(sides: readonly Side[]): Set<IPSet> {
  // Each set once: rules naming one ipset share its set, and N of them would add it N times.
  const added = new Set<IPSet>();
  const seen = new Set<readonly NetworkRule[]>();
  for (const side of sides) {
    // A capability's value channels hold rules of its name's channel: those alone are enough.
    const named = [...side.apps.values()].filter((app) => app.value === undefined).map((app) => app.channel);
    for (const channel of [side.network, ...named]) {
      // Rules compiled once for both sides (shared-rules.ts) draw their boundaries once.
      const skip = seen.has(channel.shared) ? channel.shared.length : 0;
      seen.add(channel.shared);
      for (let i = skip; i < channel.rules.length; i++) {
        const rule = channel.rules[i]!;
        added.add(rule.src.addresses);
        if (rule.src.internetDependent !== undefined) added.add(rule.src.internetDependent);
        for (const target of rule.targets) {
          added.add(target.dst.addresses);
          if (target.dst.internetDependent !== undefined) added.add(target.dst.internetDependent);
        }
      }
    }
  }
  return added;
}

/** Boundaries of every address set the engine compares addresses with, per family. */
function boundaries(
  sides: readonly Side[],
  ruleSets: ReadonlySet<IPSet>,
  points: readonly { family: Family; value: bigint }[],
): Record<Family, bigint[]> {
  const cuts: Record<Family, Set<bigint>> = { 4: new Set([0n]), 6: new Set([0n]) };
  const addRange = (family: Family, r: IPSet['v4'][number]): void => {
    cuts[family].add(r.lo);
    if (r.hi < MAX[family]) cuts[family].add(r.hi + 1n);
  };
  // forEach, not for-of: this runs for every address set of both policies, mostly before V8
  // optimises it, where each step of a for-of makes an iterator result.
  const addSet = (set: IPSet): void => {
    set.v4.forEach((r) => addRange(4, r));
    set.v6.forEach((r) => addRange(6, r));
  };
  addSet(tailscaleDeviceRanges());
  addSet(internetRanges());
  for (const side of sides) {
    if (side.env.match.approvedRoutes !== undefined) addSet(side.env.match.approvedRoutes);
    // autogroup:internet leaves them out, and an ipset's may or may not (match.ts).
    if (side.env.match.ownRoutes !== undefined) addSet(side.env.match.ownRoutes);
  }
  ruleSets.forEach(addSet);
  for (const p of points) {
    cuts[p.family].add(p.value);
    if (p.value < MAX[p.family]) cuts[p.family].add(p.value + 1n);
  }
  const sorted = (s: Set<bigint>): bigint[] => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { 4: sorted(cuts[4]), 6: sorted(cuts[6]) };
}

/** `a/b` when the range is exactly one prefix, else `lo-hi` (the ipset range syntax). */
export function rangeText(family: Family, range: Range): string {
  const at = (value: bigint): string => formatAddress({ family, value });
  if (range.lo === range.hi) return at(range.lo);
  const size = range.hi - range.lo + 1n;
  const bits = size.toString(2).length - 1;
  const aligned = (size & (size - 1n)) === 0n && range.lo % size === 0n;
  return aligned ? `${at(range.lo)}/${(family === 4 ? 32 : 128) - bits}` : `${at(range.lo)}-${at(range.hi)}`;
}

/** Host aliases standing for exactly one address, by address, for labels. */
function hostNames(sides: readonly Side[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const side of [...sides].reverse()) {
    for (const name of side.env.context.singleAddressHosts) {
      const prefix = side.env.context.hosts.get(name);
      if (prefix === undefined) continue;
      const key = `${prefix.family}/${prefix.value}`;
      if (!out.has(key)) out.set(key, name);
    }
  }
  return out;
}

/** The one principal a test resolves `text` to on a side, or undefined. */
function principalOf(text: string, side: Side): Principal | undefined {
  const endpoint = resolveDestinationHost(text, side.env);
  return endpoint.ok && endpoint.principals.length === 1 ? endpoint.principals[0] : undefined;
}

/** A principal key without its family suffix (`/4`, `/6`): a device's two keys name one atom. */
export function familyless(key: string): string {
  const end = key.length - 2;
  return key.charCodeAt(end) === 0x2f && (key[end + 1] === '4' || key[end + 1] === '6') ? key.slice(0, end) : key;
}

export function buildUniverse(before: Side, after: Side, budget: PlanBudget): Universe {
  const sides = [before, after];
  const tailnet = after.env.tailnet;
  const universe: Universe = { atoms: [], byKey: new Map(), intervals: { 4: [], 6: [] }, otherUsers: new Map() };
  const add = (
    atom: Omit<Atom, 'id' | 'principals'>,
    principals: Atom['principals'] = [principalOf(atom.text, before), principalOf(atom.text, after)],
  ): Atom | undefined => {
    budget.step();
    budget.atoms(universe.atoms.length + 1);
    const key = (principals[0] ?? principals[1])?.key;
    if (key === undefined) return undefined;
    const full: Atom = { ...atom, id: universe.atoms.length, principals };
    universe.atoms.push(full);
    // A device's atom stands for both its keys; its IPv6 address's own atom, for its key in IPv6.
    if (!universe.byKey.has(familyless(key))) universe.byKey.set(familyless(key), full.id);
    else universe.byKey.set(key, full.id);
    return full;
  };
  const found = names(sides);
  const ruleSets = ruleAddressSets(sides);
  let devices: Pick<Cuts, 'devicePoints' | 'twins'> = { devicePoints: [], twins: new Map() };
  if (tailnet === undefined) {
    for (const login of [...found.users].sort()) add({ kind: 'user', text: login, label: login });
    for (const login of otherUsers(found)) {
      const atom = add({ kind: 'user', text: login, label: `any other user (${login})`, madeUp: true });
      const domain = loginDomain(login);
      if (atom !== undefined) universe.otherUsers.set(found.domains.has(domain) ? domain : '', atom.id);
    }
    for (const tag of [...found.tags].sort()) add({ kind: 'tag', text: tag, label: tag });
  } else {
    devices = addDevices(tailnet, sides, ruleSets, add);
  }
  for (const group of [...found.scim].sort()) add({ kind: 'scim', text: group, label: group });
  for (const service of [...found.services].sort()) add({ kind: 'service', text: service, label: service });
  const devicePoints = [
    ...devices.devicePoints,
    ...[...devices.twins.keys()].map((value) => ({ family: 6 as const, value })),
  ];
  addIntervals(universe, { sides, ruleSets, devicePoints, twins: devices.twins }, add);
  return universe;
}

type AddAtom = (atom: Omit<Atom, 'id' | 'principals'>, principals?: Atom['principals']) => Atom | undefined;

/** A tailnet's devices as atoms, each by its IPv4 address (or its IPv6 one, where it has no other), and their twins. */
function addDevices(
  tailnet: Tailnet,
  [before, after]: readonly Side[],
  ruleSets: ReadonlySet<IPSet>,
  add: AddAtom,
): Pick<Cuts, 'devicePoints' | 'twins'> {
  const devicePoints: { family: Family; value: bigint }[] = [];
  const twins = new Map<bigint, { name: string; device: number; named: boolean }>();
  const addressed = unionAll([...ruleSets]);
  for (const device of tailnet.devices) {
    const address = device.v4 ?? device.v6;
    if (address === undefined) continue;
    devicePoints.push(address);
    const text = formatAddress(address);
    const atom: Omit<Atom, 'id' | 'principals'> = {
      kind: 'device',
      text,
      label: `${device.name} (${text})`,
      family: address.family,
      tags: [...device.tags],
    };
    if (device.login !== undefined) atom.owner = device.login;
    // What a test resolves the address to (addressEndpoint): the device found there, the last
    // of those sharing it; made here, not by classifying and parsing the text again.
    const at = tailnet.deviceAt(address)!;
    const made = add(
      atom,
      [before!, after!].map((side) => devicePrincipal(at, side.env.context, address.family)) as Atom['principals'],
    );
    if (made !== undefined && device.v4 !== undefined && device.v6 !== undefined) {
      const named = contains(addressed, device.v4) || contains(addressed, device.v6);
      twins.set(device.v6.value, { name: device.name, device: made.id, named });
    }
  }
  if (!twinsMatter(addressed, tailnet.devices)) twins.clear();
  return { devicePoints, twins };
}

/**
 * Whether a device's IPv6 address can fare otherwise than its IPv4 address, which is the atom of
 * the device that tests of its owner or tags ask about. It can where a rule names a device's
 * address (or a range holding one), or any IPv6 address, which only an IPv6 address reaches, and
 * where some device has only an IPv6 address. Each dual-stack device's IPv6 address then is an
 * atom of its own (`twin`), and its access is listed where it differs from the device's.
 */
function twinsMatter(named: IPSet, devices: readonly { v4?: Address; v6?: Address }[]): boolean {
  if (named.v6.length > 0 || devices.some((device) => device.v4 === undefined)) return true;
  return devices.some((device) => device.v4 !== undefined && contains(named, device.v4));
}

/**
 * Logins standing for every user the policies do not name: all such users are alike, except
 * for the domain `user:*@domain` selectors look at; so one per such domain, and one elsewhere.
 */
function otherUsers(found: Names): string[] {
  const domains = [...found.domains].sort();
  const named = [...found.users].map(loginDomain);
  domains.push(
    named.find((d) => !found.domains.has(d)) ?? (found.domains.has('example.com') ? 'example.invalid' : 'example.com'),
  );
  return domains.map((domain) => {
    let login = `another-user@${domain}`;
    for (let n = 2; found.users.has(login); n++) login = `another-user${n}@${domain}`;
    return login;
  });
}

interface Cuts {
  sides: readonly Side[];
  ruleSets: ReadonlySet<IPSet>;
  /** Device addresses: each its own interval. */
  devicePoints: readonly { family: Family; value: bigint }[];
  /** Dual-stack devices' IPv6 addresses made atoms, by value: the device's name and atom, and whether a rule names it. */
  twins: ReadonlyMap<bigint, { name: string; device: number; named: boolean }>;
}

function addIntervals(
  universe: Universe,
  { sides, ruleSets, devicePoints, twins }: Cuts,
  add: (atom: Omit<Atom, 'id' | 'principals'>) => Atom | undefined,
): void {
  const cuts = boundaries(sides, ruleSets, devicePoints);
  const devices = new Set(devicePoints.map((p) => `${p.family}/${p.value}`));
  const hosts = hostNames(sides);
  for (const family of [4, 6] as const) {
    const points = cuts[family];
    points.forEach((lo, i) => {
      const hi = i + 1 < points.length ? points[i + 1]! - 1n : MAX[family];
      const twin = family === 6 && lo === hi ? twins.get(lo) : undefined;
      if (lo === hi && twin === undefined && devices.has(`${family}/${lo}`)) return;
      const range = { lo, hi };
      const name = twin?.name ?? (lo === hi ? hosts.get(`${family}/${lo}`) : undefined);
      const shown = rangeText(family, range);
      const atom = add({
        kind: 'address',
        text: formatAddress({ family, value: lo }),
        label: name === undefined ? shown : `${name} (${shown})`,
        family,
        range,
        ...(twin && { twin: twin.device }),
        ...(twin?.named === true && { named: true as const }),
      });
      if (atom !== undefined) universe.intervals[family].push(atom);
    });
  }
}

/** The address atom holding an address (intervals cover the whole space). */
export function intervalAt(universe: Universe, family: Family, value: bigint): Atom | undefined {
  const list = universe.intervals[family];
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const range = list[mid]!.range!;
    if (value < range.lo) high = mid - 1;
    else if (value > range.hi) low = mid + 1;
    else return list[mid];
  }
  return undefined;
}
