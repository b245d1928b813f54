// Finds where in the policy file the API's findings belong, so annotations and the pull-request
// comment can point at a line. The API answers with names and values only, never positions.

import { ARRAY, type HujsonDocument, OBJECT, STRING } from '../hujson/index.js';
import type { FileLocation } from '../report/model.js';

const NONE = -1;

function at(doc: HujsonDocument, value: number): FileLocation {
  const { line, column } = doc.position(value);
  return { line, column };
}

function stringOf(doc: HujsonDocument, value: number): string | undefined {
  return value !== NONE && doc.kind(value) === STRING ? doc.string(value) : undefined;
}

/** Member names are matched case-insensitively, as the server does. */
export function member(doc: HujsonDocument, value: number, name: string): number {
  if (value === NONE || doc.kind(value) !== OBJECT) return NONE;
  const wanted = name.toLowerCase();
  for (let key = doc.firstItem(value); key !== NONE; key = doc.next(doc.next(key))) {
    if (doc.string(key).toLowerCase() === wanted) return doc.next(key);
  }
  return NONE;
}

function elements(doc: HujsonDocument, value: number): number[] {
  const out: number[] = [];
  if (value === NONE || doc.kind(value) !== ARRAY) return out;
  for (let element = doc.firstItem(value); element !== NONE; element = doc.next(element)) out.push(element);
  return out;
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
export function locateTest(doc: HujsonDocument, source: string, destination?: string): TestPlace | undefined {
  let firstEntry: TestPlace | undefined;
  for (const section of ['tests', 'sshTests']) {
    for (const entry of elements(doc, member(doc, doc.root, section))) {
      if (stringOf(doc, member(doc, entry, 'src')) !== source) continue;
      firstEntry ??= { entry: at(doc, entry) };
      if (destination === undefined) return firstEntry;
      for (const list of ['accept', 'deny', 'check', 'dst']) {
        const hit = elements(doc, member(doc, entry, list)).find((item) => stringOf(doc, item) === destination);
        if (hit !== undefined) return { entry: at(doc, entry), assertion: at(doc, hit) };
      }
    }
  }
  return firstEntry;
}

/** The first string in the file (member names included) equal to `text`. */
export function locateString(doc: HujsonDocument, text: string): FileLocation | undefined {
  // Values are numbered in document order.
  for (let value = 0; value < doc.count; value++) {
    if (stringOf(doc, value) === text) return at(doc, value);
  }
  return undefined;
}
