// What a pair's unknown verdicts hang on, side by side. Offline, a verdict is unknown when some
// target that may connect the pair only may select one of its ends (a user who may be an admin, a
// device a test cannot name). Two sides whose unknown verdicts hang on the same targets, matched
// alike, give one verdict whatever the tailnet holds (the verdict is the union of its targets'
// matches); on other targets they may differ, and the plan lists the pair as undecided.

import type { NetworkTarget } from '../policy/compile.js';
import { ICMP } from '../policy/ports.js';

/** A target of one side that may connect the pair, with what it says of the pair (its ports aside). */
export interface Hanging {
  target: NetworkTarget;
  /** The target's content key with how it matches each end: alike on both sides when it selects alike. */
  said: string;
}

/** A target's description entering (+1) or leaving (-1) the set at a port. */
interface Event {
  at: number;
  side: 0 | 1;
  said: string;
  delta: 1 | -1;
}

/**
 * Whether the two sides' unknown verdicts on one pair may differ at a protocol and port: whether
 * the descriptions of the targets that let that port through differ as sets (ICMP passes every
 * target). A pair is asked over each protocol's port intervals in increasing order, so this
 * sweeps: each target's ranges enter and leave a count once, and a pair costs its targets' ranges
 * plus its intervals, not their product. The product made a plan cubic in a policy of
 * overlapping ranges (docs/performance.md, "Still super-linear"). Asked out of order, it starts
 * the protocol again.
 */
export class Apart {
  private readonly hanging: (readonly Hanging[])[] = [];
  private protocol = -1;
  private port = -1;
  private events: Event[] = [];
  private next = 0;
  /** Per description, how many of each side's ranges under the sweep's port let it through. */
  private readonly counts = new Map<string, [number, number]>();
  /** How many descriptions one side has at the port and the other has not. */
  private mismatches = 0;

  constructor(private readonly of: (side: 0 | 1) => readonly Hanging[]) {}

  at(protocol: number, port: number): boolean {
    if (protocol !== this.protocol || port < this.port) this.start(protocol);
    this.port = port;
    while (this.next < this.events.length && this.events[this.next]!.at <= port) this.apply(this.events[this.next++]!);
    return this.mismatches > 0;
  }

  private start(protocol: number): void {
    this.protocol = protocol;
    this.counts.clear();
    this.mismatches = 0;
    this.next = 0;
    const events: Event[] = [];
    for (const side of [0, 1] as const) {
      for (const { target, said } of (this.hanging[side] ??= this.of(side))) {
        if (protocol === ICMP) events.push({ at: -1, side, said, delta: 1 });
        else if (target.protocols.includes(protocol))
          for (const r of target.ports)
            events.push({ at: r.first, side, said, delta: 1 }, { at: r.last + 1, side, said, delta: -1 });
      }
    }
    this.events = events.sort((a, b) => a.at - b.at);
  }

  private apply({ side, said, delta }: Event): void {
    let count = this.counts.get(said);
    if (count === undefined) this.counts.set(said, (count = [0, 0]));
    const wasApart = count[0] > 0 !== count[1] > 0;
    count[side] += delta;
    this.mismatches += Number(count[0] > 0 !== count[1] > 0) - Number(wasApart);
  }
}
