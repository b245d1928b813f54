// `autogroup:member` and its legacy spelling `autogroup:members`: the policy file syntax
// documentation says a file cannot use both. The server's refusal and its wording are not
// known, so the engine accepts such a file with a notice (docs/policy-semantics.md §2.4).

import type { Policy, Text } from '../model.js';
import { goQuote } from '../quote.js';
import { unconfirmed } from '../unsure.js';
import type { Findings } from './findings.js';

const LEGACY = 'autogroup:members';
const CURRENT = 'autogroup:member';

/** Which spelling a selector (with or without `:ports`) uses, if either. */
function spelling(text: string): typeof LEGACY | typeof CURRENT | undefined {
  for (const name of [LEGACY, CURRENT] as const)
    if (text === name || (text.startsWith(name) && text.charCodeAt(name.length) === 0x3a)) return name;
  return undefined;
}

/** Every selector list of the policy, with its path: rules, node attributes, tag owners and auto-approvers. */
function* selectorLists(policy: Policy): Iterable<[string, readonly Text[]]> {
  for (const rule of [...(policy.acls ?? []), ...(policy.grants ?? []), ...policy.ssh]) {
    yield [`${rule.path}.src`, rule.src];
    yield [`${rule.path}.dst`, rule.dst];
  }
  for (const entry of policy.nodeAttrs) yield [`${entry.path}.target`, entry.target];
  for (const owners of policy.tagOwners) yield [`tagOwners[${goQuote(owners.name.text)}]`, owners.items];
  for (const route of policy.autoApprovers.routes)
    yield [`autoApprovers.routes[${goQuote(route.name.text)}]`, route.items];
  for (const service of policy.autoApprovers.services)
    yield [`autoApprovers.services[${goQuote(service.name.text)}]`, service.items];
  yield ['autoApprovers.exitNode', policy.autoApprovers.exitNode];
}

/** A notice at the first use of the second spelling, when the policy uses both. */
export function checkMemberSpellings(policy: Policy, out: Findings): void {
  let first: typeof LEGACY | typeof CURRENT | undefined;
  for (const [path, list] of selectorLists(policy)) {
    for (let i = 0; i < list.length; i++) {
      const used = spelling(list[i]!.text);
      if (used === undefined || used === first) continue;
      if (first === undefined) {
        first = used;
        continue;
      }
      const finding = `both ${CURRENT} and ${LEGACY} are used; the documentation allows one of them in a policy file`;
      out.notice(unconfirmed(finding), list[i]!, `${path}[${i}]`);
      return;
    }
  }
}
