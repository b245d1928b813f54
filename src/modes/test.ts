import { settingName } from '../config/settings.js';
import { errorMessage } from '../errors.js';
import { readCachedEtag } from '../files/cache-file.js';
import type { LocalPolicy } from '../files/local-policy.js';
import { standardize } from '../hujson/index.js';
import type { Finding } from '../report/model.js';
import { describeOrigin } from '../report/origin.js';
import { findingsFromAnswer, type ApiFindings } from '../tailscale/api-findings.js';
import type { TailscaleClient } from '../tailscale/client.js';
import type { ModeDeps } from './deps.js';
import { checkOffline, fetchTopology } from './offline.js';
import { findLiveOrigin } from './origin.js';
import type { Facts, Outcome } from './outcome.js';
import { liveEtagLine, newestVersion, readLive, readPolicy } from './read.js';

/**
 * A test only consults the cache; a broken one is worth a notice, not a failed pull request.
 * One a pull request may have written (tracked by git) is ignored with a warning.
 */
async function cachedEtag(deps: ModeDeps, notes: Finding[]): Promise<string | undefined> {
  try {
    const { cacheFile, workspace, surface } = deps.settings;
    const cache = await readCachedEtag(cacheFile, workspace, settingName(surface, 'cache-file'), {
      at: deps.deadline,
      now: deps.now,
    });
    if (cache.warning !== undefined) notes.push({ severity: 'warning', message: cache.warning });
    return cache.etag;
  } catch (error) {
    notes.push({ severity: 'notice', message: `the version cache was ignored: ${errorMessage(error)}` });
    return undefined;
  }
}

/**
 * `action: test`: is the proposed policy valid, and do its tests pass? Nothing is written.
 * The offline engine runs first; without credentials its verdict is the whole answer.
 */
export async function runTest(deps: ModeDeps, facts: Facts): Promise<Outcome> {
  const { settings, client, log } = deps;
  const read = await readPolicy(deps, facts);
  if (read.kind === 'invalid') return { kind: 'invalid-file', facts, error: read.error };
  const { local } = read;
  // git runs while the engine works: the base version is the plan's baseline without the live policy.
  const baseline = newestVersion(deps);
  // Awaited below; if the run stops before that, its failure must not surface as unhandled.
  baseline.catch(() => undefined);
  const topology =
    settings.tailnetDevices && client
      ? await log.group("Read the tailnet's users and devices", () => fetchTopology(client))
      : undefined;
  facts.engine = await log.group('Check the policy offline', async () => {
    const engine = checkOffline(local, topology, deps);
    const { passed, failed, unknown } = engine.summary;
    log.info(
      `offline engine (${engine.mode}): ${engine.errors.length} error(s), tests ` +
        `${passed} passed, ${failed} failed, ${unknown} undecided`,
    );
    return engine;
  });
  facts.baseline = await baseline;
  if (!client) return { kind: 'offline', facts };
  const live = await readLive(deps, facts, client, 'policy_file:read');
  // A fork's author learns nothing of the live policy, not even whether their text, or a version
  // in the history they pushed, is it: the file is validated as any other, its origin not sought.
  if (deps.liveHidden === true) return { kind: 'validated', facts, api: await validate(deps, client, local) };
  if (live.etag === local.etag) return { kind: 'unchanged', facts };
  // The history search spawns git; it overlaps the validation round trip instead of adding to it.
  const [origin, answer] = await Promise.all([
    cachedEtag(deps, facts.notes).then((cached) =>
      findLiveOrigin({
        liveEtag: live.etag,
        localEtag: local.etag,
        cachedEtag: cached,
        file: settings.policyFile,
        history: deps.history,
      }),
    ),
    validate(deps, client, local),
  ]);
  facts.origin = origin;
  log.debug(`${liveEtagLine(deps, live.etag)}; local ETag ${local.etag}; origin: ${origin.kind}`);
  log.info(describeOrigin(origin, settings.policyFile));
  return { kind: 'validated', facts, api: answer };
}

async function validate(deps: ModeDeps, client: TailscaleClient, local: LocalPolicy): Promise<ApiFindings> {
  const answer = await deps.log.group('Validate with the Tailscale API', () =>
    client.validate(Buffer.from(standardize(local.bytes)).toString('utf8')),
  );
  return findingsFromAnswer(answer, local.root);
}
