// The policy ETag Tailscale's server reports: SHA-256 of the document as Go's Format writes it.

import type { HujsonDocument } from './document.js';
import { format } from './format.js';

/** What an ETag `etag` makes, and the server's are: 64 lowercase hex digits. */
export const POLICY_ETAG = /^[0-9a-f]{64}$/;

/** Lowercase hex SHA-256 of `format(input)`. Throws HujsonSyntaxError on invalid input. */
export function etag(input: Uint8Array | string | HujsonDocument): string {
  // Loaded on first use, not with the engine: node:crypto takes 10 ms or more to load, and
  // `tailnet-policy fmt`, which loads the engine, never needs it.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(format(input)).digest('hex');
}
