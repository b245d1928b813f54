// Evaluates candidate pairs on both sides with the engine's own NetworkIndex verdicts, protocol
// by protocol and over the elementary port intervals every rule draws, and keeps the
// differences: access gained, lost, or decided on one side only (undecided offline).

import type { Family } from '../policy/ip.js';
import { pairFamily, PostureCache } from '../policy/network-index.js';
import { ICMP, ICMPV6, protocolHasPorts, TCP, UDP, type PortRange } from '../policy/ports.js';
import type { Principal } from '../policy/principal.js';
import type { Tri } from '../policy/tri.js';
import { PREFERRED_FAMILY } from '../policy/unsure.js';
import type { Atom } from './atoms.js';
import type { PlanBudget } from './budget.js';
import { candidatePairs, relate, type Relation } from './relations.js';
import type { Channel, Side } from './side.js';

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
  /** Some `*` source rule of the new policy allows it. */
  fromEveryone: boolean;
}

const NO_POSTURE = new PostureCache(new Map());
const WHOLE: PortRange = { first: 0, last: 65535 };

function intersect(a: readonly number[], b: readonly number[], stamps: Uint32Array, generation: number): number[] {
  for (const id of a) stamps[id] = generation;
  return b.filter((id) => stamps[id] === generation);
}

/** Elementary port intervals over the boundaries of the given ranges. */
function portIntervals(ranges: readonly PortRange[]): PortRange[] {
  const cuts = new Set<number>([0]);
  for (const r of ranges) {
    cuts.add(r.first);
    if (r.last < 65535) cuts.add(r.last + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((first, i) => ({ first, last: i + 1 < sorted.length ? sorted[i + 1]! - 1 : 65535 }));
}

interface Pair {
  src: number;
  dst: number;
  principals: [[Principal | undefined, Principal | undefined], [Principal | undefined, Principal | undefined]];
  family: Family;
  connecting: [number[], number[]];
}

function state(channel: Channel, pair: Pair, side: 0 | 1, protocol: number, port: number): State {
  const s = pair.principals[0][side];
  const d = pair.principals[1][side];
  if (s === undefined || d === undefined) return 'absent';
  return channel.index.verdict(s, d, pair.family, [protocol], port, NO_POSTURE);
}

function differs(before: State, after: State): boolean {
  const b = before === 'absent' ? 'no' : before;
  const a = after === 'absent' ? 'no' : after;
  return a !== b && !(a === 'unknown' && b === 'unknown');
}

/** Whether a `*` (or danger-all) source rule of the new policy lets this protocol and port through. */
function fromEveryone(relation: Relation, connecting: readonly number[], protocol: number, port: number): boolean {
  return connecting.some((id) => {
    const { rule, target } = relation.targets[id]!;
    if (!rule.src.wildcard && !rule.src.dangerAll) return false;
    if (protocol === ICMP) return true;
    return target.protocols.includes(protocol) && target.ports.some((r) => r.first <= port && port <= r.last);
  });
}

/**
 * Protocols and elementary port intervals over every target of both sides: an offline "maybe"
 * can come from a target that matches the pair only possibly, so the connecting targets alone
 * would miss boundaries.
 */
export interface Grid {
  protocols: number[];
  ports: Map<number, PortRange[]>;
}

function grid(relations: [Relation, Relation], app: boolean): Grid {
  if (app) return { protocols: [TCP], ports: new Map([[TCP, [WHOLE]]]) };
  const targets = relations.flatMap((r) => r.targets.map((t) => t.target));
  const protocols = [
    ...new Set([TCP, UDP, ICMP, ...targets.flatMap((t) => t.protocols.map((p) => (p === ICMPV6 ? ICMP : p)))]),
  ].sort((a, b) => a - b);
  const ports = new Map(
    protocols.map((p) => [
      p,
      protocolHasPorts(p)
        ? portIntervals(targets.filter((t) => t.protocols.includes(p)).flatMap((t) => t.ports))
        : [WHOLE],
    ]),
  );
  return { protocols, ports };
}

function pairChanges(
  pair: Pair,
  channels: [Channel, Channel],
  relations: [Relation, Relation],
  app: boolean,
  cells: Grid,
): RawChange[] {
  const protocols = cells.protocols;
  const out: RawChange[] = [];
  for (const protocol of protocols) {
    const ports = cells.ports.get(protocol)!;
    let run: RawChange | undefined;
    for (const range of ports) {
      const port = app ? 1 : protocolHasPorts(protocol) ? range.first : 0;
      const before = state(channels[0], pair, 0, protocol, port);
      const after = state(channels[1], pair, 1, protocol, port);
      if (!differs(before, after)) {
        run = undefined;
        continue;
      }
      if (
        run !== undefined &&
        run.before === before &&
        run.after === after &&
        run.ranges.at(-1)!.last + 1 === range.first
      ) {
        run.ranges.at(-1)!.last = range.last;
        continue;
      }
      const everyone = after === 'yes' && fromEveryone(relations[1], pair.connecting[1], protocol, port);
      run = { src: pair.src, dst: pair.dst, protocol, ranges: [{ ...range }], before, after, fromEveryone: everyone };
      out.push(run);
    }
  }
  return mergeRuns(out);
}

/** Joins runs of one protocol with the same states into one change with several ranges (`80,443`). */
function mergeRuns(runs: RawChange[]): RawChange[] {
  const byKey = new Map<string, RawChange>();
  for (const run of runs) {
    const key = `${run.protocol}|${run.before}|${run.after}|${run.fromEveryone}`;
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, run);
    else existing.ranges.push(...run.ranges);
  }
  return [...byKey.values()];
}

export interface ChannelDiff {
  changes: RawChange[];
  /** Per atom, whether some rule of the new policy may select it as a source. */
  selectedAfter: boolean[];
}

/** Every difference of one channel (network rules, or one app capability) between the sides. */
export function diffChannel(
  atoms: readonly Atom[],
  sides: [Side, Side],
  channels: [Channel, Channel],
  app: boolean,
  budget: PlanBudget,
): ChannelDiff {
  const relations: [Relation, Relation] = [
    relate(channels[0].rules, atoms, 0, sides[0].env.match, budget),
    relate(channels[1].rules, atoms, 1, sides[1].env.match, budget),
  ];
  const cells = grid(relations, app);
  const stamps = [new Uint32Array(relations[0].targets.length), new Uint32Array(relations[1].targets.length)] as const;
  let generation = 0;
  const out: RawChange[] = [];
  for (const [src, dsts] of candidatePairs(relations, atoms, budget)) {
    const s = atoms[src]!;
    if (s.kind === 'service') continue;
    for (const dst of [...dsts].sort((a, b) => a - b)) {
      const d = atoms[dst]!;
      const known = [0, 1].find((i) => s.principals[i] !== undefined && d.principals[i] !== undefined);
      if (known === undefined) continue;
      const family = pairFamily(s.principals[known]!, d.principals[known]!, PREFERRED_FAMILY);
      if (family === undefined) continue;
      budget.step();
      generation++;
      const connecting: [number[], number[]] = [
        intersect(relations[0].srcOf[src]!, relations[0].dstOf[dst]!, stamps[0], generation),
        intersect(relations[1].srcOf[src]!, relations[1].dstOf[dst]!, stamps[1], generation),
      ];
      out.push(
        ...pairChanges(
          { src, dst, principals: [s.principals, d.principals], family, connecting },
          channels,
          relations,
          app,
          cells,
        ),
      );
    }
  }
  return { changes: out, selectedAfter: relations[1].srcOf.map((ids) => ids.length > 0) };
}
