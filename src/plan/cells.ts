// The grid a channel's pairs are asked on: protocols, and the elementary port intervals every
// rule's targets draw, so that within one cell no target's answer changes and one port stands for
// the cell; and, per pair, the cells some target that may connect it allows.

import type { NetworkTarget } from '../policy/compile.js';
import { ICMP, ICMPV6, protocolHasPorts, TCP, UDP, type PortRange } from '../policy/ports.js';
import type { PlanBudget } from './budget.js';
import type { Targets } from './targets.js';

const WHOLE: PortRange = { first: 0, last: 65535 };

/** Elementary port intervals over the boundaries of the given ranges. */
function portIntervals(cuts: Set<number>): PortRange[] {
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((first, i) => ({ first, last: i + 1 < sorted.length ? sorted[i + 1]! - 1 : 65535 }));
}

const mapped = (protocol: number): number => (protocol === ICMPV6 ? ICMP : protocol);

/**
 * Protocols and elementary port intervals over every target of both sides: within a cell, no
 * target's answer changes, so one port stands for the cell.
 */
export interface Grid {
  protocols: number[];
  ports: Map<number, PortRange[]>;
  /** The number of the first cell of each protocol. */
  offsets: Map<number, number>;
}

function numbered(protocols: number[], ports: Map<number, PortRange[]>): Grid {
  const offsets = new Map<number, number>();
  let count = 0;
  for (const p of protocols) {
    offsets.set(p, count);
    count += ports.get(p)!.length;
  }
  return { protocols, ports, offsets };
}

export function grid(targets: Targets, app: boolean): Grid {
  if (app) return numbered([TCP], new Map([[TCP, [WHOLE]]]));
  const cuts = new Map<number, Set<number>>([TCP, UDP, ICMP].map((p) => [p, new Set([0])]));
  // forEach, not for-of: this runs for every target of both sides, mostly before V8 optimises it.
  targets.list.forEach(({ target }) =>
    target.protocols.forEach((protocol) => {
      const p = mapped(protocol);
      const set = cuts.get(p) ?? new Set([0]);
      cuts.set(p, set);
      if (!protocolHasPorts(p)) return;
      target.ports.forEach((r) => {
        set.add(r.first);
        if (r.last < 65535) set.add(r.last + 1);
      });
    }),
  );
  const protocols = [...cuts.keys()].sort((a, b) => a - b);
  return numbered(
    protocols,
    new Map(protocols.map((p) => [p, protocolHasPorts(p) ? portIntervals(cuts.get(p)!) : [WHOLE]])),
  );
}

/** The first cell of `cells` (sorted, disjoint, covering 0–65535) that holds `port`. */
function cellAt(cells: readonly PortRange[], port: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.last < port) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cells of the grid that some of a pair's targets allow. Each target's cells are found once,
 * as runs: the grid is cut at every range's ends, so a range covers whole cells.
 */
export class PortCells {
  private readonly runs = new Map<NetworkTarget, number[]>();

  constructor(
    private readonly cells: Grid,
    private readonly budget: PlanBudget,
  ) {}

  /**
   * The cells (by protocol, ascending) some of `targets` may allow; every target lets ICMP through
   * to the addresses it selects. The work grows with the targets' ranges and the cells found, not
   * with the grid.
   */
  of(targets: readonly NetworkTarget[]): Map<number, PortRange[]> {
    const out = new Map<number, PortRange[]>();
    if (targets.length === 0) return out;
    const runs: [number, number][] = [];
    const addRuns = (list: readonly number[]): void => {
      for (let i = 0; i < list.length; i += 2) runs.push([list[i]!, list[i + 1]!]);
    };
    addRuns(this.runsOf(ICMP, [WHOLE]));
    for (const target of targets) {
      this.budget.step();
      addRuns(this.targetRuns(target));
    }
    runs.sort((a, b) => a[0] - b[0]);
    // Cells are numbered protocol by protocol, in the grid's order.
    let next = 0;
    let protocol = 0;
    for (const [first, last] of runs) {
      // No step per cell: the pair is asked about each cell it gets, a step each.
      for (let cell = Math.max(first, next); cell <= last; cell++) {
        while (protocol + 1 < this.cells.protocols.length && this.offset(protocol + 1) <= cell) protocol++;
        const p = this.cells.protocols[protocol]!;
        const list = out.get(p) ?? [];
        if (list.length === 0) out.set(p, list);
        list.push(this.cells.ports.get(p)![cell - this.offset(protocol)]!);
      }
      next = Math.max(next, last + 1);
    }
    return out;
  }

  private offset(protocol: number): number {
    return this.cells.offsets.get(this.cells.protocols[protocol]!)!;
  }

  private targetRuns(target: NetworkTarget): number[] {
    let runs = this.runs.get(target);
    if (runs === undefined) {
      runs = [];
      for (const protocol of target.protocols) {
        const p = mapped(protocol);
        for (const cell of this.runsOf(p, protocolHasPorts(p) ? target.ports : [WHOLE])) runs.push(cell);
      }
      this.runs.set(target, runs);
    }
    return runs;
  }

  /** Cell numbers [first, last] of each range, in pairs. */
  private runsOf(protocol: number, ranges: readonly PortRange[]): number[] {
    const offset = this.cells.offsets.get(protocol);
    // App capabilities are asked on one cell only (TCP, any port).
    if (offset === undefined) return [];
    const cells = this.cells.ports.get(protocol)!;
    const runs: number[] = [];
    for (const r of ranges) {
      this.budget.step();
      runs.push(offset + cellAt(cells, r.first), offset + cellAt(cells, r.last));
    }
    return runs;
  }
}
