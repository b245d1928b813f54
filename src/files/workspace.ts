// The files the action reads come from a checkout that a pull request controls. A path may be a
// symbolic link to anything (the runner's credentials, /dev/zero), so every file input must
// resolve to a regular file inside the workspace, and is read only up to a size cap.

// node:fs's `promises`, not node:fs/promises: loading that module costs a run about 5 ms, and
// the CLI, which reads through this module's checks, never needs it.
import { constants, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Policy and cache files larger than this are refused (documented in README.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file input that points where the action never reads; `reason` follows the file's name. */
export class RefusedFileError extends Error {
  override name = 'RefusedFileError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Whether `file` lies below `root` (a name that merely starts with `..`, like `..x.hujson`, does). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  const up = relative === '..' || relative.startsWith(`..${path.sep}`);
  return relative !== '' && !up && !path.isAbsolute(relative);
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/** What every refusal says about the rule, naming the setting as settingName words it. */
function rule(setting: string, root: string): string {
  return `${setting} must name a regular file inside the workspace (${root})`;
}

/**
 * The real path of `file` (relative to the current directory), after every symbolic link, when
 * it lies inside the real `workspace`; otherwise RefusedFileError. Errors of the file system
 * (ENOENT above all) pass through.
 */
export async function resolveInWorkspace(file: string, workspace: string, setting: string): Promise<string> {
  const root = await fs.realpath(workspace);
  const lexical = path.resolve(file);
  const real = await fs.realpath(lexical);
  if (isInside(root, real)) return real;
  if (real === root) throw new RefusedFileError(`is a directory, not a regular file; ${rule(setting, root)}`);
  const where =
    isInside(root, lexical) || isInside(path.resolve(workspace), lexical)
      ? 'is a symbolic link to a place outside the workspace'
      : 'is outside the workspace';
  throw new RefusedFileError(`${where}, so it is not read; ${rule(setting, root)}`);
}

// O_NONBLOCK: opening a named pipe must not wait for a writer. O_NOFOLLOW: the path was just
// resolved; a link appearing there since is refused (both are 0 where the OS lacks them).
export const RESOLVED_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

function tooLarge(maxBytes: number, setting: string): RefusedFileError {
  return new RefusedFileError(
    `is larger than ${maxBytes / (1024 * 1024)} MiB, the limit for ${setting}; nothing of it was read`,
  );
}

/** A regular file inside the workspace, opened, no larger than `maxBytes` when fstat looked. */
async function openWorkspaceFile(
  file: string,
  workspace: string,
  setting: string,
  maxBytes: number,
): Promise<{ real: string; handle: FileHandle }> {
  const real = await resolveInWorkspace(file, workspace, setting);
  const handle = await fs.open(real, RESOLVED_OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new RefusedFileError(
        `is ${kindOf(info)}, not a regular file; ${rule(setting, await fs.realpath(workspace))}`,
      );
    if (info.size > maxBytes) throw tooLarge(maxBytes, setting);
    return { real, handle };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Whether readWorkspaceFile would read the file, looked at without reading it: a refusal is
 * RefusedFileError, a file system error passes through. The CLI asks before a run starts.
 */
export async function checkWorkspaceFile(file: string, workspace: string, setting: string): Promise<void> {
  const { handle } = await openWorkspaceFile(file, workspace, setting, MAX_FILE_BYTES);
  await handle.close();
}

/**
 * Reads a regular file inside the workspace, at most `maxBytes` (one byte more is read to see
 * that a file has not grown past the cap since fstat). Returns the real path and the bytes.
 */
export async function readWorkspaceFile(
  file: string,
  workspace: string,
  setting: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ real: string; bytes: Buffer }> {
  const { real, handle } = await openWorkspaceFile(file, workspace, setting, maxBytes);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes, setting);
    }
    return { real, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}
