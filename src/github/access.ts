// What a failed GitHub call tells the user to do, and whose comments and issues the action
// takes for its own.

import { statusOf, type GitHubClient } from './rest.js';

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
  user?: { type?: string; login?: string } | null;
}

/**
 * Whether this action could have written a comment or issue. With a bot's token (the workflow
 * token, an app's installation token), a bot's; with a person's token, that person's and no
 * one else's, a bot's included (a personal token may edit another app's comment, so the edit
 * would not be refused). Anyone else, an organisation member who can only read the repository
 * included, can copy our hidden marker: the report written into their comment or issue would stay
 * theirs to edit. `GET /user` says whose the token is, asked once and only when an item carries
 * the marker; a bot's token may not read it (403). Any other failure is thrown: taken for "no
 * one", it would leave the report's own comment behind for a second one.
 */
export function authorTrust(github: GitHubClient): (item: Authored) => Promise<boolean> {
  let own: Promise<string | undefined> | undefined;
  return async ({ user }) => {
    if (user?.type !== 'Bot' && user?.type !== 'User') return false;
    own ??= github.request<{ login?: unknown }>('GET', 'user').then(
      (me) => (typeof me.login === 'string' ? me.login : undefined),
      (error: unknown) => {
        if (statusOf(error) === 403) return undefined;
        throw error;
      },
    );
    const person = await own;
    return person === undefined ? user.type === 'Bot' : user.login === person;
  };
}
