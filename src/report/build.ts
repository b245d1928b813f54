// The one place a mode's outcome becomes the report every surface renders.

import { CREDENTIAL_VARIABLES } from '../config/credentials.js';
import type { Settings, Surface } from '../config/settings.js';
import { POLICY_ETAG } from '../hujson/etag.js';
import type { Facts, Outcome } from '../modes/outcome.js';
import type { ApiFindings } from '../tailscale/api-findings.js';
import { offlineFindings, reconcile, unaskedFindings } from './engine.js';
import { emptyReport, type DriftState, type Finding, type Report } from './model.js';
import { describeOrigin, isManualEdit, noVersionOf } from './origin.js';
import { accessPlan, type ReportView } from './plan.js';

export const CONCURRENT_CHANGE_MESSAGE =
  'the live policy changed while this run was applying it (HTTP 412, If-Match ' +
  'did not match); nothing was overwritten. Re-run this job to apply on top ' +
  'of the new version, after checking the other change in the admin console';

/**
 * Why only the offline check ran: no credentials. A fork's pull request gets no secrets; any other
 * run was given none, which is what an unset or misnamed secret reads as.
 */
function offlineReason(surface: Surface, secretsWithheld: boolean): string {
  const why =
    surface === 'cli'
      ? `${CREDENTIAL_VARIABLES}, is not set`
      : secretsWithheld
        ? 'pull requests from forks get no secrets'
        : 'set "api-key", or "oauth-client-id" with "oauth-secret" or "audience", from a secret: ' +
          'one that is unset or misnamed reads as empty';
  return (
    `no Tailscale credentials were given (${why}). This is the offline check: syntax, validation ` +
    "and the policy's tests, evaluated without the tailnet's devices"
  );
}

/** How to leave on-manual-edit "fail", and where the diff is, in the words of the run's surface. */
const MANUAL_EDIT_FAIL: Readonly<Record<Surface, string>> = {
  action:
    'and on-manual-edit is "fail": nothing was applied. Bring the live version into the repository ' +
    '(see the diff in the job summary), or set on-manual-edit: warn to overwrite it',
  cli:
    'and --on-manual-edit is fail: nothing was applied. Bring the live version into the repository ' +
    '(the diff below goes from it to the file), or pass --on-manual-edit warn to overwrite it',
};

/** Failing tests and errors fail the run; warnings only when the user asked for that. */
function verdict(report: Report, failOnWarnings: boolean): 'passed' | 'failed' {
  const failing = report.errors.length > 0 || report.testFailures.length > 0;
  return failing || (failOnWarnings && report.warnings.length > 0) ? 'failed' : 'passed';
}

function addFindings(report: Report, found: ApiFindings & { notices?: Finding[] }): void {
  // Loops, not push(...list): a policy's test can hold more entries than a call takes arguments.
  for (const error of found.errors) report.errors.push(error);
  for (const failure of found.testFailures) report.testFailures.push(failure);
  for (const warning of found.warnings) report.warnings.push(warning);
  for (const notice of found.notices ?? []) report.notices.push(notice);
}

function addFacts(report: Report, facts: Facts): void {
  if (facts.local) {
    report.localText = facts.local.text;
    report.localEtag = facts.local.etag;
  }
  if (facts.live) {
    report.liveText = facts.live.text;
    report.controlEtag = facts.live.etag;
  }
  if (facts.origin) report.origin = facts.origin;
  for (const note of facts.notes) (note.severity === 'notice' ? report.notices : report.warnings).push(note);
}

function refusal(report: Report, because: 'fail' | 'too-large-to-keep', surface: Surface): string {
  const limitation = report.origin?.kind === 'unknown' ? report.origin.limitation : undefined;
  const why =
    limitation === undefined
      ? `the live policy was edited outside git (it matches ${noVersionOf(report.origin)} this file)`
      : `the live policy matches no version of this file that this run can see (${limitation})`;
  switch (because) {
    case 'fail':
      return `${why}, ${MANUAL_EDIT_FAIL[surface]}`;
    case 'too-large-to-keep':
      return (
        `${why}, too large for the job summary to keep in full as on-manual-edit "warn" does: nothing ` +
        `was applied. Bring it into the repository from the admin console, then apply on top of it`
      );
  }
}

/** In test mode an unknown live policy beyond the visible history is a notice, not an edit. */
function originNotice(report: Report): Finding | undefined {
  if (report.mode !== 'test' || report.origin?.kind !== 'unknown' || report.origin.limitation === undefined)
    return undefined;
  return {
    severity: 'notice',
    message: `could not tell whether the live policy was edited outside git: ${report.origin.limitation}`,
  };
}

function driftFinding(report: Report, failOnDrift: boolean): Finding | undefined {
  if (report.drift === undefined || report.drift === 'in-sync' || report.origin === undefined) return undefined;
  const what =
    report.drift === 'behind'
      ? 'the repository has changes that were never applied'
      : 'the live policy was edited outside git';
  const message = `drift: ${what}; ${describeOrigin(report.origin, report.policyFile)}`;
  return { severity: failOnDrift ? 'error' : 'warning', message };
}

/** The outcomes where the file was checked but not written: offline, unchanged, validated. */
function addCheck(
  report: Report,
  settings: Settings,
  outcome: Extract<Outcome, { kind: 'offline' | 'unchanged' | 'validated' }>,
  secretsWithheld: boolean,
) {
  const engine = outcome.facts.engine;
  switch (outcome.kind) {
    case 'offline':
      if (engine) {
        const found = offlineFindings(engine);
        addFindings(report, found);
        report.undecidedOffline = found.undecided;
      }
      report.offlineReason = offlineReason(settings.surface, secretsWithheld);
      if (settings.surface === 'action' && !secretsWithheld) report.credentialsMissing = true;
      report.result = verdict(report, settings.failOnWarnings);
      return;
    case 'unchanged':
      report.origin = { kind: 'local' };
      if (engine) addFindings(report, unaskedFindings(engine));
      report.result = 'no-change';
      return;
    case 'validated': {
      const notice = originNotice(report);
      if (notice) report.notices.push(notice);
      addFindings(report, engine ? reconcile(outcome.api, engine) : outcome.api);
      report.result = verdict(report, settings.failOnWarnings);
      return;
    }
  }
}

/** The outcomes of a write, and of a run that stopped: applied, rejected, refused, conflict, stopped. */
function addWrite(
  report: Report,
  outcome: Extract<Outcome, { kind: 'applied' | 'rejected' | 'refused' | 'conflict' | 'stopped' }>,
  surface: Surface,
) {
  report.result = 'failed';
  switch (outcome.kind) {
    case 'applied':
      report.applied = true;
      report.result = 'applied';
      // An ETag the write was answered with that is none (a proxy's weak one, say) is not passed
      // on, nor the one read before the write.
      report.controlEtag = POLICY_ETAG.test(outcome.etag) ? outcome.etag : undefined;
      return;
    case 'rejected':
      addFindings(report, outcome.api);
      return;
    case 'refused':
      report.refusedOverEdit = true;
      report.errors.push({ severity: 'error', message: refusal(report, outcome.because, surface) });
      return;
    case 'conflict':
      report.liveText = outcome.current.text;
      report.controlEtag = outcome.current.etag;
      report.errors.push({ severity: 'error', message: CONCURRENT_CHANGE_MESSAGE });
      return;
    case 'stopped':
      report.errors.push({ severity: 'error', message: outcome.error.message });
      return;
  }
}

function addDrift(report: Report, settings: Settings, state: DriftState): void {
  report.drift = state;
  const finding = driftFinding(report, settings.failOnDrift);
  if (finding) (finding.severity === 'error' ? report.errors : report.warnings).push(finding);
  report.result = state === 'in-sync' ? 'no-change' : settings.failOnDrift ? 'failed' : 'passed';
}

/**
 * Turns what a mode decided into the report; nothing changes the report after this. A `view`
 * that may not see the live policy gets a report without its text (and a notice saying so).
 */
export function buildReport(
  settings: Settings,
  outcome: Outcome,
  view: ReportView = { livePolicyVisible: true },
): Report {
  const report = emptyReport(settings.mode, settings.tailnet, settings.policyFile);
  addFacts(report, outcome.facts);
  const { plan, note } = accessPlan(outcome, view);
  if (plan) report.plan = plan;
  if (note !== undefined) report.planNote = note;
  report.manualEdit = isManualEdit(report.mode, report.origin);
  switch (outcome.kind) {
    case 'invalid-file':
      report.errors.push(outcome.error);
      report.result = 'failed';
      break;
    case 'offline':
    case 'unchanged':
    case 'validated':
      addCheck(report, settings, outcome, view.secretsWithheld === true);
      break;
    case 'applied':
    case 'rejected':
    case 'refused':
    case 'conflict':
    case 'stopped':
      addWrite(report, outcome, settings.surface);
      break;
    case 'drift':
      addDrift(report, settings, outcome.state);
      break;
  }
  return view.livePolicyVisible ? report : withoutLive(report);
}

export const LIVE_TEXT_WITHHELD =
  'the live policy is left out of this report: the pull request comes from ' +
  'a fork, and "show-live-policy-to-forks" is false, so nothing of the live ' +
  'policy (edits made outside git included) is shown to its author';

/**
 * The report for readers who may not see the live policy (the author of a fork's pull request,
 * through the comment, the public job summary and the outputs): its text, and so the diff, its
 * ETag, and whether it differs from the file left out. Else a fork could push guesses, one per
 * run, until the headline or `changed` said one was the live text.
 */
function withoutLive(report: Report): Report {
  if (report.liveText === undefined && report.controlEtag === undefined) return report;
  const notices: Finding[] = [...report.notices, { severity: 'notice', message: LIVE_TEXT_WITHHELD }];
  return { ...report, liveText: undefined, controlEtag: undefined, notices };
}
