// Evaluates candidate pairs on both sides with the engine's own NetworkIndex verdicts, protocol
// by protocol and over the elementary port intervals every rule draws (cells.ts), and keeps the
// differences: access gained, lost, decided on one side only (undecided offline), or allowed on
// both through different routes (a grant's `via`, undecided too). A pair is asked only about the
// protocols and ports of the targets that may make it differ and can connect it by direct matches
// of both ends (relations.ts, pair-targets.ts): elsewhere both sides' decided verdicts come from
// the same targets.

import type { NetworkRule, NetworkTarget } from '../policy/compile.js';
import type { Family } from '../policy/ip.js';
import type { MatchEnv } from '../policy/match.js';
import type { NetworkIndex } from '../policy/network-index.js';
import type { PairReach } from '../policy/pair-reach.js';
import type { PostureCache } from '../policy/posture-cache.js';
import { ICMP, protocolHasPorts, type PortRange } from '../policy/ports.js';
import { pairFamily, type Principal } from '../policy/principal.js';
import type { Tri } from '../policy/tri.js';
import { PREFERRED_FAMILY } from '../policy/unsure.js';
import { afterQueries, type AfterQueries } from './after-queries.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import { hangsOnPosture, POSTURE_UNKNOWN, PostureNames, type PostureTerms } from './posture.js';
import { grid, PortCells } from './cells.js';
import { PairTargets } from './pair-targets.js';
import { candidatePairs } from './relations.js';
import { routesDiffer, type RouteFacts } from './routes.js';
import { channelIndex, viaFreeIndex, type Channel, type Side } from './side.js';
import {
  connectingTargets,
  destinationMatch,
  Keys,
  presentOn,
  sourceMatch,
  targetsOf,
  type Targets,
} from './targets.js';
import { Apart, type Hanging } from './uncertainty.js';

/** A verdict, or `absent` where a test could not even name the endpoint (a tag not defined on that side). */
export type State = Tri | 'absent';

export interface RawChange {
  src: number;
  dst: number;
  /** IP protocol number; TCP for app capabilities. */
  protocol: number;
  ranges: PortRange[];
  before: State;
  after: State;
  /** Where a side's verdict hangs on device posture: the posture requirements that decide it. */
  postures?: [PostureTerms | undefined, PostureTerms | undefined];
  /**
   * Allowed on both sides (or undecided on both), through different routes (`via`): how each
   * side routes it. Whether the access survives depends on the routers the tailnet has
   * (docs/policy-semantics.md §4).
   */
  routes?: [string, string];
  /** Some `*` source rule of the new policy allows it. */
  fromEveryone: boolean;
}

interface Pair {
  src: number;
  dst: number;
  principals: [[Principal | undefined, Principal | undefined], [Principal | undefined, Principal | undefined]];
  family: Family;
  /**
   * Per side, the targets that may connect the pair, whatever the port: found once, when a
   * verdict first hangs on them. Found per port, N grants each with its own posture on
   * overlapping ports matched N targets for each of N ports (a helper's attack).
   */
  links: [Link[] | undefined, Link[] | undefined];
  /** Per side, every verdict of the pair, its lists merged once, made once it is asked often (verdictOf). */
  reach: [PairReach | undefined, PairReach | undefined];
  /** Per side, the plain verdicts asked so far (verdictOf). */
  asked: [number, number];
}

type Link = ReturnType<typeof connectingTargets>[number];

function linksOf(ev: SideEval, pair: Pair): Link[] {
  const [s, d] = [pair.principals[0][ev.side]!, pair.principals[1][ev.side]!];
  return (pair.links[ev.side] ??= connectingTargets(ev.targets, ev.side, s, d, ev.env, ev.budget));
}

interface Verdict {
  readonly state: State;
  readonly postures?: PostureTerms;
}

/** One side of a channel as the evaluation asks it. */
interface SideEval {
  side: 0 | 1;
  index: NetworkIndex;
  targets: Targets;
  env: MatchEnv;
  /** Whether some rule has a posture requirement (else no verdict can hang on one). */
  postured: boolean;
  /** The rules without `via`, indexed when first asked; undefined when every rule is one (no `via`). */
  direct?: () => NetworkIndex;
  names: PostureNames;
  budget: PlanBudget;
}

/** Verdicts without posture terms, shared: most answers are one of these. */
const PLAIN: Record<State, Verdict> = {
  yes: { state: 'yes' },
  no: { state: 'no' },
  unknown: { state: 'unknown' },
  absent: { state: 'absent' },
};

function state(ev: SideEval, pair: Pair, protocols: readonly number[], port: number): Verdict {
  const s = pair.principals[0][ev.side];
  const d = pair.principals[1][ev.side];
  if (s === undefined || d === undefined) return PLAIN.absent;
  const open = verdictOf(ev, pair, s, d, protocols, port);
  if (!ev.postured || open !== 'unknown') return PLAIN[open];
  return postured(ev, pair, s, d, protocols, port);
}

/**
 * A pair's side asked this many times makes all its verdicts at once (pair-reach.ts). Made for
 * every pair, it cost each of 10,000 pairs asked about two or three intervals a walk of all 8,000
 * rules naming both ends, where a verdict stops at the first that lets the port through (a
 * helper's review: 0.74 s → 32 s); asked one by one, thousands of intervals cost thousands of
 * merges (a random 4,800-rule policy: 136 s → 5 s).
 */
const REACH_AFTER = 64;

/** The plain verdict of a side: asked of the index, or of the pair's reach once it is asked often. */
function verdictOf(
  ev: SideEval,
  pair: Pair,
  s: Principal,
  d: Principal,
  protocols: readonly number[],
  port: number,
): Tri {
  const reach = pair.reach[ev.side];
  if (reach !== undefined) return reach.verdict(protocols, port);
  if (++pair.asked[ev.side] <= REACH_AFTER)
    return ev.index.verdict(s, d, pair.family, protocols, port, POSTURE_UNKNOWN);
  return (pair.reach[ev.side] = ev.index.reach(s, d, pair.family, POSTURE_UNKNOWN)).verdict(protocols, port);
}

/**
 * An unknown verdict of a side with posture requirements. Apart from `state`: a function that
 * makes a closure allocates the closure's variables on every call, before any early return, and
 * `state` runs for every cell of every pair, twice.
 */
function postured(
  ev: SideEval,
  pair: Pair,
  s: Principal,
  d: Principal,
  protocols: readonly number[],
  port: number,
): Verdict {
  const ask = (posture: PostureCache): Tri => ev.index.verdict(s, d, pair.family, protocols, port, posture);
  const hanging = hangsOnPosture('unknown', ask);
  if (hanging === undefined) return PLAIN.unknown;
  const protocol = protocols[0]!;
  const requirements = connecting(ev, pair, protocol, port).flatMap(({ rule }) => rule.postures ?? []);
  const decided = hanging.holds === 'yes' && hanging.fails === 'no' ? 'allowed' : undefined;
  return { state: 'unknown', postures: ev.names.terms([requirements], decided) };
}

/**
 * The rules of a side whose targets' source and destination may select the pair and allow the
 * protocol and port, each with whether it selects both ends for sure.
 */
function connecting(ev: SideEval, pair: Pair, protocol: number, port: number): RouteFacts['connecting'] {
  const out: { rule: NetworkRule; certain: boolean }[] = [];
  for (const { id, from, how } of linksOf(ev, pair)) {
    const { rule, target } = ev.targets.list[id]!;
    // `u` is an unknown match; `s`, autogroup:self, hangs on the owners.
    if (allows(target, protocol, port)) out.push({ rule, certain: !/[us]/.test(from + how) });
  }
  return out;
}

/** What a side's rules say of a pair's routes (routes.ts). */
function routeFacts(ev: SideEval, pair: Pair, protocol: number, port: number): RouteFacts {
  const s = pair.principals[0][ev.side]!;
  const d = pair.principals[1][ev.side]!;
  return {
    direct: ev.direct!().verdict(s, d, pair.family, [protocol], port, POSTURE_UNKNOWN),
    connecting: connecting(ev, pair, protocol, port),
  };
}

/** How each side routes a pair whose verdict is the same on both, where some rule has `via`. */
function routesOf(
  evals: [SideEval, SideEval],
  pair: Pair,
  verdicts: [Verdict, Verdict],
  protocol: number,
  port: number,
) {
  if (evals[0].direct === undefined && evals[1].direct === undefined) return undefined;
  const state = verdicts[0].state;
  if (state !== verdicts[1].state || (state !== 'yes' && state !== 'unknown') || differs(...verdicts)) return undefined;
  const facts = evals.map((ev): RouteFacts =>
    ev.direct === undefined ? { direct: 'yes', connecting: [] } : routeFacts(ev, pair, protocol, port),
  );
  return routesDiffer(facts as [RouteFacts, RouteFacts]);
}

function allows(target: NetworkTarget, protocol: number, port: number): boolean {
  if (protocol === ICMP) return true;
  return target.protocols.includes(protocol) && target.ports.some((r) => r.first <= port && port <= r.last);
}

function differs(before: Verdict, after: Verdict): boolean {
  const b = before.state === 'absent' ? 'no' : before.state;
  const a = after.state === 'absent' ? 'no' : after.state;
  if (a === 'unknown' && b === 'unknown') return (before.postures?.key ?? '') !== (after.postures?.key ?? '');
  return a !== b;
}

/** Whether a `*` (or danger-all) source rule of the new policy lets this protocol and port through. */
function fromEveryone(ev: SideEval, pair: Pair, protocol: number, port: number, budget: PlanBudget): boolean {
  const s = pair.principals[0][1]!;
  const d = pair.principals[1][1]!;
  return ev.targets.everyone.some((id) => {
    budget.step();
    const { rule, target } = ev.targets.list[id]!;
    if (!presentOn(ev.targets.presence[id]!, ev.side) || !allows(target, protocol, port)) return false;
    return sourceMatch(rule.src, s, ev.env) !== '' && destinationMatch(target.dst, d, ev.env) !== '';
  });
}

interface PairInput {
  pair: Pair;
  evals: [SideEval, SideEval];
  cells: Map<number, PortRange[]>;
  app: boolean;
  everyone: (protocol: number, port: number) => boolean;
  /** Content keys of the targets, for telling two sides' unknowns apart. */
  keys: Keys;
}

/** What each target of a side that may connect the pair says of it (uncertainty.ts): `4u` an unknown match in IPv4. */
function hangingOf(ev: SideEval, pair: Pair, keys: Keys): Hanging[] {
  return linksOf(ev, pair).map(({ id, from, how }) => ({
    target: ev.targets.list[id]!.target,
    said: `${keys.reach(ev.targets.list[id]!)}:${from}:${how}`,
  }));
}

function pairChanges({ pair, evals, cells, app, everyone, keys }: PairInput): RawChange[] {
  const out: RawChange[] = [];
  const unknowns = new Apart((side) => hangingOf(evals[side], pair, keys));
  for (const [protocol, ports] of cells) {
    let run: RawChange | undefined;
    // The one-protocol list every question of this protocol asks, made once, not per question.
    const asked = [protocol];
    for (const range of ports) {
      // A policy cut into many port intervals makes many questions per pair.
      evals[0].budget.step();
      const port = app ? 1 : protocolHasPorts(protocol) ? range.first : 0;
      const before = state(evals[0], pair, asked, port);
      const after = state(evals[1], pair, asked, port);
      const routes = routesOf(evals, pair, [before, after], protocol, port);
      const apart = before.state === 'unknown' && after.state === 'unknown' && unknowns.at(protocol, port);
      if (routes === undefined && !apart && !differs(before, after)) {
        run = undefined;
        continue;
      }
      if (
        run !== undefined &&
        run.before === before.state &&
        run.after === after.state &&
        run.postures?.[0]?.key === before.postures?.key &&
        run.postures?.[1]?.key === after.postures?.key &&
        run.routes?.join('|') === routes?.join('|') &&
        run.ranges.at(-1)!.last + 1 === range.first
      ) {
        run.ranges.at(-1)!.last = range.last;
        continue;
      }
      run = {
        src: pair.src,
        dst: pair.dst,
        protocol,
        ranges: [{ ...range }],
        before: before.state,
        after: after.state,
        fromEveryone: routes === undefined && after.state === 'yes' && everyone(protocol, port),
      };
      if (before.postures !== undefined || after.postures !== undefined)
        run.postures = [before.postures, after.postures];
      if (routes !== undefined) run.routes = routes;
      out.push(run);
    }
  }
  return mergeRuns(out);
}

/** What a change says but for its pair and ports: its protocol, states, postures and routes, as one key. */
export function stateKey(run: RawChange): string {
  const postures = run.postures?.map((p) => p?.key ?? '').join('|') ?? '';
  return `${run.protocol}|${run.before}|${run.after}|${run.fromEveryone}|${postures}|${run.routes?.join('|') ?? ''}`;
}

/** Joins runs of one protocol with the same states into one change with several ranges (`80,443`). */
function mergeRuns(runs: RawChange[]): RawChange[] {
  const byKey = new Map<string, RawChange>();
  for (const run of runs) {
    const key = stateKey(run);
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, run);
    else existing.ranges.push(...run.ranges);
  }
  return [...byKey.values()];
}

export interface ChannelDiff extends AfterQueries {
  changes: RawChange[];
}

/** The index of a channel's rules without `via`, built when first asked (side.ts); undefined when it has no `via`. */
function directIndex(channel: Channel, env: MatchEnv, budget: PlanBudget): (() => NetworkIndex) | undefined {
  if (!channel.rules.some((r) => r.via !== undefined)) return undefined;
  return () => viaFreeIndex(channel, env, budget)!;
}

/** Every difference of one channel (network rules, or one app capability) between the sides. */
export function diffChannel(
  atoms: readonly Atom[],
  sides: [Side, Side],
  channels: [Channel, Channel],
  app: boolean,
  budget: PlanBudget,
): ChannelDiff {
  const shared = channels[0].shared === channels[1].shared ? channels[0].shared : [];
  const targets = targetsOf([channels[0].rules, channels[1].rules], budget, shared);
  const envs = [sides[0].env.match, sides[1].env.match] as const;
  const evals = ([0, 1] as const).map((side): SideEval => ({
    side,
    index: channelIndex(channels[side], envs[side], budget),
    targets,
    env: envs[side],
    postured: channels[side].rules.some((r) => r.postures !== undefined),
    direct: directIndex(channels[side], envs[side], budget),
    names: new PostureNames(sides[side]),
    budget,
  })) as [SideEval, SideEval];
  const { pairs, reasons } = candidatePairs(targets, atoms, envs, budget);
  const portCells = new PortCells(grid(targets, app), budget);
  const pairTargets = new PairTargets(targets, atoms, reasons, budget);
  const out: RawChange[] = [];
  const keys = new Keys();
  for (const src of [...pairs.keys()].sort((a, b) => a - b)) {
    const s = atoms[src]!;
    if (s.kind === 'service') continue;
    for (const dst of [...pairs.get(src)!.keys()].sort((a, b) => a - b)) {
      const d = atoms[dst]!;
      // Two twins no rule names by address: their devices' pair says it (atoms.ts, twins.ts).
      if (s.twin !== undefined && d.twin !== undefined && s.named !== true && d.named !== true) continue;
      const known = [0, 1].find((i) => s.principals[i] !== undefined && d.principals[i] !== undefined);
      if (known === undefined) continue;
      const family = pairFamily(s.principals[known]!, d.principals[known]!, PREFERRED_FAMILY);
      if (family === undefined) continue;
      budget.step();
      const pairCells = portCells.of(pairTargets.of(src, dst));
      const pair: Pair = {
        src,
        dst,
        principals: [s.principals, d.principals],
        family,
        links: [undefined, undefined],
        reach: [undefined, undefined],
        asked: [0, 0],
      };
      const everyone = (protocol: number, port: number): boolean =>
        !app && fromEveryone(evals[1], pair, protocol, port, budget);
      const found = pairChanges({ pair, evals, cells: pairCells, app, everyone, keys });
      budget.found(
        found.length,
        found.reduce((sum, change) => sum + change.ranges.length, 0),
      );
      out.push(...found);
    }
  }
  return { changes: out, ...afterQueries(atoms, targets, evals[1], budget) };
}
