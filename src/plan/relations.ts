// Which (source, destination) pairs can have changed, found without evaluating every pair. For
// each rule target of each side, the plan records how the engine's matchers see every atom
// (the same three-valued answers the engine's index starts from). A target whose view, ports,
// protocols and posture are identical on both sides contributes identically to every verdict;
// only pairs some other target connects can differ. Those candidates are then evaluated with the
// engine's own verdict, so this filter decides only what to ask, never an answer.
//
// Offline, the engine also answers "maybe" for principals it knows little about: an address in
// the Tailscale range may be any device, a tagged device may carry other tags. Following every
// such "maybe" would pair each of them with every destination of every changed rule, and yield
// only "undecided". The filter follows direct matches only: every decided difference is found
// (a decided verdict needs a direct match), and "maybe" differences are listed where a direct
// match also connects the pair.

import { namesIdentities, type NetworkRule, type NetworkTarget } from '../policy/compile.js';
import { AddressIndex } from '../policy/address-index.js';
import { IdentityIndex } from '../policy/identity-index.js';
import type { Family } from '../policy/ip.js';
import { matchAddress, matchIdentity, matchSet, type MatchEnv } from '../policy/match.js';
import { slot, type Principal } from '../policy/principal.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';

export interface Target {
  rule: NetworkRule;
  target: NetworkTarget;
}

/** One side's targets with, per target, the atoms it may connect, and per atom, its targets. */
export interface Relation {
  targets: Target[];
  /** Atoms the target's `src` may select (including the engine's "may carry other tags/identities" cases). */
  srcAtoms: number[][];
  dstAtoms: number[][];
  /** Per atom: targets whose `src` (resp. `dst`) may select it. */
  srcOf: number[][];
  dstOf: number[][];
  /** Per target: everything that decides its contribution to a verdict, as one string. */
  keys: string[];
}

const FAMILIES = [4, 6] as const;
const initial = (t: string): string => t[0]!;

function candidates(identity: IdentityIndex, addresses: AddressIndex, p: Principal, family: Family): number[] {
  const at = slot(p, family);
  // An unknown address in the Tailscale range is matched for sure only by sets covering the range.
  const extra =
    at === undefined ? [] : at.kind === 'known' ? [addresses.lookup(at.address)] : [addresses.covering[family]];
  return identity.gather(p, false, extra);
}

class Builder {
  readonly srcAtoms: number[][];
  readonly dstAtoms: number[][];
  readonly srcViews: string[][];
  readonly dstViews: string[][];
  private readonly lastSrc: Int32Array;
  private readonly lastDst: Int32Array;

  constructor(count: number) {
    this.srcAtoms = Array.from({ length: count }, () => []);
    this.dstAtoms = Array.from({ length: count }, () => []);
    this.srcViews = Array.from({ length: count }, () => []);
    this.dstViews = Array.from({ length: count }, () => []);
    this.lastSrc = new Int32Array(count).fill(-1);
    this.lastDst = new Int32Array(count).fill(-1);
  }

  src(id: number, atom: number, out: number[]): void {
    if (this.lastSrc[id] === atom) return;
    this.lastSrc[id] = atom;
    this.srcAtoms[id]!.push(atom);
    out.push(id);
  }

  dst(id: number, atom: number, out: number[]): void {
    if (this.lastDst[id] === atom) return;
    this.lastDst[id] = atom;
    this.dstAtoms[id]!.push(atom);
    out.push(id);
  }
}

function targetFlags({ rule, target }: Target): string {
  const d = target.dst;
  return [
    target.protocols.join(','),
    target.ports.map((r) => `${r.first}-${r.last}`).join(','),
    target.allPorts,
    JSON.stringify(rule.postures ?? null),
    d.self,
    d.tags.size > 0,
    namesIdentities(d) || d.self,
    d.tailscale[4],
    d.tailscale[6],
    rule.src.tags.size > 0,
    namesIdentities(rule.src),
  ].join(';');
}

/**
 * Builds one side's relation over the atoms (`side` 0 before, 1 after); atoms without a
 * principal there are skipped.
 */
export function relate(
  rules: readonly NetworkRule[],
  atoms: readonly Atom[],
  side: 0 | 1,
  env: MatchEnv,
  budget: PlanBudget,
): Relation {
  const targets = rules.flatMap((rule) => rule.targets.map((target) => ({ rule, target })));
  const srcIdentity = new IdentityIndex();
  const dstIdentity = new IdentityIndex();
  const srcAddresses = new AddressIndex();
  const dstAddresses = new AddressIndex();
  targets.forEach(({ rule, target }, id) => {
    srcIdentity.add(id, rule.src);
    srcAddresses.add(id, rule.src);
    dstIdentity.add(id, target.dst);
    dstAddresses.add(id, target.dst);
  });
  // autogroup:self: every user's device is a destination (for its owner's devices).
  const self = targets.flatMap(({ target }, id) => (target.dst.self ? [id] : []));
  const b = new Builder(targets.length);
  const srcOf: number[][] = [];
  const dstOf: number[][] = [];
  for (const atom of atoms) {
    const mine: number[] = [];
    const theirs: number[] = [];
    srcOf.push(mine);
    dstOf.push(theirs);
    const p = atom.principals[side];
    if (p === undefined) continue;
    for (const f of FAMILIES) {
      if (slot(p, f) === undefined) continue;
      for (const id of candidates(srcIdentity, srcAddresses, p, f)) {
        budget.step();
        const tri = matchSet(targets[id]!.rule.src, p, f, 'src', env);
        if (tri === 'no') continue;
        budget.match();
        b.srcViews[id]!.push(`${atom.id}.${f}${initial(tri)}`);
        b.src(id, atom.id, mine);
      }
      for (const id of candidates(dstIdentity, dstAddresses, p, f)) {
        budget.step();
        const dst = targets[id]!.target.dst;
        const byAddress = matchAddress(dst, p, f, 'dst', env);
        const byIdentity = matchIdentity(dst, p);
        if (byAddress === 'no' && byIdentity === 'no') continue;
        budget.match();
        b.dstViews[id]!.push(`${atom.id}.${f}${initial(byAddress)}${initial(byIdentity)}`);
        b.dst(id, atom.id, theirs);
      }
    }
    if (p.identity === 'user') for (const id of self) b.dst(id, atom.id, theirs);
  }
  const keys = targets.map((t, id) => `${targetFlags(t)}|${b.srcViews[id]!.join(' ')}|${b.dstViews[id]!.join(' ')}`);
  return { targets, srcAtoms: b.srcAtoms, dstAtoms: b.dstAtoms, srcOf, dstOf, keys };
}

/** Targets of each side without an identical twin on the other side. */
export function changedTargets(before: Relation, after: Relation): [number[], number[]] {
  const balance = new Map<string, number>();
  for (const key of before.keys) balance.set(key, (balance.get(key) ?? 0) + 1);
  for (const key of after.keys) balance.set(key, (balance.get(key) ?? 0) - 1);
  const changed = (relation: Relation): number[] =>
    relation.keys.flatMap((key, id) => (balance.get(key) === 0 ? [] : [id]));
  return [changed(before), changed(after)];
}

/**
 * Pairs (source atom, destination atom) whose verdicts may differ: those a changed target may
 * connect, and every pair of an atom that resolves on one side only. Keyed `src * n + dst`.
 */
export function candidatePairs(
  relations: [Relation, Relation],
  atoms: readonly Atom[],
  budget: PlanBudget,
): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>();
  const add = (s: number, d: number): void => budget.addPair(pairs, s, d);
  const changed = changedTargets(relations[0], relations[1]);
  relations.forEach((relation, side) => {
    for (const id of changed[side]!)
      for (const s of relation.srcAtoms[id]!) for (const d of relation.dstAtoms[id]!) add(s, d);
  });
  for (const atom of atoms) {
    const [before, after] = atom.principals;
    if ((before === undefined) === (after === undefined)) continue;
    const relation = relations[before === undefined ? 1 : 0];
    for (const id of relation.srcOf[atom.id]!) for (const d of relation.dstAtoms[id]!) add(atom.id, d);
    for (const id of relation.dstOf[atom.id]!) for (const s of relation.srcAtoms[id]!) add(s, atom.id);
  }
  return pairs;
}
