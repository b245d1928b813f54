// Targets whose destination is `*` and nothing else, kept apart from the destinations' profiles
// (network-index.ts). Every destination a test names may be in `*`, so each destination's
// profile held every such target: N rules to `*`, each on its own port, against N tests of
// distinct destinations made N profiles of N targets, and each verdict weighed all N. They are
// kept once here instead, found by the protocol and port a question asks, so a verdict looks
// only at those that let its packet through, and stops at its first answer.

import { namesIdentities, type NetworkTarget, type SelectorSet } from './compile.js';
import { isEmpty } from './ip.js';
import type { Deadline } from './deadline.js';
import { ENTRIES_PER_RANGE } from './network-profiles.js';
import { ICMP, ICMPV6, protocolHasPorts } from './ports.js';

/**
 * Whether a destination set is `*` alone: then it selects every destination as any other such
 * set does, and its targets differ only in their protocols, ports and rules.
 */
export function isBareWildcard(set: SelectorSet): boolean {
  return (
    set.wildcard &&
    !set.dangerAll &&
    !namesIdentities(set) &&
    !set.self &&
    !set.internet &&
    set.services.size === 0 &&
    isEmpty(set.addresses) &&
    set.internetDependent === undefined
  );
}

/** Ports 0–65535 as the leaves of a segment tree: a range is stored at the O(log) nodes covering it. */
const PORT_BITS = 16;
const LEAVES = 1 << PORT_BITS;

/**
 * The bare-wildcard targets of one index (ids ascending), answering which of them let a packet
 * of some protocols to some port through, as `allows` in target-passes.ts decides it: as the
 * few lists ("buckets") that hold them, which a caller walks until it has its answer. Nothing is
 * copied or sorted per question, so a verdict that stops at its first answer pays for no more.
 */
export class WildcardTargets {
  readonly ids: number[] = [];
  /** Per protocol with ports: ids by segment-tree node. Per protocol without: ids allowing every port. */
  private readonly trees = new Map<number, Map<number, number[]>>();
  private readonly whole = new Map<number, readonly number[]>();

  constructor(
    private readonly targets: readonly NetworkTarget[],
    private readonly deadline?: Deadline,
  ) {}

  add(id: number): void {
    this.ids.push(id);
  }

  /**
   * Lists that together hold every id letting a packet of one of `protocols` to `port` through,
   * and no other; an id may be in two of them (one per protocol of the question).
   */
  buckets(protocols: readonly number[], port: number): (readonly number[])[] {
    if (this.ids.length === 0) return [];
    // ICMP needs only the addresses (target-passes.ts): every target lets it through.
    if (protocols.some((p) => p === ICMP || p === ICMPV6)) return [this.ids];
    const out: (readonly number[])[] = [];
    for (const protocol of protocols) {
      if (!protocolHasPorts(protocol)) {
        const all = this.all(protocol);
        if (all.length > 0) out.push(all);
        continue;
      }
      const tree = this.tree(protocol);
      let node = 1;
      for (let bit = PORT_BITS - 1; ; bit--) {
        const here = tree.get(node);
        if (here !== undefined) out.push(here);
        if (bit < 0) break;
        node = node * 2 + ((port >> bit) & 1);
      }
    }
    return out;
  }

  private tree(protocol: number): Map<number, number[]> {
    let tree = this.trees.get(protocol);
    if (tree === undefined) {
      tree = new Map();
      let entries = 0;
      for (const id of this.ids) {
        const target = this.targets[id]!;
        if (!target.protocols.includes(protocol)) continue;
        for (const range of target.ports) entries += insert(tree, id, range.first, range.last, 1, 0, LEAVES - 1);
      }
      // Its entries count as a profile's do: each is a number in an array.
      this.deadline?.charge(Math.ceil(entries / ENTRIES_PER_RANGE));
      this.trees.set(protocol, tree);
    }
    return tree;
  }

  /** The ids allowing `protocol`, a protocol without ports, which a target allows only on every port. */
  private all(protocol: number): readonly number[] {
    let ids = this.whole.get(protocol);
    if (ids === undefined) {
      ids = this.ids.filter((id) => this.targets[id]!.allPorts && this.targets[id]!.protocols.includes(protocol));
      this.whole.set(protocol, ids);
    }
    return ids;
  }
}

/** Stores `id` at the nodes of [low, high] that together cover [first, last] exactly; returns how many. */
function insert(
  tree: Map<number, number[]>,
  id: number,
  first: number,
  last: number,
  node: number,
  low: number,
  high: number,
): number {
  if (last < low || high < first) return 0;
  if (first <= low && high <= last) {
    const here = tree.get(node);
    if (here === undefined) tree.set(node, [id]);
    else here.push(id);
    return 1;
  }
  const middle = (low + high) >> 1;
  return (
    insert(tree, id, first, last, node * 2, low, middle) + insert(tree, id, first, last, node * 2 + 1, middle + 1, high)
  );
}
