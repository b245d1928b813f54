// The lossless and the compact serialisations of a parsed document (serialize.ts walks it).

import type { HujsonDocument } from './document.js';
import { Mode, Serializer, toDocument } from './serialize.js';

/** The document's bytes, rebuilt from its parts: identical to the parsed input. */
export function pack(doc: HujsonDocument): Uint8Array {
  return new Serializer(doc, Mode.Pack).run();
}

/** The document with every comment, whitespace run and trailing comma removed. */
export function minimize(input: Uint8Array | string | HujsonDocument): Uint8Array {
  return new Serializer(toDocument(input), Mode.Minimize).run();
}
