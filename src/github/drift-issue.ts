// The durable drift report: one open issue per tailnet and policy file while the live policy
// differs from git, updated in place by later runs and closed when they agree again.

import { debug } from '../runner/commands.js';
import { ActionError } from '../errors.js';
import type { Report } from '../report/model.js';
import type { GitHubContext, ReportLinks } from './context.js';
import { driftIssueTitle, renderDriftIssue } from '../render/github/drift-issue.js';
import { driftIssueMarker } from '../render/github/markers.js';
import { inlineCode } from '../render/markdown/markdown.js';
import type { HttpClient } from '../http/client.js';
import { accessHint, authorTrust } from './access.js';
import { describeFailure, gitHubClient, GitHubError, repoPath, statusOf, type GitHubClient } from './rest.js';

/** The drift issue could not be found, opened, updated or closed. */
export class DriftIssueError extends ActionError {
  override name = 'DriftIssueError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type DriftIssueAction = 'opened' | 'updated' | 'closed' | 'unchanged' | 'none';

export interface DriftIssueDeps {
  token: string;
  /** The `drift-label` input. */
  label: string;
  context: GitHubContext;
  links: ReportLinks;
  redact: (text: string) => string;
  /** Sends the GitHub requests, within the run's deadline. */
  http: HttpClient;
}

const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'The live Tailscale policy differs from the repository';

interface OpenIssue {
  number: number;
  url: string;
  title: string;
  body: string;
}

/** An issue as GitHub lists it: the fields read here. */
interface Issue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  pull_request?: object;
  user?: { type?: string; login?: string } | null;
}

function findOpenIssue(github: GitHubClient, repo: string, label: string, marker: string) {
  const trusts = authorTrust(github);
  return github.find(
    `${repo}/issues`,
    { state: 'open', labels: label },
    async (issue: Issue): Promise<OpenIssue | undefined> =>
      // The issues API lists pull requests too; only a real issue carrying the marker counts.
      issue.pull_request === undefined && issue.body?.startsWith(marker) === true && (await trusts(issue))
        ? { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body ?? '' }
        : undefined,
  );
}

/** Whether a 422 from creating a label says it exists already. */
function alreadyExists(error: unknown): boolean {
  return (
    error instanceof GitHubError &&
    error.status === 422 &&
    error.errors.some((entry) => entry.code === 'already_exists')
  );
}

/** Creates the label; one request either way, as "already exists" is the usual answer. */
async function ensureLabel(github: GitHubClient, repo: string, name: string): Promise<void> {
  try {
    await github.request('POST', `${repo}/labels`, { name, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
  } catch (error) {
    if (!alreadyExists(error)) throw error;
  }
}

async function closeIssue(github: GitHubClient, repo: string, issue: OpenIssue, report: Report, deps: DriftIssueDeps) {
  const run =
    deps.links.runUrl === undefined ? 'the latest drift check' : `[the latest drift check](${deps.links.runUrl})`;
  const body = `The live policy matches ${inlineCode(report.policyFile)} in git again, as of ${run}. Closing.`;
  await github.request('POST', `${repo}/issues/${issue.number}/comments`, { body: deps.redact(body) });
  await github.request('PATCH', `${repo}/issues/${issue.number}`, { state: 'closed', state_reason: 'completed' });
  return { url: issue.url, action: 'closed' as const };
}

async function sync(
  github: GitHubClient,
  report: Report,
  deps: DriftIssueDeps,
): Promise<{ url?: string; action: DriftIssueAction }> {
  const repo = repoPath(deps.context);
  const marker = deps.redact(driftIssueMarker(report.tailnet, report.policyFile));
  const found = await findOpenIssue(github, repo, deps.label, marker);
  debug(found === undefined ? 'no open drift issue carries the marker' : `drift issue found: ${found.url}`);
  if (report.drift === 'in-sync') {
    return found === undefined ? { action: 'none' } : closeIssue(github, repo, found, report, deps);
  }
  const title = deps.redact(driftIssueTitle(report));
  const body = renderDriftIssue(report, deps.links, deps.redact);
  if (found !== undefined) {
    if (found.title === title && found.body === body) return { url: found.url, action: 'unchanged' };
    await github.request('PATCH', `${repo}/issues/${found.number}`, { title, body });
    return { url: found.url, action: 'updated' };
  }
  await ensureLabel(github, repo, deps.label);
  const data = await github.request<Issue>('POST', `${repo}/issues`, { title, body, labels: [deps.label] });
  return { url: data.html_url, action: 'opened' };
}

/**
 * Opens, updates or closes the drift issue to match `report.drift`. Does nothing outside drift
 * mode. Failures throw a DriftIssueError whose message says what to fix; the caller decides
 * what that means for the run.
 */
export async function syncDriftIssue(
  report: Report,
  deps: DriftIssueDeps,
): Promise<{ url?: string; action: DriftIssueAction }> {
  if (report.drift === undefined) return { action: 'none' };
  if (deps.token === '') throw new DriftIssueError('Cannot keep the drift issue: the "github-token" input is empty.');
  if (deps.context.owner === '')
    throw new DriftIssueError('Cannot keep the drift issue: GITHUB_REPOSITORY is not set.');
  try {
    return await sync(gitHubClient(deps.token, deps.context.apiUrl, deps.http), report, deps);
  } catch (error) {
    const status = statusOf(error);
    const hint = accessHint(status, 'issues: write');
    const message = `Could not update the drift issue: ${describeFailure(error)}. ${hint}`;
    throw new DriftIssueError(deps.redact(message), status);
  }
}
