// What the highlights and the tested marks ask of the new policy once a channel's differences
// are known (evaluate.ts): what its rules may still give a source, and one verdict of a pair.

import { namesIdentities, type SelectorSet } from '../policy/compile.js';
import type { MatchEnv } from '../policy/match.js';
import type { NetworkIndex } from '../policy/network-index.js';
import { pairFamily } from '../policy/principal.js';
import type { Tri } from '../policy/tri.js';
import { PREFERRED_FAMILY } from '../policy/unsure.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import { POSTURE_UNKNOWN } from './posture.js';
import { matchesOf, type Targets } from './targets.js';

/**
 * What rules may still give a source: nothing, access to its own devices alone (rules whose
 * destination is only `autogroup:self`, as the default policy's), or more.
 */
export type Selection = 'nothing' | 'own devices' | 'more';

/** A destination of `autogroup:self` and nothing else. */
function onlySelf(dst: SelectorSet): boolean {
  const { wildcard, dangerAll, internet, services, addresses } = dst;
  const others = wildcard || dangerAll || internet || namesIdentities(dst) || services.size > 0;
  return dst.self && !others && addresses.v4.length === 0 && addresses.v6.length === 0;
}

/** What the highlights and the tested marks ask of the new policy once the differences are known. */
export interface AfterQueries {
  /** What the new policy's rules may still give the atom as a source. */
  selectedAfter: (atom: number) => Selection;
  /** Whether the new policy lets `src` reach `dst` on one protocol and port (postures unknown). */
  acceptedAfter: (src: number, dst: number, protocol: number, port: number) => Tri;
}

/** The queries over the new policy's `index` and `env`. */
export function afterQueries(
  atoms: readonly Atom[],
  targets: Targets,
  after: { index: NetworkIndex; env: MatchEnv },
  budget: PlanBudget,
): AfterQueries {
  const selectedAfter = (atom: number): Selection => {
    const p = atoms[atom]!.principals[1];
    if (p === undefined) return 'nothing';
    const ids = [...matchesOf(targets, 1, p, 'src', after.env, budget).keys()];
    if (ids.length === 0) return 'nothing';
    if (!ids.every((id) => onlySelf(targets.list[id]!.target.dst))) return 'more';
    // autogroup:self gives a user their own devices, and a tag or an address nothing.
    return p.identity === 'user' ? 'own devices' : 'nothing';
  };
  const acceptedAfter = (src: number, dst: number, protocol: number, port: number): Tri => {
    const [s, d] = [atoms[src]!.principals[1], atoms[dst]!.principals[1]];
    const family = s === undefined || d === undefined ? undefined : pairFamily(s, d, PREFERRED_FAMILY);
    if (family === undefined) return 'no';
    return after.index.verdict(s!, d!, family, [protocol], port, POSTURE_UNKNOWN);
  };
  return { selectedAfter, acceptedAfter };
}
