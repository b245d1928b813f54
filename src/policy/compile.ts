// Compiles ACLs and grants into allow rules with selector sets that can be matched quickly
// (docs/policy-semantics.md §2.9): identity selectors become hash sets, address selectors one IP
// set.

import type { PolicyContext } from './context.js';
import type { Deadline } from './deadline.js';
import {
  covers,
  NO_ADDRESSES,
  overlaps,
  prefixRange,
  setOf,
  symmetricDifference,
  unionAll,
  type Family,
  type IPSet,
  type Prefix,
  type Range,
} from './ip.js';
import type { AclRule, Grant, Policy, SshRule, Text } from './model.js';
import { undefinedPosture, type PostureCondition } from './posture.js';
import {
  allPorts,
  mergePortRanges,
  parseGrantIp,
  parsePortSpec,
  parseProtocol,
  splitDestination,
  DEFAULT_PROTOCOLS,
  type IpCapability,
  type PortRange,
} from './ports.js';
import { tailscaleDeviceRanges } from './ranges.js';
import { classify, ROLE_AUTOGROUPS } from './selectors.js';
import type { Tri } from './tri.js';
import { normalizeLogin } from './unsure.js';

/** A list of selectors, compiled. Identity parts match principals; `addresses` matches IPs. */
export interface SelectorSet {
  wildcard: boolean;
  dangerAll: boolean;
  users: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  scimGroups: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  member: boolean;
  tagged: boolean;
  shared: boolean;
  self: boolean;
  internet: boolean;
  roles: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  services: ReadonlySet<string>;
  addresses: IPSet;
  /**
   * Addresses that `addresses` holds or lacks only because an ipset names `autogroup:internet`;
   * undefined when none (context.ts). Inside the tailnet's own routes they are undecided.
   */
  internetDependent?: IPSet;
  /** How `addresses` relate to the Tailscale device range, per family: covers it, misses it, or partly. */
  tailscale: { 4: Tri; 6: Tri };
}

/** Whether the set names any identity (users, groups, tags, identity autogroups). */
export function namesIdentities(set: SelectorSet): boolean {
  return (
    set.users.size + set.groups.size + set.scimGroups.size + set.tags.size + set.roles.size + set.domains.size > 0 ||
    set.member ||
    set.tagged ||
    set.shared
  );
}

// Most selector sets name few kinds of things: the kinds they do not name share one empty set.
const NONE: ReadonlySet<string> = new Set();
const OUTSIDE_TAILSCALE: SelectorSet['tailscale'] = { 4: 'no', 6: 'no' };

function emptySet(): SelectorSet {
  return {
    wildcard: false,
    dangerAll: false,
    users: NONE,
    groups: NONE,
    scimGroups: NONE,
    tags: NONE,
    member: false,
    tagged: false,
    shared: false,
    self: false,
    internet: false,
    roles: NONE,
    domains: NONE,
    services: NONE,
    addresses: NO_ADDRESSES,
    tailscale: OUTSIDE_TAILSCALE,
  };
}

/** `items` with `item` added: a set of its own replaces the shared empty one on first use. */
function plus(items: ReadonlySet<string>, item: string): ReadonlySet<string> {
  if (items === NONE) return new Set<string>().add(item);
  (items as Set<string>).add(item);
  return items;
}

const AUTOGROUP_FLAGS: Readonly<Record<string, keyof SelectorSet>> = {
  member: 'member',
  tagged: 'tagged',
  shared: 'shared',
  self: 'self',
  internet: 'internet',
  'danger-all': 'dangerAll',
};

/**
 * Compiles selectors; ones that failed validation are left out. With a deadline, the ranges a
 * union copies count against its size limit; past it the set holds no addresses, and the caller,
 * which must then check `deadline.cutShort`, does not use it.
 */
export function compileSelectors(texts: readonly string[], context: PolicyContext, deadline?: Deadline): SelectorSet {
  const set = emptySet();
  const prefixes: Prefix[] = [];
  const ipsets: IPSet[] = [];
  const dependents: [IPSet, IPSet][] = [];
  // forEach, not for-of: this runs for every selector list of the policy, mostly before V8
  // optimises it, where each step of a for-of makes an iterator result.
  texts.forEach((text) => {
    const s = classify(text);
    if (s.kind === 'wildcard') set.wildcard = true;
    else if (s.kind === 'user') set.users = plus(set.users, normalizeLogin(s.login));
    else if (s.kind === 'group' && s.scim && !context.groups.has(s.name)) set.scimGroups = plus(set.scimGroups, s.name);
    else if (s.kind === 'group') set.groups = plus(set.groups, s.name);
    else if (s.kind === 'tag') set.tags = plus(set.tags, s.name);
    else if (s.kind === 'domain') set.domains = plus(set.domains, s.domain);
    else if (s.kind === 'service') set.services = plus(set.services, s.name);
    else if (s.kind === 'prefix') prefixes.push(s.prefix);
    else if (s.kind === 'host' || s.kind === 'hostRef') {
      const prefix = context.hosts.get(s.name);
      if (prefix !== undefined) prefixes.push(prefix);
    } else if (s.kind === 'ipset') {
      const ipset = context.ipsets.get(s.name);
      if (ipset !== undefined) ipsets.push(ipset);
      const dependent = context.internetDependent.get(s.name);
      if (ipset !== undefined && dependent !== undefined) dependents.push([ipset, dependent]);
    } else if (s.kind === 'autogroup') {
      const flag = AUTOGROUP_FLAGS[s.name];
      if (flag !== undefined) (set[flag] as boolean) = true;
      else if (ROLE_AUTOGROUPS.has(s.name)) set.roles = plus(set.roles, s.name);
    }
  });
  if (prefixes.length > 0)
    ipsets.push(
      setOf(prefixes.map((p): { family: Family; range: Range } => ({ family: p.family, range: prefixRange(p) }))),
    );
  // A union copies every range of its sets: N rules naming one ipset of N ranges beside
  // another address copy N² of them (8,000: 16 s and 1.3 GB before the index's limit was reached).
  if (ipsets.length > 1 && deadline?.charge(ipsets.reduce((n, s) => n + s.v4.length + s.v6.length, 0)) === true)
    return set;
  if (ipsets.length > 0) {
    set.addresses = unionAll(ipsets);
    set.tailscale = { 4: tailscaleRelation(set.addresses, 4), 6: tailscaleRelation(set.addresses, 6) };
  }
  if (dependents.length > 0) set.internetDependent = internetDependent(set.addresses, ipsets, dependents);
  return set;
}

/**
 * Where the set's addresses would differ if every ipset's `autogroup:internet` stood for nothing:
 * each such ipset is replaced by its addresses without it (the symmetric difference undone).
 */
function internetDependent(addresses: IPSet, ipsets: readonly IPSet[], dependents: readonly [IPSet, IPSet][]): IPSet {
  const bare = new Map(dependents.map(([ipset, dependent]) => [ipset, symmetricDifference(ipset, dependent)]));
  return symmetricDifference(addresses, unionAll(ipsets.map((ipset) => bare.get(ipset) ?? ipset)));
}

function tailscaleRelation(addresses: IPSet, family: Family): Tri {
  if (covers(addresses, tailscaleDeviceRanges(), family)) return 'yes';
  return overlaps(addresses, tailscaleDeviceRanges(), family) ? 'unknown' : 'no';
}

/** One destination of an allow rule, with what it allows. */
export interface NetworkTarget {
  dst: SelectorSet;
  protocols: readonly number[];
  ports: readonly PortRange[];
  allPorts: boolean;
}

export interface NetworkRule {
  src: SelectorSet;
  targets: NetworkTarget[];
  /** Posture requirement (any of these postures); undefined when none applies. */
  postures?: readonly (readonly PostureCondition[])[];
  /**
   * From a grant with `via`: its tags, sorted, each once. Whether tests count such a rule is not
   * known; the plan compares them (docs/policy-semantics.md §4).
   */
  via?: readonly string[];
}

/** A grant's `via` tags, sorted and each once; undefined when it has none (`[]` and `null` included). */
export function viaTags(grant: Grant): readonly string[] | undefined {
  if (grant.via === undefined || grant.via.length === 0) return undefined;
  return [...new Set(grant.via.map((tag) => tag.text))].sort();
}

export function postureRequirement(
  names: readonly Text[] | undefined,
  context: PolicyContext,
): readonly (readonly PostureCondition[])[] | undefined {
  const list = names?.map((n) => n.text) ?? context.defaultSrcPosture;
  if (list === undefined || list.length === 0) return undefined;
  return list.map((name) => context.postures.get(name) ?? undefinedPosture(name));
}

/**
 * What one compilation has already made: rules name the same selectors and `host:ports`
 * destinations over and over, and compiled sets and port lists are never changed once made,
 * so rules share them.
 */
class Compiled {
  private readonly sets = new Map<string, SelectorSet>();
  private readonly destinations = new Map<string, { host: SelectorSet; ports: PortRange[] } | null>();
  private readonly capabilities = new Map<string, IpCapability[]>();

  constructor(
    readonly context: PolicyContext,
    readonly deadline?: Deadline,
  ) {}

  /** The set of one selector. */
  one(text: string): SelectorSet {
    let set = this.sets.get(text);
    if (set === undefined) {
      set = compileSelectors([text], this.context, this.deadline);
      this.sets.set(text, set);
    }
    return set;
  }

  /** The set of a list of selectors. */
  list(texts: readonly Text[]): SelectorSet {
    return texts.length === 1
      ? this.one(texts[0]!.text)
      : compileSelectors(
          texts.map((t) => t.text),
          this.context,
          this.deadline,
        );
  }

  /** An ACL `host:ports` destination; null when it is not one (validation reports it). */
  destination(text: string): { host: SelectorSet; ports: PortRange[] } | null {
    let found = this.destinations.get(text);
    if (found === undefined) {
      // Whitespace around the entry is read as the validator reads it: trimmed (§2.1).
      const split = splitDestination(text.trim());
      const ports = split.ok ? parsePortSpec(split.value.ports) : undefined;
      found = split.ok && ports?.ok ? { host: this.one(split.value.host), ports: mergePortRanges(ports.value) } : null;
      this.destinations.set(text, found);
    }
    return found;
  }

  /** A grant's `ip` entries; a single entry (the usual case) is parsed once per text. */
  ip(entries: readonly Text[]): IpCapability[] {
    if (entries.length !== 1) return capabilitiesByProtocols(entries);
    const text = entries[0]!.text;
    let caps = this.capabilities.get(text);
    if (caps === undefined) {
      caps = capabilitiesByProtocols(entries);
      this.capabilities.set(text, caps);
    }
    return caps;
  }
}

function aclRule(rule: AclRule, compiled: Compiled): NetworkRule {
  const protocol = rule.proto === undefined ? undefined : parseProtocol(rule.proto.text);
  const protocols = protocol?.ok ? [protocol.value] : DEFAULT_PROTOCOLS;
  // Sized to the rule (an array grown by push keeps room for seventeen); every rule lives to the end.
  const targets = new Array<NetworkTarget>(rule.dst.length);
  let count = 0;
  for (const d of rule.dst) {
    const destination = compiled.destination(d.text);
    if (destination === null) continue;
    const { host, ports } = destination;
    targets[count++] = { dst: host, protocols, ports, allPorts: allPorts(ports) };
  }
  targets.length = count;
  return {
    src: compiled.list(rule.src),
    targets,
    postures: postureRequirement(rule.srcPosture, compiled.context),
  };
}

/** A grant's network rule; undefined when it allows no network access (an `app`-only grant). */
function grantRule(grant: Grant, compiled: Compiled): NetworkRule | undefined {
  const caps = compiled.ip(grant.ip ?? []);
  // Once per capability: asked per destination, N destinations and N ranges cost N × N.
  const whole = caps.map((cap) => allPorts(cap.ports));
  const targets = new Array<NetworkTarget>(grant.dst.length * caps.length);
  let count = 0;
  grant.dst.forEach((d) => {
    const dst = compiled.one(d.text);
    caps.forEach((cap, c) => {
      targets[count++] = { dst, protocols: cap.protocols, ports: cap.ports, allPorts: whole[c]! };
    });
  });
  if (targets.length === 0) return undefined;
  const rule: NetworkRule = {
    src: compiled.list(grant.src),
    targets,
    postures: postureRequirement(grant.srcPosture, compiled.context),
  };
  const via = viaTags(grant);
  if (via !== undefined) rule.via = via;
  return rule;
}

/**
 * A grant's `ip` entries with the ports of equal protocol lists merged: a grant with many
 * entries then yields one target per destination and protocol list, not one per entry.
 */
function capabilitiesByProtocols(entries: readonly Text[]): IpCapability[] {
  const byProtocols = new Map<string, { protocols: readonly number[]; ports: PortRange[] }>();
  for (const entry of entries) {
    const parsed = parseGrantIp(entry.text);
    if (!parsed.ok) continue;
    const key = parsed.value.protocols.join(',');
    const known = byProtocols.get(key);
    if (known === undefined)
      byProtocols.set(key, { protocols: parsed.value.protocols, ports: [...parsed.value.ports] });
    else for (const range of parsed.value.ports) known.ports.push(range);
  }
  return Array.from(byProtocols.values(), (cap) => ({ protocols: cap.protocols, ports: mergePortRanges(cap.ports) }));
}

/**
 * All network allow rules; with neither `acls` nor `grants`, the policy allows everything. With a
 * deadline, stops once it passes (the caller must then check `deadline.cutShort`).
 */
export function compileNetworkRules(policy: Policy, context: PolicyContext, deadline?: Deadline): NetworkRule[] {
  if (policy.acls === undefined && policy.grants === undefined) {
    const all = compileSelectors(['*'], context);
    return [
      {
        src: all,
        targets: [{ dst: all, protocols: DEFAULT_PROTOCOLS, ports: [{ first: 0, last: 65535 }], allPorts: true }],
      },
    ];
  }
  const compiled = new Compiled(context, deadline);
  const rules: NetworkRule[] = [];
  for (const acl of policy.acls ?? []) {
    if (deadline?.passed() === true) return rules;
    rules.push(aclRule(acl, compiled));
  }
  for (const grant of policy.grants ?? []) {
    if (deadline?.passed() === true) return rules;
    const rule = grantRule(grant, compiled);
    if (rule !== undefined) rules.push(rule);
  }
  return rules;
}

export interface CompiledSshRule {
  action: 'accept' | 'check';
  src: SelectorSet;
  dst: SelectorSet;
  users: readonly string[];
  postures?: readonly (readonly PostureCondition[])[];
  /** Held to `defaultSrcPosture` with `defaultUnsure`: the server may not hold SSH rules to it. */
  defaultPosture?: true;
  /** As written, trimmed; sshTests do not read it, the plan reports it. */
  checkPeriod?: string;
}

/**
 * Whether the server holds SSH rules without `srcPosture` to `defaultSrcPosture` is not known
 * (docs/policy-semantics.md §5.7). Tests then let such a rule apply where the device meets the
 * posture, and leave it open elsewhere: an opaque posture, always unknown, among those it may meet.
 */
const DEFAULT_POSTURE_MAY_NOT_APPLY = undefinedPosture('defaultSrcPosture on SSH rules');

/** SSH rules, compiled; with a deadline, stops once it passes (the caller must then check `deadline.cutShort`). */
export function compileSshRules(
  rules: readonly SshRule[],
  context: PolicyContext,
  options: { defaultUnsure?: boolean; deadline?: Deadline } = {},
): CompiledSshRule[] {
  const compiled: CompiledSshRule[] = [];
  for (const rule of rules) {
    if (options.deadline?.passed() === true) break;
    compiled.push(withDefaultPosture(rule, compileSshRule(rule, context, options.deadline), options));
  }
  return compiled;
}

function withDefaultPosture(
  rule: SshRule,
  compiled: CompiledSshRule,
  options: { defaultUnsure?: boolean },
): CompiledSshRule {
  if (options.defaultUnsure !== true || rule.srcPosture !== undefined || compiled.postures === undefined)
    return compiled;
  return { ...compiled, postures: [...compiled.postures, DEFAULT_POSTURE_MAY_NOT_APPLY], defaultPosture: true };
}

function compileSshRule(rule: SshRule, context: PolicyContext, deadline: Deadline | undefined): CompiledSshRule {
  const compiled: CompiledSshRule = {
    // Trimmed as the validator reads it: the server trims an SSH rule's strings [captured] (§1.4.3).
    action: rule.action?.text.trim() === 'check' ? 'check' : 'accept',
    src: compileSelectors(
      rule.src.map((s) => s.text),
      context,
      deadline,
    ),
    dst: compileSelectors(
      rule.dst.map((d) => d.text),
      context,
      deadline,
    ),
    users: (rule.users ?? []).map((u) => u.text.trim()),
    postures: postureRequirement(rule.srcPosture, context),
  };
  // Trimmed as the validator reads it (§1.4.3).
  if (rule.checkPeriod !== undefined) compiled.checkPeriod = rule.checkPeriod.text.trim();
  return compiled;
}
