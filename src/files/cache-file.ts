import { readFile } from 'node:fs/promises';
import { ActionError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { describeFileError } from './file-errors.js';

/**
 * The last ETag this action applied, in gitops-pusher's `version-cache.json` format
 * (`{"PrevETag": "<hex>"}`), so caches restored from the reference action keep working.
 */
export async function readCachedEtag(file: string): Promise<string | undefined> {
  if (file === '') return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ActionError(`${file}: cannot read the version cache (input "cache-file"): ${describeFileError(error)}; delete it or fix its permissions`);
  }
  try {
    const parsed = JSON.parse(text) as { PrevETag?: unknown };
    if (typeof parsed.PrevETag === 'string' && /^[0-9a-f]{64}$/.test(parsed.PrevETag)) return parsed.PrevETag;
  } catch {
    // Reported below, like a missing PrevETag.
  }
  throw new ActionError(`${file}: not a version cache; expected {"PrevETag": "<64 hex digits>"}; delete the file and re-run`);
}

export async function writeCachedEtag(file: string, etag: string): Promise<void> {
  if (file === '') return;
  await writeFileAtomic(file, `${JSON.stringify({ PrevETag: etag })}\n`);
}
