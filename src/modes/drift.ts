import { ActionError } from '../errors.js';
import { describeOrigin } from '../report/origin.js';
import type { ModeDeps } from './deps.js';
import { findLiveOrigin } from './origin.js';
import type { Facts, Outcome } from './outcome.js';
import { noteUncommitted, readLive, readPolicy, requireClient } from './read.js';

/**
 * `action: drift`: is the live policy what the repository says? Reads only: this mode has no
 * code path that writes the policy.
 */
export async function runDrift(deps: ModeDeps, facts: Facts): Promise<Outcome> {
  const { settings } = deps;
  const client = requireClient(deps);
  const read = await readPolicy(deps, facts);
  if (read.kind === 'invalid') return { kind: 'invalid-file', facts, error: read.error };
  const { local } = read;
  await noteUncommitted(deps, facts, local);
  const live = await readLive(deps, facts, client, 'policy_file:read');
  const origin = await findLiveOrigin({
    liveEtag: live.etag,
    localEtag: local.etag,
    file: settings.policyFile,
    history: deps.history,
  });
  facts.origin = origin;
  deps.log.debug(`live ETag ${live.etag}; local ETag ${local.etag}; origin: ${origin.kind}`);
  deps.log.info(describeOrigin(origin, settings.policyFile));
  switch (origin.kind) {
    case 'local':
      return { kind: 'drift', facts, state: 'in-sync' };
    case 'commit':
      return { kind: 'drift', facts, state: 'behind' };
    case 'cache':
    case 'default':
      return { kind: 'drift', facts, state: 'drifted' };
    case 'unknown':
      if (origin.limitation === undefined) return { kind: 'drift', facts, state: 'drifted' };
      // Without the whole history, "behind" and "edited outside git" look the same.
      throw new ActionError(
        `cannot tell whether the live policy is an older commit or an edit made outside git: ${origin.limitation}`,
      );
  }
}
