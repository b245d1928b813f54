// Targets whose destination is `*` and nothing else, kept apart from the destinations' profiles
// (network-index.ts). Every destination a test names may be in `*`, so each destination's
// profile held every such target: N rules to `*`, each on its own port, against N tests of
// distinct destinations made N profiles of N targets, and each verdict weighed all N. They are
// kept once here instead, found by the protocol and port a question asks, so a verdict looks
// only at the few that let its packet through.

import { namesIdentities, type NetworkTarget, type SelectorSet } from './compile.js';
import { isEmpty } from './ip.js';
import { ICMP, ICMPV6, protocolHasPorts } from './ports.js';
import { DEFAULT_TEST_PROTOCOLS } from './unsure.js';

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

/** Bytes of remembered answers at most: a hostile policy can ask as many distinct ports as it has tests. */
const MAX_REMEMBERED = 1 << 23;

/**
 * One list of bare-wildcard targets (ids ascending), answering which of them let a packet of
 * some protocols to some port through, as `allows` in target-passes.ts decides it.
 */
export class WildcardTargets {
  readonly ids: number[] = [];
  /** Per protocol with ports: ids by segment-tree node. Per protocol without: ids allowing every port. */
  private readonly trees = new Map<number, Map<number, number[]>>();
  private readonly whole = new Map<number, number[]>();
  private readonly answers = new Map<number, readonly number[]>();
  private remembered = 0;

  constructor(private readonly targets: readonly NetworkTarget[]) {}

  add(id: number): void {
    this.ids.push(id);
  }

  /** The ids letting a packet of one of `protocols` to `port` through, ascending. */
  passing(protocols: readonly number[], port: number): readonly number[] {
    if (this.ids.length === 0) return this.ids;
    const kind = protocols === DEFAULT_TEST_PROTOCOLS ? 256 : protocols.length === 1 ? protocols[0]! : -1;
    const key = kind * LEAVES + port;
    let found = kind === -1 ? undefined : this.answers.get(key);
    if (found === undefined) {
      found = this.find(protocols, port);
      if (kind !== -1 && (this.remembered += found.length * 4 + 64) <= MAX_REMEMBERED) this.answers.set(key, found);
    }
    return found;
  }

  private find(protocols: readonly number[], port: number): readonly number[] {
    // ICMP needs only the addresses (target-passes.ts): every target lets it through.
    if (protocols.some((p) => p === ICMP || p === ICMPV6)) return this.ids;
    const lists = protocols.map((protocol) =>
      protocolHasPorts(protocol) ? this.stab(protocol, port) : this.all(protocol),
    );
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  /** The ids allowing `protocol`, a protocol with ports, on `port`. */
  private stab(protocol: number, port: number): number[] {
    const tree = this.tree(protocol);
    const out: number[] = [];
    let node = 1;
    for (let bit = PORT_BITS - 1; ; bit--) {
      const here = tree.get(node);
      if (here !== undefined) for (const id of here) out.push(id);
      if (bit < 0) break;
      node = node * 2 + ((port >> bit) & 1);
    }
    // A target's ranges are merged, so it holds the port once; its ranges sit at different nodes.
    return out.sort((a, b) => a - b);
  }

  private tree(protocol: number): Map<number, number[]> {
    let tree = this.trees.get(protocol);
    if (tree === undefined) {
      tree = new Map();
      for (const id of this.ids) {
        const target = this.targets[id]!;
        if (!target.protocols.includes(protocol)) continue;
        for (const range of target.ports) insert(tree, id, range.first, range.last, 1, 0, LEAVES - 1);
      }
      this.trees.set(protocol, tree);
    }
    return tree;
  }

  /** The ids allowing `protocol`, a protocol without ports, which a target allows only on every port. */
  private all(protocol: number): number[] {
    let ids = this.whole.get(protocol);
    if (ids === undefined) {
      ids = this.ids.filter((id) => this.targets[id]!.allPorts && this.targets[id]!.protocols.includes(protocol));
      this.whole.set(protocol, ids);
    }
    return ids;
  }
}

/** Stores `id` at the nodes of [low, high] that together cover [first, last] exactly. */
function insert(
  tree: Map<number, number[]>,
  id: number,
  first: number,
  last: number,
  node: number,
  low: number,
  high: number,
): void {
  if (last < low || high < first) return;
  if (first <= low && high <= last) {
    const here = tree.get(node);
    if (here === undefined) tree.set(node, [id]);
    else here.push(id);
    return;
  }
  const middle = (low + high) >> 1;
  insert(tree, id, first, last, node * 2, low, middle);
  insert(tree, id, first, last, node * 2 + 1, middle + 1, high);
}
