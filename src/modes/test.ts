import { readCachedEtag } from '../files/cache-file.js';
import { standardize } from '../hujson/index.js';
import { findingsFromAnswer } from '../report/api-findings.js';
import { emptyReport, type Report } from '../report/model.js';
import type { RunContext } from './context.js';
import { describeOrigin, findLiveOrigin } from './origin.js';
import { addFindings, readLiveInto, readPolicyInto, verdict } from './shared.js';

/**
 * `action: test`: is the proposed policy valid, and do its tests pass? Nothing is written.
 * Without credentials only the local checks run, and the report says so.
 */
export async function runTest(ctx: RunContext): Promise<Report> {
  const { settings } = ctx;
  const report = emptyReport('test', settings.tailnet, settings.policyFile);
  const local = await readPolicyInto(report, ctx);
  if (!local) return report;
  const client = ctx.client;
  if (!client) {
    report.offlineReason =
      'no Tailscale credentials were given (pull requests from forks get no secrets), so the API validation and the policy tests were skipped; only the syntax was checked';
    report.result = verdict(report, settings.failOnWarnings);
    return report;
  }
  const live = await readLiveInto(report, ctx, client, 'policy_file:read');
  if (live.etag === local.etag) {
    report.origin = { kind: 'local' };
    report.result = 'no-change';
    return report;
  }
  report.origin = await findLiveOrigin({
    liveEtag: live.etag,
    localEtag: local.etag,
    cachedEtag: await readCachedEtag(settings.cacheFile),
    file: settings.policyFile,
    history: ctx.history,
  });
  ctx.log.info(describeOrigin(report.origin));
  if (report.origin.kind === 'unknown') {
    // Only a search of the whole history can tell an edit made outside git from a version we cannot see.
    if (report.origin.limitation === undefined) report.manualEdit = true;
    else report.notices.push({ severity: 'notice', message: `could not tell whether the live policy was edited outside git: ${report.origin.limitation}` });
  }
  const answer = await ctx.log.group('Validate with the Tailscale API', () =>
    client.validate(Buffer.from(standardize(local.bytes)).toString('utf8')),
  );
  addFindings(report, findingsFromAnswer(answer, local.root));
  report.result = verdict(report, settings.failOnWarnings);
  return report;
}
