/**
 * Temporary git repositories with a scripted history. Author, committer and dates are fixed
 * (one minute apart from 2024-01-01T00:00:00Z) and user/system git config is ignored, so the
 * same commits always give the same SHAs. Uses the git CLI asynchronously.
 *
 * @example
 * ```ts
 * const repo = await createGitRepo([
 *   { message: 'first policy', files: { 'policy.hujson': '{"acls": []}' } },
 *   { message: 'tighten', files: { 'policy.hujson': '{"acls": [], "tests": []}', 'old.txt': null } },
 * ]);
 * emulator.setPolicy('{"acls": []}'); // the live policy equals the first commit
 * await git(repo.dir, 'checkout', '-q', repo.shas[0]!);
 * await repo.remove();
 * ```
 */

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface FixtureCommit {
  message: string;
  /** Path (relative, `/`-separated) → content; `null` deletes the file. */
  files: Record<string, string | null>;
}

export interface GitRepo {
  dir: string;
  /** The SHA of each commit, in the order given. */
  shas: string[];
  /** Deletes the repository directory. */
  remove(): Promise<void>;
}

const EPOCH = Date.parse('2024-01-01T00:00:00Z') / 1000;

/** Variables that make git ignore the user's setup and stamp fixed identities. */
function gitEnv(date: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Fixture Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_COMMITTER_DATE: date,
  };
}

/** Runs `git <args>` in `dir`, returning stdout without its final newline. Commits it makes are dated 2024-01-01T00:00:00Z. */
export async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd: dir,
    env: gitEnv(`@${EPOCH} +0000`),
  });
  return stdout.replace(/\n$/, '');
}

async function applyFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      await git(dir, 'rm', '-q', '--', path);
    } else {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
      await git(dir, 'add', '--', path);
    }
  }
}

/** Creates a repository on branch `main` with one commit per entry (empty commits allowed). */
export async function createGitRepo(commits: readonly FixtureCommit[]): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'tailnet-policy-git-'));
  await git(dir, 'init', '-q', '-b', 'main');
  const shas: string[] = [];
  for (const [i, commit] of commits.entries()) {
    await applyFiles(dir, commit.files);
    const date = `@${EPOCH + 60 * i} +0000`;
    await execFileAsync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', commit.message], {
      cwd: dir,
      env: gitEnv(date),
    });
    shas.push(await git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, shas, remove: () => rm(dir, { recursive: true, force: true }) };
}
