// Validation of the definition sections: groups, tagOwners, hosts, ipsets, postures,
// defaultSrcPosture and autoApprovers (docs/policy-semantics.md §1.4.7, §2.2, §6.2). Errors only
// where the server's refusal is established; everything else is accepted with a notice.

import { parseIpsetOperation, targetSet, type PolicyContext } from '../context.js';
import { NO_ADDRESSES, parsePrefix } from '../ip.js';
import * as msg from '../messages.js';
import type { Policy } from '../model.js';
import { parsePostureCondition } from '../posture.js';
import { quoteKey } from '../quote.js';
import { classify } from '../selectors.js';
import * as unsure from '../unsure.js';
import type { Findings } from './findings.js';
import { problemText, reportProblem, selectorProblem } from './selector-check.js';
import { checkTag } from './tag.js';

/** Nested groups are refused (observed), per group in descending name order as the server does. */
export function validateGroups(policy: Policy, out: Findings): void {
  const sorted = [...policy.groups].sort((a, b) =>
    a.name.text < b.name.text ? 1 : a.name.text > b.name.text ? -1 : 0,
  );
  for (const group of sorted) {
    const path = `groups[${quoteKey(group.name.text)}]`;
    if (!group.name.text.startsWith('group:')) {
      out.notice(unsure.unconfirmed(unsure.groupPrefixMissing(group.name.text)), group.name, path);
      continue;
    }
    group.items.forEach((member, i) => {
      const selector = classify(member.text);
      if (selector.kind === 'group')
        out.error(msg.groupRecursive(group.name.text, member.text.trim()), member, `${path}[${i}]`);
      else if (selector.kind !== 'user') {
        const message = unsure.groupMemberNotUser(group.name.text, member.text);
        out.notice(unsure.unconfirmed(message), member, `${path}[${i}]`);
      }
    });
  }
}

export function validateTagOwnerNames(policy: Policy, out: Findings): void {
  for (const owner of policy.tagOwners) {
    const problem = checkTag(owner.name.text);
    if (problem !== undefined)
      out.error(msg.tagOwnerKey(owner.name.text, problem), owner.name, `tagOwners[${quoteKey(owner.name.text)}]`);
  }
}

export function validateTagOwnerValues(policy: Policy, context: PolicyContext, out: Findings): void {
  for (const owner of policy.tagOwners) {
    owner.items.forEach((item, i) => {
      const problem = selectorProblem(item.text, 'owner', context);
      if (problem === undefined) return;
      const text = msg.tagOwnerKey(
        owner.name.text,
        problemText(problem, (inner) => inner),
      );
      reportProblem(out, problem, text, item, `tagOwners[${quoteKey(owner.name.text)}][${i}]`);
    });
  }
}

/**
 * The docs say host names cannot contain `@` (refused); other odd names and values that are not
 * an address or prefix are accepted with a notice (the alias then stands for nothing).
 */
export function validateHosts(policy: Policy, out: Findings): void {
  for (const host of policy.hosts) {
    const path = `hosts[${quoteKey(host.name.text)}]`;
    if (host.name.text.includes('@')) out.error(unsure.hostNameInvalid(host.name.text), host.name, path);
    else if (host.name.text.includes(':') || host.name.text.trim() === '') {
      out.notice(unsure.unconfirmed(unsure.hostNameInvalid(host.name.text)), host.name, path);
    } else if (classify(host.value.text).kind !== 'prefix') {
      out.notice(unsure.unconfirmed(unsure.hostInvalidAddress(host.name.text, host.value.text)), host.value, path);
    }
  }
}

export function validateIpsets(policy: Policy, context: PolicyContext, out: Findings): void {
  const names = new Set(policy.ipsets.map((s) => s.name.text));
  for (const set of policy.ipsets) {
    const name = set.name.text;
    const path = `ipsets[${quoteKey(name)}]`;
    if (!name.startsWith('ipset:') || name.length === 'ipset:'.length) {
      out.notice(unsure.unconfirmed(unsure.ipsetNamePrefix(name)), set.name, path);
      continue;
    }
    const operations = set.items.map((item) => parseIpsetOperation(item.text));
    const removes = operations.some((op) => op.remove);
    set.items.forEach((item, i) => {
      const op = operations[i]!;
      const reason = ipsetEntryProblem(op.target, names, context, removes && !op.explicit);
      if (reason === undefined) return;
      out.notice(unsure.unconfirmed(unsure.ipsetInvalid(name, item.text, reason)), item, `${path}[${i}]`);
    });
    // The docs rule out circular references, but no refusal (or its wording) was observed.
    if (context.cyclicIpsets.has(name)) {
      out.notice(unsure.unconfirmed(unsure.ipsetInvalid(name, name, 'circular reference')), set.name, path);
    }
  }
}

function ipsetEntryProblem(
  target: string,
  names: ReadonlySet<string>,
  context: PolicyContext,
  needsVerb: boolean,
): string | undefined {
  if (needsVerb) return 'entries must start with "add" or "remove" when the set removes addresses';
  const selector = classify(target);
  if (selector.kind === 'hostRef' && !context.hosts.has(selector.name)) return unsure.hostNotDefined(selector.name);
  if (selector.kind === 'ipset' && !names.has(selector.name)) return unsure.ipsetNotFound(selector.name);
  return targetSet(target, context.hosts, () => NO_ADDRESSES) === undefined ? 'not a valid ipset target' : undefined;
}

/** No posture refusal was observed: odd names, conditions the grammar does not read and undefined names are notices. */
export function validatePostures(policy: Policy, out: Findings): void {
  for (const posture of policy.postures) {
    const name = posture.name.text;
    const path = `postures[${quoteKey(name)}]`;
    if (!name.startsWith('posture:') || name.length === 'posture:'.length) {
      out.notice(unsure.unconfirmed(unsure.postureNamePrefix(name)), posture.name, path);
      continue;
    }
    posture.items.forEach((condition, i) => {
      if (parsePostureCondition(condition.text).kind === 'opaque') {
        out.notice(unsure.unconfirmed(unsure.postureInvalid(name, condition.text)), condition, `${path}[${i}]`);
      }
    });
  }
  // A set of the names, not a walk of the postures per entry: 64,000 of each took 26 s.
  const defined = new Set(policy.postures.map((p) => p.name.text));
  policy.defaultSrcPosture?.forEach((name, i) => {
    if (!defined.has(name.text)) {
      out.notice(unsure.unconfirmed(unsure.postureNotFound(name.text)), name, `defaultSrcPosture[${i}]`);
    }
  });
}

export function validateAutoApprovers(policy: Policy, context: PolicyContext, out: Findings): void {
  const approvers = (
    items: readonly { text: string; pos: { offset: number; line: number; column: number } }[],
    path: string,
  ): void => {
    items.forEach((item, i) => {
      const problem = selectorProblem(item.text, 'approver', context);
      if (problem === undefined) return;
      reportProblem(
        out,
        problem,
        problemText(problem, (inner) => inner),
        item,
        `${path}[${i}]`,
      );
    });
  };
  for (const route of policy.autoApprovers.routes) {
    const path = `autoApprovers.routes[${quoteKey(route.name.text)}]`;
    if (parsePrefix(route.name.text) === undefined) {
      out.notice(unsure.unconfirmed(unsure.autoApproverRouteInvalid(route.name.text)), route.name, path);
    }
    approvers(route.items, path);
  }
  for (const service of policy.autoApprovers.services)
    approvers(service.items, `autoApprovers.services[${quoteKey(service.name.text)}]`);
  approvers(policy.autoApprovers.exitNode, 'autoApprovers.exitNode');
}
