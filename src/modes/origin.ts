import type { FileHistory } from '../git/history.js';
import { etag } from '../hujson/index.js';
import type { LiveOrigin } from '../report/model.js';

/** gitops-pusher looks back over this many commits of the policy file; so do we. */
export const HISTORY_LIMIT = 200;

export interface OriginQuery {
  liveEtag: string;
  localEtag: string;
  cachedEtag?: string;
  file: string;
  history: FileHistory;
}

function etagOrUndefined(content: Uint8Array): string | undefined {
  try {
    return etag(content);
  } catch {
    // A version that never parsed can never have been live.
    return undefined;
  }
}

/**
 * Is the live policy a version we know? It is when it is the local file, the version this
 * action last applied (the cache), or any earlier committed version of the file. The history
 * search is what lets apply work without actions/cache.
 */
export async function findLiveOrigin(query: OriginQuery): Promise<LiveOrigin> {
  if (query.liveEtag === query.localEtag) return { kind: 'local' };
  if (query.cachedEtag === query.liveEtag) return { kind: 'cache' };
  // Asked up front so its git process runs alongside the history search.
  const limitation = query.history.limitation(query.file);
  let compared = 0;
  for await (const version of query.history.versions(query.file, HISTORY_LIMIT)) {
    if (etagOrUndefined(version.content) === query.liveEtag) {
      return { kind: 'commit', commit: version.commit, subject: version.subject, behind: version.behind };
    }
    compared++;
  }
  // A file with more versions than that is not said to match none of them.
  const unknown: LiveOrigin = { kind: 'unknown', limitation: await limitation };
  return compared === HISTORY_LIMIT ? { ...unknown, compared } : unknown;
}
