// The tailnet description `check --devices` and `plan --devices` read: our own shape, or the
// API's users and devices answers saved side by side.

import { describeFileError } from '../files/file-errors.js';
import { HujsonSyntaxError, parse } from '../hujson/index.js';
import { parseTopology, topologyFromApi, TopologyError, type Topology } from '../policy/index.js';
import { readFileArgument } from './files.js';
import { UsageError } from './usage-error.js';

/**
 * Reads `--devices FILE` as the policies are read (a regular file in the checkout, at most
 * 10 MiB); any problem is a usage error naming the file.
 */
export function readTopology(file: string): Topology {
  let bytes: Uint8Array | string;
  try {
    bytes = readFileArgument(file, 'tailnet descriptions');
  } catch (error) {
    bytes = describeFileError(error);
  }
  if (typeof bytes === 'string') throw new UsageError(`cannot read --devices ${file}: ${bytes}`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  } catch {
    throw new UsageError(`cannot read --devices ${file}: not valid JSON${jsonErrorPlace(bytes)}`);
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

/**
 * Where the JSON goes wrong, from the HuJSON parser (JSON.parse's own message quotes the text,
 * which may be anything a link led to): ` (line L, column C: reason)`, or nothing when only
 * JSON's stricter rules (comments, trailing commas) refuse it.
 */
function jsonErrorPlace(bytes: Uint8Array): string {
  try {
    parse(bytes);
    return ' (comments and trailing commas are HuJSON, not JSON)';
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    return ` (line ${error.line}, column ${error.column}: ${error.message})`;
  }
}
