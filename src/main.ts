import * as core from '@actions/core';
import { readInputs, type Inputs } from './config/inputs.js';
import { errorMessage } from './errors.js';
import { pathInRepo, readGitHubContext } from './github/context.js';
import { publishReport } from './github/publish.js';
import { registerCredentialSecrets, runEngine, type EngineDependencies } from './modes/index.js';
import type { Logger } from './modes/context.js';
import { annotate } from './report/annotations.js';
import type { Report } from './report/model.js';
import { OUTPUT, reportOutputs } from './report/outputs.js';
import { SecretRegistry } from './secrets.js';

/** What run() may touch beyond @actions/core; tests replace the HTTP client and the clock. */
export type ActionDependencies = Pick<EngineDependencies, 'http' | 'now'>;

const actionLogger: Logger = {
  info: (message) => core.info(message),
  group: (name, work) => core.group(name, work),
};

/** The one line that ends a failed run: what failed, and where the details are. */
export function failureLine(report: Report): string {
  const problems = report.errors.length + report.testFailures.length;
  const first = report.errors[0]?.message ?? report.testFailures[0]?.message ?? report.warnings[0]?.message ?? 'see the job summary';
  const where = report.errors[0]?.location ?? report.testFailures[0]?.location;
  const at = where ? `${report.policyFile}:${where.line}:${where.column}: ` : '';
  const more = problems > 1 ? ` (and ${problems - 1} more; see the annotations and the job summary)` : '';
  return `${report.mode} failed: ${at}${first}${more}`;
}

async function execute(inputs: Inputs, secrets: SecretRegistry, deps: ActionDependencies): Promise<Report> {
  const now = deps.now ?? Date.now;
  const deadline = now() + inputs.timeoutMs;
  const env = process.env;
  const redact = (text: string): string => secrets.redact(text);
  const report = await runEngine(inputs, {
    secrets,
    log: actionLogger,
    getIdToken: (audience) => core.getIDToken(audience || undefined),
    // A pull request is judged against the versions its base branch has seen.
    historyRef: readGitHubContext(env).baseSha,
    http: deps.http,
    now,
  });
  // GitHub places annotations by the path from the repository root.
  const file = pathInRepo(env.GITHUB_WORKSPACE || process.cwd(), inputs.policyFile) ?? inputs.policyFile;
  annotate(report, file, core, redact);
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, redact(value));
  const published = await publishReport(report, { env, inputs, redact, signal: AbortSignal.timeout(Math.max(1000, deadline - now())) });
  if (published.commentUrl) core.setOutput(OUTPUT.commentUrl, published.commentUrl);
  if (published.driftIssueError) {
    report.errors.push({ severity: 'error', message: `the drift issue could not be kept: ${published.driftIssueError.message}` });
    report.result = 'failed';
  }
  return report;
}

export async function run(deps: ActionDependencies = {}): Promise<void> {
  const secrets = new SecretRegistry(core.setSecret);
  try {
    const inputs = readInputs((name) => core.getInput(name));
    registerCredentialSecrets(inputs, secrets);
    secrets.add(inputs.githubToken);
    const report = await execute(inputs, secrets, deps);
    if (report.result === 'failed') core.setFailed(secrets.redact(failureLine(report)));
  } catch (error) {
    core.setFailed(secrets.redact(errorMessage(error)));
  }
}
