// Everything the action reports to GitHub after a run, in one call for run(): the drift issue,
// the job summary and the pull-request comment. The drift issue goes first, so a failure to
// keep it is part of the report the summary shows; nothing changes the report after that.

import { warning } from '../runner/commands.js';
import type { Inputs } from '../config/inputs.js';
import { writeJobSummary, type SummaryWriter } from '../render/actions/summary.js';
import type { Report } from '../report/model.js';
import type { HttpClient } from '../http/client.js';
import { postPullRequestComment } from './comment.js';
import { reportLinks, type Env, type GitHubContext } from './context.js';
import { DriftIssueError, syncDriftIssue, type DriftIssueAction } from './drift-issue.js';

export interface PublishOptions {
  /** Usually `process.env`. */
  env: Env;
  /** The run's GitHub context, read once by the caller (readGitHubContext). */
  context: GitHubContext;
  inputs: Pick<Inputs, 'githubToken' | 'comment' | 'driftIssue' | 'driftLabel'>;
  redact: (text: string) => string;
  /** Sends the GitHub requests, within the run's remaining time. */
  http: HttpClient;
  summary?: SummaryWriter;
  warn?: (message: string) => void;
}

export interface Published {
  /** The report as published: the run's, plus the drift issue's failure if it could not be kept. */
  report: Report;
  commentUrl?: string;
  driftIssue?: { url?: string; action: DriftIssueAction };
  /** The drift issue could not be kept; the report says so and has failed. */
  driftIssueError?: DriftIssueError;
}

type DriftIssueResult = Omit<Published, 'report' | 'commentUrl'>;

async function keepDriftIssue(
  report: Report,
  options: PublishOptions,
  deps: Parameters<typeof syncDriftIssue>[1],
): Promise<DriftIssueResult> {
  if (report.mode !== 'drift' || !options.inputs.driftIssue) return {};
  try {
    return { driftIssue: await syncDriftIssue(report, deps) };
  } catch (error) {
    if (error instanceof DriftIssueError) return { driftIssueError: error };
    throw error;
  }
}

/** A drift issue that could not be kept fails the run: alerting on drift depends on it. */
function withDriftIssueFailure(report: Report, error: DriftIssueError | undefined): Report {
  if (error === undefined) return report;
  return { ...report, errors: [...report.errors, { severity: 'error', message: error.message }], result: 'failed' };
}

/**
 * Keeps the drift issue (drift mode, when `drift-issue` is on), writes the job summary (when
 * GITHUB_STEP_SUMMARY is set) and posts or updates the pull-request comment (pull-request
 * events only, as the `comment` input says).
 */
export async function publishReport(input: Report, options: PublishOptions): Promise<Published> {
  const warn = options.warn ?? warning;
  const { context } = options;
  const links = reportLinks(context, input.policyFile);
  const common = { token: options.inputs.githubToken, context, links, redact: options.redact, http: options.http };
  const drift = await keepDriftIssue(input, options, { ...common, label: options.inputs.driftLabel });
  const report = withDriftIssueFailure(input, drift.driftIssueError);
  if (options.env.GITHUB_STEP_SUMMARY) await writeJobSummary(report, links, options.redact, options.summary, warn);
  const comment = await postPullRequestComment(report, { ...common, policy: options.inputs.comment, warn });
  return { report, ...(comment.url === undefined ? {} : { commentUrl: comment.url }), ...drift };
}
