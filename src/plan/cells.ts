// The grid a channel's pairs are asked on: protocols, and the elementary port intervals every
// rule's targets draw, so that within one cell no target's answer changes and one port stands for
// the cell; and, per endpoint, the cells some target that may select it allows.

import type { NetworkTarget } from '../policy/compile.js';
import { numberOf } from '../policy/lists.js';
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
  /** Cells in all, and the number of the first cell of each protocol. */
  count: number;
  offsets: Map<number, number>;
}

function numbered(protocols: number[], ports: Map<number, PortRange[]>): Grid {
  const offsets = new Map<number, number>();
  let count = 0;
  for (const p of protocols) {
    offsets.set(p, count);
    count += ports.get(p)!.length;
  }
  return { protocols, ports, count, offsets };
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
 * Marks per cell of the grid, for endpoints: an endpoint's marks depend only on the targets that
 * may select it, so endpoints with the same targets share one array. Each target's cells are
 * found once, as runs: the grid is cut at every range's ends, so a range covers whole cells.
 */
export class CellMarks {
  private readonly runs = new Map<NetworkTarget, number[]>();
  private readonly ids = new Map<NetworkTarget, number>();
  private readonly byTargets = new Map<string, Uint8Array>();

  constructor(
    private readonly cells: Grid,
    private readonly budget: PlanBudget,
  ) {}

  /** Whether some of the targets may allow each cell (numbered protocol by protocol). */
  of(targets: ReadonlySet<NetworkTarget> | undefined): Uint8Array {
    const list = targets === undefined ? [] : [...targets];
    const key = list
      .map((t) => this.idOf(t))
      .sort((a, b) => a - b)
      .join(',');
    let out = this.byTargets.get(key);
    if (out !== undefined) return out;
    this.budget.cells(this.cells.count);
    out = new Uint8Array(this.cells.count);
    // Every target lets ICMP through to the addresses it selects.
    if (list.length > 0) this.fill(out, this.runsOf(ICMP, [WHOLE]));
    for (const target of list) this.fill(out, this.targetRuns(target));
    this.byTargets.set(key, out);
    return out;
  }

  private idOf(target: NetworkTarget): number {
    return numberOf(this.ids, target);
  }

  private fill(out: Uint8Array, runs: readonly number[]): void {
    for (let i = 0; i < runs.length; i += 2) {
      this.budget.step();
      out.fill(1, runs[i]!, runs[i + 1]! + 1);
    }
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

/** The cells (by protocol, ascending) marked in either list. */
export function cellsOf(a: Uint8Array, b: Uint8Array, cells: Grid): Map<number, PortRange[]> {
  const out = new Map<number, PortRange[]>();
  for (const protocol of cells.protocols) {
    const offset = cells.offsets.get(protocol)!;
    const list = cells.ports.get(protocol)!.filter((_, i) => a[offset + i] === 1 || b[offset + i] === 1);
    if (list.length > 0) out.set(protocol, list);
  }
  return out;
}
