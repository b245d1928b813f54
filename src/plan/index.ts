// The access plan: what a policy change does to who can reach what. Both policies are compiled
// by the engine; every endpoint either names (or, with a tailnet description, every device) is
// evaluated on both sides wherever a changed rule could make a difference, and the differences
// are reported as network, SSH and app-capability changes, with tests that would assert them.

import { numberOf } from '../policy/lists.js';
import type { Topology } from '../policy/topology.js';
import { AfterTests } from './after-tests.js';
import { buildUniverse, type Atom, type Universe } from './atoms.js';
import { PlanBudget, type PlanCaps } from './budget.js';
import {
  collapseSources,
  collapseUndecided,
  collections,
  internetCollections,
  mergeIntervals,
  mergeUndecided,
  type Collection,
} from './collapse.js';
import { droppedTagChanges, networkChanges, sshChanges, type AppDiff, type AtomChange } from './convert.js';
import { diffChannel, type ChannelDiff, type RawChange } from './evaluate.js';
import { highlights } from './highlights.js';
import type { AccessChange, AccessPlan, UndecidedChange } from './model.js';
import { proposeTests } from './proposals.js';
import { channelOf, prepareSides, tailnetOf, type Channel, type PlanSource, type Side } from './side.js';
import { diffSsh, type RawSshChange } from './ssh.js';
import { droppedTags, keptAndDropped } from './tags.js';
import { markTested } from './tested.js';
import { withoutTwinEchoes } from './twins.js';
import { unplannedEdits } from './unplanned.js';

export type {
  AccessChange,
  AccessPlan,
  ChangeKind,
  Highlight,
  HighlightKind,
  ProposedTests,
  UndecidedChange,
} from './model.js';
export { PlanInputError, type PlanSource } from './side.js';
export {
  MAX_ATOMS,
  MAX_MATCHES,
  MAX_PAIRS,
  MAX_TEXT,
  PlanCutShortError,
  type CutShortReason,
  type PlanCaps,
} from './budget.js';
export { planJson, type PlanJson } from './json.js';
export { renderPlanText } from './render-text.js';
export { renderPlanMarkdown } from './render-markdown.js';

export interface PlanOptions {
  /** The tailnet to evaluate against: sources and destinations become its devices. */
  topology?: Topology;
  /** More distinct sources than this make a highlight (default 20). */
  highlightThreshold?: number;
  /** Top-level keys to accept besides the known ones. */
  extraKeys?: readonly string[];
  /** When to stop, in milliseconds as `now` counts: past it, computeAccessPlan throws PlanCutShortError. */
  deadline?: number;
  /** The clock `deadline` is read against; Date.now by default. */
  now?: () => number;
  /** Most endpoints and (source, destination) pairs the plan takes on (defaults MAX_ATOMS, MAX_PAIRS). */
  caps?: PlanCaps;
  /** Whether to propose tests that lock the changes in (default true). */
  propose?: boolean;
}

const DEFAULT_THRESHOLD = 20;

/** A capability one side does not have: a channel of no rules (each side's own, as every channel). */
const emptyChannel = (): Channel => channelOf([], []);

/**
 * Computes the access plan from `before` to `after`. Throws PlanInputError when either is not a
 * valid policy, PlanCutShortError when the deadline passes or the work would exceed the caps.
 */
export function computeAccessPlan(before: PlanSource, after: PlanSource, options: PlanOptions = {}): AccessPlan {
  const budget = new PlanBudget(options.deadline, options.now, options.caps);
  budget.check();
  const tailnet = tailnetOf(options.topology);
  const tailnetGiven = tailnet !== undefined;
  const sides = prepareSides([before, after], tailnet, { extraKeys: options.extraKeys, budget });
  const universe = buildUniverse(sides[0], sides[1], budget);
  const atoms = universe.atoms;
  const raw = diffAll(atoms, sides, budget);
  const parts = [
    networkChanges(raw.network.changes, atoms, { tailnetGiven }),
    ...raw.apps.map(({ app, changes }) => networkChanges(changes, atoms, { app, tailnetGiven })),
    sshChanges(raw.ssh, atoms, tailnetGiven),
  ];
  const dropped = droppedTags(atoms, [sides[0].env.context.tags, sides[1].env.context.tags]);
  if (dropped.size > 0) {
    const variant = diffAll(keptAndDropped(atoms, dropped), [sides[1], sides[1]], budget);
    const tagged = droppedTagChanges({ ...variant, network: variant.network.changes }, atoms, dropped);
    parts.push({ changes: [], undecided: tagged });
  }
  budget.check();
  const changes = parts.flatMap((p) => p.changes);
  const rawUndecided = parts.flatMap((p) => p.undecided);
  budget.text([...changes, ...rawUndecided]);
  const afterTests = new AfterTests(sides[1], budget);
  markTested(changes, { side: sides[1], tests: afterTests }, universe, budget, raw.network.acceptedAfter);
  budget.check();
  const threshold = options.highlightThreshold ?? DEFAULT_THRESHOLD;
  const internet = internetCollections(universe, sides);
  const shown = present(changes, universe, sides, internet);
  const undecided = sortChanges(mergeUndecided(collapseUndecided(rawUndecided, internet), atoms));
  // Again as shown: a change said once for a group carries the group's name, and its members'.
  budget.text([...shown, ...undecided]);
  const unplanned = unplannedEdits(sides[0], sides[1]);
  const found = highlights({
    changes,
    shown,
    atoms,
    selectedAfter: raw.network.selectedAfter,
    network: raw.network.changes,
    ownRoutes: sides.map((side) => side.env.match.ownRoutes),
    tailnetGiven,
    threshold,
    unplanned,
  });
  return {
    mode: tailnet === undefined ? 'symbolic' : 'topology',
    before: before.name,
    after: after.name,
    changes: shown,
    undecided,
    highlights: found,
    proposed:
      options.propose === false
        ? { tests: [], sshTests: [] }
        : proposeTests(shown, sides[1].policy.tests, afterTests, atoms),
    unplanned,
    principals: new Set(changes.map((c) => c.srcAtoms[0])).size,
  };
}

/** Every raw difference between the sides: network, each app capability, SSH. */
function diffAll(
  atoms: readonly Atom[],
  sides: [Side, Side],
  budget: PlanBudget,
): { network: ChannelDiff; apps: AppDiff[]; ssh: RawSshChange[] } {
  const found = diffChannel(atoms, sides, [sides[0].network, sides[1].network], false, budget);
  const network = { ...found, changes: withoutTwinEchoes(found.changes, atoms) };
  const keys = [...new Set([...sides[0].apps.keys(), ...sides[1].apps.keys()])].sort();
  const apps = keys.map((key): AppDiff => {
    const [before, after] = [sides[0].apps.get(key), sides[1].apps.get(key)];
    const { capability, value } = (before ?? after)!;
    const channels: [Channel, Channel] = [before?.channel ?? emptyChannel(), after?.channel ?? emptyChannel()];
    const app = value === undefined ? { capability } : { capability, value };
    return { app, changes: withoutTwinEchoes(diffChannel(atoms, sides, channels, true, budget).changes, atoms) };
  });
  return { network, apps: withoutImpliedPresence(apps), ssh: diffSsh(atoms, sides, budget) };
}

/**
 * A source gaining (or losing) a value of a capability gains (or loses) the capability: the
 * value's change says both, so the capability's own change is left out for that pair. It stays
 * where no value changed (a grant of the capability with an empty list of values).
 */
function withoutImpliedPresence(apps: AppDiff[]): AppDiff[] {
  const said = new Set<string>();
  // A capability by a number, not its name: a key over 16,383 characters is hashed by its length
  // alone, so keys holding one long name would all share a bucket, each lookup comparing them all.
  const numbers = new Map<string, number>();
  const pairKey = (capability: string, r: RawChange): string =>
    `${numberOf(numbers, capability)}|${r.src}|${r.dst}|${r.before}|${r.after}|${r.routes?.join('|') ?? ''}`;
  for (const { app, changes } of apps)
    if (app.value !== undefined) for (const r of changes) said.add(pairKey(app.capability, r));
  return apps.map(({ app, changes }) =>
    app.value === undefined
      ? { app, changes: changes.filter((r) => !said.has(pairKey(app.capability, r))) }
      : { app, changes },
  );
}

/** Collapsed, merged and sorted changes, still carrying their atoms (dropped by planJson). */
function present(
  changes: AtomChange[],
  universe: Universe,
  [before, after]: [Side, Side],
  internet: readonly Collection[],
): AtomChange[] {
  const all = collections(universe, before, after);
  let out = collapseSources(changes, all, 'src');
  const destinations = [...(after.env.tailnet === undefined ? [] : all), ...internet];
  out = collapseSources(out, destinations, 'dst');
  return sortChanges(mergeIntervals(out, universe.atoms));
}

const KIND_ORDER = { network: 0, ssh: 1, app: 2 };

/** Sorted by source, kind, destination, change, protocol, SSH user and capability; each key made once. */
function sortChanges<T extends AccessChange | UndecidedChange>(changes: T[]): T[] {
  const key = (c: AccessChange | UndecidedChange): string[] => [
    c.srcLabel,
    `${KIND_ORDER[c.kind]}`,
    c.dstLabel,
    'change' in c ? c.change : '',
    c.proto ?? '',
    c.sshUser ?? '',
    c.capability ?? '',
    c.value ?? '',
  ];
  const keyed = changes.map((change) => ({ change, key: key(change) }));
  keyed.sort(({ key: ka }, { key: kb }) => {
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
  keyed.forEach(({ change }, i) => (changes[i] = change));
  return changes;
}
