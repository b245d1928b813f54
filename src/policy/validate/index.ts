// Runs the section validators in the order the server most likely uses (docs/policy-semantics.md
// §6.1), so the first error found is the one the server would report.

import { buildContext, type PolicyContext } from '../context.js';
import type { Deadline } from '../deadline.js';
import type { AclRule, Grant, Policy } from '../model.js';
import { ONE_CGNAT_ROUTE_VALUES, oneCGNATRouteInvalid, unconfirmed } from '../unsure.js';
import {
  validateAutoApprovers,
  validateGroups,
  validateHosts,
  validateIpsets,
  validatePostures,
  validateTagOwnerNames,
  validateTagOwnerValues,
} from './definitions.js';
import { Findings } from './findings.js';
import { checkMemberSpellings } from './spellings.js';
import { validateNodeAttr } from './node-attrs.js';
import { validateAcl, validateGrant, type DomainCheck } from './rules.js';
import { validateSshRule, validateSshTestDestinations } from './ssh.js';

export interface Validation {
  context: PolicyContext;
  findings: Findings;
  /**
   * The deadline passed before validation finished: `context` may be incomplete and `findings`
   * partial. The caller must then accept the policy (an unfinished check proves no refusal).
   */
  cutShort: boolean;
}

/**
 * Rules the caller has already validated and found without error under the same tags and the
 * same domains, which are all an ACL's or grant's errors depend on besides its own text: they
 * are not validated again (their notices and warnings are then not reported).
 */
export type KnownValid = (rule: AclRule | Grant) => boolean;

/**
 * Validates section by section. With a deadline, stops once it passes: between sections and
 * between rules (each section and rule costs time linear in its size, so the overshoot is bounded).
 */
export function validatePolicy(
  policy: Policy,
  check: DomainCheck,
  deadline?: Deadline,
  knownValid: KnownValid = () => false,
): Validation {
  const out = new Findings();
  const context = buildContext(policy, deadline);
  const stopped = (): boolean => deadline?.passed() === true;
  const result = (): Validation => ({ context, findings: out, cutShort: deadline?.cutShort === true });
  const sections = [
    () => validateGroups(policy, out),
    () => validateTagOwnerNames(policy, out),
    () => validateHosts(policy, out),
    () => validateIpsets(policy, context, out),
    () => validatePostures(policy, out),
  ];
  for (const section of sections) if (!stopped()) section();
  for (const rule of policy.acls ?? [])
    if (!deadline?.passed() && !knownValid(rule)) validateAcl(rule, context, check, out);
  for (const grant of policy.grants ?? [])
    if (!deadline?.passed() && !knownValid(grant)) validateGrant(grant, context, check, out);
  for (const rule of policy.ssh) if (!deadline?.passed()) validateSshRule(rule, context, check, out);
  for (const entry of policy.nodeAttrs) if (!deadline?.passed()) validateNodeAttr(entry, context, out);
  if (stopped()) return result();
  validateAutoApprovers(policy, context, out);
  validateTagOwnerValues(policy, context, out);
  if (policy.oneCGNATRoute !== undefined && !ONE_CGNAT_ROUTE_VALUES.includes(policy.oneCGNATRoute.text)) {
    out.notice(unconfirmed(oneCGNATRouteInvalid(policy.oneCGNATRoute.text)), policy.oneCGNATRoute, 'OneCGNATRoute');
  }
  checkMemberSpellings(policy, out);
  if (!stopped()) validateSshTestDestinations(policy, context, out);
  return result();
}
