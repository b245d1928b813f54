// The sticky pull-request comment: one per pull request, policy file and tailnet, found again by
// a hidden marker and edited in place on every run, so reviewers see the current state only.

import { debug, warning } from '../runner/commands.js';
import type { CommentPolicy } from '../config/settings.js';
import type { Report } from '../report/model.js';
import type { GitHubContext, ReportLinks } from './context.js';
import { commentMarker } from '../render/github/markers.js';
import { authorTrust, commentFailureHint } from './access.js';
import { describeFailure, gitHubClient, repoPath, statusOf, type GitHubClient } from './rest.js';
import { renderPullRequestComment } from '../render/github/comment.js';
import type { HttpClient } from '../http/client.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export interface FoundComment {
  id: number;
  url: string;
  body: string;
}

/** A comment as GitHub lists it: the fields read here. */
interface IssueComment {
  id: number;
  html_url: string;
  body?: string | null;
  user?: { type?: string; login?: string } | null;
}

const commentsPath = (target: CommentTarget): string => `${repoPath(target)}/issues/${target.issueNumber}/comments`;

/** Whose comments the action takes for its own (authorTrust): one per run, which asks GitHub once. */
type Trust = ReturnType<typeof authorTrust>;

/**
 * The oldest trusted comment that starts with the marker, but for those in `skip`, reading pages
 * only until it is found.
 */
export function findPullRequestComment(
  github: GitHubClient,
  target: CommentTarget,
  skip: ReadonlySet<number> = new Set(),
  trusts: Trust = authorTrust(github),
): Promise<FoundComment | undefined> {
  return github.find(commentsPath(target), {}, async (comment: IssueComment) =>
    !skip.has(comment.id) && comment.body?.startsWith(target.marker) === true && (await trusts(comment))
      ? { id: comment.id, url: comment.html_url, body: comment.body ?? '' }
      : undefined,
  );
}

async function updateComment(
  github: GitHubClient,
  target: CommentTarget,
  found: FoundComment,
  body: string,
): Promise<string> {
  // An unchanged body needs no request, and leaves the comment's "edited" history alone.
  if (found.body === body) return found.url;
  const data = await github.request<IssueComment>('PATCH', `${repoPath(target)}/issues/comments/${found.id}`, {
    body,
  });
  return data.html_url;
}

/** How many refused comments are passed over before the search gives up. */
const MAX_REFUSED = 3;

/**
 * Updates `found`, or the next trusted comment with the marker when GitHub refuses the edit (403):
 * another app's comment can start with our marker (one that quotes the pull request's text), and
 * the token may not edit it. Without this, that comment would keep the place of the report.
 * Undefined when no comment could be updated.
 */
async function updateFound(
  github: GitHubClient,
  target: CommentTarget,
  found: FoundComment,
  body: string,
  trusts: Trust,
): Promise<string | undefined> {
  const refused = new Set<number>();
  let current: FoundComment | undefined = found;
  while (current !== undefined && refused.size < MAX_REFUSED) {
    try {
      return await updateComment(github, target, current, body);
    } catch (error) {
      if (statusOf(error) !== 403) throw error;
      debug(`comment: may not edit ${current.url}; looking for another`);
      refused.add(current.id);
    }
    current = await findPullRequestComment(github, target, refused, trusts);
  }
  return undefined;
}

/** Updates this action's comment in place, or creates it: never a second copy. */
export async function upsertPullRequestComment(
  github: GitHubClient,
  target: CommentTarget & { body: string },
): Promise<{ url: string; created: boolean }> {
  const trusts = authorTrust(github);
  const found = await findPullRequestComment(github, target, undefined, trusts);
  const updated = found === undefined ? undefined : await updateFound(github, target, found, target.body, trusts);
  if (updated !== undefined) return { url: updated, created: false };
  const data = await github.request<IssueComment>('POST', commentsPath(target), { body: target.body });
  return { url: data.html_url, created: true };
}

export interface PostCommentDeps {
  token: string;
  policy: CommentPolicy;
  context: GitHubContext;
  links: ReportLinks;
  redact: (text: string) => string;
  /** Where failures go; a warning annotation by default. */
  warn?: (message: string) => void;
  /** Sends the GitHub requests, within the run's deadline. */
  http: HttpClient;
}

/** Whether the report alone calls for a new comment; an existing one is always updated. */
function wantsNewComment(report: Report, policy: CommentPolicy): boolean {
  if (policy === 'always') return true;
  if (policy === 'on-failure') return report.result === 'failed';
  return report.result !== 'no-change';
}

async function post(report: Report, deps: PostCommentDeps, issueNumber: number): Promise<string | undefined> {
  const github = gitHubClient(deps.token, deps.context.apiUrl, deps.http);
  const { owner, repo } = deps.context;
  const marker = deps.redact(commentMarker(report.tailnet, report.policyFile));
  const body = renderPullRequestComment(report, deps.links, { redact: deps.redact });
  const target = { owner, repo, issueNumber, marker, body };
  if (wantsNewComment(report, deps.policy)) {
    const { url, created } = await upsertPullRequestComment(github, target);
    debug(`${created ? 'created the comment' : 'updated the earlier comment'} ${url}`);
    return url;
  }
  const trusts = authorTrust(github);
  const found = await findPullRequestComment(github, target, undefined, trusts);
  debug(
    found === undefined
      ? `comment: "${deps.policy}" asks for none now, and there is none to update`
      : `comment: updating ${found.url}`,
  );
  return found === undefined ? undefined : updateFound(github, target, found, body, trusts);
}

/**
 * Posts or updates the comment as the `comment` input asks. Never throws: a comment is a
 * courtesy, so failures (fork tokens, missing permissions, network) become warnings.
 */
export async function postPullRequestComment(report: Report, deps: PostCommentDeps): Promise<{ url?: string }> {
  const issueNumber = deps.context.pullRequestNumber;
  const warn = deps.warn ?? warning;
  if (deps.policy === 'never' || issueNumber === undefined) return {};
  if (deps.token === '') {
    warn('No pull-request comment: the "github-token" input is empty. The report is in the job summary.');
    return {};
  }
  try {
    const url = await post(report, deps, issueNumber);
    return url === undefined ? {} : { url };
  } catch (error) {
    const hint = commentFailureHint(statusOf(error), deps.context.fromFork);
    warn(deps.redact(`Could not post the pull-request comment: ${describeFailure(error)}. ${hint}`));
    return {};
  }
}
