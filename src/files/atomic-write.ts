import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

const LINKED_SINCE = 'it became a symbolic link after it was checked, so nothing was written';

async function resolveTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path.resolve(file);
    throw error;
  }
}

/**
 * Replaces a file so readers see the old bytes or the new ones, never a mix: the new content
 * goes to a temporary file in the same folder, is flushed, then renamed over the target. An
 * existing file keeps its mode, and a symbolic link is followed and stays a link. With
 * `resolved`, `file` is a real path already checked: a link found there is refused, and one made
 * there after that is replaced by the rename, not followed.
 */
export async function writeFileAtomic(
  file: string,
  contents: Uint8Array | string,
  { resolved = false }: { resolved?: boolean } = {},
): Promise<void> {
  const target = resolved ? path.resolve(file) : await resolveTarget(file);
  const existing = await (resolved ? lstat : stat)(target).catch(() => undefined);
  if (existing?.isSymbolicLink() === true) throw new Error(LINKED_SINCE);
  const existingMode = existing === undefined ? undefined : existing.mode & 0o7777;
  // A rename would replace a read-only file too; refuse as writing in place would.
  if (existingMode !== undefined) await access(target, constants.W_OK);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // A new file gets the usual permissions (0666 less the umask); an existing one keeps its own.
  const handle = await open(temporary, 'wx', existingMode === undefined ? 0o666 : 0o600);
  try {
    await handle.writeFile(contents);
    if (existingMode !== undefined) await handle.chmod(existingMode);
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
