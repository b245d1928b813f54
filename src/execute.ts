// The action's work once its inputs are read: connect, run the mode, turn its outcome into the
// report, publish it, set the outputs. Every collaborator a mode uses is built here and passed
// in. main.ts loads this module only after the inputs are valid.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INPUT, type Inputs } from './config/inputs.js';
import { ActionError, InputError, errorMessage } from './errors.js';
import { describeFileError } from './files/file-errors.js';
import { gitFileHistory } from './git/history.js';
import { pathInRepo, readGitHubContext } from './github/context.js';
import { publishReport, type PublishOptions, type Published } from './github/publish.js';
import { runMode, type Logger } from './modes/index.js';
import { planJson } from './plan/index.js';
import { annotate } from './render/actions/annotations.js';
import { neutralizeLogLine } from './render/actions/log-line.js';
import { reportOutputs } from './render/actions/outputs.js';
import { summaryKeepsInFull } from './render/actions/summary.js';
import { buildReport } from './report/build.js';
import type { ReportView } from './report/plan.js';
import type { Report } from './report/model.js';
import * as runner from './runner/commands.js';
import { setOutput } from './runner/files.js';
import { fetchIdToken } from './runner/oidc.js';
import type { SecretRegistry } from './secrets.js';
import { connect } from './tailscale/connect.js';
import { createHttpClient, type HttpClient } from './http/client.js';

/** What run() may touch beyond the runner's files and stdout; tests replace the HTTP client and the clock. */
export interface ActionDependencies {
  http?: HttpClient;
  now?: () => number;
}

const actionLogger: Logger = {
  // Policy text and API answers reach these lines: none of it may become a workflow command.
  info: (message) => runner.info(neutralizeLogLine(message)),
  debug: (message) => runner.debug(neutralizeLogLine(message)),
  group: (name, work) => runner.group(name, work),
};

/** The job's OIDC id token, with the one thing users need to know when it is not available. */
async function githubIdToken(audience: string, deadline: number, now: () => number): Promise<string> {
  const http = createHttpClient({ deadline, now, proxyEnv: process.env });
  try {
    return await fetchIdToken(audience, http);
  } catch (error) {
    throw new InputError(
      `input "${INPUT.audience}": no GitHub OIDC id token could be had (${errorMessage(error)}); ` +
        `add "permissions: id-token: write" to the job`,
    );
  } finally {
    await http.close();
  }
}

/**
 * Only `test` keeps the live policy from a fork's author; drift and apply compare it with the
 * file, and say how.
 */
function refuseOutsideTest(mode: Inputs['mode']): void {
  if (mode === 'test') return;
  throw new InputError(
    `"${INPUT.action}: ${mode}" on a pull request from a fork would show its author how the live policy ` +
      `compares with their file: run it on push or on a schedule, or set "${INPUT.showLivePolicyToForks}: true"`,
  );
}

/** Runs the mode the inputs ask for and publishes the report: annotations, summary, comment, outputs. */
export async function execute(inputs: Inputs, secrets: SecretRegistry, deps: ActionDependencies): Promise<Report> {
  const now = deps.now ?? Date.now;
  const deadline = now() + inputs.timeoutMs;
  const context = readGitHubContext(process.env);
  const redact = (text: string): string => secrets.redact(text);
  const hideLive = context.fromFork && !inputs.showLivePolicyToForks;
  if (hideLive) refuseOutsideTest(inputs.mode);
  const connection = connect(inputs, {
    secrets,
    getIdToken: (audience) => githubIdToken(audience, deadline, now),
    deadline,
    now,
    onRetry: (failure, delay) => actionLogger.info(`${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
    proxyEnv: process.env,
    http: deps.http,
  });
  let outcome;
  try {
    outcome = await runMode({
      settings: inputs,
      client: connection?.client,
      // A pull request's test, or a merge queue group's, is judged against the versions its base branch
      // has seen: its own commits are its proposal. Apply and drift act on the checkout as it is.
      history: gitFileHistory(inputs.workspace, inputs.mode === 'test' ? context.baseSha : undefined, {
        at: deadline,
        now,
      }),
      log: actionLogger,
      deadline,
      now,
      liveHidden: hideLive,
      keepsInFull: summaryKeepsInFull,
    });
  } finally {
    await connection?.close();
  }
  if (hideLive) actionLogger.debug('pull request from a fork: the live policy is left out of the comment and summary');
  // The plan may use half the time left; the rest is for publishing the report.
  const planDeadline = now() + Math.max(0, deadline - now()) / 2;
  const secretsWithheld = context.fromFork && context.eventName === 'pull_request';
  const view: ReportView = { livePolicyVisible: !hideLive, secretsWithheld, deadline: planDeadline, now };
  // Without a base commit the history starts at the checkout, whose newest version is the file.
  if (context.baseSha === undefined) {
    const event = context.eventName === '' ? 'this run' : `this "${context.eventName}" event`;
    view.noBaseline = `${event} names no base commit (a pull request's or a merge queue's) to compare the file with`;
  }
  const built = buildReport(inputs, outcome, view);
  // Warnings met while publishing are annotated with the report's: GitHub shows 10 a step in all.
  const stepWarnings: string[] = [];
  const warn = (message: string): void => void stepWarnings.push(message);
  const published = await publish(built, { context, inputs, redact, deadline, now, warn });
  const report = published.report;
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const accessPlanFile = await writeAccessPlan(report, temp).catch((error: unknown) => {
    // The report is published by now: a file for later steps is not worth failing the run for.
    const why = `${describeFileError(error)}; "access-plan" is empty`;
    warn(`the access plan could not be written in the runner's temp folder (${temp}): ${why}`);
    return undefined;
  });
  // GitHub places annotations by the path from the repository root.
  const file = pathInRepo(context.workspace, inputs.policyFile) ?? inputs.policyFile;
  annotate(report, file, runner, redact, stepWarnings);
  setOutputs(reportOutputs(report, { accessPlanFile, commentUrl: published.commentUrl }), redact);
  return report;
}

/** Publishes the report (publishReport), its GitHub requests given at least a second even when the run's time is up. */
async function publish(
  built: Report,
  options: Pick<PublishOptions, 'context' | 'inputs' | 'redact' | 'warn'> & { deadline: number; now: () => number },
): Promise<Published> {
  const { deadline, now } = options;
  const http = createHttpClient({
    deadline: now() + Math.max(1000, deadline - now()),
    now,
    proxyEnv: process.env,
    onRetry: (failure, delay) => actionLogger.info(`GitHub: ${failure}; retrying in ${(delay / 1000).toFixed(1)} s`),
  });
  try {
    return await publishReport(built, { ...options, env: process.env, http });
  } finally {
    await http.close();
  }
}

/** The plan as JSON in the runner's temp folder, for later steps; its path, or undefined without a plan. */
async function writeAccessPlan(report: Report, temp: string): Promise<string | undefined> {
  if (report.plan === undefined) return undefined;
  const folder = await mkdtemp(path.join(temp, 'tailnet-policy-'));
  const file = path.join(folder, 'access-plan.json');
  const json = { against: report.plan.against, ...planJson(report.plan.plan) };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}

/** Every output, or one clear error when the runner's output file cannot be written. */
function setOutputs(outputs: Record<string, string>, redact: (text: string) => string): void {
  try {
    for (const [name, value] of Object.entries(outputs)) setOutput(name, redact(value));
  } catch (error) {
    throw new ActionError(`could not write the step outputs (GITHUB_OUTPUT): ${errorMessage(error)}`);
  }
}
