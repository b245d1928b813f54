// Whether a rule's target lets a packet through for a given protocol and port, memoised per
// question: tests ask few distinct questions (a handful of ports) of many targets, and a verdict
// may look at the same target for thousands of source and destination pairs.

import type { NetworkTarget } from './compile.js';
import { ICMP, ICMPV6, portsContain, protocolHasPorts } from './ports.js';
import { DEFAULT_TEST_PROTOCOLS } from './unsure.js';

/** Bytes the memo may take: a hostile policy can ask as many distinct ports as it has tests. */
const MAX_BYTES = 1 << 23;

/** Whether a target lets a packet of one of the protocols through; ICMP needs only the addresses. */
export function allows(target: NetworkTarget, protocols: readonly number[], port: number): boolean {
  for (const protocol of protocols) {
    if (protocol === ICMP || protocol === ICMPV6) return true;
    if (!target.protocols.includes(protocol)) continue;
    if (protocolHasPorts(protocol) ? portsContain(target.ports, port) : target.allPorts) return true;
  }
  return false;
}

/** The answers for the targets of one index; `ask` selects the question, `lets` answers it for a target. */
export class TargetPasses {
  /** Per question: 0 not known yet, 1 no, 2 yes, by target id. */
  private readonly rows = new Map<number, Uint8Array>();
  /** The current question's row; undefined when it is not memoised. */
  private row: Uint8Array | undefined;
  /** The question asked (set by `ask`). */
  protocols: readonly number[] = DEFAULT_TEST_PROTOCOLS;
  port = 0;

  constructor(private readonly targets: readonly NetworkTarget[]) {}

  /** Makes `lets` answer for these protocols and this port. */
  ask(protocols: readonly number[], port: number): void {
    this.protocols = protocols;
    this.port = port;
    this.row = this.rowFor(protocols, port);
  }

  lets(id: number): boolean {
    const row = this.row;
    if (row === undefined) return allows(this.targets[id]!, this.protocols, this.port);
    let known = row[id]!;
    if (known === 0) row[id] = known = allows(this.targets[id]!, this.protocols, this.port) ? 2 : 1;
    return known === 2;
  }

  /** Questions are told apart by protocol (the default pair counts as 256) and port. */
  private rowFor(protocols: readonly number[], port: number): Uint8Array | undefined {
    const kind = protocols === DEFAULT_TEST_PROTOCOLS ? 256 : protocols.length === 1 ? protocols[0]! : -1;
    if (kind === -1) return undefined;
    const key = kind * 65536 + port;
    let row = this.rows.get(key);
    if (row === undefined) {
      if ((this.rows.size + 1) * this.targets.length > MAX_BYTES) return undefined;
      row = new Uint8Array(this.targets.length);
      this.rows.set(key, row);
    }
    return row;
  }
}
