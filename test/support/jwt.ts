/**
 * Unsigned JWTs for tests: the GitHub fake issues them as OIDC id tokens and the Tailscale
 * emulator reads their `aud` claim for workload identity federation. Nothing verifies a
 * signature, so the third segment is a fixed placeholder.
 *
 * @example
 * ```ts
 * const jwt = fakeJwt({ aud: 'api.tailscale.com/client-1', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' });
 * decodeJwtPayload(jwt)?.aud; // 'api.tailscale.com/client-1'
 * ```
 */

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A deterministic JWT-shaped string carrying `claims`. */
export function fakeJwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'fake' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

/** The claims of a JWT-shaped string, or undefined if it is not one. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
