// Finds where in the policy file the API's findings belong, so annotations and the pull-request
// comment can point at a line. The API answers with names and values only, never positions.

import type { ObjectNode, Value } from '../hujson/ast.js';
import { decodeString } from '../hujson/index.js';
import type { FileLocation } from './model.js';

function at(value: Value): FileLocation {
  return { line: value.start.line, column: value.start.column };
}

function stringOf(value: Value | undefined): string | undefined {
  if (value?.node.kind !== 'literal' || value.node.bytes[0] !== 0x22) return undefined;
  return decodeString(value.node);
}

/** Member names are matched case-insensitively, as the server does. */
export function member(value: Value | undefined, name: string): Value | undefined {
  if (value?.node.kind !== 'object') return undefined;
  const wanted = name.toLowerCase();
  return (value.node as ObjectNode).members.find((m) => stringOf(m.name)?.toLowerCase() === wanted)?.value;
}

function elements(value: Value | undefined): Value[] {
  return value?.node.kind === 'array' ? value.node.elements : [];
}

/** Where a failing assertion sits: its test entry, and the assertion's own string in it. */
export interface TestPlace {
  entry: FileLocation;
  assertion?: FileLocation;
}

/**
 * Finds the `tests` or `sshTests` entry whose `src` is `source` and that lists `destination`
 * (else the first entry with that `src`), and the destination's string inside it.
 */
export function locateTest(root: Value, source: string, destination?: string): TestPlace | undefined {
  let firstEntry: TestPlace | undefined;
  for (const section of ['tests', 'sshTests']) {
    for (const entry of elements(member(root, section))) {
      if (stringOf(member(entry, 'src')) !== source) continue;
      firstEntry ??= { entry: at(entry) };
      if (destination === undefined) return firstEntry;
      for (const list of ['accept', 'deny', 'check', 'dst']) {
        const hit = elements(member(entry, list)).find((item) => stringOf(item) === destination);
        if (hit) return { entry: at(entry), assertion: at(hit) };
      }
    }
  }
  return firstEntry;
}

/** The first string in the file equal to `text`, found without recursion (depth is unbounded). */
export function locateString(root: Value, text: string): FileLocation | undefined {
  const stack: Value[] = [root];
  while (stack.length > 0) {
    const value = stack.pop()!;
    const node = value.node;
    if (node.kind === 'literal') {
      if (stringOf(value) === text) return at(value);
      continue;
    }
    const children = node.kind === 'object' ? node.members.flatMap((m) => [m.name, m.value]) : node.elements;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}
