// Says a change once for everything that shares it: a group whose every member gains the same
// access ("group:eng (3 users)"), a user or tag whose every device does (with a tailnet), and
// neighbouring address intervals merged into one range. The collapsed `src` is still something a
// test accepts: a group, a user or a tag stands for exactly those members in a test.

import { contains, type Address, type IPSet } from '../policy/ip.js';
import { pushTo } from '../policy/lists.js';
import { internetRanges } from '../policy/ranges.js';
import { rangeText, type Atom, type Universe } from './atoms.js';
import type { AtomChange, AtomUndecided } from './convert.js';
import type { UndecidedChange } from './model.js';
import type { Side } from './side.js';

/** Test text, display label and member atoms of something a change can be said once for. */
export interface Collection {
  text: string;
  label: string;
  members: number[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Whether an atom is an address interval of autogroup:internet: public, and in neither side's own
 * subnet routes, which are reached through a subnet router, not an exit node.
 */
export function isInternet(atom: Atom, ownRoutes: readonly (IPSet | undefined)[]): boolean {
  if (atom.kind !== 'address') return false;
  const address: Address = { family: atom.family!, value: atom.range!.lo };
  return contains(internetRanges(), address) && !ownRoutes.some((routes) => routes && contains(routes, address));
}

/**
 * The address intervals of `autogroup:internet`, said once when a change covers all of them:
 * both families, or one (an IPv4 source never reaches IPv6 addresses). The tailnet's own routes,
 * which it leaves out, are left out on either side's count.
 */
export function internetCollections(universe: Universe, sides: readonly Side[]): Collection[] {
  const ownRoutes = sides.map(({ env }) => env.match.ownRoutes);
  const of = (atoms: readonly Atom[]): Atom[] => atoms.filter((a) => isInternet(a, ownRoutes));
  const v4 = of(universe.intervals[4]);
  const v6 = of(universe.intervals[6]);
  const collection = (members: Atom[], label: string): Collection[] =>
    members.length === 0 ? [] : [{ text: members[0]!.text, label, members: members.map((a) => a.id) }];
  return [
    ...collection([...v4, ...v6], 'autogroup:internet'),
    ...collection(v4, 'autogroup:internet (IPv4)'),
    ...collection(v6, 'autogroup:internet (IPv6)'),
  ];
}

/** A tailnet's devices, each user's by login and each tag's by tag, in the order of the atoms. */
function devicesBy(atoms: readonly Atom[]): { logins: Map<string, number[]>; tags: Map<string, number[]> } {
  const logins = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  for (const atom of atoms) {
    if (atom.kind !== 'device') continue;
    if (atom.owner !== undefined) pushTo(logins, atom.owner, atom.id);
    for (const tag of atom.tags ?? []) pushTo(tags, tag, atom.id);
  }
  return { logins, tags };
}

/** Users, then tags, each said once for all its devices: `alice@example.com (2 devices)`. */
export function deviceCollections(atoms: readonly Atom[], by = devicesBy(atoms)): Collection[] {
  return [...by.logins, ...by.tags].map(([text, members]) => ({
    text,
    label: `${text} (${plural(members.length, 'device')})`,
    members,
  }));
}

/**
 * Groups (by user atoms, or by devices with a tailnet) whose members are the same in both
 * policies, so that a test naming the group means the same principals on both sides; then
 * users and the new policy's tags by their devices.
 */
export function collections(universe: Universe, before: Side, after: Side): Collection[] {
  const { atoms } = universe;
  const out: Collection[] = [];
  const by = devicesBy(atoms);
  for (const [group, logins] of after.env.context.groups) {
    const old = before.env.context.groups.get(group);
    if (old === undefined || old.length !== logins.length) continue;
    // A set, not `includes` per member: a group of 40,000 members took 14 s.
    const now = new Set(logins);
    if (!old.every((login) => now.has(login))) continue;
    const members =
      after.env.tailnet === undefined
        ? logins.flatMap((login) => universe.byKey.get(`user:${login}`) ?? [])
        : logins.flatMap((login) => by.logins.get(login) ?? []);
    const word = after.env.tailnet === undefined ? 'user' : 'device';
    if (members.length > 1) out.push({ text: group, label: `${group} (${plural(members.length, word)})`, members });
  }
  // A tag the new policy no longer defines names nothing in its tests (`tag not found`): its
  // devices' changes stay said device by device, by address.
  for (const tag of [...by.tags.keys()]) if (!after.env.context.tags.has(tag)) by.tags.delete(tag);
  out.push(...deviceCollections(atoms, by));
  return out.sort((a, b) => b.members.length - a.members.length || (a.text < b.text ? -1 : 1));
}

/** Everything of a change but one side, as one string (absent fields as empty ones, as a join makes them). */
function restKey(c: AtomChange, without: 'src' | 'dst'): string {
  // One template rather than a joined array: this runs for every change, twice.
  const atoms = without === 'src' ? c.dstAtoms.join(',') : c.srcAtoms.join(',');
  // The ports' text leaves port 0 out (portsText): whether the ranges hold it is said apart.
  const zero = c.ranges?.[0]?.first === 0 ? '+0' : '';
  return (
    `${c.change}|${c.kind}|${atoms}|${c.proto ?? ''}|${c.ports ?? ''}${zero}|${c.sshUser ?? ''}|${c.action ?? ''}|` +
    `${c.checkPeriod ?? ''}|${c.capability ?? ''}|${c.value ?? ''}|${c.testable}|${c.fromEveryone ?? ''}`
  );
}

/**
 * One change for a collection's members: the first member's change said of the collection. One
 * spread of a change and named fields, not a second spread: V8 copies the change's shape whole
 * then, where spreading an object of fields defines each one apart.
 */
function combine(parts: readonly AtomChange[], collection: Collection, side: 'src' | 'dst'): AtomChange {
  const tested = parts.every((p) => p.tested);
  const { text, label, members: atoms } = collection;
  if (side === 'dst') return { ...parts[0]!, dst: text, dstLabel: label, dstAtoms: atoms, tested };
  const members = parts.map((p) => p.src);
  return { ...parts[0]!, src: text, srcLabel: label, srcAtoms: atoms, members, tested };
}

/** Per atom, the collections holding it (by position in `all`): a group of items looks only at those. */
function holdingOf(all: readonly Collection[]): Map<number, number[]> {
  const holding = new Map<number, number[]>();
  all.forEach((collection, i) => {
    collection.members.forEach((m) => pushTo(holding, m, i));
  });
  return holding;
}

/**
 * Takes out of `byAtom` the items of each collection it holds every member of, in the order of
 * `all`, each collection with its items; what is left is said atom by atom. A collection is looked
 * at only when full, counted through the collections holding each atom (`holding`).
 */
export function takeCovered<T>(
  byAtom: Map<number, T>,
  all: readonly Collection[],
  holding: ReadonlyMap<number, readonly number[]> = holdingOf(all),
): { collection: Collection; parts: T[] }[] {
  const counts = new Map<number, number>();
  // forEach, not for-of: this runs for every group of changes, mostly before V8 optimises it.
  byAtom.forEach((_item, atom) => {
    holding.get(atom)?.forEach((i) => counts.set(i, (counts.get(i) ?? 0) + 1));
  });
  const full: number[] = [];
  counts.forEach((count, i) => {
    if (count === all[i]!.members.length) full.push(i);
  });
  const out: { collection: Collection; parts: T[] }[] = [];
  for (const collection of full.sort((a, b) => a - b).map((i) => all[i]!)) {
    // An earlier (larger) collection may have taken some of its members.
    if (!collection.members.every((m) => byAtom.has(m))) continue;
    out.push({ collection, parts: collection.members.map((m) => byAtom.get(m)!) });
    collection.members.forEach((m) => byAtom.delete(m));
  }
  return out;
}

/** Replaces, per identical change, the sources a collection fully covers by the collection. */
export function collapseSources(
  changes: readonly AtomChange[],
  all: readonly Collection[],
  side: 'src' | 'dst',
): AtomChange[] {
  const groups = new Map<string, AtomChange[]>();
  // forEach, not for-of: this runs for every change, mostly before V8 optimises it.
  changes.forEach((c) => pushTo(groups, restKey(c, side), c));
  const holding = holdingOf(all);
  const out: AtomChange[] = [];
  for (const group of groups.values()) {
    const byAtom = new Map(group.map((c) => [(side === 'src' ? c.srcAtoms : c.dstAtoms)[0]!, c]));
    for (const { collection, parts } of takeCovered(byAtom, all, holding)) out.push(combine(parts, collection, side));
    out.push(...byAtom.values());
  }
  return out;
}

/**
 * Items to neighbouring address intervals that `key` says are alike, merged into one for the
 * whole range (`absorb` takes in what the merged item adds); other items as they are.
 */
function mergeRuns<T extends { dstAtoms?: number[]; dstLabel: string }>(
  items: readonly T[],
  atoms: readonly Atom[],
  key: (item: T) => string,
  absorb: (run: T, item: T) => void,
): T[] {
  const out: T[] = [];
  const runs = new Map<string, T>();
  const first = (item: T): number => item.dstAtoms?.[0] ?? -1;
  for (const item of [...items].sort((a, b) => first(a) - first(b))) {
    const atom = item.dstAtoms?.length === 1 ? atoms[item.dstAtoms[0]!]! : undefined;
    if (atom?.kind !== 'address' || atom.label !== rangeText(atom.family!, atom.range!)) {
      out.push(item);
      continue;
    }
    const run = runs.get(key(item));
    const last = run === undefined ? undefined : atoms[run.dstAtoms!.at(-1)!]!;
    if (run !== undefined && last!.family === atom.family && last!.range!.hi + 1n === atom.range!.lo) {
      run.dstAtoms!.push(atom.id);
      absorb(run, item);
      run.dstLabel = rangeText(atom.family!, { lo: atoms[run.dstAtoms![0]!]!.range!.lo, hi: atom.range!.hi });
      continue;
    }
    const copy = { ...item, dstAtoms: [atom.id] };
    runs.set(key(item), copy);
    out.push(copy);
  }
  return out;
}

/** Merges changes to neighbouring address intervals into one change to the whole range. */
export function mergeIntervals(changes: readonly AtomChange[], atoms: readonly Atom[]): AtomChange[] {
  return mergeRuns(
    changes,
    atoms,
    (c) => restKey(c, 'dst'),
    (run, c) => (run.tested &&= c.tested),
  );
}

/** Everything of an undecided difference but its destination, as one string. */
const undecidedKey = ({ dst: _dst, dstLabel: _label, dstAtoms: _atoms, ...rest }: AtomUndecided): string =>
  JSON.stringify(rest);

/**
 * Undecided differences said once for `autogroup:internet` (or one family of it) where they hold
 * for each of its intervals and for no other address, as changes are: a `via` list of exit nodes
 * added to an internet grant, say, leaves every interval undecided. Where other addresses share
 * them (a `*` destination leaves every address outside the tailnet undecided), the ranges
 * mergeUndecided makes say it in fewer rows.
 */
export function collapseUndecided(list: readonly AtomUndecided[], internet: readonly Collection[]): AtomUndecided[] {
  const holding = holdingOf(internet);
  const groups = new Map<string, AtomUndecided[]>();
  const out: AtomUndecided[] = [];
  for (const u of list) {
    if (u.dstAtoms?.length === 1) pushTo(groups, undecidedKey(u), u);
    else out.push(u);
  }
  for (const group of groups.values()) {
    if (!group.every((u) => holding.has(u.dstAtoms![0]!))) {
      out.push(...group);
      continue;
    }
    const byAtom = new Map(group.map((u) => [u.dstAtoms![0]!, u]));
    for (const { collection, parts } of takeCovered(byAtom, internet, holding)) {
      const { dstAtoms: _atoms, ...first } = parts[0]!;
      out.push({ ...first, dst: collection.text, dstLabel: collection.label });
    }
    out.push(...byAtom.values());
  }
  return out;
}

/**
 * Undecided differences merged as changes are (a `*` destination leaves every interval outside
 * the tailnet undecided); their destination atoms, which the plan does not show, dropped.
 */
export function mergeUndecided(list: readonly AtomUndecided[], atoms: readonly Atom[]): UndecidedChange[] {
  return mergeRuns(list, atoms, undecidedKey, () => undefined).map(({ dstAtoms: _atoms, ...u }) => u);
}
