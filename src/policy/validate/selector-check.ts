// Whether a selector is defined and allowed where it is used (docs/policy-semantics.md §2.3,
// §2.4). A problem is an error only where the server's refusal is established; otherwise it is a
// notice and the selector is accepted (it then matches nothing it cannot be shown to match).

import type { PolicyContext } from '../context.js';
import * as msg from '../messages.js';
import type { Text } from '../model.js';
import { classify, ROLE_AUTOGROUPS, type Selector } from '../selectors.js';
import {
  groupNotDefined,
  hostNotDefined,
  invalidAutogroup,
  ipsetNotFound,
  looksLikeHostAlias,
  notAllowedHere,
  unconfirmed,
} from '../unsure.js';
import type { Findings } from './findings.js';

export type Placement = 'src' | 'dst' | 'nodeAttr' | 'owner' | 'approver';

/**
 * A problem: `inner` texts get the caller's `src=` / `dst="..."` wrapper, `full` texts do not.
 * `notice` marks a problem whose refusal by the server is not established.
 */
export type Problem = ({ inner: string } | { full: string }) & { notice?: true };

const AUTOGROUPS_BY_PLACEMENT: Record<Placement, ReadonlySet<string>> = {
  src: new Set(['member', 'tagged', 'shared', 'danger-all', ...ROLE_AUTOGROUPS]),
  dst: new Set(['member', 'tagged', 'self', 'internet', ...ROLE_AUTOGROUPS]),
  nodeAttr: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
  owner: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
  approver: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
};

const notice = (problem: { inner: string } | { full: string }): Problem => ({ ...problem, notice: true });

/**
 * Whether a name refers to something defined (tags, groups, hosts, ipsets); undefined when it
 * does. Undefined tags are refused (docs: a tag must be defined in tagOwners; captured
 * verdicts); for the other kinds the server's answer is not established.
 */
export function undefinedReference(
  selector: Selector,
  raw: string,
  context: PolicyContext,
  placement?: Placement,
): Problem | undefined {
  switch (selector.kind) {
    case 'tag':
      return context.tags.has(selector.name) ? undefined : { inner: msg.tagNotFound(selector.name) };
    case 'group':
      if (selector.scim || context.groups.has(selector.name)) return undefined;
      return notice({ inner: groupNotDefined(selector.name) });
    case 'host':
      if (context.hosts.has(selector.name)) return undefined;
      if (!looksLikeHostAlias(selector.name)) return unparseable(raw, placement);
      return notice({ inner: hostNotDefined(selector.name) });
    case 'hostRef':
      return context.hosts.has(selector.name) ? undefined : notice({ inner: hostNotDefined(selector.name) });
    case 'ipset':
      return context.ipsets.has(selector.name) ? undefined : notice({ inner: ipsetNotFound(selector.name) });
    case 'autogroup':
      return selector.known ? undefined : notice({ inner: invalidAutogroup(raw.trim()) });
    // These name nothing that must be defined elsewhere in the policy.
    case 'domain':
    case 'localpart':
    case 'prefix':
    case 'range':
    case 'service':
    case 'user':
    case 'wildcard':
      return undefined;
  }
}

/** `"x": invalid address` is the captured answer for a nodeAttrs target; elsewhere it is unconfirmed. */
function unparseable(raw: string, placement: Placement | undefined): Problem {
  const problem = { inner: msg.invalidAddress(raw.trim()) };
  return placement === 'nodeAttr' ? problem : notice(problem);
}

/** Established: self/internet as a source (captured / targets page), danger-all as a destination (captured). */
function autogroupProblem(name: string, text: string, placement: Placement): Problem | undefined {
  if (AUTOGROUPS_BY_PLACEMENT[placement].has(name)) return undefined;
  if (placement === 'src' && (name === 'self' || name === 'internet')) return { full: msg.selfNotValidInSrc(text) };
  if (placement === 'dst' && name === 'danger-all') return { full: msg.DANGER_ALL_AS_DST };
  return notice({ full: notAllowedHere(text, placement) });
}

/** Kinds of selector each placement accepts (beyond autogroups, handled above). */
function kindAllowed(selector: Selector, placement: Placement): boolean {
  const access = placement === 'src' || placement === 'dst';
  switch (selector.kind) {
    case 'wildcard':
    case 'host':
    case 'hostRef':
    case 'prefix':
      return access || placement === 'nodeAttr';
    case 'user':
    case 'group':
    case 'tag':
    case 'domain':
      return true;
    case 'ipset':
      return access;
    case 'service':
      return placement === 'dst' || placement === 'approver';
    case 'autogroup':
    case 'range':
    case 'localpart':
      return false;
  }
}

/**
 * The first problem with one selector in an access rule, nodeAttrs target, owner or approver.
 * An IP range outside `ipsets` is refused (targets page: ranges are for IP sets only); the
 * other placement limits are documented as guidance, not as refusals, so they are notices.
 */
export function selectorProblem(raw: string, placement: Placement, context: PolicyContext): Problem | undefined {
  const selector = classify(raw);
  const text = raw.trim();
  if (selector.kind === 'autogroup' && selector.known) return autogroupProblem(selector.name, text, placement);
  const missing = undefinedReference(selector, raw, context, placement);
  if (missing !== undefined) return missing;
  if (kindAllowed(selector, placement)) return undefined;
  const problem = { full: notAllowedHere(text, placement) };
  return selector.kind === 'range' && (placement === 'src' || placement === 'dst') ? problem : notice(problem);
}

/** Reports a problem as an error, or as a notice saying it was accepted. */
export function reportProblem(out: Findings, problem: Problem, message: string, at: Text, path: string): void {
  if (problem.notice) out.notice(unconfirmed(message), at, path);
  else out.error(message, at, path);
}

/** The problem's text with the `inner` wrapper applied by `wrap`. */
export function problemText(problem: Problem, wrap: (inner: string) => string): string {
  return 'inner' in problem ? wrap(problem.inner) : problem.full;
}
