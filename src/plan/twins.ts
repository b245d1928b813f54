// A dual-stack device's IPv6 address is an atom of its own where rules name device addresses
// (atoms.ts, `twin`). Where its access changes as its device's (the atom of its IPv4 address)
// does, the device's change says it: the IPv6 pair's is left out, and only access that differs
// by address family is listed for the IPv6 address.

import type { Atom } from './atoms.js';
import { stateKey, type RawChange } from './evaluate.js';

/** What a change says, with its pair given: equal keys, equal changes. */
function said(c: RawChange, src: number, dst: number): string {
  return `${src}|${dst}|${stateKey(c)}|${c.ranges.map((r) => `${r.first}-${r.last}`).join(',')}`;
}

/** The changes without those of a pair of IPv6 twins that say what their devices' change says. */
export function withoutTwinEchoes(changes: RawChange[], atoms: readonly Atom[]): RawChange[] {
  const twinOf = (id: number): number | undefined => atoms[id]!.twin;
  if (!changes.some((c) => twinOf(c.src) !== undefined)) return changes;
  const devices = new Set(changes.filter((c) => twinOf(c.src) === undefined).map((c) => said(c, c.src, c.dst)));
  return changes.filter((c) => {
    const [src, dst] = [twinOf(c.src), twinOf(c.dst)];
    return src === undefined || dst === undefined || !devices.has(said(c, src, dst));
  });
}
