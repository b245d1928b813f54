import { errorMessage } from '../errors.js';
import { readCachedEtag } from '../files/cache-file.js';
import { standardize } from '../hujson/index.js';
import { findingsFromAnswer } from '../tailscale/api-findings.js';
import type { Report } from '../report/model.js';
import type { RunContext } from './context.js';
import { describeOrigin, findLiveOrigin } from './origin.js';
import { adoptOfflineFindings, checkOffline, fetchTopology, reconcile } from './offline.js';
import { addFindings, readLiveInto, readPolicyInto, verdict } from './shared.js';

/**
 * A test only consults the cache; a broken one is worth a notice, not a failed pull request.
 * One a pull request may have written (tracked by git) is ignored with a warning.
 */
async function cachedEtagForTest(report: Report, cacheFile: string, workspace: string): Promise<string | undefined> {
  try {
    const cache = await readCachedEtag(cacheFile, workspace);
    if (cache.warning !== undefined) report.warnings.push({ severity: 'warning', message: cache.warning });
    return cache.etag;
  } catch (error) {
    report.notices.push({ severity: 'notice', message: `the version cache was ignored: ${errorMessage(error)}` });
    return undefined;
  }
}

/**
 * `action: test`: is the proposed policy valid, and do its tests pass? Nothing is written.
 * The offline engine runs first; without credentials its result is the whole report.
 */
export async function runTest(ctx: RunContext, report: Report): Promise<Report> {
  const { settings } = ctx;
  const local = await readPolicyInto(report, ctx);
  if (!local) return report;
  const client = ctx.client;
  const topology = settings.tailnetDevices && client ? await ctx.log.group("Read the tailnet's users and devices", () => fetchTopology(client)) : undefined;
  const engine = await ctx.log.group('Check the policy offline', async () => {
    const result = checkOffline(local, topology);
    ctx.log.info(`offline engine (${result.mode}): ${result.errors.length} error(s), tests ${result.summary.passed} passed, ${result.summary.failed} failed, ${result.summary.unknown} undecided`);
    return result;
  });
  if (!client) {
    adoptOfflineFindings(report, engine);
    report.offlineReason =
      'no Tailscale credentials were given (pull requests from forks get no secrets), so the Tailscale API checks were skipped. This is the offline check: syntax, validation and the policy\'s tests, evaluated without the tailnet\'s devices';
    report.result = verdict(report, settings.failOnWarnings);
    return report;
  }
  const live = await readLiveInto(report, ctx, client, 'policy_file:read');
  if (live.etag === local.etag) {
    report.origin = { kind: 'local' };
    report.result = 'no-change';
    reconcile(report, engine);
    return report;
  }
  // The history search spawns git; it overlaps the validation round trip instead of adding to it.
  const [origin, answer] = await Promise.all([
    cachedEtagForTest(report, settings.cacheFile, settings.workspace).then((cachedEtag) =>
      findLiveOrigin({ liveEtag: live.etag, localEtag: local.etag, cachedEtag, file: settings.policyFile, history: ctx.history }),
    ),
    ctx.log.group('Validate with the Tailscale API', () => client.validate(Buffer.from(standardize(local.bytes)).toString('utf8'))),
  ]);
  report.origin = origin;
  ctx.log.info(describeOrigin(origin));
  if (origin.kind === 'unknown') {
    // Only a search of the whole history can tell an edit made outside git from a version we cannot see.
    if (origin.limitation === undefined) report.manualEdit = true;
    else report.notices.push({ severity: 'notice', message: `could not tell whether the live policy was edited outside git: ${origin.limitation}` });
  }
  addFindings(report, findingsFromAnswer(answer, local.root));
  reconcile(report, engine);
  report.result = verdict(report, settings.failOnWarnings);
  return report;
}
