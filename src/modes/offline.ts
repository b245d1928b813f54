// The offline policy engine inside the action: it runs before any network call, gives fork pull
// requests a real report without secrets, and lends exact positions to the API's findings.

import type { LocalPolicy } from '../files/local-policy.js';
import { ApiError } from '../errors.js';
import { checkPolicy, topologyFromApi, TopologyError, type PolicyReport, type Topology } from '../policy/index.js';
import type { Finding, Report, TestFailure } from '../report/model.js';
import type { TailscaleClient } from '../tailscale/client.js';

function at(position: { line: number; column: number } | undefined): Finding['location'] {
  return position ? { line: position.line, column: position.column } : undefined;
}

/** The engine's failing assertions, as the same rows the API's failures become. */
function failures(engine: PolicyReport): TestFailure[] {
  const rows: TestFailure[] = [];
  for (const test of engine.tests) {
    for (const assertion of test.assertions) {
      if (assertion.outcome !== 'fail') continue;
      rows.push({
        source: test.src,
        destination: assertion.text,
        wanted: assertion.wanted,
        got: assertion.got,
        message: assertion.message ?? test.error ?? 'test failed',
        location: at(assertion.position),
        entry: at(test.position),
      });
    }
  }
  return rows;
}

function rejects(engine: PolicyReport): boolean {
  return engine.errors.length > 0 || engine.summary.failed > 0;
}

/** Runs the engine on the parsed file; `topology` makes the evaluation exact. */
export function checkOffline(local: LocalPolicy, topology?: Topology): PolicyReport {
  return checkPolicy(local.root, topology === undefined ? {} : { topology });
}

/** Users and devices from the API, for `tailnet-devices: true`. */
export async function fetchTopology(client: TailscaleClient): Promise<Topology> {
  const users = await client.getJson('/users', 'users:read');
  const devices = await client.getJson('/devices?fields=all', 'devices:core:read');
  try {
    return topologyFromApi(users, devices);
  } catch (error) {
    if (!(error instanceof TopologyError)) throw error;
    throw new ApiError(`the users and devices lists have an unexpected shape (${error.message}); set tailnet-devices: false to evaluate offline`, 200);
  }
}

/** With no API to ask, the engine's findings are the whole report. */
export function adoptOfflineFindings(report: Report, engine: PolicyReport): void {
  report.errors.push(...engine.errors.map((e): Finding => ({ severity: 'error', message: e.message, location: at(e.position) })));
  report.testFailures.push(...failures(engine));
  report.warnings.push(...engine.warnings.map((w): Finding => ({ severity: 'warning', message: w.message, location: at(w.position) })));
  if (engine.summary.unknown > 0) {
    report.notices.push({
      severity: 'notice',
      message: `${engine.summary.unknown} test assertion(s) depend on the tailnet's users and devices and could not be decided offline`,
    });
  }
}

/**
 * The API is the authority; the engine only adds what it knows better. A failure the API
 * reported without a findable line takes the engine's position, and a disagreement about the
 * verdict is reported as a notice, never hidden.
 */
export function reconcile(report: Report, engine: PolicyReport): void {
  const engineRows = failures(engine);
  for (const row of report.testFailures) {
    if (row.location !== undefined) continue;
    const twin = engineRows.find((e) => e.source === row.source && e.destination === row.destination);
    if (twin?.location) {
      row.location = twin.location;
      row.entry = twin.entry;
    }
  }
  const apiRejects = report.errors.length > 0 || report.testFailures.length > 0;
  // Offline, an undecided assertion may fail on the server; that is no disagreement.
  const undecided = report.errors.length === 0 && engine.errors.length === 0 && engine.summary.unknown > 0;
  if (apiRejects === rejects(engine) || (apiRejects && undecided)) return;
  const engineSays = rejects(engine) ? `rejects it (${engine.errors[0]?.message ?? engineRows[0]?.message ?? 'test(s) failed'})` : 'accepts it';
  report.notices.push({
    severity: 'notice',
    message: `the offline policy engine disagrees with the Tailscale API: the API ${apiRejects ? 'rejects' : 'accepts'} this policy, the engine ${engineSays}. The API's verdict stands; please report this difference`,
  });
}
