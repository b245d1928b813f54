// Which of the targets that may make a pair differ (relations.ts: those whose source selects its
// source atom, or whose destination selects its destination atom) can connect that very pair: a
// pair is asked only about the ports of these. A target whose source cannot select the source
// adds nothing to the pair's verdict, on either side.
//
// Without this, every source was asked about the ports of every target to its destination: N
// rules, each from its own user to one tag on its own port, asked N users about 2N ports each,
// and the plan grew with N² (a helper's attack: 8,000 rules took 27 s).
//
// "Can connect" is the engine's own candidate search (identity-index.ts, address-index.ts): the
// names and addresses a principal surely has, not the other tags a tagged device may carry or
// any identity an unknown address may have. For a source or destination known in full this is
// exactly what the engine's verdict reads. For one known in part it leaves out ports where the
// verdict is only "maybe" through such facts: those are listed only where a direct match of a
// differing target connects the pair, as relations.ts already does for the pairs themselves.

import type { NetworkTarget } from '../policy/compile.js';
import { AddressIndex } from '../policy/address-index.js';
import { IdentityIndex } from '../policy/identity-index.js';
import { addressCandidates } from '../policy/network-profiles.js';
import type { Principal } from '../policy/principal.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import { FAMILIES, type Targets } from './targets.js';

/** Per atom, the ids of the targets that may make a pair of it differ, as source and as destination. */
export interface Reasons {
  src: Map<number, Set<number>>;
  dst: Map<number, Set<number>>;
}

/** Some targets (by id), indexed by the other end than the one they were found for. */
interface Local {
  ids: number[];
  identity: IdentityIndex;
  addresses: AddressIndex;
}

export class PairTargets {
  /** Per destination atom: its reasons, indexed by their sources. */
  private readonly bySource = new Map<number, Local>();
  /** Per source atom: its reasons, indexed by their destinations. */
  private readonly byDestination = new Map<number, Local>();

  constructor(
    private readonly targets: Targets,
    private readonly atoms: readonly Atom[],
    private readonly reasons: Reasons,
    private readonly budget: PlanBudget,
  ) {}

  /** The targets, each once, that may make the pair (src, dst) differ and can connect it. */
  of(src: number, dst: number): NetworkTarget[] {
    const found = new Set<number>();
    this.connecting(this.local('src', dst), this.atoms[src]!, 'src', found);
    this.connecting(this.local('dst', src), this.atoms[dst]!, 'dst', found);
    return [...found].map((id) => this.targets.list[id]!.target);
  }

  /**
   * The reasons of `atom` as `role`'s other end, indexed by their `role` end: built once per atom,
   * so a destination with N reasons costs N once, and each source then finds its own few.
   */
  private local(role: 'src' | 'dst', atom: number): Local | undefined {
    const cache = role === 'src' ? this.bySource : this.byDestination;
    let local = cache.get(atom);
    if (local !== undefined) return local;
    const ids = this.reasons[role === 'src' ? 'dst' : 'src'].get(atom);
    if (ids === undefined) return undefined;
    local = { ids: [...ids], identity: new IdentityIndex(), addresses: new AddressIndex() };
    local.ids.forEach((id, at) => {
      this.budget.step();
      const { rule, target } = this.targets.list[id]!;
      const set = role === 'src' ? rule.src : target.dst;
      local!.identity.add(at, set);
      local!.addresses.add(at, set);
    });
    cache.set(atom, local);
    return local;
  }

  /** Adds to `found` the targets of `local` whose `role` end may select the atom, on either side. */
  private connecting(local: Local | undefined, atom: Atom, role: 'src' | 'dst', found: Set<number>): void {
    if (local === undefined) return;
    for (const p of atom.principals) {
      if (p === undefined) continue;
      for (const at of gather(local, p, role)) {
        this.budget.step();
        found.add(local.ids[at]!);
      }
    }
  }
}

/**
 * Candidates as the engine's index finds them (network-index.ts): a source through the
 * addresses that may hold its own, partly or wholly; a destination through those that surely do.
 */
function gather(local: Local, p: Principal, role: 'src' | 'dst'): number[] {
  const extra = FAMILIES.flatMap((family) => addressCandidates(local.addresses, p, family, role === 'src'));
  return local.identity.gather(p, false, extra);
}
