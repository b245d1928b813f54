// Every target of a network index (network-index.ts) by the ports it lets through. A verdict
// whose merge of a source's rules with a destination's targets runs long walks instead the targets
// on its port: one user with N rules to one tag, each on its own port, cost N per port and N² in
// all (8,000 rules: 39 s).
//
// Each protocol's targets are kept in a segment tree over the elementary port intervals: a range
// is kept at the few nodes that cover it exactly (at most two per level), and a port's targets are
// those of the nodes from its interval's leaf up to the root. Kept per interval instead, a few
// targets open on every port among N single ports cost N entries each, and the buckets were given
// up (a policy with some `*` ports kept none). The nodes are three typed arrays per protocol, not
// an array per node: N sources of N targets each kept N² small arrays, 2.4 GB at N = 2,000.

import type { NetworkTarget } from './compile.js';
import { protocolHasPorts } from './ports.js';

interface ProtocolBuckets {
  /** Where each elementary interval starts, ascending, from 0. */
  cuts: Int32Array;
  /** Leaves of the tree: a power of two, at least the intervals. */
  size: number;
  /** Node n's entries are `entries[starts[n]]` up to `entries[starts[n + 1]]` (nodes 1 to 2·size-1). */
  starts: Int32Array;
  /** Per node, the entries of the targets it covers, in the order given. */
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

  /** Buckets for `entries` (each a target id shifted left by `shift`, with bits below). */
  static of(entries: ArrayLike<number>, targets: readonly NetworkTarget[], shift: number): PortBuckets {
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
    const byProtocol = new Map<number, ProtocolBuckets>();
    for (const [protocol, set] of cutSets)
      byProtocol.set(protocol, bucketsOf(protocol, Int32Array.from(set).sort(), entries, targets, shift));
    return new PortBuckets(byProtocol);
  }

  /**
   * Appends to `spans`, from `count` on, the entries of the targets that let `protocol` (one with
   * ports) through on `port`, each span ascending as given; returns the new count.
   */
  at(protocol: number, port: number, spans: Span[], count: number): number {
    const buckets = this.byProtocol.get(protocol);
    if (buckets === undefined) return count;
    const { starts, entries } = buckets;
    for (let node = buckets.size + intervalAt(buckets.cuts, port); node >= 1; node >>= 1) {
      if (starts[node] === starts[node + 1]) continue;
      const span = (spans[count++] ??= { list: entries, start: 0, end: 0 });
      span.list = entries;
      span.start = starts[node]!;
      span.end = starts[node + 1]!;
    }
    return count;
  }
}

/** Calls `each` with the nodes that cover intervals `first` to `last` exactly. */
function coveringNodes(size: number, first: number, last: number, each: (node: number) => void): void {
  for (let low = first + size, high = last + size + 1; low < high; low >>= 1, high >>= 1) {
    if (low & 1) each(low++);
    if (high & 1) each(--high);
  }
}

/** One protocol's tree, counted, then filled. */
function bucketsOf(
  protocol: number,
  cuts: Int32Array,
  entries: ArrayLike<number>,
  targets: readonly NetworkTarget[],
  shift: number,
): ProtocolBuckets {
  let size = 1;
  while (size < cuts.length) size *= 2;
  const counts = new Int32Array(2 * size + 1);
  const ranges = (each: (entry: number, first: number, last: number) => void): void => {
    for (let e = 0; e < entries.length; e++) {
      const target = targets[entries[e]! >> shift]!;
      if (!target.protocols.includes(protocol)) continue;
      for (const range of target.ports) each(entries[e]!, intervalAt(cuts, range.first), intervalAt(cuts, range.last));
    }
  };
  ranges((_entry, first, last) => coveringNodes(size, first, last, (node) => counts[node]!++));
  const starts = new Int32Array(2 * size + 1);
  for (let node = 1; node < 2 * size; node++) starts[node + 1] = starts[node]! + counts[node]!;
  const next = starts.slice();
  const out = new Int32Array(starts[2 * size]!);
  ranges((entry, first, last) => coveringNodes(size, first, last, (node) => (out[next[node]!++] = entry)));
  return { cuts, size, starts, entries: out };
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
