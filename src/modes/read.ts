import { InputError, PolicyFileError } from '../errors.js';
import { readLocalPolicy, type LocalPolicy } from '../files/local-policy.js';
import type { ApiFindings } from '../tailscale/api-findings.js';
import type { Report } from '../report/model.js';
import type { LivePolicy, TailscaleClient } from '../tailscale/client.js';
import type { RunContext } from './context.js';

/**
 * Reads and parses the policy file. A syntax error becomes the report's finding instead of an
 * exception, so it is annotated at its line and no request is ever sent.
 */
export async function readPolicyInto(report: Report, ctx: RunContext): Promise<LocalPolicy | undefined> {
  return ctx.log.group('Read the policy file', async () => {
    try {
      const local = await readLocalPolicy(ctx.settings.policyFile, ctx.settings.workspace);
      report.localText = local.text;
      report.localEtag = local.etag;
      ctx.log.info(`${local.file}: ${local.bytes.length} bytes, ETag ${local.etag}`);
      return local;
    } catch (error) {
      if (!(error instanceof PolicyFileError) || error.line === undefined) throw error;
      report.errors.push({ severity: 'error', message: error.reason, location: { line: error.line, column: error.column ?? 1 } });
      report.result = 'failed';
      ctx.log.info(error.message);
      return undefined;
    }
  });
}

export async function readLiveInto(report: Report, ctx: RunContext, client: TailscaleClient, scope: 'policy_file:read' | 'policy_file'): Promise<LivePolicy> {
  return ctx.log.group('Read the live policy', async () => {
    const live = await client.getPolicy(scope);
    report.liveText = live.text;
    report.controlEtag = live.etag;
    ctx.log.info(`live policy ETag ${live.etag}`);
    return live;
  });
}

/** Failing tests and errors fail the run; warnings only when the user asked for that. */
export function verdict(report: Report, failOnWarnings: boolean): 'passed' | 'failed' {
  const failing = report.errors.length > 0 || report.testFailures.length > 0;
  return failing || (failOnWarnings && report.warnings.length > 0) ? 'failed' : 'passed';
}

export function addFindings(report: Report, found: ApiFindings): void {
  report.errors.push(...found.errors);
  report.testFailures.push(...found.testFailures);
  report.warnings.push(...found.warnings);
}

export function requireClient(ctx: RunContext): TailscaleClient {
  if (ctx.client) return ctx.client;
  throw new InputError(`"${ctx.settings.mode}" needs Tailscale credentials: an API key, or an OAuth client with its secret or a federated identity`);
}
