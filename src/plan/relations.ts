// Which (source, destination) pairs can have changed, found without evaluating every pair, and
// why: the targets whose contribution to the pair's verdict may differ between the sides. A
// verdict is the union of what each target allows; a target with the same key on both sides,
// matched against an endpoint whose principal is the same on both sides, contributes the same.
// So a pair's verdict can differ only through
//   - a target whose key exists on one side only (a rule added, removed or edited, a host or
//     ipset whose addresses moved, a posture whose conditions changed): the pairs it connects;
//   - an endpoint whose principal differs (a user added to a group, a tag no longer defined),
//     or an address inside a route of the tailnet's own that one side lists and the other does
//     not (autogroup:internet leaves those out): the targets that select it differently, paired
//     with what those targets select.
// The candidates are then evaluated with the engine's own verdict, on the protocols and ports
// of these targets only: this filter decides what to ask, never an answer.
//
// Offline, the engine also answers "maybe" for principals it knows little about: an address in
// the Tailscale range may be any device, a tagged device may carry other tags. Following every
// such "maybe" would pair each of them with every destination of every changed rule, and yield
// only "undecided". The filter follows direct matches only: every decided difference is found
// (a decided verdict needs a direct match), and "maybe" differences are listed where a direct
// match of a differing target also connects the pair.

import type { SelectorSet } from '../policy/compile.js';
import { AddressIndex } from '../policy/address-index.js';
import { IdentityIndex } from '../policy/identity-index.js';
import type { MatchEnv } from '../policy/match.js';
import { contains, isEmpty, NO_ADDRESSES, symmetricDifference, type IPSet } from '../policy/ip.js';
import { addTo, pushTo } from '../policy/lists.js';
import { slot, type AddressSlot, type Principal } from '../policy/principal.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import type { Reasons } from './pair-targets.js';
import { candidateIds, destinationMatch, matchesOf, presentOn, sourceMatch, type Targets } from './targets.js';

/**
 * Candidate pairs, by source atom then destination atom; and per atom, the targets that may
 * make a pair of it differ: those whose source selects it (`src`), or whose destination does.
 * A pair is then asked only about the ports of those of its two ends' targets that can connect
 * it, found by the same direct matches (pair-targets.ts): an undecided difference that only an
 * end's possible facts would connect (another tag a device may carry, the unknown addresses of
 * a Service or a SCIM group) is not listed, as pairs connected only so are not.
 */
export interface Candidates {
  pairs: Map<number, Map<number, true>>;
  reasons: Reasons;
}

/** Per target id of one side: the atoms its source and its destination may select. */
interface Reach {
  src: Map<number, number[]>;
  dst: Map<number, number[]>;
}

const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
};

const sameSlot = (a: AddressSlot | undefined, b: AddressSlot | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === 'tailscale' || b.kind === 'tailscale') return a.kind === b.kind;
  return a.address.value === b.address.value;
};

/** Whether two principals read the same to every selector: equal in everything matching reads of them. */
export function samePrincipal(a: Principal, b: Principal): boolean {
  return (
    a.key === b.key &&
    a.identity === b.identity &&
    a.login === b.login &&
    sameSet(a.groups, b.groups) &&
    a.groupsComplete === b.groupsComplete &&
    a.scimGroup === b.scimGroup &&
    sameSet(a.tags, b.tags) &&
    a.tagsComplete === b.tagsComplete &&
    a.member === b.member &&
    sameSet(a.roles, b.roles) &&
    a.service === b.service &&
    sameSlot(a.v4, b.v4) &&
    sameSlot(a.v6, b.v6)
  );
}

/** Ids of the targets only one side has. */
export function changedTargets(targets: Targets): number[] {
  return targets.presence.flatMap((presence, id) => (presence === 3 ? [] : [id]));
}

/** What selector sets name when they name users, groups and tags only. */
interface Named {
  users: Set<string>;
  groups: Set<string>;
  tags: Set<string>;
}

/** The users, groups and tags the sets name, when that is all they name; undefined otherwise. */
function namedOnly(sets: readonly SelectorSet[]): Named | undefined {
  const named: Named = { users: new Set(), groups: new Set(), tags: new Set() };
  for (const set of sets) {
    const flags = set.wildcard || set.dangerAll || set.member || set.tagged || set.shared || set.self || set.internet;
    const others = set.roles.size + set.domains.size + set.services.size + set.scimGroups.size;
    if (flags || others > 0 || !isEmpty(set.addresses)) return undefined;
    set.users.forEach((user) => named.users.add(user));
    set.groups.forEach((group) => named.groups.add(group));
    set.tags.forEach((tag) => named.tags.add(tag));
  }
  return named;
}

/** One side's atoms by the names that select them (as match.ts reads identities), by position. */
interface AtomsByName {
  users: Map<string, number[]>;
  groups: Map<string, number[]>;
  tags: Map<string, number[]>;
  /** Services, which may carry any tag (docs/policy-semantics.md §2.2.10). */
  services: number[];
  /** Atoms any name may select: unknown identity, or groups or tags not all known. */
  any: number[];
}

const byName: [WeakMap<readonly Atom[], AtomsByName>, WeakMap<readonly Atom[], AtomsByName>] = [
  new WeakMap(),
  new WeakMap(),
];

function indexByName(atoms: readonly Atom[], side: 0 | 1): AtomsByName {
  const index: AtomsByName = { users: new Map(), groups: new Map(), tags: new Map(), services: [], any: [] };
  atoms.forEach((atom, at) => {
    const p = atom.principals[side];
    if (p === undefined) return;
    if (p.identity === 'unknown' || (p.identity === 'user' && (p.login === undefined || !p.groupsComplete)))
      index.any.push(at);
    else if (p.identity === 'tagged' && !p.tagsComplete) index.any.push(at);
    else if (p.identity === 'user') {
      pushTo(index.users, p.login!, at);
      p.groups.forEach((group) => pushTo(index.groups, group, at));
    } else if (p.identity === 'tagged') p.tags.forEach((tag) => pushTo(index.tags, tag, at));
    else if (p.service !== undefined) index.services.push(at);
  });
  return index;
}

/**
 * The atoms sets naming only `named` may select, in order: a few targets (one app capability
 * value's grants, say) then look at the atoms they name, not at every atom of the tailnet.
 */
function namedAtoms(atoms: readonly Atom[], side: 0 | 1, named: Named): Atom[] {
  let index = byName[side].get(atoms);
  if (index === undefined) byName[side].set(atoms, (index = indexByName(atoms, side)));
  const found = new Set<number>(index.any);
  const gather = (names: Set<string>, map: Map<string, number[]>): void =>
    names.forEach((name) => map.get(name)?.forEach((at) => found.add(at)));
  gather(named.users, index.users);
  gather(named.groups, index.groups);
  gather(named.tags, index.tags);
  if (named.tags.size > 0) index.services.forEach((at) => found.add(at));
  return [...found].sort((a, b) => a - b).map((at) => atoms[at]!);
}

/** Atoms the targets `ids` may select on one side, as source and as destination. */
function reach(
  targets: Targets,
  ids: readonly number[],
  atoms: readonly Atom[],
  side: 0 | 1,
  env: MatchEnv,
  budget: PlanBudget,
): Reach {
  const out: Reach = { src: new Map(ids.map((id) => [id, []])), dst: new Map(ids.map((id) => [id, []])) };
  if (ids.length === 0) return out;
  const index = {
    srcIdentity: new IdentityIndex(),
    srcAddresses: new AddressIndex(),
    dstIdentity: new IdentityIndex(),
    dstAddresses: new AddressIndex(),
  };
  ids.forEach((id, local) => {
    const { rule, target } = targets.list[id]!;
    index.srcIdentity.add(local, rule.src);
    index.srcAddresses.add(local, rule.src);
    index.dstIdentity.add(local, target.dst);
    index.dstAddresses.add(local, target.dst);
  });
  const named = namedOnly(ids.flatMap((id) => [targets.list[id]!.rule.src, targets.list[id]!.target.dst]));
  const asked = named === undefined ? atoms : namedAtoms(atoms, side, named);
  // forEach, not for-of: these run for every atom (every device, with a tailnet) and candidate,
  // mostly before V8 optimises them, where each step of a for-of makes an iterator result.
  asked.forEach((atom) => {
    const p = atom.principals[side];
    if (p === undefined) return;
    candidateIds(index.srcIdentity, index.srcAddresses, p).forEach((local) => {
      budget.step();
      const id = ids[local]!;
      if (sourceMatch(targets.list[id]!.rule.src, p, env) === '') return;
      budget.match();
      out.src.get(id)!.push(atom.id);
    });
    candidateIds(index.dstIdentity, index.dstAddresses, p).forEach((local) => {
      budget.step();
      const id = ids[local]!;
      if (destinationMatch(targets.list[id]!.target.dst, p, env) === '') return;
      budget.match();
      out.dst.get(id)!.push(atom.id);
    });
  });
  return out;
}

/** Per side, per target id: the atoms it matches differently from the other side, as source and destination. */
type Affected = Map<number, { src: number[]; dst: number[] }>;

/**
 * For an atom whose principal differs between the sides: the targets both sides have whose
 * match of it differs between the sides (targets of one side only are changed anyway).
 */
function affect(
  targets: Targets,
  atom: Atom,
  envs: readonly [MatchEnv, MatchEnv],
  affected: [Affected, Affected],
  budget: PlanBudget,
): void {
  for (const role of ['src', 'dst'] as const) {
    const matches = ([0, 1] as const).map((side) => {
      const p = atom.principals[side];
      return p === undefined ? new Map<number, string>() : matchesOf(targets, side, p, role, envs[side], budget);
    });
    for (const side of [0, 1] as const) {
      for (const [id, how] of matches[side]!) {
        if (targets.presence[id] !== 3 || matches[1 - side]!.get(id) === how) continue;
        let entry = affected[side].get(id);
        if (entry === undefined) affected[side].set(id, (entry = { src: [], dst: [] }));
        entry[role].push(atom.id);
      }
    }
  }
}

/**
 * The tailnet's own routes that one side has and the other does not (its autoApprovers routes
 * changed): an address there reads differently to autogroup:internet, so an atom inside them is
 * treated as one whose principal changed.
 */
function changedRoutes(envs: readonly [MatchEnv, MatchEnv]): IPSet | undefined {
  const differs = symmetricDifference(envs[0].ownRoutes ?? NO_ADDRESSES, envs[1].ownRoutes ?? NO_ADDRESSES);
  return isEmpty(differs) ? undefined : differs;
}

function inRoutes(p: Principal, routes: IPSet | undefined): boolean {
  if (routes === undefined) return false;
  return ([4, 6] as const).some((family) => {
    const at = slot(p, family);
    return at?.kind === 'known' && contains(routes, at.address);
  });
}

/** Per universe, its atoms whose principal differs between the sides: the same for every channel. */
const differing = new WeakMap<readonly Atom[], readonly Atom[]>();

/** Atoms whose principal differs between the sides, or that lie in routes only one side lists. */
function atomsThatDiffer(atoms: readonly Atom[], routes: IPSet | undefined): readonly Atom[] {
  const same = (atom: Atom): boolean => {
    const [before, after] = atom.principals;
    return before !== undefined && after !== undefined && samePrincipal(before, after);
  };
  if (routes !== undefined) return atoms.filter((atom) => !same(atom) || inRoutes(atom.principals[1]!, routes));
  let found = differing.get(atoms);
  if (found === undefined) differing.set(atoms, (found = atoms.filter((atom) => !same(atom))));
  return found;
}

/** `add` for every pair of a source and a destination (forEach: it runs for each pair). */
function pairUp(srcs: readonly number[], dsts: readonly number[], add: (s: number, d: number) => void): void {
  srcs.forEach((s) => dsts.forEach((d) => add(s, d)));
}

/** Pairs (source atom, destination atom) whose verdicts may differ, and why (see Candidates). */
export function candidatePairs(
  targets: Targets,
  atoms: readonly Atom[],
  envs: readonly [MatchEnv, MatchEnv],
  budget: PlanBudget,
): Candidates {
  const found: Candidates = { pairs: new Map(), reasons: { src: new Map(), dst: new Map() } };
  const add = (s: number, d: number): void => void budget.addPair(found.pairs, s, d, () => true);
  const because = (role: 'src' | 'dst', atom: number, why: number): void => addTo(found.reasons[role], atom, why);
  const changed = changedTargets(targets);
  const affected: [Affected, Affected] = [new Map(), new Map()];
  for (const atom of atomsThatDiffer(atoms, changedRoutes(envs))) affect(targets, atom, envs, affected, budget);
  for (const side of [0, 1] as const) {
    const mine = changed.filter((id) => presentOn(targets.presence[id]!, side));
    const ids = [...new Set([...mine, ...affected[side].keys()])].sort((a, b) => a - b);
    const reached = reach(targets, ids, atoms, side, envs[side], budget);
    for (const id of mine) {
      const [srcs, dsts] = [reached.src.get(id)!, reached.dst.get(id)!];
      srcs.forEach((s) => because('src', s, id));
      dsts.forEach((d) => because('dst', d, id));
      pairUp(srcs, dsts, add);
    }
    for (const [id, { src, dst }] of affected[side]) {
      src.forEach((s) => because('src', s, id));
      dst.forEach((d) => because('dst', d, id));
      pairUp(src, reached.dst.get(id)!, add);
      pairUp(reached.src.get(id)!, dst, add);
    }
  }
  return found;
}
