// Name tables built from the definition sections, shared by validation, compilation and tests.

import { prefixSet, setOf, union, subtract, type IPSet, type Prefix } from './ip.js';
import type { Policy } from './model.js';
import { internetRanges } from './ranges.js';
import { classify } from './selectors.js';
import { FULL_LENGTH_PREFIX_IS_SINGLE_ADDRESS, normalizeLogin } from './unsure.js';
import { parsePostureCondition, type PostureCondition } from './posture.js';

export interface PolicyContext {
  /** Policy group → normalised member logins. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** Normalised login → the policy groups that list it. */
  groupsOfUser: ReadonlyMap<string, readonly string[]>;
  tags: ReadonlySet<string>;
  /** Host alias → its prefix; undefined when the value is invalid. */
  hosts: ReadonlyMap<string, Prefix | undefined>;
  /** Host aliases standing for one address, which tests accept as endpoints. */
  singleAddressHosts: ReadonlySet<string>;
  ipsets: ReadonlyMap<string, IPSet>;
  postures: ReadonlyMap<string, readonly PostureCondition[]>;
  defaultSrcPosture?: readonly string[];
}

export function buildContext(policy: Policy): PolicyContext {
  const groups = new Map<string, string[]>();
  const groupsOfUser = new Map<string, string[]>();
  for (const group of policy.groups) {
    const members = [...new Set(group.items.map((m) => m.text.trim()).filter((m) => classify(m).kind === 'user').map(normalizeLogin))];
    groups.set(group.name.text, members);
    for (const login of members) {
      const list = groupsOfUser.get(login) ?? [];
      list.push(group.name.text);
      groupsOfUser.set(login, list);
    }
  }
  const hosts = new Map<string, Prefix | undefined>();
  const singleAddressHosts = new Set<string>();
  for (const host of policy.hosts) {
    const selector = classify(host.value.text);
    hosts.set(host.name.text, selector.kind === 'prefix' ? selector.prefix : undefined);
    if (selector.kind === 'prefix' && isSingleAddress(selector.prefix, selector.written)) singleAddressHosts.add(host.name.text);
  }
  const postures = new Map<string, PostureCondition[]>();
  for (const posture of policy.postures) {
    postures.set(posture.name.text, posture.items.flatMap((c) => parsePostureCondition(c.text) ?? []));
  }
  const context: PolicyContext = {
    groups,
    groupsOfUser,
    tags: new Set(policy.tagOwners.map((t) => t.name.text)),
    hosts,
    singleAddressHosts,
    ipsets: new Map(),
    postures,
    defaultSrcPosture: policy.defaultSrcPosture?.map((p) => p.text),
  };
  context.ipsets = resolveIpsets(policy, hosts);
  return context;
}

/** Whether a host alias value stands for one address (so it can be a test endpoint). */
function isSingleAddress(prefix: Prefix, written: 'address' | 'cidr'): boolean {
  const full = prefix.bits === (prefix.family === 4 ? 32 : 128);
  return full && (written === 'address' || FULL_LENGTH_PREFIX_IS_SINGLE_ADDRESS);
}

/** Applies each ipset's add/remove operations in order; cycles and bad entries resolve to nothing (validation reports them). */
function resolveIpsets(policy: Policy, hosts: ReadonlyMap<string, Prefix | undefined>): Map<string, IPSet> {
  const byName = new Map(policy.ipsets.map((s) => [s.name.text, s.items.map((i) => i.text)]));
  const resolved = new Map<string, IPSet>();
  const visiting = new Set<string>();
  const resolve = (name: string): IPSet => {
    const done = resolved.get(name);
    if (done !== undefined) return done;
    const ops = byName.get(name);
    if (ops === undefined || visiting.has(name)) return { v4: [], v6: [] };
    visiting.add(name);
    let set: IPSet = { v4: [], v6: [] };
    for (const op of ops) {
      const parsed = parseIpsetOperation(op);
      const target = targetSet(parsed.target, hosts, resolve);
      if (target !== undefined) set = parsed.remove ? subtract(set, target) : union(set, target);
    }
    visiting.delete(name);
    resolved.set(name, set);
    return set;
  };
  for (const name of byName.keys()) resolve(name);
  return resolved;
}

export interface IpsetOperation {
  remove: boolean;
  target: string;
  /** Whether the entry started with `add ` or `remove `. */
  explicit: boolean;
}

export function parseIpsetOperation(entry: string): IpsetOperation {
  const trimmed = entry.trim();
  const match = /^(add|remove)\s+(.*)$/s.exec(trimmed);
  if (match === null) return { remove: false, target: trimmed, explicit: false };
  return { remove: match[1] === 'remove', target: match[2]!.trim(), explicit: true };
}

/** The addresses an ipset target stands for, or undefined when it is not a valid target. */
export function targetSet(target: string, hosts: ReadonlyMap<string, Prefix | undefined>, ipset: (name: string) => IPSet): IPSet | undefined {
  if (target === 'autogroup:internet') return internetRanges();
  const selector = classify(target);
  switch (selector.kind) {
    case 'prefix':
      return prefixSet([selector.prefix]);
    case 'range':
      return setOf([selector]);
    case 'hostRef': {
      const prefix = hosts.get(selector.name);
      return prefix === undefined ? undefined : prefixSet([prefix]);
    }
    case 'ipset':
      return ipset(selector.name);
    default:
      return undefined;
  }
}
