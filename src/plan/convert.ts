// Raw differences (atom ids, protocol numbers, port ranges, states) into plan entries.

import { protocolHasPorts, protocolName, type PortRange } from '../policy/ports.js';
import type { Atom } from './atoms.js';
import type { RawChange, State } from './evaluate.js';
import type { AccessChange, ChangeKind, UndecidedChange } from './model.js';
import type { PostureTerms } from './posture.js';
import type { RawSshChange, SshState } from './ssh.js';

/** A change still tied to the atoms it was computed for (collapsing and test lookup need them). */
export interface AtomChange extends AccessChange {
  srcAtoms: number[];
  dstAtoms: number[];
  /** Protocol number (network). */
  protocol?: number;
  ranges?: PortRange[];
}

/**
 * Port ranges in policy syntax: `*` for all, else `N` / `N-M` joined by commas. Port 0 is left
 * out: the syntax refuses it outside `*` (§2.6), so `0-442` reads `1-442`. Only a change of port 0
 * alone (`*` against `1-65535`) still says `0`, the one port it is about.
 */
export function portsText(ranges: readonly PortRange[]): string {
  if (ranges.length === 1 && ranges[0]!.first === 0 && ranges[0]!.last === 65535) return '*';
  const written = ranges.flatMap((r) => (r.first > 0 ? [r] : r.last > 0 ? [{ first: 1, last: r.last }] : []));
  return (written.length > 0 ? written : ranges)
    .map((r) => (r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`))
    .join(',');
}

/** The port a test uses for a change: the lowest one but 0, which the plan does not write (portsText), where it has one. */
function testPort(ranges: readonly PortRange[]): number {
  const range = ranges.find((r) => r.last > 0);
  return range === undefined ? 0 : Math.max(range.first, 1);
}

const STATE_WORDS: Record<State | SshState, string> = {
  yes: 'allowed',
  no: 'denied',
  unknown: 'depends on the tailnet',
  absent: 'not defined',
  accept: 'accept',
  check: 'check',
  deny: 'deny',
};

const named = (atom: Atom): boolean => atom.madeUp === undefined && atom.principals[1] !== undefined;

function base(kind: ChangeKind, change: 'gained' | 'lost', src: Atom, dst: Atom): AtomChange {
  return {
    change,
    kind,
    src: src.text,
    dst: dst.text,
    srcLabel: src.label,
    dstLabel: dst.label,
    tested: false,
    // A test of the new policy names neither a made-up user nor an endpoint it no longer defines (a tag).
    testable: kind !== 'app' && named(src) && named(dst),
    srcAtoms: [src.id],
    dstAtoms: [dst.id],
  };
}

/**
 * How a side's verdict reads. An unknown one depends on the tailnet when none was described;
 * with one, on what the server's rules leave open (`*`, `via`...), and for a Service on its tags,
 * which are set where it is defined, not in the policy or a tailnet description (§2.2.10).
 */
function stateWords(state: State | SshState, dst: Atom, tailnetGiven: boolean): string {
  if (state !== 'unknown') return STATE_WORDS[state];
  if (dst.kind === 'service') return 'depends on the tailnet, or on the tags the Service carries';
  return tailnetGiven ? 'not known offline' : STATE_WORDS.unknown;
}

/** A side's verdict with the routes it takes: "allowed by any route", "depends on the tailnet, only through …". */
const routeText = (verdict: string, plain: boolean, route: string): string => `${verdict}${plain ? ' ' : ', '}${route}`;

function undecided(
  kind: ChangeKind,
  src: Atom,
  dst: Atom,
  states: [State | SshState, State | SshState],
  {
    postures = [],
    words = [],
    tailnetGiven,
  }: {
    postures?: readonly (PostureTerms | undefined)[];
    words?: readonly (string | undefined)[];
    tailnetGiven: boolean;
  },
): UndecidedChange {
  const out: UndecidedChange = {
    kind,
    src: src.text,
    dst: dst.text,
    srcLabel: src.label,
    dstLabel: dst.label,
    before: words[0] ?? postures[0]?.words ?? stateWords(states[0], dst, tailnetGiven),
    after: words[1] ?? postures[1]?.words ?? stateWords(states[1], dst, tailnetGiven),
  };
  if (postures.length === 0) return out;
  const names = [...new Set(postures.flatMap((p) => p?.names ?? []))].sort();
  if (names.length > 0) out.postures = names;
  return out;
}

/** An app capability, or one of its values (canonical JSON). */
export interface AppRef {
  capability: string;
  value?: string;
}

/** One app channel's raw differences. */
export interface AppDiff {
  app: AppRef;
  changes: RawChange[];
}

/** An undecided difference with the destination atoms it covers (dropped before the plan is returned). */
export type AtomUndecided = UndecidedChange & { dstAtoms?: number[] };

export function networkChanges(
  raw: readonly RawChange[],
  atoms: readonly Atom[],
  { app, tailnetGiven }: { app?: AppRef; tailnetGiven: boolean },
): { changes: AtomChange[]; undecided: AtomUndecided[] } {
  const changes: AtomChange[] = [];
  const open: AtomUndecided[] = [];
  const kind: ChangeKind = app === undefined ? 'network' : 'app';
  for (const r of raw) {
    const src = atoms[r.src]!;
    const dst = atoms[r.dst]!;
    const detail =
      app === undefined
        ? { proto: protocolName(r.protocol), ports: protocolHasPorts(r.protocol) ? portsText(r.ranges) : '*' }
        : app;
    if (r.routes !== undefined || r.before === 'unknown' || r.after === 'unknown') {
      const routed = r.routes?.map((route, i) => {
        const [state, postures] = [i === 0 ? r.before : r.after, r.postures?.[i]];
        return routeText(postures?.words ?? stateWords(state, dst, tailnetGiven), state === 'yes' && !postures, route);
      });
      const words = { postures: r.postures, words: routed, tailnetGiven };
      open.push({ ...undecided(kind, src, dst, [r.before, r.after], words), ...detail, dstAtoms: [dst.id] });
      continue;
    }
    const change = base(kind, r.after === 'yes' ? 'gained' : 'lost', src, dst);
    Object.assign(change, detail);
    if (app === undefined) {
      change.protocol = r.protocol;
      change.ranges = r.ranges;
      change.port = protocolHasPorts(r.protocol) ? testPort(r.ranges) : 0;
      if (r.fromEveryone) change.fromEveryone = true;
    }
    changes.push(change);
  }
  return { changes, undecided: open };
}

function sshChange(
  change: 'gained' | 'lost',
  action: 'accept' | 'check',
  src: Atom,
  dst: Atom,
  login: string,
  period?: string,
): AtomChange {
  const out = base('ssh', change, src, dst);
  out.sshUser = login;
  out.action = action;
  if (period !== undefined) out.checkPeriod = period;
  return out;
}

export function sshChanges(
  raw: readonly RawSshChange[],
  atoms: readonly Atom[],
  tailnetGiven: boolean,
): { changes: AtomChange[]; undecided: UndecidedChange[] } {
  const changes: AtomChange[] = [];
  const open: UndecidedChange[] = [];
  for (const r of raw) {
    const src = atoms[r.src]!;
    const dst = atoms[r.dst]!;
    if (r.before === 'unknown' || r.after === 'unknown') {
      const words = { postures: r.postures, words: r.words, tailnetGiven };
      open.push({ ...undecided('ssh', src, dst, [r.before, r.after], words), sshUser: r.login });
      continue;
    }
    const periodOnly = r.before === 'check' && r.after === 'check';
    if (r.before === 'accept' || r.before === 'check')
      changes.push(sshChange('lost', r.before, src, dst, r.login, r.beforePeriod));
    if (r.after === 'accept' || r.after === 'check')
      changes.push(sshChange('gained', r.after, src, dst, r.login, r.afterPeriod));
    // Whether a `check` outcome satisfies an `accept` assertion is not known (ssh-tests.ts): between
    // the two actions only a gained check is locked in by a test (it fails against accept).
    const switched = (r.before === 'accept' && r.after === 'check') || (r.before === 'check' && r.after === 'accept');
    if (periodOnly || switched)
      for (const c of changes.slice(-2)) c.testable = !periodOnly && c.change === 'gained' && c.action === 'check';
  }
  return { changes, undecided: open };
}

/**
 * Differences of the new policy between a device keeping a tag tagOwners no longer defines and
 * the server dropping it (tags.ts): undecided, `before` saying the first and `after` the second.
 */
export function droppedTagChanges(
  raw: { network: readonly RawChange[]; apps: readonly AppDiff[]; ssh: readonly RawSshChange[] },
  atoms: readonly Atom[],
  dropped: ReadonlyMap<number, string[]>,
): UndecidedChange[] {
  const entry = (
    kind: ChangeKind,
    r: { src: number; dst: number; before: State | SshState; after: State | SshState },
  ) => {
    const tags = [...new Set([...(dropped.get(r.src) ?? []), ...(dropped.get(r.dst) ?? [])])].sort();
    // Only a described tailnet has devices that carry a tag.
    const out = undecided(kind, atoms[r.src]!, atoms[r.dst]!, [r.before, r.after], { tailnetGiven: true });
    out.before = `${out.before} (the device keeps ${tags.join(', ')})`;
    out.after = `${out.after} (the server drops ${tags.join(', ')}, which tagOwners no longer defines)`;
    out.tags = tags;
    return out;
  };
  const network = (r: RawChange): Partial<UndecidedChange> => ({
    proto: protocolName(r.protocol),
    ports: protocolHasPorts(r.protocol) ? portsText(r.ranges) : '*',
  });
  // These rows say what the tag changes of the verdicts; a difference of routes alone is left out.
  const tagged = (r: RawChange): boolean => r.routes === undefined;
  return [
    ...raw.network.filter(tagged).map((r) => ({ ...entry('network', r), ...network(r) })),
    ...raw.apps.flatMap(({ app, changes }) => changes.filter(tagged).map((r) => ({ ...entry('app', r), ...app }))),
    ...raw.ssh.map((r) => ({ ...entry('ssh', r), sshUser: r.login })),
  ];
}
