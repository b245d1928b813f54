// The HuJSON engine: a lossless parser into a flat document, and Go-identical Format,
// Standardize and Minimize. Everything works on UTF-8 bytes; string inputs are encoded first.

import { format } from './format.js';

export { invalidUtf8Offset } from './bytes.js';
export {
  ARRAY,
  ESCAPED,
  FALSE,
  HujsonDocument,
  type Kind,
  NON_ASCII,
  NULL,
  NUMBER,
  OBJECT,
  type Position,
  STRING,
  TRAILING_COMMA,
  TRUE,
} from './document.js';
export { FormattedTooLargeError, HujsonSyntaxError, positionAt } from './errors.js';
export { etag } from './etag.js';
export { format } from './format.js';
export { canonicalJson, toJSON } from './json.js';
export { minimize, pack } from './pack.js';
export { standardize } from './serialize.js';
export { MAX_NESTING_DEPTH, parse } from './parse.js';

const utf8Decoder = new TextDecoder();

/**
 * Format's output as a string. Raw invalid UTF-8 inside an unescaped string literal (kept by
 * Format) becomes U+FFFD here; use `format` when the exact bytes matter.
 */
export function formatText(input: Uint8Array | string): string {
  return utf8Decoder.decode(format(input));
}
