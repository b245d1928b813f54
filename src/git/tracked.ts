import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { repositoryAt, runGit, type GitDeadline } from './runner.js';

/**
 * Whether git tracks any of `files` (absolute paths) in the repository checked out at
 * `workspace`: 'no-repository' when there is none there. A tracked file came from a commit, so
 * a pull request may have written it. Throws when git cannot answer; past `deadline`, a TimeoutError.
 */
export async function trackedByGit(
  workspace: string,
  files: readonly string[],
  deadline?: GitDeadline,
): Promise<'tracked' | 'untracked' | 'no-repository'> {
  const repo = await repositoryAt(await realpath(workspace));
  if (repo === undefined) return 'no-repository';
  const names = files
    .map((file) => path.relative(repo.root, file))
    .filter((relative) => relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative))
    .map((relative) => relative.split(path.sep).join('/'));
  if (names.length === 0) return 'untracked';
  const listed = await runGit(repo, ['ls-files', '-z', '--cached', '--', ...names], deadline);
  return listed === '' ? 'untracked' : 'tracked';
}
