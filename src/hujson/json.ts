// Plain-JavaScript views of a syntax tree, for code that needs values rather than layout.

import type { Literal, ObjectMember, ObjectNode, Value } from './ast.js';
import { decodeString } from './strings.js';

/**
 * The value as JSON.parse would give it: strings decoded as Go decodes them, numbers as
 * JavaScript numbers, object keys in document order. A duplicate key keeps its first position
 * and its last value, as with JSON.parse.
 */
export function toJSON(value: Value): unknown {
  const node = value.node;
  if (node.kind === 'literal') return literalValue(node);
  if (node.kind === 'array') return node.elements.map(toJSON);
  const object: Record<string, unknown> = {};
  for (const member of node.members) {
    const key = decodeString(member.name.node as Literal);
    const memberValue = toJSON(member.value);
    // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
    if (key === '__proto__') Object.defineProperty(object, key, { value: memberValue, enumerable: true, writable: true, configurable: true });
    else object[key] = memberValue;
  }
  return object;
}

function literalValue(literal: Literal): unknown {
  switch (literal.bytes[0]) {
    case 0x22: // "
      return decodeString(literal);
    case 0x74: // t
      return true;
    case 0x66: // f
      return false;
    case 0x6e: // n
      return null;
    default:
      return Number(Buffer.from(literal.bytes.buffer, literal.bytes.byteOffset, literal.bytes.length).toString('latin1'));
  }
}

/**
 * The member whose decoded name is `name`. With duplicate names it is the last one, the one
 * whose value toJSON (and Go's encoding/json) keeps.
 */
export function findMember(object: ObjectNode, name: string): ObjectMember | undefined {
  for (let i = object.members.length - 1; i >= 0; i--) {
    const member = object.members[i]!;
    if (decodeString(member.name.node as Literal) === name) return member;
  }
  return undefined;
}
