// How every command reads the files it is named: `-` is standard input, and a file that cannot
// be read (missing, a directory, no permission) is one rule everywhere: the line
// `tailnet-policy <command>: cannot read FILE: reason` and exit status 2. Commands that take
// several files go on with the others.

import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describeFileError } from '../files/file-errors.js';
import {
  checkWorkspaceFile,
  isInside,
  MAX_FILE_BYTES,
  RefusedFileError,
  RESOLVED_OPEN_FLAGS,
} from '../files/workspace.js';
import type { CliIO } from './io.js';
import type { StdinRefusal } from './stdin.js';

export const STDIN = '-';

/**
 * The CLI's workspace: the nearest folder at or above `cwd` holding a `.git` entry (a checkout's
 * root), else `cwd` itself. Never a folder found from the policy file, which a pull request
 * may have planted; a bare repository is never taken as a checkout either.
 */
export function cliWorkspace(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** The name messages use for a file argument. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/** A file argument that cannot be read; `message` is the whole line, without the newline. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(command: string, file: string, reason: string) {
    super(`tailnet-policy ${command}: cannot read ${displayName(file)}: ${reason}`);
  }
}

// In CI the named file comes from a merge request: a link to a device or a pipe must not hang
// the job, nor a huge file exhaust it. O_NONBLOCK: opening a pipe does not wait for a writer.
// A real path inside the checkout, just resolved, opens as the action opens its files
// (RESOLVED_OPEN_FLAGS, which adds O_NOFOLLOW).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A file to open: the path as named, or its real path inside the checkout (`resolved`). */
export interface Target {
  path: string;
  resolved: boolean;
}

const LINKED_SINCE = 'a symbolic link made while it was being read, so it is not read; name the file itself';

/**
 * What to open (or write) for a file argument, or why it may not be: a link that leads out of
 * the checkout. In CI the checkout is a merge request's, and its `policy.hujson` may lead to the
 * runner's credentials; a file the command line names outside the checkout is the caller's own
 * choice. A file is inside when its path as written is, or when it passes through the checkout
 * (so an absolute path through a link to the checkout is inside too): the checkout's content
 * then decides where it leads, a file or a folder of it linked anywhere. Inside, the file's real
 * path must be in the checkout and is used, and a link put in its place after this check is
 * refused, not followed.
 */
export function resolveFileArgument(file: string, use: 'read' | 'written' = 'read'): Target | string {
  const workspace = cliWorkspace(process.cwd());
  const realRoot = realpathSync(workspace);
  const lexical = path.resolve(file);
  const folder = realpathSync(path.dirname(lexical));
  const named = isInside(realRoot, lexical) || isInside(path.resolve(workspace), lexical);
  if (!named && !passesThrough(realRoot, lexical, folder)) return { path: file, resolved: false };
  const real = realpathSync(lexical);
  if (isInside(realRoot, real)) return { path: real, resolved: true };
  // The file itself may be a plain file whose folder (or a folder above it) is the link.
  const how = isAtOrInside(realRoot, folder) ? 'a symbolic link' : 'reached through a folder linked';
  return `${how} to a place outside the checkout (${realRoot}), so it is not ${use}; name the file itself`;
}

const isAtOrInside = (root: string, dir: string): boolean => dir === root || isInside(root, dir);

/**
 * Whether a folder on the way to `lexical` really is the checkout or lies in it, once its links
 * are followed (`folder` is its own folder's real path, already known). Every folder up to the
 * file system's root is looked at: `/alias/linked/policy.hujson`, with `/alias` a link to the
 * checkout and `linked` the checkout's link out, passes through the checkout at `/alias`.
 */
function passesThrough(realRoot: string, lexical: string, folder: string): boolean {
  let dir = path.dirname(lexical);
  let real = folder;
  while (!isAtOrInside(realRoot, real)) {
    const up = path.dirname(dir);
    if (up === dir) return false;
    dir = up;
    real = realpathSync(dir);
  }
  return true;
}

function openTarget(target: Target): number | string {
  try {
    return openSync(target.path, target.resolved ? RESOLVED_OPEN_FLAGS : OPEN_FLAGS);
  } catch (error) {
    if (target.resolved && (error as { code?: unknown }).code === 'ELOOP') return LINKED_SINCE;
    throw error;
  }
}

/** Why a file past the size cap is not read; `kind` names the limit's files. */
export function tooLarge(kind = 'policy files'): string {
  return `larger than ${MAX_FILE_BYTES / (1024 * 1024)} MiB, the limit for ${kind}`;
}

/**
 * The file's bytes, or why it cannot be read. Synchronous on purpose: commands read their files
 * one at a time, and one buffer of the size fstat gives, filled by read calls, costs far less
 * than the promise API's chunks and the copy that joins them. `kind` names the limit's files.
 */
export function readFileArgument(file: string, kind = 'policy files'): Uint8Array | string {
  const target = resolveFileArgument(file);
  if (typeof target === 'string') return target;
  const fd = openTarget(target);
  if (typeof fd === 'string') return fd;
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return describeFileError({ code: 'EISDIR' });
    if (!info.isFile()) return 'not a regular file (a device, a pipe or a socket)';
    const tooBig = tooLarge(kind);
    if (info.size > MAX_FILE_BYTES) return tooBig;
    // One byte more than fstat's size shows a file that grew since; it may grow up to one byte
    // past the cap, which is then refused.
    let buffer: Buffer = Buffer.allocUnsafe(info.size + 1);
    let total = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_FILE_BYTES) return tooBig;
      if (total === buffer.length) buffer = enlarged(buffer, Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

function enlarged(buffer: Buffer, size: number): Buffer {
  const bigger = Buffer.allocUnsafe(size);
  buffer.copy(bigger);
  return bigger;
}

/**
 * A file argument's bytes, or standard input's for `-`, held to the same limit; standard input
 * also to `until` (a Date.now() time), a run's deadline. Throws UnreadableFileError saying why not.
 */
export async function readInput(command: string, file: string, io: CliIO, until?: number): Promise<Uint8Array> {
  let result: Uint8Array | string;
  try {
    result = file === STDIN ? stdinReason(await io.readStdin(MAX_FILE_BYTES, until)) : readFileArgument(file);
  } catch (error) {
    result = describeFileError(error);
  }
  if (typeof result === 'string') throw new UnreadableFileError(command, file, result);
  return result;
}

/** Standard input's bytes, or why they were not read, in the words a file's limit uses. */
function stdinReason(read: Uint8Array | StdinRefusal): Uint8Array | string {
  if (read === 'too large') return tooLarge();
  return read === 'timed out' ? 'the input did not end before the timeout' : read;
}

/**
 * For commands whose engine reads the file itself (test, apply, drift): the engine's rules (a
 * regular file inside the checkout, at most 10 MiB), checked before any request, with this
 * module's words and exit status.
 */
export async function requireReadable(command: string, file: string, workspace: string): Promise<void> {
  try {
    await checkWorkspaceFile(file, workspace, '--policy-file');
  } catch (error) {
    // A refusal says what the file "is"; here it follows "cannot read FILE:".
    const reason = error instanceof RefusedFileError ? error.reason.replace(/^is /, '') : describeFileError(error);
    throw new UnreadableFileError(command, file, reason);
  }
}
