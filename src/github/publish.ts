// Everything the action reports to GitHub after a run, in one call for run(): the job summary,
// the pull-request comment, and the drift issue. None of it changes the run's result by
// itself; a drift-issue failure is handed back for the caller to judge.

import * as core from '@actions/core';
import type { Inputs } from '../config/inputs.js';
import type { Report } from '../report/model.js';
import { postPullRequestComment } from './comment.js';
import { reportLinks, type Env, type GitHubContext } from './context.js';
import { DriftIssueError, syncDriftIssue, type DriftIssueAction } from './drift-issue.js';
import { writeJobSummary, type SummaryWriter } from '../render/actions/summary.js';

export interface PublishOptions {
  /** Usually `process.env`. */
  env: Env;
  /** The run's GitHub context, read once by the caller (readGitHubContext). */
  context: GitHubContext;
  inputs: Pick<Inputs, 'githubToken' | 'comment' | 'driftIssue' | 'driftLabel'>;
  redact: (text: string) => string;
  /** Bounds the GitHub requests (the run's remaining time). */
  signal?: AbortSignal;
  summary?: SummaryWriter;
  warn?: (message: string) => void;
}

export interface Published {
  commentUrl?: string;
  driftIssue?: { url?: string; action: DriftIssueAction };
  /** The drift issue could not be kept; the caller decides whether that fails the run. */
  driftIssueError?: DriftIssueError;
}

async function keepDriftIssue(report: Report, options: PublishOptions, deps: Parameters<typeof syncDriftIssue>[1]): Promise<Published> {
  if (report.mode !== 'drift' || !options.inputs.driftIssue) return {};
  try {
    return { driftIssue: await syncDriftIssue(report, deps) };
  } catch (error) {
    if (error instanceof DriftIssueError) return { driftIssueError: error };
    throw error;
  }
}

/**
 * Writes the job summary (when GITHUB_STEP_SUMMARY is set), posts or updates the pull-request
 * comment (pull-request events only, as the `comment` input says) and keeps the drift issue
 * (drift mode, when `drift-issue` is on).
 */
export async function publishReport(report: Report, options: PublishOptions): Promise<Published> {
  const warn = options.warn ?? core.warning;
  const { context } = options;
  const links = reportLinks(context, report.policyFile);
  if (options.env.GITHUB_STEP_SUMMARY) await writeJobSummary(report, links, options.redact, options.summary, warn);
  const common = { token: options.inputs.githubToken, context, links, redact: options.redact, signal: options.signal };
  const comment = await postPullRequestComment(report, { ...common, policy: options.inputs.comment, warn });
  const drift = await keepDriftIssue(report, options, { ...common, label: options.inputs.driftLabel });
  return { ...(comment.url === undefined ? {} : { commentUrl: comment.url }), ...drift };
}
