import { InputError } from '../errors.js';
import { parseApiUrl, DEFAULT_API_URL } from './api-url.js';
import { chooseCredentials, type CredentialSources } from './credentials.js';
import { parseDuration } from './duration.js';
import { parseLabel, parseTailnet } from './names.js';
import type { CommentPolicy, ManualEditPolicy, Mode, Settings } from './settings.js';

/** Input names, as declared in action.yml. */
export const INPUT = {
  tailnet: 'tailnet',
  apiKey: 'api-key',
  oauthClientId: 'oauth-client-id',
  oauthSecret: 'oauth-secret',
  audience: 'audience',
  policyFile: 'policy-file',
  action: 'action',
  apiUrl: 'api-url',
  cacheFile: 'cache-file',
  onManualEdit: 'on-manual-edit',
  failOnWarnings: 'fail-on-warnings',
  timeout: 'timeout',
  githubToken: 'github-token',
  comment: 'comment',
  tailnetDevices: 'tailnet-devices',
  driftIssue: 'drift-issue',
  driftLabel: 'drift-label',
  failOnDrift: 'fail-on-drift',
  showLivePolicyToForks: 'show-live-policy-to-forks',
} as const;

/** The action's inputs, validated. GitHub-only concerns sit beside the engine's settings. */
export interface Inputs extends Settings {
  /** Token for the pull-request comment and the drift issue; '' when none. */
  githubToken: string;
  comment: CommentPolicy;
  /** Keep one GitHub issue open while the live policy has drifted. */
  driftIssue: boolean;
  driftLabel: string;
  /**
   * Whether comments on pull requests from forks may show the live policy, edits made outside
   * git included, to whoever opened them (pull_request_target). Off by default.
   */
  showLivePolicyToForks: boolean;
  /** Why an input given was left unused, to be said as a warning (loneClientId). */
  ignoredInput?: string;
}

/** Reads one input; '' when not given (GitHub passes unset secrets as empty strings). */
export type InputReader = (name: string) => string;

/** One of `allowed`; without a fallback the input is required. */
function choice<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback?: T): T {
  const value = read(name).trim();
  if (value === '' && fallback !== undefined) return fallback;
  if (value === '') throw new InputError(`input "${name}" is required: ${allowed.join(', ')}`);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input "${name}": "${value}" is not one of ${allowed.join(', ')}`);
}

/** Strict booleans, spelled as YAML 1.2 core does, like the toolkit's getBooleanInput. */
function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input "${name}": "${value}" is not a boolean; use true or false`);
}

function text(read: InputReader, name: string, fallback = ''): string {
  const value = read(name).trim();
  return value === '' ? fallback : value;
}

/**
 * gitops-acl-action picks its method by `api-key` and `oauth-secret` alone, so a workflow moving
 * from the key to OAuth may still hold the client id beside the key: it kept working there, and
 * works here too (README.md, Migrating). The id is then left out, with a warning.
 */
function loneClientId(sources: CredentialSources): string | undefined {
  const { apiKey, clientId, clientSecret, audience } = sources;
  if (!apiKey || !clientId || clientSecret || audience) return undefined;
  return (
    `input "${INPUT.oauthClientId}" is ignored: "${INPUT.apiKey}" is set, and the id has neither ` +
    `"${INPUT.oauthSecret}" nor "${INPUT.audience}"; remove one of the two`
  );
}

/** `env` gives GITHUB_WORKSPACE, the folder the action's files must lie in. */
export function readInputs(read: InputReader, env: Readonly<Record<string, string | undefined>> = process.env): Inputs {
  const mode = choice<Mode>(read, INPUT.action, ['test', 'apply', 'drift']);
  const sources: CredentialSources = {
    apiKey: text(read, INPUT.apiKey),
    clientId: text(read, INPUT.oauthClientId),
    clientSecret: text(read, INPUT.oauthSecret),
    audience: text(read, INPUT.audience),
  };
  const ignoredInput = loneClientId(sources);
  if (ignoredInput !== undefined) delete sources.clientId;
  const credentials = chooseCredentials(sources, {
    apiKey: INPUT.apiKey,
    clientId: INPUT.oauthClientId,
    clientSecret: INPUT.oauthSecret,
    federated: INPUT.audience,
  });
  if (credentials.kind === 'none' && mode !== 'test') {
    throw new InputError(
      `action "${mode}" needs credentials: set "${INPUT.apiKey}", or "${INPUT.oauthClientId}" ` +
        `with "${INPUT.oauthSecret}" or "${INPUT.audience}"`,
    );
  }
  return {
    mode,
    surface: 'action',
    tailnet: parseTailnet(text(read, INPUT.tailnet, '-'), `input "${INPUT.tailnet}"`),
    credentials,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    policyFile: text(read, INPUT.policyFile, './policy.hujson'),
    apiUrl: parseApiUrl(text(read, INPUT.apiUrl, DEFAULT_API_URL), `input "${INPUT.apiUrl}"`),
    cacheFile: text(read, INPUT.cacheFile, './version-cache.json'),
    onManualEdit: choice<ManualEditPolicy>(read, INPUT.onManualEdit, ['warn', 'fail'], 'warn'),
    failOnWarnings: bool(read, INPUT.failOnWarnings, false),
    timeoutMs: parseDuration(text(read, INPUT.timeout, '5m'), `input "${INPUT.timeout}"`),
    tailnetDevices: bool(read, INPUT.tailnetDevices, false),
    failOnDrift: bool(read, INPUT.failOnDrift, false),
    githubToken: text(read, INPUT.githubToken),
    comment: choice<CommentPolicy>(read, INPUT.comment, ['always', 'on-change', 'on-failure', 'never'], 'on-change'),
    driftIssue: bool(read, INPUT.driftIssue, true),
    driftLabel: parseLabel(text(read, INPUT.driftLabel, 'tailscale-policy-drift'), `input "${INPUT.driftLabel}"`),
    showLivePolicyToForks: bool(read, INPUT.showLivePolicyToForks, false),
    ...(ignoredInput === undefined ? {} : { ignoredInput }),
  };
}
