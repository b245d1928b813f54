import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { GitMissingError, TimeoutError } from '../errors.js';
import { MAX_FILE_BYTES } from '../files/workspace.js';
import { readBlobs } from './blobs.js';
import { repositoryAt, runGit, type GitDeadline, type GitRepository } from './runner.js';

/** One committed version of the policy file. */
export interface FileVersion {
  commit: string;
  subject: string;
  /** How many later commits changed the file: 0 for the newest. */
  behind: number;
  content: Buffer;
}

/** Older versions of a file, newest first; tests pass fakes, the action reads git. */
export interface FileHistory {
  versions(file: string, limit: number): AsyncIterable<FileVersion>;
  /** Why the history may be incomplete (a shallow clone), or undefined; past the deadline, a TimeoutError. */
  limitation(file: string): Promise<string | undefined>;
}

interface CommitLine {
  commit: string;
  subject: string;
  /** The file's blob in this commit; undefined when the commit deleted it. */
  blob?: string;
}

const NOT_IN_GIT = 'the policy file is not in a git checkout, so its history cannot be searched';
const SHALLOW =
  'the checkout is shallow, so older versions of the policy file are not visible; ' +
  'use actions/checkout with fetch-depth: 0';
// Git may not fetch here (no transport is allowed), so versions a partial clone lacks stay unseen.
const PARTIAL =
  'the checkout is a partial clone, so older versions of the policy file may ' +
  'be missing; use actions/checkout without "filter"';
const ZERO_ID = /^0+$/;

/** The base commit (a pull request's, a merge queue group's) is not in the clone (the default checkout has one). */
const baseMissing = (ref: string): string =>
  `the base commit ${ref.slice(0, 12)} is not in the checkout, so the base branch's ` +
  'versions of the policy file are not visible; use actions/checkout with fetch-depth: 0';

/** The repository checked out at the workspace (`<workspace>/.git`), or undefined. */
async function workspaceRepository(workspace: string): Promise<GitRepository | undefined> {
  const root = await realpath(workspace).catch(() => undefined);
  return root === undefined ? undefined : repositoryAt(root);
}

/** The workspace's repository and the file's path in it, or undefined when it is not in one. */
async function locate(workspace: string, file: string): Promise<{ repo: GitRepository; name: string } | undefined> {
  const repo = await workspaceRepository(workspace);
  if (repo === undefined) return undefined;
  const real = await realpath(path.resolve(file)).catch(() => path.resolve(file));
  const relative = path.relative(repo.root, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return { repo, name: relative.split(path.sep).join('/') };
}

/**
 * The commits that changed the file, with the blob each left behind. Blob ids, not
 * `<commit>:<path>` names, go to `cat-file --batch`, so no file name can break its line format.
 */
export function parseLog(output: string): CommitLine[] {
  const commits: CommitLine[] = [];
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      const [, commit = '', subject = ''] = line.split('\0');
      commits.push({ commit, subject: subject.trimEnd() });
      continue;
    }
    // `:<old mode> <new mode> <old blob> <new blob> <status>\t<path>`
    const raw = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) /.exec(line);
    const last = commits.at(-1);
    if (raw === null || last === undefined || last.blob !== undefined) continue;
    if ((raw[1] === '100644' || raw[1] === '100755') && !ZERO_ID.test(raw[2]!)) last.blob = raw[2];
  }
  return commits;
}

/** Columns of a commit's subject that the history keeps; git ends a longer one with `..`. */
const SUBJECT_COLUMNS = 200;

async function commitsTouching(
  repo: GitRepository,
  name: string,
  limit: number,
  ref: string,
  deadline: GitDeadline | undefined,
): Promise<CommitLine[]> {
  const output = await runGit(
    repo,
    [
      'log',
      `--max-count=${limit}`,
      '--no-show-signature',
      '--no-renames',
      '--no-textconv',
      '--no-ext-diff',
      '--no-color',
      // A merge is listed only when it changed the file; its version is the diff to the first parent.
      '--diff-merges=first-parent',
      '--raw',
      '--no-abbrev',
      // The subject cut to 200 columns (padded with spaces when shorter): a commit message of 16 MB
      // filled the output buffer, and the whole history was lost with it.
      `--format=%x00%H%x00%<(${SUBJECT_COLUMNS},trunc)%s`,
      '--end-of-options',
      ref,
      '--',
      name,
    ],
    deadline,
  );
  return parseLog(output);
}

/** What `git rev-parse` makes of `ref` as a commit, or undefined when git finds none. */
async function revParseCommit(repo: GitRepository, ref: string, deadline?: GitDeadline): Promise<string | undefined> {
  return runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], deadline).then(
    (output) => output.trim(),
    (error: unknown) => {
      if (error instanceof TimeoutError || error instanceof GitMissingError) throw error;
      return undefined;
    },
  );
}

/** What a ref the user names (the CLI's --base) is in the repository checked out at a workspace. */
export type ResolvedRef = { kind: 'commit'; id: string } | { kind: 'none' } | { kind: 'no-repository' };

/**
 * The commit id `ref` names, resolved once before the run, so the run reads the history of that
 * very commit (a fetch meanwhile cannot move it), and only a commit: `^main` or a range is none.
 * Past `deadline`, a TimeoutError.
 */
export async function resolveCommit(workspace: string, ref: string, deadline?: GitDeadline): Promise<ResolvedRef> {
  const repo = await workspaceRepository(workspace);
  if (repo === undefined) return { kind: 'no-repository' };
  const id = await revParseCommit(repo, ref, deadline);
  return id !== undefined && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(id) ? { kind: 'commit', id } : { kind: 'none' };
}

/** A partial clone names its promisor remote: `remote.<name>.promisor` or `extensions.partialClone`. */
async function isPartialClone(repo: GitRepository, deadline: GitDeadline | undefined): Promise<boolean> {
  // Exit status 1 when nothing matches: an ordinary clone.
  const pattern = '^(extensions\\.partialclone|remote\\..*\\.promisor)$';
  const settings = await runGit(repo, ['config', '--get-regexp', pattern], deadline).catch((error: unknown) => {
    if (error instanceof TimeoutError || error instanceof GitMissingError) throw error;
    return '';
  });
  return settings.split('\n').some((line) => line.trim() !== '' && !line.endsWith(' false'));
}

/** The versions of the file `found` names, newest first, as of `ref`. */
async function* committedVersions(
  found: { repo: GitRepository; name: string },
  limit: number,
  ref: string,
  deadline: GitDeadline | undefined,
): AsyncGenerator<FileVersion> {
  // A missing base commit leaves nothing to list. The checked-out history would be the pull
  // request's own commits: its proposal would pass for the base branch's version.
  const commits = await commitsTouching(found.repo, found.name, limit, ref, deadline).catch(
    (error: unknown): CommitLine[] => {
      if (error instanceof TimeoutError) throw error;
      return [];
    },
  );
  const withBlob = commits.filter((line) => line.blob !== undefined);
  if (withBlob.length === 0) return;
  const blobs = readBlobs(
    found.repo,
    withBlob.map((line) => line.blob!),
    MAX_FILE_BYTES,
    deadline,
  );
  let next = 0;
  for await (const content of blobs) {
    const line = withBlob[next++]!;
    if (content !== undefined)
      yield { commit: line.commit, subject: line.subject, behind: commits.indexOf(line), content };
  }
}

/**
 * The file's history in the repository checked out at `workspace`, from `ref` (HEAD unless
 * told). Git runs only against that repository, never one found near the file. Reading the
 * versions past `deadline` (the run's) throws a TimeoutError.
 */
export function gitFileHistory(workspace: string, ref: string | undefined, deadline?: GitDeadline): FileHistory {
  return {
    async *versions(file, limit) {
      const found = await locate(workspace, file);
      if (found === undefined) return;
      try {
        yield* committedVersions(found, limit, ref ?? 'HEAD', deadline);
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        throw new TimeoutError(`the run's timeout elapsed while git read the history of ${found.name}`);
      }
    },
    async limitation(file) {
      const found = await locate(workspace, file);
      if (found === undefined) return NOT_IN_GIT;
      try {
        if (ref !== undefined && (await revParseCommit(found.repo, ref, deadline)) === undefined)
          return baseMissing(ref);
        const shallow = await runGit(found.repo, ['rev-parse', '--is-shallow-repository'], deadline);
        if (shallow.trim() === 'true') return SHALLOW;
        return (await isPartialClone(found.repo, deadline)) ? PARTIAL : undefined;
      } catch (error) {
        if (error instanceof GitMissingError)
          return `${error.message}, so the policy file's history cannot be searched`;
        if (!(error instanceof TimeoutError)) return NOT_IN_GIT;
        throw new TimeoutError(`the run's timeout elapsed while git read the history of ${found.name}`);
      }
    },
  };
}
