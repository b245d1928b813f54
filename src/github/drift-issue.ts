// The durable drift report: one open issue per tailnet and policy file while the live policy
// differs from git, updated in place by later runs and closed when they agree again.

import { debug } from '../runner/commands.js';
import { ActionError } from '../errors.js';
import type { Report } from '../report/model.js';
import type { GitHubContext, ReportLinks } from './context.js';
import { driftIssueTitle, renderDriftIssue } from '../render/github/drift-issue.js';
import { driftIssueMarker } from '../render/github/markers.js';
import { inlineCode } from '../render/markdown/markdown.js';
import { accessHint, byTrustedAuthor, createOctokit, describeFailure, statusOf, type Octokit } from './octokit.js';

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
  /** Bounds every GitHub request, so a hanging API cannot hold the run. */
  signal?: AbortSignal;
}

const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'The live Tailscale policy differs from the repository';

interface OpenIssue {
  number: number;
  url: string;
  title: string;
  body: string;
}

interface Repo {
  owner: string;
  repo: string;
}

async function findOpenIssue(
  octokit: Octokit,
  repo: Repo,
  label: string,
  marker: string,
): Promise<OpenIssue | undefined> {
  const matches = await octokit.paginate(
    octokit.rest.issues.listForRepo,
    { ...repo, state: 'open', labels: label, per_page: 100 },
    (response, done) => {
      // The issues API lists pull requests too; only a real issue carrying the marker counts.
      const found = response.data.find(
        (issue) =>
          issue.pull_request === undefined && issue.body?.startsWith(marker) === true && byTrustedAuthor(issue),
      );
      if (found === undefined) return [];
      done();
      return [{ number: found.number, url: found.html_url, title: found.title, body: found.body ?? '' }];
    },
  );
  return matches[0];
}

/** Whether a 422 from creating a label says it exists already. */
function alreadyExists(error: unknown): boolean {
  const errors = (error as { response?: { data?: { errors?: { code?: unknown }[] } } }).response?.data?.errors;
  return statusOf(error) === 422 && errors?.some((entry) => entry.code === 'already_exists') === true;
}

/** Creates the label; one request either way, as "already exists" is the usual answer. */
async function ensureLabel(octokit: Octokit, repo: Repo, name: string): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({ ...repo, name, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
  } catch (error) {
    if (!alreadyExists(error)) throw error;
  }
}

async function closeIssue(octokit: Octokit, repo: Repo, issue: OpenIssue, report: Report, deps: DriftIssueDeps) {
  const run =
    deps.links.runUrl === undefined ? 'the latest drift check' : `[the latest drift check](${deps.links.runUrl})`;
  const body = `The live policy matches ${inlineCode(report.policyFile)} in git again, as of ${run}. Closing.`;
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: deps.redact(body) });
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
  return { url: issue.url, action: 'closed' as const };
}

async function sync(
  octokit: Octokit,
  report: Report,
  deps: DriftIssueDeps,
): Promise<{ url?: string; action: DriftIssueAction }> {
  const repo = { owner: deps.context.owner, repo: deps.context.repo };
  const marker = deps.redact(driftIssueMarker(report.tailnet, report.policyFile));
  const found = await findOpenIssue(octokit, repo, deps.label, marker);
  debug(found === undefined ? 'no open drift issue carries the marker' : `drift issue found: ${found.url}`);
  if (report.drift === 'in-sync') {
    return found === undefined ? { action: 'none' } : closeIssue(octokit, repo, found, report, deps);
  }
  const title = deps.redact(driftIssueTitle(report));
  const body = renderDriftIssue(report, deps.links, deps.redact);
  if (found !== undefined) {
    if (found.title === title && found.body === body) return { url: found.url, action: 'unchanged' };
    await octokit.rest.issues.update({ ...repo, issue_number: found.number, title, body });
    return { url: found.url, action: 'updated' };
  }
  await ensureLabel(octokit, repo, deps.label);
  const { data } = await octokit.rest.issues.create({ ...repo, title, body, labels: [deps.label] });
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
    return await sync(await createOctokit(deps.token, deps.context.apiUrl, deps.signal), report, deps);
  } catch (error) {
    const status = statusOf(error);
    const hint = accessHint(status, 'issues: write');
    const message = `Could not update the drift issue: ${describeFailure(error)}. ${hint}`;
    throw new DriftIssueError(deps.redact(message), status);
  }
}
