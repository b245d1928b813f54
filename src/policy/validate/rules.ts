// Validation of `acls` and `grants` (docs/policy-semantics.md §1.4.1–1.4.2, §2.4, §6.2). Errors
// where the server's refusal is established; other problems are accepted with a notice.

import type { PolicyContext } from '../context.js';
import * as msg from '../messages.js';
import type { AclRule, AppCapability, Grant, Text } from '../model.js';
import {
  parseGrantIp,
  parsePortSpec,
  parseProtocol,
  protocolHasPorts,
  splitDestination,
  type Destination,
  type Parsed,
} from '../ports.js';
import { classify, ROLE_AUTOGROUPS } from '../selectors.js';
import * as unsure from '../unsure.js';
import { itemPath, type Findings } from './findings.js';
import { problemText, reportProblem, selectorProblem } from './selector-check.js';

/** What is known about the tailnet's login domains. */
export interface DomainCheck {
  /** The tailnet's domains; undefined when unknown (offline), which skips the check. */
  domains?: readonly string[];
}

/** `user:*@domain` needs one of the tailnet's domains; skipped when they are unknown (offline). */
export function domainProblem(raw: string, check: DomainCheck): string | undefined {
  if (check.domains === undefined) return undefined;
  const selector = classify(raw);
  const domain = selector.kind === 'domain' || selector.kind === 'localpart' ? selector.domain : undefined;
  if (domain === undefined || check.domains.includes(domain)) return undefined;
  return msg.domainNotAssociated(domain);
}

function checkSources(
  src: readonly Text[],
  path: string,
  context: PolicyContext,
  check: DomainCheck,
  out: Findings,
): void {
  src.forEach((s, i) => {
    const problem = selectorProblem(s.text, 'src', context) ?? wrapDomain(s.text, check);
    if (problem !== undefined)
      reportProblem(out, problem, problemText(problem, msg.srcError), s, itemPath(path, 'src', i));
  });
}

function wrapDomain(raw: string, check: DomainCheck): { full: string } | undefined {
  const problem = domainProblem(raw, check);
  return problem === undefined ? undefined : { full: problem };
}

/** An undefined posture: no refusal observed, so a notice; it then holds for nobody known. */
export function checkPostures(
  names: readonly Text[] | undefined,
  path: string,
  context: PolicyContext,
  out: Findings,
): void {
  names?.forEach((name, i) => {
    if (context.postures.has(name.text)) return;
    out.notice(unsure.unconfirmed(unsure.postureNotFound(name.text)), name, itemPath(path, 'srcPosture', i));
  });
}

/** Sources allowed next to `autogroup:self`: users, groups, member/role autogroups (and `*` in ACLs). */
function selfCompatible(source: string, allowWildcard: boolean): boolean {
  const selector = classify(source);
  if (selector.kind === 'wildcard') return allowWildcard;
  if (selector.kind === 'autogroup') return selector.name === 'member' || ROLE_AUTOGROUPS.has(selector.name);
  return selector.kind === 'user' || selector.kind === 'group' || selector.kind === 'domain';
}

function checkSelfSources(
  rule: { src: Text[]; path: string; pos: Text['pos'] },
  allowWildcard: boolean,
  out: Findings,
): void {
  const bad = rule.src.find((s) => !selfCompatible(s.text, allowWildcard));
  if (bad !== undefined) out.error(msg.SELF_BAD_SOURCES, bad, rule.path);
}

/**
 * Only `accept` (observed for `deny`); another spelling of it (`Accept`, or with whitespace
 * around it, which the server trims from SSH actions) is unconfirmed.
 */
function checkAclAction(rule: AclRule, out: Findings): void {
  const action = rule.action?.text ?? '';
  const path = `${rule.path}.action`;
  if (action === 'accept') return;
  const message = msg.actionNotSupported(action);
  if (action.trim().toLowerCase() === 'accept') out.notice(unsure.unconfirmed(message), rule.action!, path);
  else out.error(message, rule.action ?? rule.pos, path);
}

/** An ACL destination and its ports, read trimmed when only that parses (with why it did not). */
function parseAclDestination(text: string): Parsed<Destination> & { untrimmed?: string } {
  const parse = (entry: string): Parsed<Destination> => {
    const split = splitDestination(entry);
    const ports = split.ok ? parsePortSpec(split.value.ports) : split;
    return ports.ok ? split : { ok: false, error: ports.error };
  };
  const whole = parse(text);
  if (whole.ok || text.trim() === text) return whole;
  const trimmed = parse(text.trim());
  return trimmed.ok ? { ...trimmed, untrimmed: whole.error } : whole;
}

/** A `proto` outside the documented names and numbers is refused, but `*` is a wildcard spelling: a notice. */
function checkAclProtocol(rule: AclRule, out: Findings): ReturnType<typeof parseProtocol> | undefined {
  if (rule.proto === undefined) return undefined;
  const protocol = parseProtocol(rule.proto.text);
  if (protocol.ok) {
    const unsettled = unsure.unsettledProtocol(rule.proto.text);
    if (unsettled !== undefined) out.notice(unsure.unconfirmed(unsettled), rule.proto, `${rule.path}.proto`);
    return protocol;
  }
  // `*` is a wildcard spelling; an empty value Tailscale's protocol parser reads as none. Neither
  // was seen refused, and both compile to the default protocols (§2.7).
  const text = rule.proto.text.trim();
  if (text === '*' || text === '') out.notice(unsure.unconfirmed(protocol.error), rule.proto, `${rule.path}.proto`);
  else out.error(protocol.error, rule.proto, `${rule.path}.proto`);
  return protocol;
}

/**
 * One ACL `dst` entry; true when it is `autogroup:self`. The default-route refusal is observed
 * for grants only, so ACLs do not get it; a specific port with a port-less protocol is a notice.
 */
function checkAclDestination(
  d: Text,
  index: number,
  protocol: ReturnType<typeof parseProtocol> | undefined,
  rule: AclRule,
  env: RuleEnv,
): boolean {
  const { context, check, out } = env;
  const parsed = parseAclDestination(d.text);
  if (!parsed.ok) {
    out.error(msg.dstError(d.text, parsed.error), d, itemPath(rule.path, 'dst', index));
    return false;
  }
  // The server trims selectors, and every string of an SSH rule [captured]; whether it trims a
  // whole destination, port and all, is not known: read trimmed, with a notice (§2.1).
  if (parsed.untrimmed !== undefined) {
    out.notice(unsure.unconfirmed(msg.dstError(d.text, parsed.untrimmed)), d, itemPath(rule.path, 'dst', index));
  }
  if (protocol?.ok && !protocolHasPorts(protocol.value) && parsed.value.ports !== '*') {
    const message = unsure.unconfirmed(msg.dstError(d.text, unsure.protocolWithoutPorts(rule.proto!.text)));
    out.notice(message, d, itemPath(rule.path, 'dst', index));
  }
  const host = parsed.value.host;
  const problem = selectorProblem(host, 'dst', context) ?? wrapDomain(host, check);
  if (problem !== undefined) {
    const message = problemText(problem, (inner) => msg.dstError(host.trim(), inner));
    reportProblem(out, problem, message, d, itemPath(rule.path, 'dst', index));
  }
  const selector = classify(host);
  return selector.kind === 'autogroup' && selector.name === 'self';
}

interface RuleEnv {
  context: PolicyContext;
  check: DomainCheck;
  out: Findings;
}

export function validateAcl(rule: AclRule, context: PolicyContext, check: DomainCheck, out: Findings): void {
  checkAclAction(rule, out);
  checkSources(rule.src, rule.path, context, check, out);
  const protocol = checkAclProtocol(rule, out);
  const env: RuleEnv = { context, check, out };
  let hasSelf = false;
  rule.dst.forEach((d, i) => {
    if (checkAclDestination(d, i, protocol, rule, env)) hasSelf = true;
  });
  checkPostures(rule.srcPosture, rule.path, context, out);
  if (hasSelf) checkSelfSources(rule, true, out);
}

export function checkCapabilities(app: readonly AppCapability[] | undefined, path: string, out: Findings): void {
  for (const cap of app ?? []) {
    const name = cap.name.text;
    if (name.includes('://') || !/^[^/]+\/./.test(name)) out.error(msg.CAPABILITY_FORM, cap.name, `${path}.app`);
    else if (unsure.INTERNAL_CAPABILITIES.has(name)) out.error(msg.CAPABILITY_INTERNAL, cap.name, `${path}.app`);
    else if (unsure.LIKELY_INTERNAL_CAPABILITIES.has(name)) {
      out.notice(unsure.unconfirmed(msg.CAPABILITY_INTERNAL), cap.name, `${path}.app`);
    } else if (name.startsWith('tailscale.io/')) {
      // The grants documentation reserves the tailscale.io namespace too; no refusal was observed.
      out.notice(unsure.unconfirmed(unsure.CAPABILITY_RESERVED), cap.name, `${path}.app`);
    }
  }
}

function checkGrantDestinations(
  grant: Grant,
  context: PolicyContext,
  check: DomainCheck,
  out: Findings,
): { self: boolean; internet: boolean } {
  const seen = { self: false, internet: false };
  grant.dst.forEach((d, i) => {
    const path = itemPath(grant.path, 'dst', i);
    const selector = classify(d.text);
    if (selector.kind === 'prefix' && selector.prefix.bits === 0)
      return out.error(msg.defaultRouteDst(d.text.trim()), d, path);
    const problem = selectorProblem(d.text, 'dst', context) ?? wrapDomain(d.text, check);
    if (problem !== undefined) {
      reportProblem(
        out,
        problem,
        problemText(problem, (inner) => msg.dstError(d.text.trim(), inner)),
        d,
        path,
      );
    }
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
    if (parsed.ok) {
      const path = itemPath(grant.path, 'ip', i);
      const unsettled = entry.text.includes(':') ? unsure.unsettledProtocol(entry.text.split(':')[0]!) : undefined;
      if (unsettled !== undefined) out.notice(unsure.unconfirmed(unsettled), entry, path);
      if (entry.text.includes(',')) out.notice(unsure.unconfirmed(unsure.grantIpList(entry.text)), entry, path);
      return;
    }
    // Refusals of port syntax and protocol names are established; these two shapes are not.
    const portless = parsed.error.startsWith('protocol does not support specific ports');
    const unconfirmedShape = parsed.error === unsure.GRANT_IP_COLONS || portless;
    if (unconfirmedShape) out.notice(unsure.unconfirmed(parsed.error), entry, itemPath(grant.path, 'ip', i));
    else out.error(parsed.error, entry, itemPath(grant.path, 'ip', i));
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
