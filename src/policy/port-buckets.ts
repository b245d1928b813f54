// The targets of one source's rules by the ports they let through. A destination that may carry
// facts beyond the known ones (an offline tag, network-index.ts `implied`) makes a verdict look
// at every target of the source's rules; asked port by port, a source with N rules each on its
// own port cost N per port and N² in all (one user, 8,000 rules to one tag: 39 s). Kept by
// elementary port interval, a verdict looks only at the targets that let its port through.

import type { NetworkTarget } from './compile.js';
import { protocolHasPorts } from './ports.js';

/** Entries kept in all, at most this many times the targets (ranges that overlap widely cost more). */
const MAX_SPREAD = 16;

interface ProtocolBuckets {
  /** Where each elementary interval starts, ascending, from 0. */
  cuts: number[];
  /** Per interval, the entries of the targets covering it, in the order given. */
  lists: number[][];
}

export class PortBuckets {
  private constructor(private readonly byProtocol: Map<number, ProtocolBuckets>) {}

  /**
   * Buckets for `entries` (each a target id shifted left by `shift`, with bits below), or undefined
   * where ranges overlap so widely that keeping them would cost more than walking them.
   */
  static of(entries: readonly number[], targets: readonly NetworkTarget[], shift: number): PortBuckets | undefined {
    const byProtocol = new Map<number, ProtocolBuckets>();
    const cutSets = new Map<number, Set<number>>();
    for (const entry of entries) {
      const target = targets[entry >> shift]!;
      for (const protocol of target.protocols) {
        if (!protocolHasPorts(protocol)) continue;
        const cuts = cutSets.get(protocol) ?? new Set([0]);
        cutSets.set(protocol, cuts);
        for (const range of target.ports) {
          cuts.add(range.first);
          if (range.last < 65535) cuts.add(range.last + 1);
        }
      }
    }
    for (const [protocol, set] of cutSets) {
      const cuts = [...set].sort((a, b) => a - b);
      byProtocol.set(protocol, { cuts, lists: cuts.map((): number[] => []) });
    }
    let kept = 0;
    const limit = MAX_SPREAD * entries.length + 1024;
    for (const entry of entries) {
      const target = targets[entry >> shift]!;
      for (const protocol of target.protocols) {
        const buckets = byProtocol.get(protocol);
        if (buckets === undefined) continue;
        for (const range of target.ports) {
          const last = intervalAt(buckets.cuts, range.last);
          for (let k = intervalAt(buckets.cuts, range.first); k <= last; k++) buckets.lists[k]!.push(entry);
          kept += last - intervalAt(buckets.cuts, range.first) + 1;
          if (kept > limit) return undefined;
        }
      }
    }
    return new PortBuckets(byProtocol);
  }

  /** The entries of the targets that let `protocol` (one with ports) through on `port`. */
  at(protocol: number, port: number): readonly number[] {
    const buckets = this.byProtocol.get(protocol);
    return buckets === undefined ? NONE : buckets.lists[intervalAt(buckets.cuts, port)]!;
  }
}

const NONE: readonly number[] = [];

/** The interval holding `port`: the last cut at or below it. */
function intervalAt(cuts: readonly number[], port: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cuts[mid]! <= port) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
