// The HuJSON engine: a lossless parser and Go-identical Format, Standardize and Minimize.
// Everything works on UTF-8 bytes; string inputs are encoded first.

import { format } from './format.js';

export type { ArrayNode, Extra, Literal, ObjectMember, ObjectNode, Position, Value } from './ast.js';
export { invalidUtf8Offset } from './bytes.js';
export { HujsonSyntaxError, positionAt } from './errors.js';
export { etag } from './etag.js';
export { format } from './format.js';
export { findMember, toJSON } from './json.js';
export { pack } from './pack.js';
export { MAX_NESTING_DEPTH, parse } from './parse.js';
export { minimize, standardize } from './standardize.js';
export { decodeString } from './strings.js';

const utf8Decoder = new TextDecoder();

/**
 * Format's output as a string. Raw invalid UTF-8 inside an unescaped string literal (kept by
 * Format) becomes U+FFFD here; use `format` when the exact bytes matter.
 */
export function formatText(input: Uint8Array | string): string {
  return utf8Decoder.decode(format(input));
}
