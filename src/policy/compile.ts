// Compiles ACLs and grants into allow rules with selector sets that can be matched quickly
// (docs/policy-semantics.md §2.9): identity selectors become hash sets, address selectors one IP
// set.

import type { PolicyContext } from './context.js';
import {
  covers,
  overlaps,
  prefixRange,
  setOf,
  unionAll,
  type Family,
  type IPSet,
  type Prefix,
  type Range,
} from './ip.js';
import type { Policy, SshRule, Text } from './model.js';
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
const NO_ADDRESSES: IPSet = { v4: [], v6: [] };

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
    tailscale: { 4: 'no', 6: 'no' },
  };
}

/** `items` with `item` added: a set of its own replaces the shared empty one on first use. */
function plus(items: ReadonlySet<string>, item: string): ReadonlySet<string> {
  if (items === NONE) return new Set([item]);
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

/** Compiles selectors; ones that failed validation are left out. */
export function compileSelectors(texts: readonly string[], context: PolicyContext): SelectorSet {
  const set = emptySet();
  const prefixes: Prefix[] = [];
  const ipsets: IPSet[] = [];
  for (const text of texts) {
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
    } else if (s.kind === 'autogroup') {
      const flag = AUTOGROUP_FLAGS[s.name];
      if (flag !== undefined) (set[flag] as boolean) = true;
      else if (ROLE_AUTOGROUPS.has(s.name)) set.roles = plus(set.roles, s.name);
    }
  }
  if (prefixes.length > 0)
    ipsets.push(
      setOf(prefixes.map((p): { family: Family; range: Range } => ({ family: p.family, range: prefixRange(p) }))),
    );
  if (ipsets.length > 0) {
    set.addresses = unionAll(ipsets);
    set.tailscale = { 4: tailscaleRelation(set.addresses, 4), 6: tailscaleRelation(set.addresses, 6) };
  }
  return set;
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
}

export function postureRequirement(
  names: readonly Text[] | undefined,
  context: PolicyContext,
): readonly (readonly PostureCondition[])[] | undefined {
  const list = names?.map((n) => n.text) ?? context.defaultSrcPosture;
  if (list === undefined || list.length === 0) return undefined;
  return list.map((name) => context.postures.get(name) ?? undefinedPosture(name));
}

function aclRules(policy: Policy, context: PolicyContext): NetworkRule[] {
  return (policy.acls ?? []).map((rule) => {
    const protocol = rule.proto === undefined ? undefined : parseProtocol(rule.proto.text);
    const protocols = protocol?.ok ? [protocol.value] : DEFAULT_PROTOCOLS;
    const targets: NetworkTarget[] = [];
    for (const d of rule.dst) {
      const split = splitDestination(d.text);
      const ports = split.ok ? parsePortSpec(split.value.ports) : undefined;
      if (!split.ok || !ports?.ok) continue;
      const merged = mergePortRanges(ports.value);
      targets.push({
        dst: compileSelectors([split.value.host], context),
        protocols,
        ports: merged,
        allPorts: allPorts(merged),
      });
    }
    return {
      src: compileSelectors(
        rule.src.map((s) => s.text),
        context,
      ),
      targets,
      postures: postureRequirement(rule.srcPosture, context),
    };
  });
}

function grantRules(policy: Policy, context: PolicyContext): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const grant of policy.grants ?? []) {
    // Grants with `via` count for tests like any other grant (UNSURE, docs/policy-semantics.md §4).
    const caps = capabilitiesByProtocols(grant.ip ?? []);
    const targets: NetworkTarget[] = [];
    for (const d of grant.dst) {
      const dst = compileSelectors([d.text], context);
      for (const cap of caps)
        targets.push({ dst, protocols: cap.protocols, ports: cap.ports, allPorts: allPorts(cap.ports) });
    }
    if (targets.length > 0)
      rules.push({
        src: compileSelectors(
          grant.src.map((s) => s.text),
          context,
        ),
        targets,
        postures: postureRequirement(grant.srcPosture, context),
      });
  }
  return rules;
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

/** All network allow rules; with neither `acls` nor `grants`, the policy allows everything. */
export function compileNetworkRules(policy: Policy, context: PolicyContext): NetworkRule[] {
  if (policy.acls === undefined && policy.grants === undefined) {
    const all = compileSelectors(['*'], context);
    return [
      {
        src: all,
        targets: [{ dst: all, protocols: DEFAULT_PROTOCOLS, ports: [{ first: 0, last: 65535 }], allPorts: true }],
      },
    ];
  }
  return aclRules(policy, context).concat(grantRules(policy, context));
}

export interface CompiledSshRule {
  action: 'accept' | 'check';
  src: SelectorSet;
  dst: SelectorSet;
  users: readonly string[];
  postures?: readonly (readonly PostureCondition[])[];
}

export function compileSshRules(rules: readonly SshRule[], context: PolicyContext): CompiledSshRule[] {
  return rules.map((rule) => ({
    action: rule.action?.text === 'check' ? 'check' : 'accept',
    src: compileSelectors(
      rule.src.map((s) => s.text),
      context,
    ),
    dst: compileSelectors(
      rule.dst.map((d) => d.text),
      context,
    ),
    users: (rule.users ?? []).map((u) => u.text.trim()),
    postures: postureRequirement(rule.srcPosture, context),
  }));
}
