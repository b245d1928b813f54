// The parts of the GitHub Actions environment the reporters need, read from an explicit `env`
// so nothing happens at import time and tests need no global state.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface GitHubContext {
  /** `https://github.com`, or the GHES host. */
  serverUrl: string;
  /** REST API base URL: `https://api.github.com`, or `https://<ghes>/api/v3`. */
  apiUrl: string;
  owner: string;
  repo: string;
  runId?: string;
  /** Link to this workflow run (and attempt), where the job summary is. */
  runUrl?: string;
  eventName: string;
  /** Set for `pull_request` and `pull_request_target` events only. */
  pullRequestNumber?: number;
  headSha?: string;
  /**
   * The commit the change is judged against: a pull request's base, or the commit a merge
   * queue's group goes on (`merge_group`). Its history is the versions the target branch has seen.
   */
  baseSha?: string;
  /** `GITHUB_SHA`: for pull requests this is the merge commit, not the head. */
  sha?: string;
  /** The pull request comes from a fork, whose token is read-only. */
  fromFork: boolean;
  workspace: string;
}

/** Links the rendered reports point to; all optional so rendering works outside Actions. */
export interface ReportLinks {
  runUrl?: string;
  /** `${serverUrl}/${owner}/${repo}`, for commit links. */
  repoUrl?: string;
  /** The policy file at the commit the report is about; a line is appended as `#L<n>`. */
  fileUrl?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullRequestPayload {
  number?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { sha?: unknown; repo?: { full_name?: unknown } | null };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

interface EventPayload {
  pull_request?: PullRequestPayload;
  merge_group?: { base_sha?: unknown };
}

/** Reads the event payload; a missing or unreadable payload means an empty one. */
function readPayload(env: Env, readFile: (file: string) => string): EventPayload {
  const file = env.GITHUB_EVENT_PATH;
  if (file === undefined || file === '') return {};
  try {
    return (JSON.parse(readFile(file)) as EventPayload | null) ?? {};
  } catch {
    return {};
  }
}

export function readGitHubContext(
  env: Env,
  readFile: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): GitHubContext {
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const runId = stringOf(env.GITHUB_RUN_ID);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  const context: GitHubContext = {
    serverUrl,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    owner,
    repo,
    eventName,
    sha: stringOf(env.GITHUB_SHA),
    fromFork: false,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  if (runId !== undefined && owner !== '') {
    context.runId = runId;
    const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
    context.runUrl = attempt > 1 ? `${base}/attempts/${attempt}` : base;
  }
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName);
  const mergeQueue = eventName === 'merge_group';
  const payload = pullRequest || mergeQueue ? readPayload(env, readFile) : {};
  // A merge queue tests a group of pull requests on a branch of its own, whose history holds
  // their commits: the target branch's versions are those behind the commit the group goes on.
  if (mergeQueue) context.baseSha = stringOf(payload.merge_group?.base_sha);
  const pr = pullRequest ? (payload.pull_request ?? undefined) : undefined;
  // A pull request whose head repository is not known (a deleted fork has none, an event file
  // may be unreadable) is taken for a fork: what forks may not see stays hidden.
  context.fromFork = pullRequest;
  if (pr !== undefined) {
    if (typeof pr.number === 'number') context.pullRequestNumber = pr.number;
    context.headSha = stringOf(pr.head?.sha);
    context.baseSha = stringOf(pr.base?.sha);
    const headRepo = stringOf(pr.head?.repo?.full_name);
    const baseRepo = stringOf(pr.base?.repo?.full_name) ?? `${owner}/${repo}`;
    context.fromFork = headRepo === undefined || headRepo !== baseRepo;
  }
  return context;
}

/**
 * The policy file's path inside the repository, with `/` separators, for links; undefined
 * when it lies outside the workspace. Assumes the repository is checked out at the workspace
 * root (the default for actions/checkout).
 */
export function pathInRepo(workspace: string, policyPath: string): string | undefined {
  const relative = path.relative(path.resolve(workspace), path.resolve(workspace, policyPath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The links for a report on `policyPath`, at the PR head commit when there is one. */
export function reportLinks(context: GitHubContext, policyPath: string): ReportLinks {
  const links: ReportLinks = {};
  if (context.runUrl !== undefined) links.runUrl = context.runUrl;
  if (context.owner === '') return links;
  links.repoUrl = `${context.serverUrl}/${context.owner}/${context.repo}`;
  const sha = context.headSha ?? context.sha;
  const file = pathInRepo(context.workspace, policyPath);
  if (sha !== undefined && file !== undefined) {
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    links.fileUrl = `${links.repoUrl}/blob/${sha}/${encoded}`;
  }
  return links;
}
