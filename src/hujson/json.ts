// Plain-JavaScript views of a parsed document, for code that needs values rather than layout.

import { ARRAY, FALSE, type HujsonDocument, NULL, NUMBER, OBJECT, STRING, TRUE } from './document.js';

/**
 * The value as JSON.parse would give it: strings decoded as Go decodes them, numbers as
 * JavaScript numbers, object keys in document order. A duplicate key keeps its first position
 * and its last value, as with JSON.parse. Recursion is bounded by the parser's nesting limit.
 */
export function toJSON(doc: HujsonDocument, value = doc.root): unknown {
  const kind = doc.kind(value);
  switch (kind) {
    case OBJECT:
      return objectValue(doc, value);
    case ARRAY: {
      const elements: unknown[] = [];
      for (let element = doc.firstItem(value); element !== -1; element = doc.next(element)) {
        elements.push(toJSON(doc, element));
      }
      return elements;
    }
    case STRING:
      return doc.string(value);
    case NUMBER:
      return Number(doc.rawText(value));
    case TRUE:
      return true;
    case FALSE:
      return false;
    case NULL:
      return null;
  }
}

function objectValue(doc: HujsonDocument, object: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (let name = doc.firstItem(object); name !== -1; name = doc.next(doc.next(name))) {
    const key = doc.string(name);
    const memberValue = toJSON(doc, doc.next(name));
    // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
    if (key === '__proto__') {
      Object.defineProperty(result, key, { value: memberValue, enumerable: true, writable: true, configurable: true });
    } else {
      result[key] = memberValue;
    }
  }
  return result;
}
