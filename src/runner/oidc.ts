// The job's OIDC id token, asked of the runner's token service the way @actions/core asks it
// (docs/runner-commands.md): the URL and bearer token the runner grants with
// `permissions: id-token: write`, the audience appended, the token masked once received.

import type { HttpClient } from '../http/client.js';
import { withoutSecret } from '../secrets.js';
import { debug, setSecret } from './commands.js';
import type { Env } from './files.js';

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Unable to get ${name} env variable`);
  return value;
}

/** A field of the service's JSON answer, when it is a non-empty string. */
function field(body: string, name: 'value' | 'message'): string | undefined {
  try {
    const value = (JSON.parse(body) as Record<string, unknown>)[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches an id token for `audience` ('' for the service's default). Throws a one-line Error
 * naming what is missing or what the service answered; the caller words the advice.
 */
export async function fetchIdToken(audience: string, http: HttpClient, env: Env = process.env): Promise<string> {
  const base = required(env, 'ACTIONS_ID_TOKEN_REQUEST_URL');
  // The runner's URL already carries a query (api-version), so the audience joins it with &.
  const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
  debug(`ID token url is ${url}`);
  const requestToken = required(env, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN');
  const response = await http.send({
    method: 'GET',
    url: new URL(url),
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${requestToken}`,
      'user-agent': 'actions/oidc-client',
    },
  });
  if (response.status < 200 || response.status > 299) {
    // The service's words reach the log and the job summary: its own credential never does.
    const said = field(response.body, 'message');
    const message = said === undefined ? undefined : withoutSecret(said, requestToken);
    throw new Error(`Failed to get ID Token: HTTP ${response.status}${message ? ` (${message})` : ''}`);
  }
  const token = field(response.body, 'value');
  if (token === undefined) throw new Error('Response json body do not have ID Token field');
  setSecret(token);
  return token;
}
