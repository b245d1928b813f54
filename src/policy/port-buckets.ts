// Every target of a network index (network-index.ts) by the ports it lets through. A verdict
// whose merge of a source's rules with a destination's targets runs long walks instead the targets
// on its port: one user with N rules to one tag, each on its own port, cost N per port and N² in
// all (8,000 rules: 39 s).
//
// Targets sharing one list of ports are kept as one group: a grant's destinations all share its
// `ip` list, and a grant of N destinations and N ranges (input N + N) kept target by target cost
// N × N entries (8,000 of each: 60 s and 576 MB, past any deadline, since the build does not stop).
// Kept by group, the entries grow with the distinct port lists, as the policy's text does.
//
// Each protocol's groups are kept in a segment tree over the elementary port intervals: a range
// is kept at the few nodes that cover it exactly (at most two per level), and a port's groups are
// those of the nodes from its interval's leaf up to the root. Kept per interval instead, a few
// targets open on every port among N single ports cost N entries each, and the buckets were given
// up (a policy with some `*` ports kept none). The nodes are typed arrays per protocol, not an
// array per node: N sources of N targets each kept N² small arrays, 2.4 GB at N = 2,000.

import type { NetworkTarget } from './compile.js';
import { protocolHasPorts, type PortRange } from './ports.js';

interface ProtocolBuckets {
  /** Where each elementary interval starts, ascending, from 0. */
  cuts: Int32Array;
  /** Leaves of the tree: a power of two, at least the intervals. */
  size: number;
  /** Node n's groups are `groups[starts[n]]` up to `groups[starts[n + 1]]` (nodes 1 to 2·size-1). */
  starts: Int32Array;
  /** Per node, the groups it covers, ascending. */
  groups: Int32Array;
  /** Per node, how many entries its groups hold. */
  weights: Int32Array;
}

/** The groups of one tree node: `list[start]` up to `list[end]`, end excluded, holding `weight` entries. */
export interface Span {
  list: ArrayLike<number>;
  start: number;
  end: number;
  weight: number;
}

/** One protocol's groups: the entries of the targets sharing each list of ports. */
type Groups = Map<readonly PortRange[], number[]>;

export class PortBuckets {
  private constructor(
    private readonly byProtocol: Map<number, ProtocolBuckets>,
    /** Group g's entries, ascending, are `members[memberStarts[g]]` up to `members[memberStarts[g + 1]]`. */
    readonly members: Int32Array,
    readonly memberStarts: Int32Array,
  ) {}

  /** Buckets for the targets `ids` (ids into `targets`), ascending. */
  static of(ids: ArrayLike<number>, targets: readonly NetworkTarget[]): PortBuckets {
    const byPorts = new Map<number, Groups>();
    let memberCount = 0;
    for (let e = 0; e < ids.length; e++) {
      const target = targets[ids[e]!]!;
      for (const protocol of target.protocols) {
        if (!protocolHasPorts(protocol)) continue;
        const groups = byPorts.get(protocol) ?? new Map<readonly PortRange[], number[]>();
        byPorts.set(protocol, groups);
        const members = groups.get(target.ports);
        if (members === undefined) groups.set(target.ports, [ids[e]!]);
        else members.push(ids[e]!);
        memberCount++;
      }
    }
    let groupCount = 0;
    for (const groups of byPorts.values()) groupCount += groups.size;
    const members = new Int32Array(memberCount);
    const memberStarts = new Int32Array(groupCount + 1);
    const byProtocol = new Map<number, ProtocolBuckets>();
    let group = 0;
    for (const [protocol, groups] of byPorts) {
      const first = group;
      for (const list of groups.values()) {
        members.set(list, memberStarts[group]!);
        memberStarts[group + 1] = memberStarts[group]! + list.length;
        group++;
      }
      byProtocol.set(protocol, bucketsOf([...groups.keys()], first, memberStarts));
    }
    return new PortBuckets(byProtocol, members, memberStarts);
  }

  /**
   * Appends to `spans`, from `count` on, the groups of the targets that let `protocol` (one with
   * ports) through on `port`, each span ascending; returns the new count.
   */
  at(protocol: number, port: number, spans: Span[], count: number): number {
    const buckets = this.byProtocol.get(protocol);
    if (buckets === undefined) return count;
    const { starts, groups, weights } = buckets;
    for (let node = buckets.size + intervalAt(buckets.cuts, port); node >= 1; node >>= 1) {
      if (starts[node] === starts[node + 1]) continue;
      const span = (spans[count++] ??= { list: groups, start: 0, end: 0, weight: 0 });
      span.list = groups;
      span.start = starts[node]!;
      span.end = starts[node + 1]!;
      span.weight = weights[node]!;
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

/** One protocol's tree of the groups `first`, `first + 1`… with these lists of ports: counted, then filled. */
function bucketsOf(portLists: ReadonlyArray<readonly PortRange[]>, first: number, memberStarts: Int32Array) {
  const cutSet = new Set([0]);
  for (const ports of portLists)
    for (const range of ports) {
      cutSet.add(range.first);
      if (range.last < 65535) cutSet.add(range.last + 1);
    }
  const cuts = Int32Array.from(cutSet).sort();
  let size = 1;
  while (size < cuts.length) size *= 2;
  const counts = new Int32Array(2 * size + 1);
  const weights = new Int32Array(2 * size);
  const ranges = (each: (group: number, node: number) => void): void =>
    portLists.forEach((ports, g) => {
      for (const range of ports)
        coveringNodes(size, intervalAt(cuts, range.first), intervalAt(cuts, range.last), (node) =>
          each(first + g, node),
        );
    });
  ranges((group, node) => {
    counts[node]!++;
    weights[node]! += memberStarts[group + 1]! - memberStarts[group]!;
  });
  const starts = new Int32Array(2 * size + 1);
  for (let node = 1; node < 2 * size; node++) starts[node + 1] = starts[node]! + counts[node]!;
  const next = starts.slice();
  const groups = new Int32Array(starts[2 * size]!);
  ranges((group, node) => (groups[next[node]!++] = group));
  return { cuts, size, starts, groups, weights };
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
