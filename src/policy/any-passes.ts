// Whether any of a list of targets lets a question (protocols, port) through: their ports merged
// per protocol once, then a binary search per question. Walking the list for every port asked
// grew with the ports times the targets: N rules from N tags to one destination, each on its own
// port, asked N ports of N targets (a helper's attack on the plan, 8,000 rules in 26 s).

import type { NetworkTarget } from './compile.js';
import { ICMP, ICMPV6, portsContain, protocolHasPorts, type PortRange } from './ports.js';

export class AnyPasses {
  /** Per protocol with ports: the targets' ranges, sorted and merged. */
  private readonly ports = new Map<number, PortRange[]>();
  /** Protocols without ports that some target allows (all its ports, as `allows` asks). */
  private readonly whole = new Set<number>();
  private readonly empty: boolean;

  constructor(targets: readonly NetworkTarget[]) {
    this.empty = targets.length === 0;
    const ranges = new Map<number, PortRange[]>();
    for (const target of targets) {
      for (const protocol of target.protocols) {
        if (!protocolHasPorts(protocol)) {
          if (target.allPorts) this.whole.add(protocol);
          continue;
        }
        const list = ranges.get(protocol) ?? [];
        if (list.length === 0) ranges.set(protocol, list);
        for (const range of target.ports) list.push(range);
      }
    }
    for (const [protocol, list] of ranges) this.ports.set(protocol, merged(list));
  }

  /** What `allows` answers for some target of the list (target-passes.ts): ICMP needs only the addresses. */
  lets(protocols: readonly number[], port: number): boolean {
    if (this.empty) return false;
    for (const protocol of protocols) {
      if (protocol === ICMP || protocol === ICMPV6) return true;
      if (protocolHasPorts(protocol)) {
        const ranges = this.ports.get(protocol);
        if (ranges !== undefined && portsContain(ranges, port)) return true;
      } else if (this.whole.has(protocol)) return true;
    }
    return false;
  }
}

/** The ranges sorted by their first port, overlapping or adjoining ones joined. */
function merged(ranges: PortRange[]): PortRange[] {
  ranges.sort((a, b) => a.first - b.first);
  const out: PortRange[] = [];
  for (const range of ranges) {
    const last = out.at(-1);
    if (last !== undefined && range.first <= last.last + 1) {
      if (range.last > last.last) out[out.length - 1] = { first: last.first, last: range.last };
    } else out.push(range);
  }
  return out;
}
