// How each side routes a pair it allows: a grant's `via` lets only tagged routers carry the
// traffic (docs/policy-semantics.md §4). The verdict may be the same on both sides while the
// routes differ; whether the access then survives depends on which devices of those tags route
// the destination, which the plan does not model, so such a pair is listed as undecided.

import type { NetworkRule } from '../policy/compile.js';
import type { Tri } from '../policy/tri.js';

/** What one side's rules say of a pair's routes. */
export interface RouteFacts {
  /** The verdict of the side's rules without `via`. */
  direct: Tri;
  /** The rules that may allow the pair, each with whether it certainly selects both ends. */
  connecting: readonly { rule: NetworkRule; certain: boolean }[];
}

/** A rule's route restriction: '' for none, else its via tags. */
const restriction = (rule: NetworkRule): string => rule.via?.join(', ') ?? '';

/** The restrictions of the rules that certainly allow the pair, and of those that only may. */
function restrictions({ direct, connecting }: RouteFacts): { certain: string[]; maybe: string[] } {
  const certain = new Set(
    connecting.filter((c) => c.certain && c.rule.via !== undefined).map((c) => restriction(c.rule)),
  );
  if (direct === 'yes') certain.add('');
  const maybe = new Set(connecting.filter((c) => !c.certain).map((c) => restriction(c.rule)));
  if (direct === 'unknown') maybe.add('');
  for (const known of certain) maybe.delete(known);
  return { certain: [...certain].sort(), maybe: [...maybe].sort() };
}

const union = (restrictions: readonly string[]): string =>
  [...new Set(restrictions.flatMap((r) => r.split(', ')))].sort().join(', ');

const routeText = (routes: string): string => (routes === '' ? 'by any route' : `only through ${routes} (via)`);

/**
 * The side's routes in words, and a key equal for equal routes. Said of the pair where it is
 * allowed: rules that may or may not select it (their verdict says so already) tell its routes
 * as well as rules that do, as long as they all say the same.
 */
function describe(facts: RouteFacts): { words: string; key: string } {
  const { certain, maybe } = restrictions(facts);
  const all = [...new Set([...certain, ...maybe])];
  // A rule without via lets any router carry it; else any router of the rules' via tags may.
  const tags = certain.includes('')
    ? ''
    : maybe.length === 0 && certain.length > 0
      ? union(certain)
      : all.length === 1
        ? all[0]
        : undefined;
  if (tags !== undefined) return { words: routeText(tags), key: `=${tags}` };
  const key = `${certain.join('|')}/${maybe.join('|')}`;
  if (maybe.length === 0) return { words: 'by routes that depend on the tailnet (via)', key };
  const open = `${maybe.map((r) => (r === '' ? 'by any route' : `only through ${r}`)).join(' or ')} depending on the tailnet`;
  return { words: certain.length === 0 ? `${open} (via)` : `${routeText(union(certain))}, or ${open}`, key };
}

/**
 * How each side routes a pair whose verdict is the same on both, where they differ (a `via` list
 * added, edited or removed); undefined where they do not.
 */
export function routesDiffer(facts: readonly [RouteFacts, RouteFacts]): [string, string] | undefined {
  const [before, after] = [describe(facts[0]), describe(facts[1])];
  return before.key === after.key ? undefined : [before.words, after.words];
}
