import type { Settings } from '../config/settings.js';
import { gitFileHistory } from '../git/history.js';
import { ActionError } from '../errors.js';
import { emptyReport, type Report } from '../report/model.js';
import type { SecretRegistry } from '../secrets.js';
import { createAuthenticator } from '../tailscale/auth.js';
import { TailscaleClient } from '../tailscale/client.js';
import { createHttpClient, type HttpClient } from '../tailscale/http.js';
import { runApply } from './apply.js';
import type { Logger, RunContext } from './context.js';
import { runDrift } from './drift.js';
import { runTest } from './test.js';

export interface EngineDependencies {
  secrets: SecretRegistry;
  log: Logger;
  getIdToken: (audience: string) => Promise<string>;
  /** The commit whose history tells which versions are known (a PR's base), HEAD by default. */
  historyRef?: string;
  now?: () => number;
  /** Replaces the real HTTP client (tests). */
  http?: HttpClient;
}

/** Runs one mode from start to report: the same engine behind the action and the CLI. */
export async function runEngine(settings: Settings, deps: EngineDependencies): Promise<Report> {
  const now = deps.now ?? Date.now;
  // Without credentials nothing is sent, so no connection pool is set up.
  const http =
    settings.credentials.kind === 'none'
      ? undefined
      : (deps.http ??
        createHttpClient({
          deadline: now() + settings.timeoutMs,
          now,
          onRetry: (failure, delay) => deps.log.info(`${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
        }));
  const ctx: RunContext = {
    settings,
    history: gitFileHistory(settings.workspace, deps.historyRef),
    log: deps.log,
    client: http && tailscaleClient(settings, http, deps),
  };
  const report = emptyReport(settings.mode, settings.tailnet, settings.policyFile);
  try {
    const modes = { test: runTest, apply: runApply, drift: runDrift };
    return await modes[settings.mode](ctx, report);
  } catch (error) {
    // An expected failure still yields the report so far: the summary then shows what was
    // read (the live policy above all) before the run stopped.
    if (!(error instanceof ActionError)) throw error;
    report.errors.push({ severity: 'error', message: error.message });
    report.result = 'failed';
    return report;
  } finally {
    await http?.close();
  }
}

function tailscaleClient(settings: Settings, http: HttpClient, deps: EngineDependencies): TailscaleClient {
  const { apiUrl, tailnet, credentials } = settings;
  const auth = createAuthenticator(credentials, { http, apiUrl, secrets: deps.secrets, getIdToken: deps.getIdToken });
  return new TailscaleClient({ http, apiUrl, tailnet, auth });
}

/** Registers every credential the settings carry, before anything can print them. */
export function registerCredentialSecrets(settings: Settings, secrets: SecretRegistry): void {
  const credentials = settings.credentials;
  if (credentials.kind === 'api-key') secrets.add(credentials.apiKey);
  if (credentials.kind === 'oauth') secrets.add(credentials.clientSecret);
  if (credentials.kind === 'federated') secrets.add(credentials.idToken);
}
