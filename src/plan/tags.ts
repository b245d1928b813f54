// A tag taken out of `tagOwners` while devices of the described tailnet still carry it. The new
// policy cannot name the tag (using an undefined tag is refused, docs/policy-semantics.md
// §2.2.4), so every rule that named it is gone and its loss is reported as usual. What the
// server then does with the devices is not established: Tailscale documents that tags are
// defined in tagOwners and that a tagged device keeps at least one tag, not whether a device
// keeps a tag the policy no longer defines. So wherever the new policy's answer for such a device
// differs between "it keeps the tag" and "the server drops it" (a device left without tags then
// has no identity a selector can name, only its addresses), the difference is listed as
// undecided, naming the tag.

import type { Principal } from '../policy/principal.js';
import type { Atom } from './atoms.js';

/** Per device atom, the tags it carries that the old policy defines and the new one does not. */
export function droppedTags(
  atoms: readonly Atom[],
  defined: readonly [ReadonlySet<string>, ReadonlySet<string>],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const atom of atoms) {
    if (atom.kind !== 'device') continue;
    const dropped = (atom.tags ?? []).filter((tag) => defined[0].has(tag) && !defined[1].has(tag));
    if (dropped.length > 0) out.set(atom.id, dropped);
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/** The device as the server would see it without `tags`. */
export function withoutTags(p: Principal, tags: readonly string[]): Principal {
  const remaining = [...p.tags].filter((tag) => !tags.includes(tag));
  const key = `${p.key}~without ${tags.join(',')}`;
  if (remaining.length > 0) return { ...p, key, tags: new Set(remaining) };
  return { ...p, key, identity: 'none', tags: NONE, groups: NONE };
}

/**
 * The atoms as the new policy sees them twice: `principals[0]` as described (tags kept),
 * `principals[1]` with the dropped tags taken away.
 */
export function keptAndDropped(atoms: readonly Atom[], dropped: ReadonlyMap<number, string[]>): Atom[] {
  return atoms.map((atom) => {
    const p = atom.principals[1];
    const tags = dropped.get(atom.id);
    return { ...atom, principals: [p, p === undefined || tags === undefined ? p : withoutTags(p, tags)] };
  });
}
