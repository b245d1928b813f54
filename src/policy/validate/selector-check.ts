// Whether a selector is defined and allowed where it is used (spec §2.3, §2.4).

import type { PolicyContext } from '../context.js';
import * as msg from '../messages.js';
import { classify, ROLE_AUTOGROUPS, type Selector } from '../selectors.js';
import {
  groupNotDefined, hostNotDefined, invalidAutogroup, ipsetNotFound, looksLikeHostAlias, notAllowedHere,
} from '../unsure.js';

export type Placement = 'src' | 'dst' | 'nodeAttr' | 'owner' | 'approver';

/** A problem: `inner` texts get the caller's `src=` / `dst="..."` wrapper, `full` texts do not. */
export type Problem = { inner: string } | { full: string };

const AUTOGROUPS_BY_PLACEMENT: Record<Placement, ReadonlySet<string>> = {
  src: new Set(['member', 'tagged', 'shared', 'danger-all', ...ROLE_AUTOGROUPS]),
  dst: new Set(['member', 'tagged', 'self', 'internet', ...ROLE_AUTOGROUPS]),
  nodeAttr: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
  owner: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
  approver: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
};

/** Whether a name refers to something defined (tags, groups, hosts, ipsets); undefined when it does. */
export function undefinedReference(selector: Selector, raw: string, context: PolicyContext): Problem | undefined {
  switch (selector.kind) {
    case 'tag':
      return context.tags.has(selector.name) ? undefined : { inner: msg.tagNotFound(selector.name) };
    case 'group':
      return selector.scim || context.groups.has(selector.name) ? undefined : { inner: groupNotDefined(selector.name) };
    case 'host':
      if (context.hosts.has(selector.name)) return undefined;
      return { inner: looksLikeHostAlias(selector.name) ? hostNotDefined(selector.name) : msg.invalidAddress(raw.trim()) };
    case 'hostRef':
      return context.hosts.has(selector.name) ? undefined : { inner: hostNotDefined(selector.name) };
    case 'ipset':
      return context.ipsets.has(selector.name) ? undefined : { inner: ipsetNotFound(selector.name) };
    case 'autogroup':
      return selector.known ? undefined : { inner: invalidAutogroup(raw.trim()) };
    default:
      return undefined;
  }
}

function autogroupProblem(name: string, text: string, placement: Placement): Problem | undefined {
  if (AUTOGROUPS_BY_PLACEMENT[placement].has(name)) return undefined;
  if (placement === 'src' && (name === 'self' || name === 'internet')) return { full: msg.selfNotValidInSrc(text) };
  if (placement === 'dst' && name === 'danger-all') return { full: msg.DANGER_ALL_AS_DST };
  return { full: notAllowedHere(text, placement) };
}

/** Kinds of selector each placement accepts (beyond autogroups, handled above). */
function kindAllowed(selector: Selector, placement: Placement): boolean {
  switch (selector.kind) {
    case 'wildcard':
      return placement === 'src' || placement === 'dst' || placement === 'nodeAttr';
    case 'user':
    case 'group':
    case 'tag':
      return true;
    case 'host':
    case 'hostRef':
    case 'prefix':
      return placement === 'src' || placement === 'dst' || placement === 'nodeAttr';
    case 'ipset':
      return placement === 'src' || placement === 'dst';
    case 'service':
      return placement === 'dst' || placement === 'approver';
    case 'domain':
      return true;
    default:
      return false;
  }
}

/** The first problem with one selector in an access rule, nodeAttrs target, owner or approver. */
export function selectorProblem(raw: string, placement: Placement, context: PolicyContext): Problem | undefined {
  const selector = classify(raw);
  const text = raw.trim();
  if (selector.kind === 'autogroup' && selector.known) return autogroupProblem(selector.name, text, placement);
  const missing = undefinedReference(selector, raw, context);
  if (missing !== undefined) return missing;
  if (!kindAllowed(selector, placement)) return { full: notAllowedHere(text, placement) };
  return undefined;
}
