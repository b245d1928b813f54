import { ActionError, PreconditionFailedError, errorMessage } from '../errors.js';
import { readCachedEtag, writeCachedEtag } from '../files/cache-file.js';
import { describeFileError } from '../files/file-errors.js';
import type { LocalPolicy } from '../files/local-policy.js';
import { findingsFromAnswer } from '../tailscale/api-findings.js';
import type { Report } from '../report/model.js';
import type { LivePolicy, TailscaleClient, ValidationAnswer } from '../tailscale/client.js';
import type { RunContext } from './context.js';
import { describeOrigin, findLiveOrigin } from './origin.js';
import { addFindings, readLiveInto, readPolicyInto, requireClient } from './shared.js';

export const CONCURRENT_CHANGE_MESSAGE =
  'the live policy changed while this run was applying it (HTTP 412, If-Match did not match); nothing was overwritten. Re-run this job to apply on top of the new version, after checking the other change in the admin console';

/**
 * `action: apply`: make the live policy equal to the file, never overwriting an edit that this
 * run has not seen. The write is conditional on the ETag we decided to replace.
 */
export async function runApply(ctx: RunContext, report: Report): Promise<Report> {
  const { settings } = ctx;
  const client = requireClient(ctx);
  const local = await readPolicyInto(report, ctx);
  if (!local) return report;
  const live = await readLiveInto(report, ctx, client, 'policy_file');
  if (live.etag === local.etag) {
    report.origin = { kind: 'local' };
    report.result = 'no-change';
    await recordAppliedEtag(report, ctx, live.etag);
    return report;
  }
  const cache = await readCachedEtag(settings.cacheFile, settings.workspace);
  if (cache.warning !== undefined) report.warnings.push({ severity: 'warning', message: cache.warning });
  report.origin = await findLiveOrigin({
    liveEtag: live.etag,
    localEtag: local.etag,
    cachedEtag: cache.etag,
    file: settings.policyFile,
    history: ctx.history,
  });
  ctx.log.info(describeOrigin(report.origin));
  if (report.origin.kind === 'unknown') {
    // A new tailnet's policy is Tailscale's default, which no version in git matches; the
    // API replaces it only while it is untouched, so this write can never lose an edit.
    const overDefault = await ctx.log.group('Apply the policy over the default policy', () => conditionalWrite(client, local, 'ts-default'));
    if ('stale' in overDefault) return applyOverUnknown(report, ctx, client, local, live, report.origin.limitation);
    report.origin = { kind: 'default' };
    ctx.log.info(describeOrigin(report.origin));
    return finish(report, ctx, local, overDefault);
  }
  return write(report, ctx, client, local, live);
}

/** The live policy matches nothing we know: kept in full in the summary before any write. */
async function applyOverUnknown(
  report: Report,
  ctx: RunContext,
  client: TailscaleClient,
  local: LocalPolicy,
  live: LivePolicy,
  limitation: string | undefined,
): Promise<Report> {
  report.manualEdit = true;
  if (ctx.settings.onManualEdit === 'fail') {
    report.result = 'failed';
    report.errors.push({ severity: 'error', message: refusal(limitation) });
    return report;
  }
  return write(report, ctx, client, local, live);
}

function refusal(limitation: string | undefined): string {
  const why =
    limitation === undefined
      ? 'the live policy was edited outside git (it matches no version of this file)'
      : `the live policy matches no version of this file that this run can see (${limitation})`;
  return `${why}, and on-manual-edit is "fail": nothing was applied. Bring the live version into the repository (see the diff in the job summary), or set on-manual-edit: warn to overwrite it`;
}

/** The policy is applied by now; a cache that cannot be written must not turn that into a failure. */
async function recordAppliedEtag(report: Report, ctx: RunContext, etag: string): Promise<void> {
  try {
    await writeCachedEtag(ctx.settings.cacheFile, etag, ctx.settings.workspace);
  } catch (error) {
    report.warnings.push({ severity: 'warning', message: `could not write the version cache (input "cache-file"): ${describeFileError(error)}` });
  }
}

type WriteOutcome = { etag: string } | { rejected: ValidationAnswer };

/**
 * POSTs the file with If-Match. A 412 can mean that an earlier attempt of this very write
 * landed before its answer was lost (the request is retried), so the live policy is read again:
 * if it is now the file, the write succeeded; otherwise the live version is handed back.
 */
async function conditionalWrite(client: TailscaleClient, local: LocalPolicy, ifMatch: string): Promise<WriteOutcome | { stale: LivePolicy }> {
  try {
    return await client.setPolicy(local.bytes, ifMatch);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) {
      throw new ActionError(`${errorMessage(error)}. The write may or may not have landed: check the policy in the admin console, then re-run`);
    }
    const now = await client.getPolicy('policy_file');
    return now.etag === local.etag ? { etag: now.etag } : { stale: now };
  }
}

async function write(report: Report, ctx: RunContext, client: TailscaleClient, local: LocalPolicy, live: LivePolicy): Promise<Report> {
  const outcome = await ctx.log.group('Apply the policy', () => conditionalWrite(client, local, live.etag));
  if ('stale' in outcome) {
    report.controlEtag = outcome.stale.etag;
    report.liveText = outcome.stale.text;
    report.errors.push({ severity: 'error', message: CONCURRENT_CHANGE_MESSAGE });
    report.result = 'failed';
    return report;
  }
  return finish(report, ctx, local, outcome);
}

async function finish(report: Report, ctx: RunContext, local: LocalPolicy, outcome: WriteOutcome): Promise<Report> {
  if ('rejected' in outcome) {
    addFindings(report, findingsFromAnswer(outcome.rejected, local.root));
    report.result = 'failed';
    return report;
  }
  report.applied = true;
  report.result = 'applied';
  report.controlEtag = outcome.etag || local.etag;
  await recordAppliedEtag(report, ctx, report.controlEtag);
  ctx.log.info(`applied; the live policy ETag is now ${report.controlEtag}`);
  return report;
}
