// The GitHub client, created on demand: @actions/github reads the environment and the event
// file when it is imported, which most runs (and every CLI run) never need to pay for.

import { parseApiUrl } from '../config/api-url.js';
import type { getOctokit } from '@actions/github';
import { tuneForShortRun } from '../runtime.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** An authenticated client for `apiUrl` (GITHUB_API_URL, so GHES works), importing lazily. */
export async function createOctokit(token: string, apiUrl: string, signal?: AbortSignal): Promise<Octokit> {
  // The token goes only over HTTPS, or to this machine (the tests' fake), as Tailscale's credentials.
  parseApiUrl(apiUrl, 'GITHUB_API_URL');
  await tuneForShortRun();
  const [github, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  // Options replace the toolkit's defaults key by key, and its `request` holds the fetch that
  // honours HTTPS_PROXY: the signal joins it rather than replacing it.
  return github.getOctokit(token, { baseUrl: apiUrl, request: { ...defaults.request, signal } });
}

/**
 * The HTTP status GitHub answered, from an octokit RequestError; undefined when no answer came
 * (octokit reports network failures and aborts as status 500 without a response).
 */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error) || !('response' in error)) return undefined;
  if (error.response === undefined) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** The failure in one line: `HTTP 403: <GitHub's message>`, or the network error's message. */
export function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

/** What the user can do about a failed comment, by status. */
export function commentFailureHint(status: number | undefined, fromFork: boolean): string {
  if (status === 403 && fromFork) {
    return (
      'Pull requests from forks get a read-only token, so the action cannot comment; ' +
      'the report is in the job summary.'
    );
  }
  return accessHint(status, 'pull-requests: write');
}

/** What the user can do about a failed GitHub request, naming the permission it needs. */
export function accessHint(status: number | undefined, permission: string): string {
  switch (status) {
    case undefined:
      return 'GitHub could not be reached; the report is in the job summary.';
    case 401:
      return 'The token was refused: check the "github-token" input.';
    case 403:
      return `The token may not do this: give the workflow \`permissions: ${permission}\`, or pass a token that can.`;
    case 404:
      return 'The token cannot see this repository or item: check the "github-token" input and the permissions.';
    case 422:
      return 'GitHub refused the content; the report is in the job summary.';
    default:
      return 'GitHub failed to answer; the report is in the job summary.';
  }
}

interface Authored {
  user?: { type?: string } | null;
  author_association?: string;
}

/**
 * Whether this action could have written a comment or issue: a bot (the workflow token), or
 * someone with write access (a personal token). Anyone else can copy our hidden marker, and
 * must not be able to take the place of the report.
 */
export function byTrustedAuthor(item: Authored): boolean {
  return item.user?.type === 'Bot' || ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(item.author_association ?? '');
}
