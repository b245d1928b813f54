// Alignment of object member values (spec 3.7): consecutive one-line members that each start
// a line form a group, and their values are padded to start in the same byte column.

import type { ObjectMember } from './ast.js';
import { countByte, LF } from './bytes.js';
import { containsLF } from './expansion.js';
import { appendSpaces } from './extra.js';

/**
 * Alignment runs member by member during layout, once member `index` (whose value is laid out)
 * is final. Groups are runs of consecutive members, so only the current group's start is kept:
 * the caller passes it in and gets the new one back, then calls `finishAlignment` at the end.
 * `valueHasInnerLF` says whether any item extra nested in the member's value has a newline
 * (closing extras do not count).
 */
export function alignMember(
  members: readonly ObjectMember[],
  index: number,
  groupStart: number,
  valueHasInnerLF: boolean,
): number {
  const member = members[index]!;
  if (!isAlignable(member, valueHasInnerLF)) {
    padGroup(members, groupStart, index);
    return index + 1;
  }
  const nameBefore = member.name.before!;
  if (countByte(nameBefore, LF, 0, nameBefore.length) >= 2) {
    padGroup(members, groupStart, index);
    return index;
  }
  return groupStart;
}

export function finishAlignment(members: readonly ObjectMember[], groupStart: number): void {
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
