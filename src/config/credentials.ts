import { InputError } from '../errors.js';

/** How the run authenticates to the Tailscale API. */
export type Credentials =
  | { kind: 'api-key'; apiKey: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string }
  /** Workload identity: an OIDC id token (given, or fetched for `audience`) is exchanged. */
  | { kind: 'federated'; clientId: string; audience?: string; idToken?: string }
  /** No secrets at all, as on pull requests from forks: only offline checks can run. */
  | { kind: 'none' };

export interface CredentialSources {
  apiKey?: string;
  clientId?: string;
  clientSecret?: string;
  audience?: string;
  idToken?: string;
}

/** The names the user knows the sources by: action inputs or CLI environment variables. */
export interface CredentialNames {
  apiKey: string;
  clientId: string;
  clientSecret: string;
  federated: string;
}

/** Exactly one method must be given; anything else is one error that lists the three choices. */
export function chooseCredentials(sources: CredentialSources, names: CredentialNames): Credentials {
  const { apiKey, clientId, clientSecret } = sources;
  const federatedProof = sources.audience ?? sources.idToken;
  const chosen: Credentials[] = [];
  if (apiKey) chosen.push({ kind: 'api-key', apiKey });
  if (clientId && clientSecret) chosen.push({ kind: 'oauth', clientId, clientSecret });
  if (clientId && federatedProof) {
    chosen.push({ kind: 'federated', clientId, audience: sources.audience, idToken: sources.idToken });
  }
  const incomplete = (clientId && !clientSecret && !federatedProof) || (!clientId && (clientSecret || federatedProof));
  if (chosen.length === 1 && !incomplete) return chosen[0]!;
  if (chosen.length === 0 && !incomplete) return { kind: 'none' };
  const problem =
    chosen.length > 1 ? 'more than one authentication method is set' : 'the authentication settings are incomplete';
  throw new InputError(
    `${problem}: set exactly one of "${names.apiKey}"; "${names.clientId}" with ` +
      `"${names.clientSecret}"; or "${names.clientId}" with "${names.federated}"`,
  );
}

/** The CLI's credential variables, as gitops-pusher reads them, for messages that name them. */
export const CREDENTIAL_VARIABLES = 'TS_API_KEY, or TS_OAUTH_ID with TS_OAUTH_SECRET or TS_ID_TOKEN';

/** The secret parts of the credentials, to be registered before anything can print them. */
export function credentialSecrets(credentials: Credentials): string[] {
  switch (credentials.kind) {
    case 'none':
      return [];
    case 'api-key':
      return [credentials.apiKey];
    case 'oauth':
      return [credentials.clientSecret];
    case 'federated':
      return credentials.idToken === undefined ? [] : [credentials.idToken];
  }
}
