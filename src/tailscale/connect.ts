// The Tailscale client an entry point hands to a mode: HTTP pool, authenticator and API client,
// built in one call so the action and the CLI wire them the same way.

import { settingName, type Settings } from '../config/settings.js';
import type { SecretRegistry } from '../secrets.js';
import { createAuthenticator } from './auth.js';
import { TailscaleClient } from './client.js';
import { createHttpClient, type HttpClient } from '../http/client.js';
import type { ProxyEnv } from '../http/proxy.js';

export interface ConnectOptions {
  secrets: SecretRegistry;
  /** Fetches a GitHub OIDC id token for an audience (fetchIdToken in the action). */
  getIdToken: (audience: string) => Promise<string>;
  deadline: number;
  now: () => number;
  /** Every retry, in words, for the log. */
  onRetry: (description: string, delayMs: number) => void;
  /** Where HTTPS_PROXY and NO_PROXY come from: the entry point's environment. */
  proxyEnv: ProxyEnv;
  /** Replaces the real HTTP client (tests). */
  http?: HttpClient;
  /** Where the tailnet's name came from, as advice names it (the surface's setting unless told). */
  tailnetSetting?: string;
}

export interface Connection {
  client: TailscaleClient;
  close(): Promise<void>;
}

/** A client for the settings' API and tailnet; undefined without credentials (nothing is sent). */
export function connect(settings: Settings, options: ConnectOptions): Connection | undefined {
  if (settings.credentials.kind === 'none') return undefined;
  const { deadline, now, onRetry, proxyEnv } = options;
  const timeoutSetting = settingName(settings.surface, 'timeout');
  const http = options.http ?? createHttpClient({ deadline, now, onRetry, proxyEnv, timeoutSetting });
  const { apiUrl, tailnet, credentials } = settings;
  const auth = createAuthenticator(credentials, {
    http,
    apiUrl,
    secrets: options.secrets,
    getIdToken: options.getIdToken,
  });
  const tailnetSetting = options.tailnetSetting ?? settingName(settings.surface, 'tailnet');
  return { client: new TailscaleClient({ http, apiUrl, tailnet, tailnetSetting, auth }), close: () => http.close() };
}
