import * as core from '@actions/core';
import { INPUT, readInputs, type Inputs } from './config/inputs.js';
import { InputError, errorMessage } from './errors.js';
import { pathInRepo, readGitHubContext } from './github/context.js';
import { publishReport } from './github/publish.js';
import { registerCredentialSecrets, runEngine, type EngineDependencies } from './modes/index.js';
import type { Logger } from './modes/context.js';
import { neutralizeAnnotation, neutralizeLogLine } from './render/actions/log-line.js';
import { annotate, failureLine } from './render/actions/annotations.js';
import type { Report } from './report/model.js';
import { OUTPUT, reportOutputs } from './render/actions/outputs.js';
import { SecretRegistry } from './secrets.js';

/** What run() may touch beyond @actions/core; tests replace the HTTP client and the clock. */
export type ActionDependencies = Pick<EngineDependencies, 'http' | 'now'>;

const actionLogger: Logger = {
  // Policy text and API answers reach these lines: none of it may become a workflow command.
  info: (message) => core.info(neutralizeLogLine(message)),
  group: (name, work) => core.group(name, work),
};

/** core.getIDToken, with the one thing users need to know when it is not available. */
async function githubIdToken(audience: string): Promise<string> {
  try {
    return await core.getIDToken(audience || undefined);
  } catch (error) {
    throw new InputError(
      `input "${INPUT.audience}": no GitHub OIDC id token could be had (${errorMessage(error).replace(/^Error message: /, '')}); add "permissions: id-token: write" to the job`,
    );
  }
}

async function execute(inputs: Inputs, secrets: SecretRegistry, deps: ActionDependencies): Promise<Report> {
  const now = deps.now ?? Date.now;
  const deadline = now() + inputs.timeoutMs;
  const env = process.env;
  const context = readGitHubContext(env);
  const redact = (text: string): string => secrets.redact(text);
  const report = await runEngine(inputs, {
    secrets,
    log: actionLogger,
    getIdToken: githubIdToken,
    // A pull request is judged against the versions its base branch has seen.
    historyRef: context.baseSha,
    http: deps.http,
    now,
  });
  const published = await publishReport(report, { env, context, inputs, redact, signal: AbortSignal.timeout(Math.max(1000, deadline - now())) });
  if (published.driftIssueError) {
    report.errors.push({ severity: 'error', message: published.driftIssueError.message });
    report.result = 'failed';
  }
  // GitHub places annotations by the path from the repository root.
  const file = pathInRepo(context.workspace, inputs.policyFile) ?? inputs.policyFile;
  annotate(report, file, core, redact);
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, redact(value));
  if (published.commentUrl) core.setOutput(OUTPUT.commentUrl, published.commentUrl);
  return report;
}

export async function run(deps: ActionDependencies = {}): Promise<void> {
  const secrets = new SecretRegistry(core.setSecret);
  try {
    const inputs = readInputs((name) => core.getInput(name));
    registerCredentialSecrets(inputs, secrets);
    secrets.add(inputs.githubToken);
    const report = await execute(inputs, secrets, deps);
    if (report.result === 'failed') core.setFailed(neutralizeAnnotation(secrets.redact(failureLine(report))));
  } catch (error) {
    core.setOutput(OUTPUT.result, 'failed');
    core.setFailed(neutralizeAnnotation(secrets.redact(errorMessage(error))));
  }
}
