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

const TEST_SECTIONS = ['tests', 'sshTests'];
const ASSERTION_LISTS = ['accept', 'deny', 'check', 'dst'];

/**
 * Finds where the API's findings belong in one document. Each index is built once, on first
 * use, in file order: an answer may name thousands of failures, and searching the whole file
 * for each would cost failures times tests.
 */
export class Locator {
  /** The first entry with each `src`; by `src` and destination, the first entry and string listing it. */
  private tests?: { entries: Map<string, number>; assertions: Map<string, Map<string, [number, number]>> };
  private strings?: Map<string, number>;

  constructor(private readonly doc: HujsonDocument) {}

  /**
   * The `tests` or `sshTests` entry whose `src` is `source` and that lists `destination` (else
   * the first entry with that `src`), and the destination's string inside it.
   */
  test(source: string, destination?: string): TestPlace | undefined {
    const { entries, assertions } = (this.tests ??= this.indexTests());
    const hit = destination === undefined ? undefined : assertions.get(source)?.get(destination);
    if (hit !== undefined) return { entry: at(this.doc, hit[0]), assertion: at(this.doc, hit[1]) };
    const entry = entries.get(source);
    return entry === undefined ? undefined : { entry: at(this.doc, entry) };
  }

  /** The first string in the file (member names included) equal to `text`. */
  string(text: string): FileLocation | undefined {
    const value = (this.strings ??= this.indexStrings()).get(text);
    return value === undefined ? undefined : at(this.doc, value);
  }

  private indexTests(): NonNullable<Locator['tests']> {
    const doc = this.doc;
    const entries = new Map<string, number>();
    const assertions = new Map<string, Map<string, [number, number]>>();
    for (const section of TEST_SECTIONS) {
      for (const entry of elements(doc, member(doc, doc.root, section))) {
        const source = stringOf(doc, member(doc, entry, 'src'));
        if (source === undefined) continue;
        if (!entries.has(source)) entries.set(source, entry);
        let listed = assertions.get(source);
        if (listed === undefined) assertions.set(source, (listed = new Map()));
        for (const list of ASSERTION_LISTS) {
          for (const item of elements(doc, member(doc, entry, list))) {
            const destination = stringOf(doc, item);
            if (destination !== undefined && !listed.has(destination)) listed.set(destination, [entry, item]);
          }
        }
      }
    }
    return { entries, assertions };
  }

  private indexStrings(): Map<string, number> {
    const strings = new Map<string, number>();
    // Values are numbered in document order.
    for (let value = 0; value < this.doc.count; value++) {
      const text = stringOf(this.doc, value);
      if (text !== undefined && !strings.has(text)) strings.set(text, value);
    }
    return strings;
  }
}
