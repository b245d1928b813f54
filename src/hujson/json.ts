// Plain-JavaScript views of a parsed document, for code that needs values rather than layout.
// Both walks are loops with an explicit stack, not recursions: a document may be nested as deep
// as the parser allows (10,000 levels), past what JSON.stringify can write: on Node 20's default
// stack it overflows at about 4,000 levels, and at about 2,000 with a replacer.

import { ARRAY, FALSE, type HujsonDocument, NUMBER, OBJECT, STRING, TRUE } from './document.js';

type Container = unknown[] | Record<string, unknown>;

/**
 * The value as JSON.parse would give it: strings decoded as Go decodes them, numbers as
 * JavaScript numbers, object keys in document order. A duplicate key keeps its first position
 * and its last value, as with JSON.parse.
 */
export function toJSON(doc: HujsonDocument, value = doc.root): unknown {
  // Per open composite, innermost last: its index, what is built of it, and for an object the
  // name of the member being read.
  const indexes: number[] = [];
  const containers: Container[] = [];
  const names: string[] = [];
  let item = value;
  for (;;) {
    const kind = doc.kind(item);
    let done: unknown;
    if (kind === OBJECT || kind === ARRAY) {
      const container: Container = kind === OBJECT ? {} : [];
      if (doc.firstItem(item) !== -1) {
        indexes.push(item);
        containers.push(container);
        names.push('');
        item = enterItem(doc, item + 1, container, names);
        continue;
      }
      done = container;
    } else {
      done = literalValue(doc, item, kind);
    }
    // Add the finished value to its composite; a composite whose last item it was is finished too.
    for (;;) {
      const top = containers.length - 1;
      if (top === -1) return done;
      addItem(containers[top]!, names[top]!, done);
      const next = doc.next(item);
      if (next !== -1) {
        item = enterItem(doc, next, containers[top]!, names);
        break;
      }
      item = indexes.pop()!;
      done = containers.pop();
      names.pop();
    }
  }
}

/** The value an item starts: a member's value (its name noted), or an element. */
function enterItem(doc: HujsonDocument, item: number, container: Container, names: string[]): number {
  if (Array.isArray(container)) return item;
  names[names.length - 1] = doc.string(item);
  return doc.next(item);
}

function addItem(container: Container, name: string, value: unknown): void {
  if (Array.isArray(container)) container.push(value);
  // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
  else if (name === '__proto__')
    Object.defineProperty(container, name, { value, enumerable: true, writable: true, configurable: true });
  else container[name] = value;
}

function literalValue(doc: HujsonDocument, value: number, kind: number): unknown {
  switch (kind) {
    case STRING:
      return doc.string(value);
    case NUMBER:
      return Number(doc.rawText(value));
    case TRUE:
      return true;
    case FALSE:
      return false;
    default: // NULL
      return null;
  }
}

/**
 * The value as one line of JSON with every object's keys sorted: the text of
 * JSON.stringify(toJSON(doc, value)) with a replacer that rebuilds each object with its keys
 * sorted (keys that are array indexes first, in numeric order; a duplicate key keeps its last
 * value), but for numbers, which keep their literal text. A policy's values reach the apps that
 * read them as written, and a Go app decodes 12345678901234567890 into a uint64 and refuses 1.0
 * for an int: read as a JavaScript number, those would equal 12345678901234567000 and 1.
 */
export function canonicalJson(doc: HujsonDocument, value: number): string {
  const parts: string[] = [];
  // What is left to write, the next last: a value's index, or punctuation.
  const pending: (number | string)[] = [value];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') parts.push(next);
    else if (doc.kind(next) === ARRAY) pushElements(doc, next, pending);
    else if (doc.kind(next) === OBJECT) pushMembers(doc, next, pending);
    else if (doc.kind(next) === NUMBER) parts.push(doc.rawText(next));
    else parts.push(JSON.stringify(literalValue(doc, next, doc.kind(next))));
  }
  return parts.join('');
}

/** The array's brackets, elements and commas, the first element on top. */
function pushElements(doc: HujsonDocument, array: number, pending: (number | string)[]): void {
  const elements: number[] = [];
  for (let element = doc.firstItem(array); element !== -1; element = doc.next(element)) elements.push(element);
  pending.push(']');
  for (let i = elements.length - 1; i >= 0; i--) {
    pending.push(elements[i]!);
    if (i > 0) pending.push(',');
  }
  pending.push('[');
}

/** The object's braces and members in canonical order, the first member on top. */
function pushMembers(doc: HujsonDocument, object: number, pending: (number | string)[]): void {
  // Null-prototype records: "__proto__" is an ordinary key there, and a duplicate key keeps its
  // last value. Filling one in sorted key order and reading its keys back gives the order in
  // which JSON.stringify writes an object so built: array indexes first, numerically.
  const values = Object.create(null) as Record<string, number>;
  for (let name = doc.firstItem(object); name !== -1; name = doc.next(doc.next(name))) {
    values[doc.string(name)] = doc.next(name);
  }
  const sorted = Object.create(null) as Record<string, number>;
  for (const key of Object.keys(values).sort()) sorted[key] = values[key]!;
  const keys = Object.keys(sorted);
  pending.push('}');
  for (let i = keys.length - 1; i >= 0; i--) {
    pending.push(sorted[keys[i]!]!, `${JSON.stringify(keys[i])}:`);
    if (i > 0) pending.push(',');
  }
  pending.push('{');
}
