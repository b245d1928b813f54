// Compiles ACLs and grants into allow rules with selector sets that can be matched quickly
// (spec §2.9): identity selectors become hash sets, address selectors one IP set.

import type { PolicyContext } from './context.js';
import { covers, overlaps, prefixSet, union, type Family, type IPSet } from './ip.js';
import type { Policy, SshRule, Text } from './model.js';
import type { PostureCondition } from './posture.js';
import { allPorts, parseGrantIp, parsePortSpec, parseProtocol, splitDestination, DEFAULT_PROTOCOLS, type PortRange } from './ports.js';
import { tailscaleDeviceRanges } from './ranges.js';
import { classify, ROLE_AUTOGROUPS } from './selectors.js';
import type { Tri } from './tri.js';
import { normalizeLogin, VIA_GRANTS_APPLY_TO_TESTS } from './unsure.js';

/** A list of selectors, compiled. Identity parts match principals; `addresses` matches IPs. */
export interface SelectorSet {
  wildcard: boolean;
  dangerAll: boolean;
  users: Set<string>;
  groups: Set<string>;
  scimGroups: Set<string>;
  tags: Set<string>;
  member: boolean;
  tagged: boolean;
  shared: boolean;
  self: boolean;
  internet: boolean;
  roles: Set<string>;
  domains: Set<string>;
  services: Set<string>;
  addresses: IPSet;
  /** How `addresses` relate to the Tailscale device range, per family: covers it, misses it, or partly. */
  tailscale: { 4: Tri; 6: Tri };
}

/** Whether the set names any identity (users, groups, tags, identity autogroups). */
export function namesIdentities(set: SelectorSet): boolean {
  return set.users.size + set.groups.size + set.scimGroups.size + set.tags.size + set.roles.size + set.domains.size > 0
    || set.member || set.tagged || set.shared;
}

function emptySet(): SelectorSet {
  return {
    wildcard: false, dangerAll: false, users: new Set(), groups: new Set(), scimGroups: new Set(), tags: new Set(),
    member: false, tagged: false, shared: false, self: false, internet: false, roles: new Set(), domains: new Set(),
    services: new Set(), addresses: { v4: [], v6: [] }, tailscale: { 4: 'no', 6: 'no' },
  };
}

const AUTOGROUP_FLAGS: Readonly<Record<string, keyof SelectorSet>> = {
  member: 'member', tagged: 'tagged', shared: 'shared', self: 'self', internet: 'internet', 'danger-all': 'dangerAll',
};

/** Compiles selectors; ones that failed validation are left out. */
export function compileSelectors(texts: readonly string[], context: PolicyContext): SelectorSet {
  const set = emptySet();
  const prefixes: IPSet[] = [];
  for (const text of texts) {
    const s = classify(text);
    if (s.kind === 'wildcard') set.wildcard = true;
    else if (s.kind === 'user') set.users.add(normalizeLogin(s.login));
    else if (s.kind === 'group') (s.scim && !context.groups.has(s.name) ? set.scimGroups : set.groups).add(s.name);
    else if (s.kind === 'tag') set.tags.add(s.name);
    else if (s.kind === 'domain') set.domains.add(s.domain);
    else if (s.kind === 'service') set.services.add(s.name);
    else if (s.kind === 'prefix') prefixes.push(prefixSet([s.prefix]));
    else if (s.kind === 'host' || s.kind === 'hostRef') {
      const prefix = context.hosts.get(s.name);
      if (prefix !== undefined) prefixes.push(prefixSet([prefix]));
    } else if (s.kind === 'ipset') {
      const ipset = context.ipsets.get(s.name);
      if (ipset !== undefined) prefixes.push(ipset);
    } else if (s.kind === 'autogroup') {
      const flag = AUTOGROUP_FLAGS[s.name];
      if (flag !== undefined) (set[flag] as boolean) = true;
      else if (ROLE_AUTOGROUPS.has(s.name)) set.roles.add(s.name);
    }
  }
  set.addresses = prefixes.reduce((acc, p) => union(acc, p), set.addresses);
  set.tailscale = { 4: tailscaleRelation(set.addresses, 4), 6: tailscaleRelation(set.addresses, 6) };
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

export function postureRequirement(names: readonly Text[] | undefined, context: PolicyContext): readonly (readonly PostureCondition[])[] | undefined {
  const list = names?.map((n) => n.text) ?? context.defaultSrcPosture;
  if (list === undefined || list.length === 0) return undefined;
  return list.map((name) => context.postures.get(name) ?? []);
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
      targets.push({ dst: compileSelectors([split.value.host], context), protocols, ports: ports.value, allPorts: allPorts(ports.value) });
    }
    return { src: compileSelectors(rule.src.map((s) => s.text), context), targets, postures: postureRequirement(rule.srcPosture, context) };
  });
}

function grantRules(policy: Policy, context: PolicyContext): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const grant of policy.grants ?? []) {
    if (grant.via !== undefined && grant.via.length > 0 && !VIA_GRANTS_APPLY_TO_TESTS) continue;
    const caps = (grant.ip ?? []).flatMap((entry) => {
      const parsed = parseGrantIp(entry.text);
      return parsed.ok ? [parsed.value] : [];
    });
    const targets: NetworkTarget[] = [];
    for (const d of grant.dst) {
      const dst = compileSelectors([d.text], context);
      for (const cap of caps) targets.push({ dst, protocols: cap.protocols, ports: cap.ports, allPorts: allPorts(cap.ports) });
    }
    if (targets.length > 0) rules.push({ src: compileSelectors(grant.src.map((s) => s.text), context), targets, postures: postureRequirement(grant.srcPosture, context) });
  }
  return rules;
}

/** All network allow rules; with neither `acls` nor `grants`, the policy allows everything. */
export function compileNetworkRules(policy: Policy, context: PolicyContext): NetworkRule[] {
  if (policy.acls === undefined && policy.grants === undefined) {
    const all = compileSelectors(['*'], context);
    return [{ src: all, targets: [{ dst: all, protocols: DEFAULT_PROTOCOLS, ports: [{ first: 0, last: 65535 }], allPorts: true }] }];
  }
  return [...aclRules(policy, context), ...grantRules(policy, context)];
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
    src: compileSelectors(rule.src.map((s) => s.text), context),
    dst: compileSelectors(rule.dst.map((d) => d.text), context),
    users: (rule.users ?? []).map((u) => u.text.trim()),
    postures: postureRequirement(rule.srcPosture, context),
  }));
}
