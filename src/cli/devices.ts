// The tailnet description `check --devices` and `plan --devices` read: our own shape, or the
// API's users and devices answers saved side by side.

import { readFileSync } from 'node:fs';
import { describeFileError } from '../files/file-errors.js';
import { parseTopology, topologyFromApi, TopologyError, type Topology } from '../policy/index.js';
import { UsageError } from './usage-error.js';

/**
 * Reads `--devices FILE`; any problem is a usage error naming the file. Synchronously, as the
 * policies are read: the promise API's thread pool costs a run more than the read itself.
 */
export function readTopology(file: string): Topology {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFileError(error);
    throw new UsageError(`cannot read --devices ${file}: ${reason}`);
  }
  try {
    if (typeof json !== 'object' || json === null || !('devices' in json)) return parseTopology(json);
    const api = json as { users?: unknown; devices: unknown };
    return topologyFromApi(api.users ?? [], api.devices);
  } catch (error) {
    if (!(error instanceof TopologyError)) throw error;
    throw new UsageError(`--devices ${file}: ${error.message}; see 'tailnet-policy check --help' for the shapes`);
  }
}
