// `autogroup:member` and its legacy spelling `autogroup:members`: the policy file syntax
// documentation says a file cannot use both. The server's refusal and its wording are not
// known, so the engine accepts such a file with a notice (docs/policy-semantics.md §2.4).

import type { Policy, Text } from '../model.js';
import { quoteKey } from '../quote.js';
import { unconfirmed } from '../unsure.js';
import type { Findings } from './findings.js';

const LEGACY = 'autogroup:members';
const CURRENT = 'autogroup:member';

/** Whether `text` is `name`, with or without `:ports`, given that it starts with `name`. */
const whole = (text: string, name: string): boolean =>
  text.length === name.length || text.charCodeAt(name.length) === 0x3a;

/** Which spelling a selector (with or without `:ports`) uses, if either. */
function spelling(text: string): typeof LEGACY | typeof CURRENT | undefined {
  // The legacy spelling starts with the current one: one test leaves out every other selector.
  if (!text.startsWith(CURRENT)) return undefined;
  if (text.startsWith(LEGACY) && whole(text, LEGACY)) return LEGACY;
  return whole(text, CURRENT) ? CURRENT : undefined;
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
  return place.key === undefined ? `${place.base}${place.field}` : `${place.base}[${quoteKey(place.key)}]`;
}

/**
 * Calls `visit` with every selector list of the policy (rules, node attributes, tag owners and
 * auto-approvers) until it returns true. One place object, updated in turn: a policy has tens of
 * thousands of lists.
 */
function someSelectorList(policy: Policy, visit: (place: Place) => boolean): boolean {
  const at: Place = { list: [], base: '' };
  const seen = (list: readonly Text[], base: string, field?: string, key?: string): boolean => {
    at.list = list;
    at.base = base;
    at.field = field;
    at.key = key;
    return visit(at);
  };
  for (const rules of [policy.acls ?? [], policy.grants ?? [], policy.ssh])
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (seen(rule.src, rule.path, '.src') || seen(rule.dst, rule.path, '.dst')) return true;
    }
  return (
    policy.nodeAttrs.some((entry) => seen(entry.target, entry.path, '.target')) ||
    policy.tagOwners.some((owners) => seen(owners.items, 'tagOwners', undefined, owners.name.text)) ||
    policy.autoApprovers.routes.some((route) =>
      seen(route.items, 'autoApprovers.routes', undefined, route.name.text),
    ) ||
    policy.autoApprovers.services.some((service) =>
      seen(service.items, 'autoApprovers.services', undefined, service.name.text),
    ) ||
    seen(policy.autoApprovers.exitNode, 'autoApprovers.exitNode', '')
  );
}

/** A notice at the first use of the second spelling, when the policy uses both. */
export function checkMemberSpellings(policy: Policy, out: Findings): void {
  let first: typeof LEGACY | typeof CURRENT | undefined;
  someSelectorList(policy, (place) => {
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
      return true;
    }
    return false;
  });
}
