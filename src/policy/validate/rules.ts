// Validation of `acls` and `grants` (spec §1.4.1–1.4.2, §2.4, §6.2).

import type { PolicyContext } from '../context.js';
import * as msg from '../messages.js';
import type { AclRule, AppCapability, Grant, Text } from '../model.js';
import { parseGrantIp, parsePortSpec, parseProtocol, protocolHasPorts, splitDestination } from '../ports.js';
import { classify, ROLE_AUTOGROUPS } from '../selectors.js';
import * as unsure from '../unsure.js';
import { itemPath, type Findings } from './findings.js';
import { selectorProblem } from './selector-check.js';

/** What is known about the tailnet's login domains. */
export interface DomainCheck {
  /** The tailnet's domains; undefined when unknown (offline), which skips the check. */
  domains?: readonly string[];
}

/** `user:*@domain` needs one of the tailnet's domains; skipped when they are unknown (offline). */
export function domainProblem(raw: string, check: DomainCheck): string | undefined {
  const selector = classify(raw);
  const domain = selector.kind === 'domain' || selector.kind === 'localpart' ? selector.domain : undefined;
  if (domain === undefined || check.domains === undefined || check.domains.includes(domain)) return undefined;
  return msg.domainNotAssociated(domain);
}

function checkSources(src: readonly Text[], path: string, context: PolicyContext, check: DomainCheck, out: Findings): void {
  src.forEach((s, i) => {
    const problem = selectorProblem(s.text, 'src', context) ?? wrapDomain(s.text, check);
    if (problem !== undefined) out.error('inner' in problem ? msg.srcError(problem.inner) : problem.full, s, itemPath(path, 'src', i));
  });
}

function wrapDomain(raw: string, check: DomainCheck): { full: string } | undefined {
  const problem = domainProblem(raw, check);
  return problem === undefined ? undefined : { full: problem };
}

export function checkPostures(names: readonly Text[] | undefined, path: string, context: PolicyContext, out: Findings): void {
  names?.forEach((name, i) => {
    if (!context.postures.has(name.text)) out.error(unsure.postureNotFound(name.text), name, itemPath(path, 'srcPosture', i));
  });
}

/** Sources allowed next to `autogroup:self`: users, groups, member/role autogroups (and `*` in ACLs). */
function selfCompatible(source: string, allowWildcard: boolean): boolean {
  const selector = classify(source);
  if (selector.kind === 'wildcard') return allowWildcard;
  if (selector.kind === 'autogroup') return selector.name === 'member' || ROLE_AUTOGROUPS.has(selector.name);
  return selector.kind === 'user' || selector.kind === 'group' || selector.kind === 'domain';
}

function checkSelfSources(rule: { src: Text[]; path: string; pos: Text['pos'] }, allowWildcard: boolean, out: Findings): void {
  const bad = rule.src.find((s) => !selfCompatible(s.text, allowWildcard));
  if (bad !== undefined) out.error(msg.SELF_BAD_SOURCES, bad, rule.path);
}

export function validateAcl(rule: AclRule, context: PolicyContext, check: DomainCheck, out: Findings): void {
  if (rule.action?.text !== 'accept') out.error(msg.actionNotSupported(rule.action?.text ?? ''), rule.action ?? rule.pos, `${rule.path}.action`);
  checkSources(rule.src, rule.path, context, check, out);
  const protocol = rule.proto === undefined ? undefined : parseProtocol(rule.proto.text);
  if (protocol !== undefined && !protocol.ok) out.error(protocol.error, rule.proto!, `${rule.path}.proto`);
  let hasSelf = false;
  rule.dst.forEach((d, i) => {
    const path = itemPath(rule.path, 'dst', i);
    const split = splitDestination(d.text);
    if (!split.ok) return out.error(msg.dstError(d.text, split.error), d, path);
    const ports = parsePortSpec(split.value.ports);
    if (!ports.ok) return out.error(msg.dstError(d.text, ports.error), d, path);
    if (protocol?.ok && !protocolHasPorts(protocol.value) && split.value.ports !== '*') {
      return out.error(msg.dstError(d.text, unsure.protocolWithoutPorts(rule.proto!.text)), d, path);
    }
    const host = split.value.host;
    const problem = selectorProblem(host, 'dst', context) ?? wrapDomain(host, check);
    if (problem !== undefined) return out.error('inner' in problem ? msg.dstError(host.trim(), problem.inner) : problem.full, d, path);
    const selector = classify(host);
    if (unsure.DEFAULT_ROUTE_CHECK_APPLIES_TO_ACLS && selector.kind === 'prefix' && selector.prefix.bits === 0) {
      return out.error(msg.defaultRouteDst(host), d, path);
    }
    if (selector.kind === 'autogroup' && selector.name === 'self') hasSelf = true;
  });
  checkPostures(rule.srcPosture, rule.path, context, out);
  if (hasSelf) checkSelfSources(rule, true, out);
}

export function checkCapabilities(app: readonly AppCapability[] | undefined, path: string, out: Findings): void {
  for (const cap of app ?? []) {
    const name = cap.name.text;
    if (name.includes('://') || !/^[^/]+\/./.test(name)) out.error(msg.CAPABILITY_FORM, cap.name, `${path}.app`);
    else if (unsure.INTERNAL_CAPABILITIES.has(name)) out.error(msg.CAPABILITY_INTERNAL, cap.name, `${path}.app`);
  }
}

function checkGrantDestinations(grant: Grant, context: PolicyContext, check: DomainCheck, out: Findings): { self: boolean; internet: boolean } {
  const seen = { self: false, internet: false };
  grant.dst.forEach((d, i) => {
    const path = itemPath(grant.path, 'dst', i);
    const selector = classify(d.text);
    if (selector.kind === 'prefix' && selector.prefix.bits === 0) return out.error(msg.defaultRouteDst(d.text.trim()), d, path);
    const problem = selectorProblem(d.text, 'dst', context) ?? wrapDomain(d.text, check);
    if (problem !== undefined) return out.error('inner' in problem ? msg.dstError(d.text.trim(), problem.inner) : problem.full, d, path);
    if (selector.kind === 'autogroup' && selector.name === 'self') seen.self = true;
    if (selector.kind === 'autogroup' && selector.name === 'internet') seen.internet = true;
  });
  return seen;
}

export function validateGrant(grant: Grant, context: PolicyContext, check: DomainCheck, out: Findings): void {
  checkSources(grant.src, grant.path, context, check, out);
  const seen = checkGrantDestinations(grant, context, check, out);
  if ((grant.ip === undefined || grant.ip.length === 0) && (grant.app === undefined || grant.app.length === 0)) {
    out.error(msg.IP_AND_APP_EMPTY, grant.pos, grant.path);
  }
  grant.ip?.forEach((entry, i) => {
    const parsed = parseGrantIp(entry.text);
    if (!parsed.ok) out.error(parsed.error, entry, itemPath(grant.path, 'ip', i));
  });
  checkCapabilities(grant.app, grant.path, out);
  if (seen.internet && grant.app !== undefined) out.error(msg.APP_WITH_INTERNET, grant.pos, grant.path);
  if (seen.self) checkSelfSources(grant, false, out);
  grant.via?.forEach((via, i) => {
    const selector = classify(via.text);
    const path = itemPath(grant.path, 'via', i);
    if (selector.kind !== 'tag') out.error(msg.VIA_ONLY_TAGS, via, path);
    else if (!context.tags.has(selector.name)) out.error(msg.viaTagNotFound(selector.name), via, path);
  });
  checkPostures(grant.srcPosture, grant.path, context, out);
}
