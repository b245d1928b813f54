// What a failed GitHub call tells the user to do, and whose comments and issues the action
// takes for its own.

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
