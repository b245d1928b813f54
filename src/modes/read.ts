import { settingName } from '../config/settings.js';
import { InputError, PolicyFileError } from '../errors.js';
import { readLocalPolicy, type LocalPolicy } from '../files/local-policy.js';
import type { Finding } from '../report/model.js';
import type { LivePolicy, Scope, TailscaleClient } from '../tailscale/client.js';
import type { ModeDeps } from './deps.js';
import type { Facts } from './outcome.js';

/** The policy file, parsed; or the syntax error that stops the run before any request. */
export type PolicyRead = { kind: 'read'; local: LocalPolicy } | { kind: 'invalid'; error: Finding };

/**
 * Reads and parses the policy file into `facts`. A syntax error at a position is handed back
 * as a finding instead of thrown, so it is annotated at its line and no request is ever sent.
 */
export async function readPolicy(deps: ModeDeps, facts: Facts): Promise<PolicyRead> {
  return deps.log.group('Read the policy file', async () => {
    try {
      const { policyFile, workspace, surface } = deps.settings;
      const local = await readLocalPolicy(policyFile, workspace, settingName(surface, 'policy-file'));
      facts.local = local;
      deps.log.info(`${local.file}: ${local.bytes.length} bytes, ETag ${local.etag}`);
      return { kind: 'read', local };
    } catch (error) {
      if (!(error instanceof PolicyFileError) || error.line === undefined) throw error;
      deps.log.info(error.message);
      const location = { line: error.line, column: error.column ?? 1 };
      return { kind: 'invalid', error: { severity: 'error', message: error.reason, location } };
    }
  });
}

export async function readLive(
  deps: ModeDeps,
  facts: Facts,
  client: TailscaleClient,
  scope: Scope,
): Promise<LivePolicy> {
  return deps.log.group('Read the live policy', async () => {
    const live = await client.getPolicy(scope);
    facts.live = live;
    deps.log.info(liveEtagLine(deps, live.etag));
    return live;
  });
}

/**
 * The live ETag for the log, or that it is left out. Not masked: a mask would replace the hash
 * wherever it appears, text the fork wrote included, and so tell its author which guess was right.
 */
export function liveEtagLine(deps: ModeDeps, etag: string): string {
  return deps.liveHidden === true
    ? 'live policy read; its ETag is left out, as the pull request comes from a fork'
    : `live policy ETag ${etag}`;
}

/** apply and drift cannot do anything useful offline. */
export function requireClient(deps: ModeDeps): TailscaleClient {
  if (deps.client) return deps.client;
  const mode = deps.settings.mode;
  throw new InputError(
    `"${mode}" needs Tailscale credentials: an API key, or an OAuth client with its secret or a federated identity`,
  );
}

const AS_IT_IS = ': this run uses the file as it is, no version in git; commit it first';

/** Line ends as git may convert them on checkout (core.autocrlf): no difference in content. */
const lf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1').replaceAll('\r\n', '\n');

/**
 * The file as git last committed it (in test mode, the base branch: what the access plan compares
 * with offline); or, when the checkout may hide it, why; undefined when it was never committed.
 */
export async function newestVersion(deps: ModeDeps): Promise<Facts['baseline']> {
  const file = deps.settings.policyFile;
  for await (const version of deps.history.versions(file, 1)) {
    return { commit: version.commit, bytes: version.content };
  }
  const limitation = await deps.history.limitation(file);
  return limitation === undefined ? undefined : { unseen: limitation };
}

/**
 * A warning when the file is not what git last committed (changed, or never committed): apply
 * writes, and drift compares, the file as it is, which is then no version in git's history, so a
 * later run cannot recognise it. Nothing is said outside a git checkout.
 */
export async function noteUncommitted(deps: ModeDeps, facts: Facts, local: LocalPolicy): Promise<void> {
  const file = deps.settings.policyFile;
  const newest = await newestVersion(deps);
  if (newest === undefined)
    facts.notes.push({ severity: 'warning', message: `${file} was never committed${AS_IT_IS}` });
  else if ('commit' in newest && lf(newest.bytes) !== lf(local.bytes)) {
    const message = `${file} differs from its last commit (${newest.commit.slice(0, 12)})${AS_IT_IS}`;
    facts.notes.push({ severity: 'warning', message });
  }
}
