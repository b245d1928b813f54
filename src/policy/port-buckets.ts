// The targets of one source's rules (or of one pair's, pair-reach.ts) by the ports they let
// through. A destination that may carry facts beyond the known ones (an offline tag,
// network-index.ts `implied`) makes a verdict look at every target of the source's rules; asked
// port by port, a source with N rules each on its own port cost N per port and N² in all (one
// user, 8,000 rules to one tag: 39 s). Kept by elementary port interval, a verdict looks only at
// the targets that let its port through.
//
// Each protocol's buckets are three typed arrays (where the intervals start, where each
// interval's entries start, the entries), not an array per interval: N sources of N targets each
// (`*` to a tag on N ports, and N tags) kept N² small arrays, 2.4 GB at N = 2,000 (a helper's
// attack); typed arrays hold the same in 4 bytes an entry.

import type { NetworkTarget } from './compile.js';
import { protocolHasPorts } from './ports.js';

/** Entries kept in all, at most this many times the targets (ranges that overlap widely cost more). */
const MAX_SPREAD = 16;

interface ProtocolBuckets {
  /** Where each elementary interval starts, ascending, from 0. */
  cuts: Int32Array;
  /** Interval k's entries are `entries[starts[k]]` up to `entries[starts[k + 1]]`. */
  starts: Int32Array;
  /** Per interval, the entries of the targets covering it, in the order given. */
  entries: Int32Array;
}

/** Some entries of a list: `list[start]` up to `list[end]`, end excluded. */
export interface Span {
  list: ArrayLike<number>;
  start: number;
  end: number;
}

export class PortBuckets {
  private constructor(private readonly byProtocol: Map<number, ProtocolBuckets>) {}

  /**
   * Buckets for `entries` (each a target id shifted left by `shift`, with bits below), or undefined
   * where ranges overlap so widely that keeping them would cost more than walking them.
   */
  static of(entries: ArrayLike<number>, targets: readonly NetworkTarget[], shift: number): PortBuckets | undefined {
    const cutSets = new Map<number, Set<number>>();
    for (let e = 0; e < entries.length; e++) {
      const target = targets[entries[e]! >> shift]!;
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
    let left = MAX_SPREAD * entries.length + 1024;
    const byProtocol = new Map<number, ProtocolBuckets>();
    for (const [protocol, set] of cutSets) {
      const buckets = bucketsOf(protocol, Int32Array.from(set).sort(), entries, targets, shift, left);
      if (buckets === undefined) return undefined;
      left -= buckets.entries.length;
      byProtocol.set(protocol, buckets);
    }
    return new PortBuckets(byProtocol);
  }

  /** Makes `span` the entries of the targets that let `protocol` (one with ports) through on `port`. */
  at(protocol: number, port: number, span: Span): void {
    const buckets = this.byProtocol.get(protocol);
    if (buckets === undefined) {
      span.start = span.end = 0;
      return;
    }
    const k = intervalAt(buckets.cuts, port);
    span.list = buckets.entries;
    span.start = buckets.starts[k]!;
    span.end = buckets.starts[k + 1]!;
  }
}

/** One protocol's buckets, counted, then filled; undefined past `limit` entries. */
function bucketsOf(
  protocol: number,
  cuts: Int32Array,
  entries: ArrayLike<number>,
  targets: readonly NetworkTarget[],
  shift: number,
  limit: number,
): ProtocolBuckets | undefined {
  // Each range adds one to the counts of its intervals: +1 where it starts, -1 past its end.
  const counts = new Int32Array(cuts.length + 1);
  let kept = 0;
  for (let e = 0; e < entries.length; e++) {
    const target = targets[entries[e]! >> shift]!;
    if (!target.protocols.includes(protocol)) continue;
    for (const range of target.ports) {
      const [first, last] = [intervalAt(cuts, range.first), intervalAt(cuts, range.last)];
      counts[first]!++;
      counts[last + 1]!--;
      kept += last - first + 1;
    }
  }
  if (kept > limit) return undefined;
  const starts = new Int32Array(cuts.length + 1);
  for (let k = 0, running = 0; k < cuts.length; k++) {
    running += counts[k]!;
    starts[k + 1] = starts[k]! + running;
  }
  const next = starts.slice(0, cuts.length);
  const out = new Int32Array(kept);
  for (let e = 0; e < entries.length; e++) {
    const target = targets[entries[e]! >> shift]!;
    if (!target.protocols.includes(protocol)) continue;
    for (const range of target.ports) {
      const last = intervalAt(cuts, range.last);
      for (let k = intervalAt(cuts, range.first); k <= last; k++) out[next[k]!++] = entries[e]!;
    }
  }
  return { cuts, starts, entries: out };
}

/** The interval holding `port`: the last cut at or below it. */
function intervalAt(cuts: Int32Array, port: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cuts[mid]! <= port) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
