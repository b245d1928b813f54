import { settingName } from '../config/settings.js';
import { ActionError, ApiError, PreconditionFailedError, errorMessage } from '../errors.js';
import { checkCacheFile, readCachedEtag, writeCachedEtag } from '../files/cache-file.js';
import { describeFileError } from '../files/file-errors.js';
import type { LocalPolicy } from '../files/local-policy.js';
import { describeOrigin } from '../report/origin.js';
import { findingsFromAnswer } from '../tailscale/api-findings.js';
import type { LivePolicy, TailscaleClient, WriteAnswer } from '../tailscale/client.js';
import type { ModeDeps } from './deps.js';
import { findLiveOrigin } from './origin.js';
import type { Facts, Outcome } from './outcome.js';
import { noteUncommitted, readLive, readPolicy, requireClient } from './read.js';

type WriteResult = WriteAnswer | { kind: 'stale'; live: LivePolicy };

const REFUSED_FIRST =
  "the API refused the file, so whether the live policy is Tailscale's untouched default is not known";

/**
 * `action: apply`: make the live policy equal to the file, never overwriting an edit that this
 * run has not seen. The write is conditional on the ETag we decided to replace.
 */
export async function runApply(deps: ModeDeps, facts: Facts): Promise<Outcome> {
  const { settings, log } = deps;
  const client = requireClient(deps);
  const read = await readPolicy(deps, facts);
  if (read.kind === 'invalid') return { kind: 'invalid-file', facts, error: read.error };
  const { local } = read;
  const cacheSetting = settingName(settings.surface, 'cache-file');
  await checkCacheFile(settings.cacheFile, settings.workspace, cacheSetting);
  await noteUncommitted(deps, facts, local);
  const live = await readLive(deps, facts, client, 'policy_file');
  if (live.etag === local.etag) {
    await recordAppliedEtag(deps, facts, live.etag);
    return { kind: 'unchanged', facts };
  }
  const cache = await readCachedEtag(settings.cacheFile, settings.workspace, cacheSetting, {
    at: deps.deadline,
    now: deps.now,
  });
  if (cache.warning !== undefined) facts.notes.push({ severity: 'warning', message: cache.warning });
  const origin = await findLiveOrigin({
    liveEtag: live.etag,
    localEtag: local.etag,
    cachedEtag: cache.etag,
    file: settings.policyFile,
    history: deps.history,
  });
  facts.origin = origin;
  log.debug(
    `live ETag ${live.etag}; local ETag ${local.etag}; cached ETag ${cache.etag ?? 'none'}; origin: ${origin.kind}`,
  );
  log.info(describeOrigin(origin, settings.policyFile));
  if (origin.kind !== 'unknown') return write(deps, facts, client, local, live.etag);
  // A new tailnet's policy is Tailscale's default, which no version in git matches; the API
  // replaces it only while it is untouched, so this write can never lose an edit.
  log.debug('the live policy matches no known version; trying If-Match "ts-default" first');
  const overDefault = await log.group('Apply the policy over the default policy', () =>
    conditionalWrite(client, local, 'ts-default'),
  );
  if (overDefault.kind !== 'stale') {
    // Only a write proves the default: a server may refuse an invalid file before it compares ETags.
    facts.origin =
      overDefault.kind === 'written' ? { kind: 'default' } : { kind: 'unknown', limitation: REFUSED_FIRST };
    log.info(describeOrigin(facts.origin, settings.policyFile));
    return finish(deps, facts, local, overDefault);
  }
  log.debug(`the live policy is not the untouched default; on-manual-edit is "${settings.onManualEdit}"`);
  if (settings.onManualEdit === 'fail') return { kind: 'refused', facts, because: 'fail' };
  if (deps.keepsInFull?.(live.text) === false) return { kind: 'refused', facts, because: 'too-large-to-keep' };
  await deps.beforeOverwrite?.(live.text);
  return write(deps, facts, client, local, live.etag);
}

/** The policy is applied by now; a cache that cannot be written must not turn that into a failure. */
async function recordAppliedEtag(deps: ModeDeps, facts: Facts, etag: string): Promise<void> {
  try {
    await writeCachedEtag(deps.settings.cacheFile, etag, deps.settings.workspace);
  } catch (error) {
    const setting = settingName(deps.settings.surface, 'cache-file');
    const message = `could not write the version cache (${setting}): ${describeFileError(error)}`;
    facts.notes.push({ severity: 'warning', message });
  }
}

/**
 * POSTs the file with If-Match. A 412 can mean that an earlier attempt of this very write
 * landed before its answer was lost (the request is retried), so the live policy is read again:
 * if it is now the file, the write succeeded; otherwise the live version is handed back.
 */
async function conditionalWrite(client: TailscaleClient, local: LocalPolicy, ifMatch: string): Promise<WriteResult> {
  try {
    return await client.setPolicy(local.bytes, ifMatch);
  } catch (error) {
    // Refused for its credential or tailnet at its only attempt, the write never happened. After a
    // retry, or any other failure, an earlier attempt may have landed before its answer was lost.
    if (error instanceof ApiError && [401, 403, 404].includes(error.status) && !error.retried) {
      throw new ActionError(`${errorMessage(error)}. Nothing was written`);
    }
    if (!(error instanceof PreconditionFailedError)) {
      throw new ActionError(
        `${errorMessage(error)}. The write may or may not have landed: check the ` +
          `policy in the admin console, then re-run`,
      );
    }
    const now = await client.getPolicy('policy_file');
    return now.etag === local.etag ? { kind: 'written', etag: now.etag } : { kind: 'stale', live: now };
  }
}

async function write(
  deps: ModeDeps,
  facts: Facts,
  client: TailscaleClient,
  local: LocalPolicy,
  ifMatch: string,
): Promise<Outcome> {
  deps.log.debug(`writing with If-Match "${ifMatch}"`);
  const result = await deps.log.group('Apply the policy', () => conditionalWrite(client, local, ifMatch));
  if (result.kind === 'stale') return { kind: 'conflict', facts, current: result.live };
  return finish(deps, facts, local, result);
}

async function finish(
  deps: ModeDeps,
  facts: Facts,
  local: LocalPolicy,
  result: Exclude<WriteResult, { kind: 'stale' }>,
): Promise<Outcome> {
  switch (result.kind) {
    case 'rejected':
      return { kind: 'rejected', facts, api: findingsFromAnswer(result.answer, local.root) };
    case 'written': {
      const etag = result.etag || local.etag;
      await recordAppliedEtag(deps, facts, etag);
      deps.log.info(`applied; the live policy ETag is now ${etag}`);
      return { kind: 'applied', facts, etag };
    }
  }
}
