import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, TimeoutError, errorMessage } from '../errors.js';
import type { GitDeadline } from '../git/runner.js';
import { trackedByGit } from '../git/tracked.js';
import { POLICY_ETAG } from '../hujson/etag.js';
import { writeFileAtomic } from './atomic-write.js';
import { describeFileError } from './file-errors.js';
import { RefusedFileError, checkWorkspaceFile, isInside, readWorkspaceFile } from './workspace.js';

/** What the version cache says: the ETag it vouches for, or why it was ignored. */
export interface CachedEtag {
  etag?: string;
  /** Set when a cache exists but cannot be trusted: a warning for the report. */
  warning?: string;
}

/**
 * A cache that git tracks came from a commit, which a pull request may have written (the live
 * ETag is public in the job summary), so it cannot vouch that the live policy was applied here.
 */
async function distrust(
  file: string,
  real: string,
  workspace: string,
  deadline: GitDeadline | undefined,
): Promise<string | undefined> {
  const ignored = `the version cache ${file} was ignored`;
  try {
    const tracked = await trackedByGit(workspace, [path.resolve(file), real], deadline);
    if (tracked !== 'tracked') return undefined;
    return (
      `${ignored}: git tracks it, so a commit (a pull request's, say) may have ` +
      `written it; keep the cache out of the repository (restore it with actions/cache, ` +
      `and list it in .gitignore)`
    );
  } catch (error) {
    if (error instanceof TimeoutError)
      throw new TimeoutError(`the run's timeout elapsed while git looked whether it tracks the version cache ${file}`);
    return `${ignored}: git could not tell whether it is tracked (${errorMessage(error)})`;
  }
}

/**
 * The last ETag this action applied, in gitops-pusher's `version-cache.json` format
 * (`{"PrevETag": "<hex>"}`), so caches restored from the reference action keep working. The
 * file must be a regular file inside `workspace`, and untracked by git; git asked past `deadline`
 * (the run's) is a TimeoutError.
 */
export async function readCachedEtag(
  file: string,
  workspace: string,
  setting: string,
  deadline?: GitDeadline,
): Promise<CachedEtag> {
  if (file === '') return {};
  const read = await cacheBytes(() => readWorkspaceFile(file, workspace, setting), file, setting);
  if (read === undefined) return {};
  const warning = await distrust(file, read.real, workspace, deadline);
  if (warning !== undefined) return { warning };
  try {
    const parsed = JSON.parse(read.bytes.toString('utf8')) as { PrevETag?: unknown };
    if (typeof parsed.PrevETag === 'string' && POLICY_ETAG.test(parsed.PrevETag)) return { etag: parsed.PrevETag };
  } catch {
    // Reported below, like a missing PrevETag.
  }
  throw new ActionError(
    `${file}: not a version cache; expected {"PrevETag": "<64 hex digits>"}; delete the file and re-run`,
  );
}

/** What `read` gives, undefined for a cache not there yet, or the one line that says why it cannot be read. */
async function cacheBytes<T>(read: () => Promise<T>, file: string, setting: string): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof RefusedFileError) throw new ActionError(`${file}: ${error.reason}`);
    throw new ActionError(
      `${file}: cannot read the version cache (${setting}): ${describeFileError(error)}; ` +
        `delete it or fix its permissions`,
    );
  }
}

/**
 * Refuses a cache path the read would refuse (outside the workspace, a folder, a link out of it,
 * too large), before any request: a bad setting fails the run as the other settings do. What the
 * file holds is read only when it is needed.
 */
export async function checkCacheFile(file: string, workspace: string, setting: string): Promise<void> {
  if (file !== '') await cacheBytes(() => checkWorkspaceFile(file, workspace, setting), file, setting);
}

/** The folder the cache goes to must be inside the workspace, and the cache no link; its real path. */
async function checkWritable(file: string, workspace: string): Promise<string> {
  const existing = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing?.isSymbolicLink() === true)
    throw new ActionError(`${file} is a symbolic link, and the version cache is never written through one`);
  if (existing !== undefined && !existing.isFile()) throw new ActionError(`${file} is not a regular file`);
  const root = await realpath(workspace);
  const real = path.join(await realpath(path.dirname(path.resolve(file))), path.basename(file));
  if (!isInside(root, real)) {
    throw new ActionError(`${file} is outside the workspace (${root}), where the version cache is never written`);
  }
  return real;
}

/**
 * Records `etag`, the live policy's ETag after a write. An answer that is no policy ETag (a
 * weak `W/"..."` one from a proxy, say) is refused: cached, it would vouch for nothing.
 */
export async function writeCachedEtag(file: string, etag: string, workspace: string): Promise<void> {
  if (file === '') return;
  if (!POLICY_ETAG.test(etag)) {
    const shown = JSON.stringify(etag.length > 80 ? `${etag.slice(0, 80)}...` : etag);
    throw new ActionError(
      `the API answered the write with the ETag ${shown}, which is not 64 hex digits, so it was not cached`,
    );
  }
  const real = await checkWritable(file, workspace);
  // Written at the path just checked: a link made there since is refused, not written through.
  await writeFileAtomic(real, `${JSON.stringify({ PrevETag: etag })}\n`, { resolved: true });
}
