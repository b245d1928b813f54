// The policy ETag Tailscale's server reports: SHA-256 of the document as Go's Format writes it.

import { createHash } from 'node:crypto';
import type { HujsonDocument } from './document.js';
import { format } from './format.js';

/** Lowercase hex SHA-256 of `format(input)`. Throws HujsonSyntaxError on invalid input. */
export function etag(input: Uint8Array | string | HujsonDocument): string {
  return createHash('sha256').update(format(input)).digest('hex');
}
