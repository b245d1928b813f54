import { emptyReport, type Report } from '../report/model.js';
import type { RunContext } from './context.js';
import { describeOrigin, findLiveOrigin } from './origin.js';
import { readLiveInto, readPolicyInto, requireClient } from './shared.js';

/**
 * `action: drift`: is the live policy what the repository says? Reads only: this mode has no
 * code path that writes the policy.
 */
export async function runDrift(ctx: RunContext): Promise<Report> {
  const { settings } = ctx;
  const report = emptyReport('drift', settings.tailnet, settings.policyFile);
  const client = requireClient(ctx);
  const local = await readPolicyInto(report, ctx);
  if (!local) return report;
  const live = await readLiveInto(report, ctx, client, 'policy_file:read');
  report.origin = await findLiveOrigin({ liveEtag: live.etag, localEtag: local.etag, file: settings.policyFile, history: ctx.history });
  ctx.log.info(describeOrigin(report.origin));
  report.drift = report.origin.kind === 'local' ? 'in-sync' : report.origin.kind === 'commit' ? 'behind' : 'drifted';
  report.manualEdit = report.drift === 'drifted';
  const drifted = report.drift !== 'in-sync';
  report.result = !drifted ? 'no-change' : settings.failOnDrift ? 'failed' : 'passed';
  if (drifted) {
    const what = report.drift === 'behind' ? 'the repository has changes that were never applied' : 'the live policy was edited outside git';
    (settings.failOnDrift ? report.errors : report.warnings).push({ severity: settings.failOnDrift ? 'error' : 'warning', message: `drift: ${what}; ${describeOrigin(report.origin)}` });
  }
  return report;
}
