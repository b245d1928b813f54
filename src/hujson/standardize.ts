// hujson.Standardize and hujson.Minimize (spec 4).

import { toBytes } from './bytes.js';
import { packMinimized, packStandardized } from './pack.js';
import { parseWithoutPositions } from './parse.js';

/**
 * Standard JSON with the same length and the same line breaks: comments and trailing commas
 * are blanked with spaces, so an error position in the result is the same position in the file.
 */
export function standardize(input: Uint8Array | string): Uint8Array {
  return packStandardized(parseWithoutPositions(toBytes(input)));
}

/** The document with every comment, whitespace run and trailing comma removed. */
export function minimize(input: Uint8Array | string): Uint8Array {
  return packMinimized(parseWithoutPositions(toBytes(input)));
}
