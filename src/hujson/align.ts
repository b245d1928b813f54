// Alignment of object member values (spec 3.7): consecutive one-line members that each start
// a line form a group, and their values are padded to start in the same byte column.

import type { ObjectMember } from './ast.js';
import { countByte, LF } from './bytes.js';
import { containsLF } from './expansion.js';
import { appendSpaces } from './extra.js';

/**
 * Pads the colon-value extras of `members`, which are already laid out.
 * `valueHasInnerLF[i]` says whether any item extra nested inside member i's value has a newline
 * (closing extras do not count).
 */
export function alignMemberValues(members: readonly ObjectMember[], valueHasInnerLF: readonly boolean[]): void {
  let groupStart = 0;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (!isAlignable(member, valueHasInnerLF[i]!)) {
      padGroup(members, groupStart, i);
      groupStart = i + 1;
      continue;
    }
    const nameBefore = member.name.before!;
    if (countByte(nameBefore, LF, 0, nameBefore.length) >= 2) {
      padGroup(members, groupStart, i);
      groupStart = i;
    }
  }
  padGroup(members, groupStart, members.length);
}

function isAlignable(member: ObjectMember, valueHasInnerLF: boolean): boolean {
  const { name, value } = member;
  return (
    containsLF(name.before) &&
    !containsLF(name.after) &&
    !containsLF(value.before) &&
    !containsLF(value.after) &&
    !valueHasInnerLF
  );
}

/** Width from the name's first byte to the value's: name, name-colon extra, colon, colon-value extra. */
function alignedWidth(member: ObjectMember): number {
  const name = member.name;
  const nameBytes = name.node.kind === 'literal' ? name.node.bytes.length : 0;
  return nameBytes + (name.after?.length ?? 0) + 1 + (member.value.before?.length ?? 0);
}

function padGroup(members: readonly ObjectMember[], start: number, end: number): void {
  if (end - start < 2) return;
  let widest = 0;
  for (let i = start; i < end; i++) widest = Math.max(widest, alignedWidth(members[i]!));
  for (let i = start; i < end; i++) {
    const value = members[i]!.value;
    value.before = appendSpaces(value.before, widest - alignedWidth(members[i]!));
  }
}
