import { ActionError } from '../errors.js';
import type { Report } from '../report/model.js';
import type { RunContext } from './context.js';
import { describeOrigin, findLiveOrigin } from './origin.js';
import { readLiveInto, readPolicyInto, requireClient } from './shared.js';

/**
 * `action: drift`: is the live policy what the repository says? Reads only: this mode has no
 * code path that writes the policy.
 */
export async function runDrift(ctx: RunContext, report: Report): Promise<Report> {
  const { settings } = ctx;
  const client = requireClient(ctx);
  const local = await readPolicyInto(report, ctx);
  if (!local) return report;
  const live = await readLiveInto(report, ctx, client, 'policy_file:read');
  const origin = await findLiveOrigin({ liveEtag: live.etag, localEtag: local.etag, file: settings.policyFile, history: ctx.history });
  report.origin = origin;
  ctx.log.info(describeOrigin(origin));
  if (origin.kind === 'unknown' && origin.limitation !== undefined) {
    // Without the whole history, "behind" and "edited outside git" look the same.
    throw new ActionError(`cannot tell whether the live policy is an older commit or an edit made outside git: ${origin.limitation}`);
  }
  report.drift = origin.kind === 'local' ? 'in-sync' : origin.kind === 'commit' ? 'behind' : 'drifted';
  report.manualEdit = report.drift === 'drifted';
  const drifted = report.drift !== 'in-sync';
  report.result = !drifted ? 'no-change' : settings.failOnDrift ? 'failed' : 'passed';
  if (drifted) {
    const what = report.drift === 'behind' ? 'the repository has changes that were never applied' : 'the live policy was edited outside git';
    const finding = { severity: settings.failOnDrift ? 'error' : 'warning', message: `drift: ${what}; ${describeOrigin(origin)}` } as const;
    (settings.failOnDrift ? report.errors : report.warnings).push(finding);
  }
  return report;
}
