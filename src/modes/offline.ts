// The offline policy engine inside the action: it runs before any network call, gives fork pull
// requests a real report without secrets, and lends exact positions to the API's findings.

import { ApiError } from '../errors.js';
import type { LocalPolicy } from '../files/local-policy.js';
import {
  checkPolicy,
  topologyFromApi,
  TopologyError,
  type CheckOptions,
  type PolicyReport,
  type Topology,
} from '../policy/index.js';
import type { TailscaleClient } from '../tailscale/client.js';

/**
 * Runs the engine on the parsed file; `topology` makes the evaluation exact. A hostile policy
 * can make it long, so it stops at half the time left before the run's deadline: the rest is
 * for the API's checks and the report, and a report cut short says so.
 */
export function checkOffline(
  local: LocalPolicy,
  topology?: Topology,
  time?: { deadline: number; now: () => number },
): PolicyReport {
  const options: CheckOptions = {};
  if (time !== undefined) {
    options.deadline = time.now() + Math.max(0, time.deadline - time.now()) / 2;
    options.now = time.now;
  }
  if (topology !== undefined) options.topology = topology;
  return checkPolicy(local.root, options);
}

/** Users and devices from the API, for `tailnet-devices: true`. */
export async function fetchTopology(client: TailscaleClient): Promise<Topology> {
  const users = await client.getJson('/users', 'users:read');
  const devices = await client.getJson('/devices?fields=all', 'devices:core:read');
  try {
    return topologyFromApi(users, devices);
  } catch (error) {
    if (!(error instanceof TopologyError)) throw error;
    throw new ApiError(
      `the users and devices lists have an unexpected shape (${error.message}); ` +
        `set tailnet-devices: false to evaluate offline`,
      200,
    );
  }
}
