// The offline engine's verdict in the report's terms. Without an API to ask, it is the whole
// verdict; with one, the API is the authority and the engine lends positions and says when it
// disagrees.

import type { PolicyReport } from '../policy/index.js';
import type { AssertionResult } from '../policy/results.js';
import type { ApiFindings } from '../tailscale/api-findings.js';
import type { Finding, TestFailure } from './model.js';

function at(position: { line: number; column: number } | undefined): Finding['location'] {
  return position ? { line: position.line, column: position.column } : undefined;
}

/** The engine's failing assertions, as the same rows the API's failures become. */
function failures(engine: PolicyReport): TestFailure[] {
  const rows: TestFailure[] = [];
  for (const test of engine.tests) {
    // A test that passed has no failing assertion to make.
    if (test.outcome === 'pass') continue;
    for (const assertion of test.assertions) {
      if (assertion.outcome !== 'fail') continue;
      rows.push({
        source: test.src,
        destination: assertion.text,
        wanted: assertion.wanted,
        got: assertion.got,
        message: assertion.message ?? test.error ?? 'test failed',
        location: at(assertion.at.pos),
        entry: at(test.at.pos),
      });
    }
  }
  return rows;
}

function rejects(engine: PolicyReport): boolean {
  return engine.errors.length > 0 || engine.summary.failed > 0;
}

/** What a notice quotes of why the engine rejects a policy: its first error, else its first failure. */
function firstRejection(engine: PolicyReport, rows = failures(engine)): string {
  return engine.errors[0]?.message ?? rows[0]?.message ?? 'test(s) failed';
}

/** Notices the engine has whatever the API says: constructs it accepted without certainty. */
export function engineNotices(engine: PolicyReport, apiAsked = true): Finding[] {
  const notices = engine.notices.map((n): Finding => ({
    severity: 'notice',
    message: n.message,
    location: at(n.position),
  }));
  if (engine.cutShort) notices.push({ severity: 'notice', message: cutShort(engine.cutShortBy === 'size', apiAsked) });
  return notices;
}

/**
 * Why tests are undecided after a cut: the timeout or the engine's size limit. Where the API
 * was not asked (the live policy already is the file), it is not said to check them.
 */
function cutShort(bySize: boolean, apiAsked: boolean): string {
  const undecided = `the tests it did not reach count as undecided offline${
    apiAsked ? ' (the Tailscale API, when credentials are given, still checks them all)' : ''
  }`;
  if (bySize)
    return (
      'the offline check was cut short: its ipsets and rules expand to more address ranges than it holds in ' +
      `memory (a long chain of ipsets, each naming the one before, does); ${undecided}`
    );
  return `the offline check was cut short by the timeout: ${undecided}; raise the run's timeout to evaluate them`;
}

/**
 * How many reasons for undecided assertions get a notice each; the rest are counted in one.
 * GitHub shows only the first ten notices of a step, and the run has others to show.
 */
const UNDECIDED_REASONS = 5;

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
/** What an assertion's message says before its reason: the server's prefix, and the pair it is about. */
const ABOUT = new RegExp(
  `^\\[(?:acl|ssh) test error\\]: (?:address ${QUOTED}(?: \\(protocol ${QUOTED}\\))?: |dst ${QUOTED}, ssh user ${QUOTED}: )?`,
);

/** The assertion in a notice's words: a test's destination, or an sshTest's destination and login. */
function described(src: string, assertion: AssertionResult): string {
  const { user, destination, text } = assertion;
  return user === undefined ? `"${src}" to "${text}"` : `"${src}" to "${destination ?? ''}" as "${user}"`;
}

/**
 * Undecided assertions, one notice per reason the engine gives (a `*` destination, a group with
 * no device...), at the first assertion it holds for and with how many it holds for, so that
 * the log says why, as the CLI does assertion by assertion.
 */
function undecidedNotices(engine: PolicyReport): { notices: Finding[]; undecided: number } {
  const byReason = new Map<string, { count: number; what: string; location: Finding['location'] }>();
  let [others, undecided] = [0, 0];
  for (const test of engine.tests) {
    for (const assertion of test.assertions) {
      if (assertion.outcome !== 'unknown') continue;
      undecided++;
      const reason = (assertion.message ?? test.error ?? 'cannot be decided offline').replace(ABOUT, '');
      const known = byReason.get(reason);
      if (known !== undefined) known.count++;
      else if (byReason.size === UNDECIDED_REASONS) others++;
      else byReason.set(reason, { count: 1, what: described(test.src, assertion), location: at(assertion.at.pos) });
    }
  }
  const notices = [...byReason].map(([reason, { count, what, location }]): Finding => {
    const which =
      count === 1
        ? `undecided offline for ${what}`
        : `${count} test assertions undecided offline, the first for ${what}`;
    return { severity: 'notice', message: `${which}: ${reason}`, location };
  });
  if (others > 0)
    notices.push({
      severity: 'notice',
      message: `${others} more test assertion(s) undecided offline for other reasons`,
    });
  return { notices, undecided };
}

/**
 * With no API to ask, the engine's findings are the whole verdict; `undecided` counts the test
 * assertions (of the tests it reached) it could not decide.
 */
export function offlineFindings(engine: PolicyReport): ApiFindings & { notices: Finding[]; undecided: number } {
  const { notices: unsure, undecided } = undecidedNotices(engine);
  const notices = [...engineNotices(engine), ...unsure];
  return {
    undecided,
    errors: engine.errors.map((e): Finding => ({ severity: 'error', message: e.message, location: at(e.position) })),
    testFailures: failures(engine),
    warnings: engine.warnings.map((w): Finding => ({
      severity: 'warning',
      message: w.message,
      location: at(w.position),
    })),
    notices,
  };
}

/**
 * The live policy already is the file, so the API was not asked to validate it again (as
 * gitops-pusher does): the engine's notices, and a notice where it rejects what is live.
 */
export function unaskedFindings(engine: PolicyReport): ApiFindings & { notices: Finding[] } {
  const notices = engineNotices(engine, false);
  if (rejects(engine)) {
    notices.push({
      severity: 'notice',
      message:
        `the offline policy engine rejects this policy (${firstRejection(engine)}); it already is the live policy, so ` +
        'the Tailscale API was not asked to validate it again',
    });
  }
  return { errors: [], testFailures: [], warnings: [], notices };
}

/**
 * The API's findings, with the engine's positions for failures the API reported without a
 * findable line, and a notice when the two disagree about the verdict (never hidden).
 */
export function reconcile(api: ApiFindings, engine: PolicyReport): ApiFindings & { notices: Finding[] } {
  const engineRows = failures(engine);
  const testFailures = api.testFailures.map((row): TestFailure => {
    if (row.location !== undefined) return row;
    const twin = engineRows.find((e) => e.source === row.source && e.destination === row.destination);
    return twin?.location ? { ...row, location: twin.location, entry: twin.entry } : row;
  });
  const notices = engineNotices(engine);
  const apiRejects = api.errors.length > 0 || api.testFailures.length > 0;
  // Offline, an undecided assertion may fail on the server, and a check cut short may miss what
  // the server refuses; neither is a disagreement.
  const undecided =
    engine.errors.length === 0 && (engine.cutShort === true || (api.errors.length === 0 && engine.summary.unknown > 0));
  if (apiRejects !== rejects(engine) && !(apiRejects && undecided)) {
    const engineSays = rejects(engine) ? `rejects it (${firstRejection(engine, engineRows)})` : 'accepts it';
    notices.push({
      severity: 'notice',
      message:
        `the offline policy engine disagrees with the Tailscale API: the API ${apiRejects ? 'rejects' : 'accepts'} ` +
        `this policy, the engine ${engineSays}. The API's verdict stands; please ` +
        `report this difference`,
    });
  }
  return { ...api, testFailures, notices };
}
