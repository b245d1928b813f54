import type { Credentials } from '../config/credentials.js';
import { ApiError } from '../errors.js';
import type { SecretRegistry } from '../secrets.js';
import type { HttpClient } from '../http/client.js';
import { apiEndpoint } from './url.js';

/** Produces the Authorization header, fetching an access token the first time if needed. */
export interface Authenticator {
  authorization(): Promise<string>;
}

export interface AuthDependencies {
  http: HttpClient;
  apiUrl: URL;
  secrets: SecretRegistry;
  /** Fetches a GitHub OIDC id token for the audience (fetchIdToken in the action). */
  getIdToken: (audience: string) => Promise<string>;
}

interface TokenAnswer {
  access_token?: unknown;
}

async function requestToken(
  deps: AuthDependencies,
  path: string,
  form: URLSearchParams,
  headers: Record<string, string>,
): Promise<string> {
  const url = apiEndpoint(deps.apiUrl, path);
  const response = await deps.http.send({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: form.toString(),
  });
  let answer: TokenAnswer = {};
  try {
    answer = JSON.parse(response.body) as TokenAnswer;
  } catch {
    // A non-JSON answer is reported below by its status.
  }
  if (response.status === 200 && typeof answer.access_token !== 'string') {
    throw new ApiError(
      `the Tailscale token endpoint ${path} answered without an access_token; ` +
        `check that the API URL is the Tailscale API`,
      200,
    );
  }
  if (response.status !== 200 || typeof answer.access_token !== 'string') {
    const hint =
      response.status === 401 || response.status === 400 || response.status === 403
        ? 'check the OAuth client id and its secret or federated identity settings in the Tailscale admin console'
        : 'try again later';
    throw new ApiError(
      `the Tailscale token endpoint ${path} answered HTTP ${response.status}: ${hint}`,
      response.status,
    );
  }
  deps.secrets.add(answer.access_token);
  return answer.access_token;
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export function createAuthenticator(credentials: Credentials, deps: AuthDependencies): Authenticator {
  let header: Promise<string> | undefined;
  const obtain = async (): Promise<string> => {
    switch (credentials.kind) {
      case 'api-key':
        return basic(credentials.apiKey, '');
      case 'oauth': {
        const form = new URLSearchParams({ grant_type: 'client_credentials' });
        const authorization = basic(credentials.clientId, credentials.clientSecret);
        deps.secrets.add(authorization.slice('Basic '.length));
        return `Bearer ${await requestToken(deps, '/api/v2/oauth/token', form, { authorization })}`;
      }
      case 'federated': {
        const jwt = credentials.idToken ?? (await deps.getIdToken(credentials.audience ?? ''));
        deps.secrets.add(jwt);
        const form = new URLSearchParams({ client_id: credentials.clientId, jwt });
        return `Bearer ${await requestToken(deps, '/api/v2/oauth/token-exchange', form, {})}`;
      }
      case 'none':
        throw new ApiError('no Tailscale credentials were given, so the API cannot be called', 401);
    }
  };
  return {
    authorization() {
      header ??= obtain().then((value) => {
        deps.secrets.add(value.replace(/^(Basic|Bearer) /, ''));
        return value;
      });
      return header;
    },
  };
}
