// Every git process the action starts goes through here. The checked-out tree is a pull
// request's content, which is hostile: git must take no repository, config, hook or helper
// program from it, and its environment must hold no secret a helper could read.

import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { GitMissingError, TimeoutError } from '../errors.js';

const execFileAsync = promisify(execFile);

/** A repository checked out at `root`, whose `.git` (folder or gitfile) sits right there. */
export interface GitRepository {
  root: string;
  gitDir: string;
}

/**
 * The repository whose work tree is `root`, or undefined. Only `<root>/.git` counts: git's own
 * discovery would also take a bare repository (HEAD, objects/, refs/, config) from any folder,
 * and a pull request can commit such a folder. A `.git` entry it cannot commit: git refuses it.
 */
export async function repositoryAt(root: string): Promise<GitRepository | undefined> {
  const gitDir = path.join(root, '.git');
  const found = await stat(gitDir).then(
    () => true,
    () => false,
  );
  return found ? { root, gitDir } : undefined;
}

/** Settings that would make git run a program, or reach the network, switched off. */
const SAFE_CONFIG = [
  // A signature check runs gpg.program (or ssh-keygen, x509 programs).
  'log.showSignature=false',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.sshCommand=false',
  'credential.helper=',
  // No transport at all: in a partial clone, a missing object would otherwise be fetched
  // (git 2.45 and later also honour GIT_NO_LAZY_FETCH below).
  'protocol.allow=never',
  // The repository's own config must not change what `git log -- <file>` lists.
  'log.follow=false',
];

/** Variables of the parent worth keeping: none holds a secret, and git or the OS needs them. */
const KEPT_VARIABLES = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'SYSTEMROOT', 'windir'];

/** The whole environment of a git process: no INPUT_*, no token, only what is set here. */
export function gitEnvironment(repo: GitRepository, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of KEPT_VARIABLES) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    LC_ALL: 'C',
    GIT_DIR: repo.gitDir,
    GIT_WORK_TREE: repo.root,
    GIT_CEILING_DIRECTORIES: path.dirname(repo.root),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_LITERAL_PATHSPECS: '1',
  };
}

/** git's arguments: the hardening first, then the command's own. */
export function gitArguments(repo: GitRepository, args: readonly string[]): string[] {
  // safe.directory: the global config that may have said so is not read; this run trusts the
  // workspace it was pointed at (command-line config counts as protected since git 2.39).
  const config = [...SAFE_CONFIG, `safe.directory=${repo.root}`].flatMap((setting) => ['-c', setting]);
  return ['--no-pager', ...config, ...args];
}

/** When git must have finished: `at` in milliseconds since the epoch, as `now` counts. */
export interface GitDeadline {
  at: number;
  now: () => number;
}

/** setTimeout fires at once past this many milliseconds (a 32-bit count). */
const LONGEST_TIMER = 2 ** 31 - 1;

/** Milliseconds left before `deadline`, as a timer takes them. */
export function timeLeft(deadline: GitDeadline): number {
  return Math.min(LONGEST_TIMER, Math.max(1, deadline.at - deadline.now()));
}

/** The error for git stopped at the deadline (callers say what git was reading), or undefined before it. */
export function gitTimedOut(deadline: GitDeadline | undefined): TimeoutError | undefined {
  return deadline !== undefined && deadline.now() >= deadline.at
    ? new TimeoutError('the timeout elapsed while git ran')
    : undefined;
}

/**
 * Runs one git command to completion and returns its stdout; past `deadline` git is killed. A git
 * that cannot start is a GitMissingError, so that no caller reads it as git's answer ("no such
 * commit", "no repository here").
 */
export async function runGit(repo: GitRepository, args: readonly string[], deadline?: GitDeadline): Promise<string> {
  // Past the deadline git does not start: a fast command could finish before its kill timer fires.
  const late = gitTimedOut(deadline);
  if (late !== undefined) throw late;
  try {
    const { stdout } = await execFileAsync('git', gitArguments(repo, args), {
      cwd: repo.root,
      env: gitEnvironment(repo),
      maxBuffer: 16 << 20,
      windowsHide: true,
      ...(deadline && { timeout: timeLeft(deadline) }),
    });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitMissingError();
    throw gitTimedOut(deadline) ?? error;
  }
}

/** Starts a git command whose stdin and stdout the caller streams. */
export function spawnGit(repo: GitRepository, args: readonly string[]): ChildProcessWithoutNullStreams {
  const child = spawn('git', gitArguments(repo, args), {
    cwd: repo.root,
    env: gitEnvironment(repo),
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  // Nobody reads stderr; drained so a chatty git never blocks on a full pipe.
  child.stderr.resume();
  // A git that cannot start (not installed) ends stdout at once; the reader sees no answer.
  child.on('error', () => undefined);
  return child;
}
