// What a reviewer must not miss, said first: access opened from `*` or to the internet, a
// principal left with no access at all, and changes touching many principals.

import type { IPSet } from '../policy/ip.js';
import { clip } from '../render/clip.js';
import { addTo } from '../policy/lists.js';
import type { Atom } from './atoms.js';
import { deviceCollections, isInternet, takeCovered } from './collapse.js';
import type { AtomChange } from './convert.js';
import { protocolText } from './describe.js';
import type { Selection } from './after-queries.js';
import type { Highlight } from './model.js';

const SHOWN = 5;

/**
 * Longest name (or list of protocols) a highlight quotes, in code points, as a table cell: a
 * policy's names can be megabytes long, and the highlights are what a shrinking comment keeps.
 */
const MAX_NAME = 300;

const name = (label: string): string => clip(label, MAX_NAME);

/** The first few of `items`, each once, then how many more. */
function listed(items: readonly string[]): string {
  const unique = [...new Set(items)];
  const head = unique.slice(0, SHOWN).join(', ');
  return unique.length > SHOWN ? `${head} and ${unique.length - SHOWN} more` : head;
}

/** The first few of `labels`, each cut as `name` cuts it (names alike up to their cut read as one). */
const names = (labels: readonly string[]): string => listed(labels.map(name));

/**
 * Public addresses a rule names itself (`9.9.9.9`): the internet, through an exit node, unless a
 * subnet router serves them. With a tailnet description its approved routes are known (and left
 * out); offline only the routes the policy names are, and one approved in the admin console may
 * hold them.
 */
function publicAddresses(changes: readonly AtomChange[], tailnetGiven: boolean): Highlight {
  const what = `public addresses (${names(changes.map((c) => c.dstLabel))})`;
  const sources = names(changes.map((c) => c.srcLabel));
  const unless = tailnetGiven ? '' : ', unless a subnet route the policy does not name holds them';
  return { kind: 'to-internet', message: `opens access to ${what}, the internet, for ${sources}${unless}` };
}

/**
 * `autogroup:internet (icmp, tcp:443)`: each destination once, each of its protocols once. The
 * changes are of different sources, and what any of them opens is opened, so all of a protocol's
 * ports take in the rest.
 */
function accessList(changes: readonly AtomChange[]): string {
  const byDestination = new Map<string, Map<string, Set<string>>>();
  for (const c of changes) {
    const dst = c.dstLabel.replace(/ \(IPv[46]\)$/, '');
    let protocols = byDestination.get(dst);
    if (protocols === undefined) byDestination.set(dst, (protocols = new Map()));
    addTo(protocols, c.proto!, c.ports!);
  }
  const what = (protocols: Map<string, Set<string>>): string =>
    [...protocols]
      .map(([proto, ports]) => protocolText(proto, ports.has('*') ? '*' : [...ports].join(',')))
      .sort()
      .join(', ');
  return listed([...byDestination].map(([dst, protocols]) => `${name(dst)} (${name(what(protocols))})`));
}

/** Whether `dst` is one of `src`'s own devices: itself, or with a tailnet a device of the same user. */
function own(src: Atom, dst: Atom): boolean {
  // Only a user's untagged devices have an owner.
  return src.id === dst.id || (dst.owner !== undefined && dst.owner === src.owner);
}

/**
 * The atoms' labels, where every device of a user, or every device of a tag, is among them
 * said once for the user or tag, as the changes are (deviceCollections).
 */
function said(ids: readonly number[], atoms: readonly Atom[]): string[] {
  const left = new Map(ids.map((id) => [id, id]));
  const whole = takeCovered(left, deviceCollections(atoms)).map(({ collection }) => collection.label);
  return [...whole, ...[...left.keys()].map((id) => atoms[id]!.label)];
}

/**
 * Principals that lose network access and keep none, or none beyond their own devices: the
 * default policy's `autogroup:member` to `autogroup:self` grant selects every user, so without
 * that second case a user's access could all go unremarked. Bare addresses are left out: they
 * stand for whatever the tailnet puts there.
 */
function allAccessRemoved(
  changes: readonly AtomChange[],
  atoms: readonly Atom[],
  selectedAfter: (atom: number) => Selection,
): Highlight[] {
  // Per source that loses something: whether it loses more than access to its own devices.
  const losers = new Map<number, boolean>();
  for (const c of changes) {
    if (c.kind !== 'network' || c.change !== 'lost') continue;
    const src = atoms[c.srcAtoms[0]!]!;
    if (src.kind === 'address') continue;
    const beyondOwn = c.dstAtoms.some((id) => !own(src, atoms[id]!));
    losers.set(src.id, (losers.get(src.id) ?? false) || beyondOwn);
  }
  const nothing: number[] = [];
  const ownOnly: number[] = [];
  for (const [id, beyondOwn] of losers) {
    const selection = selectedAfter(id);
    if (selection === 'nothing') nothing.push(id);
    else if (selection === 'own devices' && beyondOwn) ownOnly.push(id);
  }
  const out: Highlight[] = [];
  const from = (ids: number[]): string => `takes all network access away from ${names(said(ids, atoms))}`;
  if (nothing.length > 0) out.push({ kind: 'all-access-removed', message: from(nothing) });
  if (ownOnly.length > 0)
    out.push({ kind: 'all-access-removed', message: `${from(ownOnly)}, but to their own devices (autogroup:self)` });
  return out;
}

export interface HighlightInput {
  /** Atom-level changes (before collapsing), and the same said once per group or range. */
  changes: readonly AtomChange[];
  shown: readonly AtomChange[];
  atoms: readonly Atom[];
  /** The tailnet's own subnet routes, each side's: not the internet. */
  ownRoutes: readonly (IPSet | undefined)[];
  /** Whether the routes are the tailnet's approved ones; offline, only those the policy names. */
  tailnetGiven: boolean;
  /** Per atom: what the new policy's network rules may still give it as a source. */
  selectedAfter: (atom: number) => Selection;
  /**
   * The raw network differences, as atoms, of which the undecided ones may open the internet (not
   * those that only change its routes: the same verdict on both sides).
   */
  network: readonly { src: number; dst: number; before: string; after: string; routes?: unknown }[];
  threshold: number;
  /** What the new policy edits that the plan does not evaluate (unplanned.ts). */
  unplanned: readonly string[];
}

export function highlights(input: HighlightInput): Highlight[] {
  const { changes, shown, atoms, selectedAfter, threshold } = input;
  const out: Highlight[] = [];
  const gained = shown.filter((c) => c.kind === 'network' && c.change === 'gained');
  const everyone = gained.filter((c) => c.fromEveryone === true);
  if (everyone.length > 0)
    out.push({ kind: 'from-everyone', message: `opens access from * to ${accessList(everyone)}` });
  // The internet as the new policy has it: a route no longer the tailnet's own is the internet
  // again. Any piece of a merged range: a prefix may hold the tailnet's own route and public addresses.
  const afterRoutes = [input.ownRoutes[1]];
  const internet = gained.filter((c) => c.dstAtoms.some((id) => isInternet(atoms[id]!, afterRoutes)));
  const isNamed = (c: AtomChange): boolean => c.dstLabel.startsWith('autogroup:internet');
  const named = internet.filter(isNamed);
  if (named.length > 0) {
    const sources = names(named.map((c) => c.srcLabel));
    out.push({ kind: 'to-internet', message: `opens access to the internet (autogroup:internet) for ${sources}` });
  }
  const addresses = internet.filter((c) => !isNamed(c));
  if (addresses.length > 0) out.push(publicAddresses(addresses, input.tailnetGiven));
  // `*` as a destination may or may not reach the internet (docs/policy-semantics.md §2.2.1). Said
  // of principals: a bare address as the source is undecided offline for reasons of its own.
  const maybe = input.network.filter(
    (u) =>
      u.before !== 'yes' &&
      u.after === 'unknown' &&
      u.routes === undefined &&
      atoms[u.src]!.kind !== 'address' &&
      isInternet(atoms[u.dst]!, afterRoutes),
  );
  if (maybe.length > 0) {
    const sources = names(maybe.map((u) => atoms[u.src]!.label));
    out.push({
      kind: 'maybe-to-internet',
      message: `may open access to the internet for ${sources} (undecided offline)`,
    });
  }
  out.push(...allAccessRemoved(changes, atoms, selectedAfter));
  const principals = new Set(changes.map((c) => c.srcAtoms[0]!)).size;
  // Counted as the plan's sources are: a group's members (with a tailnet, their devices) one by one.
  const counted = input.tailnetGiven ? 'each device counted' : 'each member of a group counted';
  if (principals > threshold)
    out.push({
      kind: 'many-principals',
      message: `changes the access of ${principals} sources, ${counted} (more than ${threshold})`,
    });
  // First: an owner added to a tag gains, through a device they tag, all the tag reaches.
  if (input.unplanned.length > 0) {
    // A route approved or no longer approved is the tailnet's own or the internet's: that much is
    // planned (autogroup:internet leaves the tailnet's own routes out).
    const routes = input.unplanned.some((edit) => edit.startsWith('autoApprovers routes'))
      ? ' (but for what autogroup:internet reaches)'
      : '';
    out.unshift({
      kind: 'outside-plan',
      message: `edits ${names(input.unplanned)}, which the plan does not turn into access changes${routes}; review them`,
    });
  }
  return out;
}
