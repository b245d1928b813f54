// Runs the section validators in the order the server most likely uses (docs/policy-semantics.md
// §6.1), so the first error found is the one the server would report.

import { buildContext, type PolicyContext } from '../context.js';
import type { Policy } from '../model.js';
import { ONE_CGNAT_ROUTE_VALUES, oneCGNATRouteInvalid, unconfirmed } from '../unsure.js';
import {
  validateAutoApprovers, validateGroups, validateHosts, validateIpsets, validatePostures, validateTagOwnerNames,
  validateTagOwnerValues,
} from './definitions.js';
import { Findings } from './findings.js';
import { validateNodeAttr } from './node-attrs.js';
import { validateAcl, validateGrant, type DomainCheck } from './rules.js';
import { validateSshRule, validateSshTestDestinations } from './ssh.js';

export interface Validation {
  context: PolicyContext;
  findings: Findings;
}

export function validatePolicy(policy: Policy, check: DomainCheck): Validation {
  const out = new Findings();
  const context = buildContext(policy);
  validateGroups(policy, out);
  validateTagOwnerNames(policy, out);
  validateHosts(policy, out);
  validateIpsets(policy, context, out);
  validatePostures(policy, out);
  for (const rule of policy.acls ?? []) validateAcl(rule, context, check, out);
  for (const grant of policy.grants ?? []) validateGrant(grant, context, check, out);
  for (const rule of policy.ssh) validateSshRule(rule, context, check, out);
  for (const entry of policy.nodeAttrs) validateNodeAttr(entry, context, out);
  validateAutoApprovers(policy, context, out);
  validateTagOwnerValues(policy, context, out);
  if (policy.oneCGNATRoute !== undefined && !ONE_CGNAT_ROUTE_VALUES.includes(policy.oneCGNATRoute.text)) {
    out.notice(unconfirmed(oneCGNATRouteInvalid(policy.oneCGNATRoute.text)), policy.oneCGNATRoute, 'OneCGNATRoute');
  }
  validateSshTestDestinations(policy, context, out);
  return { context, findings: out };
}
