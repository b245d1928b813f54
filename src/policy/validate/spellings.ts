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

/** Where a selector list is, its path made only when a notice needs it. */
interface Place {
  list: readonly Text[];
  /** A rule's or entry's path and the field (`.src`), or a section and the entry's key. */
  base: string;
  field?: string;
  key?: string;
}

function pathOf(place: Place): string {
  return place.key === undefined ? `${place.base}${place.field}` : `${place.base}[${goQuote(place.key)}]`;
}

/**
 * Every selector list of the policy: rules, node attributes, tag owners and auto-approvers. One
 * place object, updated in turn: a policy has tens of thousands of lists.
 */
function* selectorLists(policy: Policy): Iterable<Place> {
  const at: Place = { list: [], base: '' };
  const set = (list: readonly Text[], base: string, field?: string, key?: string): Place => {
    at.list = list;
    at.base = base;
    at.field = field;
    at.key = key;
    return at;
  };
  for (const rules of [policy.acls ?? [], policy.grants ?? [], policy.ssh])
    for (const rule of rules) {
      yield set(rule.src, rule.path, '.src');
      yield set(rule.dst, rule.path, '.dst');
    }
  for (const entry of policy.nodeAttrs) yield set(entry.target, entry.path, '.target');
  for (const owners of policy.tagOwners) yield set(owners.items, 'tagOwners', undefined, owners.name.text);
  for (const route of policy.autoApprovers.routes)
    yield set(route.items, 'autoApprovers.routes', undefined, route.name.text);
  for (const service of policy.autoApprovers.services)
    yield set(service.items, 'autoApprovers.services', undefined, service.name.text);
  yield set(policy.autoApprovers.exitNode, 'autoApprovers.exitNode', '');
}

/** A notice at the first use of the second spelling, when the policy uses both. */
export function checkMemberSpellings(policy: Policy, out: Findings): void {
  let first: typeof LEGACY | typeof CURRENT | undefined;
  for (const place of selectorLists(policy)) {
    const list = place.list;
    for (let i = 0; i < list.length; i++) {
      const used = spelling(list[i]!.text);
      if (used === undefined || used === first) continue;
      if (first === undefined) {
        first = used;
        continue;
      }
      const finding = `both ${CURRENT} and ${LEGACY} are used; the documentation allows one of them in a policy file`;
      out.notice(unconfirmed(finding), list[i]!, `${pathOf(place)}[${i}]`);
      return;
    }
  }
}
