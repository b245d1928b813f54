// Name tables built from the definition sections, shared by validation, compilation and tests.

import type { Deadline } from './deadline.js';
import {
  applyOperations,
  isEmpty,
  NO_ADDRESSES,
  prefixSet,
  setOf,
  symmetricDifference,
  type IPSet,
  type Prefix,
  type SetOperation,
} from './ip.js';
import { pushTo } from './lists.js';
import type { Policy } from './model.js';
import { internetRanges } from './ranges.js';
import { classify } from './selectors.js';
import { normalizeLogin } from './unsure.js';
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
  /**
   * Per ipset, the addresses it holds or lacks only because of `autogroup:internet` (directly or
   * through another ipset); only ipsets that have any. Inside the tailnet's own routes, whether
   * the server's ipset keeps them is not known (docs/policy-semantics.md §2.4).
   */
  internetDependent: ReadonlyMap<string, IPSet>;
  /** Ipsets that reach themselves through `ipset:` entries (validation reports them). */
  cyclicIpsets: ReadonlySet<string>;
  postures: ReadonlyMap<string, readonly PostureCondition[]>;
  defaultSrcPosture?: readonly string[];
}

/**
 * Builds the name tables. With a deadline, stops once it passes (the caller must then check
 * `deadline.cutShort` and not use the tables, which may be incomplete).
 */
export function buildContext(policy: Policy, deadline?: Deadline): PolicyContext {
  const groups = new Map<string, string[]>();
  const groupsOfUser = new Map<string, string[]>();
  for (const group of policy.groups) {
    if (deadline?.passed() === true) break;
    const logins = new Set<string>();
    // forEach, not for-of: this runs for every member of every group, mostly before V8 optimises it.
    group.items.forEach((item) => {
      if (classify(item.text).kind === 'user') logins.add(normalizeLogin(item.text.trim()));
    });
    const members = [...logins];
    groups.set(group.name.text, members);
    members.forEach((login) => pushTo(groupsOfUser, login, group.name.text));
  }
  const hosts = new Map<string, Prefix | undefined>();
  const singleAddressHosts = new Set<string>();
  for (const host of policy.hosts) {
    if (deadline?.passed() === true) break;
    const selector = classify(host.value.text);
    hosts.set(host.name.text, selector.kind === 'prefix' ? selector.prefix : undefined);
    if (selector.kind === 'prefix' && isSingleAddress(selector.prefix)) singleAddressHosts.add(host.name.text);
  }
  const postures = new Map<string, PostureCondition[]>();
  for (const posture of policy.postures) {
    postures.set(
      posture.name.text,
      posture.items.map((c) => parsePostureCondition(c.text)),
    );
  }
  const context: PolicyContext = {
    groups,
    groupsOfUser,
    tags: new Set(policy.tagOwners.map((t) => t.name.text)),
    hosts,
    singleAddressHosts,
    ipsets: new Map(),
    internetDependent: new Map(),
    cyclicIpsets: new Set(),
    postures,
    defaultSrcPosture: policy.defaultSrcPosture?.map((p) => p.text),
  };
  if (deadline?.passed() === true) return context;
  const references = ipsetReferences(policy);
  const { order, cyclic } = dependencyOrder(references, deadline);
  context.cyclicIpsets = cyclic;
  Object.assign(context, resolveIpsets(references, order, hosts, deadline));
  return context;
}

/**
 * Whether a host alias value stands for one address (so it can be a test endpoint). A /32 or
 * /128 value counts too (UNSURE, docs/policy-semantics.md §5.2: accepting it invents no failure).
 */
function isSingleAddress(prefix: Prefix): boolean {
  return prefix.bits === (prefix.family === 4 ? 32 : 128);
}

/** Each ipset's operations and the ipsets they name. */
function ipsetReferences(policy: Policy): Map<string, { ops: IpsetOperation[]; refs: string[] }> {
  const byName = new Map<string, { ops: IpsetOperation[]; refs: string[] }>();
  for (const set of policy.ipsets) {
    const ops = set.items.map((item) => parseIpsetOperation(item.text));
    byName.set(set.name.text, { ops, refs: ops.filter((op) => op.target.startsWith('ipset:')).map((op) => op.target) });
  }
  return byName;
}

/**
 * Tarjan's strongly connected components, with an explicit stack (a chain of ipsets is as deep
 * as the file is long): `order` lists every ipset after the ones it names; `cyclic` holds those
 * on a cycle. One pass over all ipsets and references.
 */
function dependencyOrder(
  graph: ReadonlyMap<string, { refs: readonly string[] }>,
  deadline?: Deadline,
): { order: string[]; cyclic: Set<string> } {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const order: string[] = [];
  const cyclic = new Set<string>();
  const enter = (name: string): void => {
    index.set(name, index.size);
    low.set(name, index.size - 1);
    stack.push(name);
    onStack.add(name);
  };
  for (const start of graph.keys()) {
    if (deadline?.passed() === true) break;
    if (index.has(start)) continue;
    enter(start);
    const work: { name: string; next: number }[] = [{ name: start, next: 0 }];
    while (work.length > 0 && deadline?.passed() !== true) {
      const frame = work[work.length - 1]!;
      const refs = graph.get(frame.name)!.refs;
      if (frame.next < refs.length) {
        const ref = refs[frame.next++]!;
        if (!graph.has(ref)) continue;
        if (!index.has(ref)) {
          enter(ref);
          work.push({ name: ref, next: 0 });
        } else if (onStack.has(ref)) low.set(frame.name, Math.min(low.get(frame.name)!, index.get(ref)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) !== index.get(frame.name)) continue;
      const first = stack.lastIndexOf(frame.name);
      // Latest entered first, as a recursive resolution finishes them: a name met again while
      // its own resolution is under way stands for nothing there.
      const component = stack.splice(first).reverse();
      const onCycle = component.length > 1 || refs.includes(frame.name);
      for (const name of component) {
        onStack.delete(name);
        order.push(name);
        if (onCycle) cyclic.add(name);
      }
    }
  }
  return { order, cyclic };
}

/**
 * Applies each ipset's add/remove operations in order, the ipsets it names first; a bad entry,
 * or a name on a cycle not yet resolved, stands for nothing (validation reports them). Each is
 * also resolved with `autogroup:internet` standing for nothing, where it names it at any depth:
 * set operations work address by address, so the two results differ exactly at the addresses
 * that hang on `autogroup:internet`.
 */
function resolveIpsets(
  references: ReadonlyMap<string, { ops: readonly IpsetOperation[]; refs: readonly string[] }>,
  order: readonly string[],
  hosts: ReadonlyMap<string, Prefix | undefined>,
  deadline?: Deadline,
): Pick<PolicyContext, 'ipsets' | 'internetDependent'> {
  const ipsets = new Map<string, IPSet>();
  const withoutInternet = new Map<string, IPSet>();
  const internetDependent = new Map<string, IPSet>();
  const resolve = (ops: readonly IpsetOperation[], internet: IPSet, lookup: (name: string) => IPSet): IPSet => {
    const operations: SetOperation[] = [];
    let ranges = 0;
    for (const op of ops) {
      const target = targetSet(op.target, hosts, lookup, internet);
      if (target === undefined) continue;
      operations.push({ remove: op.remove, set: target });
      ranges += target.v4.length + target.v6.length;
    }
    // The operations' ranges count, not only the result's: N entries naming one ipset of N
    // ranges hand applyOperations N² of them (8,000: 25 s and 2 GB before the limit was reached).
    return deadline?.charge(ranges) === true ? NO_ADDRESSES : applyOperations(operations);
  };
  const full = (name: string): IPSet => ipsets.get(name) ?? NO_ADDRESSES;
  const bare = (name: string): IPSet => withoutInternet.get(name) ?? full(name);
  for (const name of order) {
    if (deadline?.passed() === true) break;
    const { ops, refs } = references.get(name)!;
    const set = resolve(ops, internetRanges(), full);
    ipsets.set(name, set);
    deadline?.charge(set.v4.length + set.v6.length);
    const namesInternet = ops.some((op) => op.target === 'autogroup:internet');
    if (!namesInternet && !refs.some((ref) => withoutInternet.has(ref))) continue;
    const without = resolve(ops, NO_ADDRESSES, bare);
    const differs = symmetricDifference(set, without);
    // The second resolution costs what the first did: it counts against the same limit.
    deadline?.charge(without.v4.length + without.v6.length + differs.v4.length + differs.v6.length);
    if (isEmpty(differs)) continue;
    withoutInternet.set(name, without);
    internetDependent.set(name, differs);
  }
  return { ipsets, internetDependent };
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
export function targetSet(
  target: string,
  hosts: ReadonlyMap<string, Prefix | undefined>,
  ipset: (name: string) => IPSet,
  internet: IPSet = internetRanges(),
): IPSet | undefined {
  if (target === 'autogroup:internet') return internet;
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
    // Identities are not addresses: an ipset cannot hold them.
    case 'autogroup':
    case 'domain':
    case 'group':
    case 'host':
    case 'localpart':
    case 'service':
    case 'tag':
    case 'user':
    case 'wildcard':
      return undefined;
  }
}
