// The access plan of a run: which two versions of the policy it compares, by mode. The plan
// itself is computed by src/plan/; this only picks its two sides and says what they are.

import type { Facts, Outcome } from '../modes/outcome.js';
import {
  computeAccessPlan,
  PlanCutShortError,
  PlanInputError,
  type PlanOptions,
  type PlanSource,
} from '../plan/index.js';
import type { PlanSection } from './model.js';

/** What the report may show: a fork's author must not learn the live policy, even through the plan. */
export interface ReportView {
  livePolicyVisible: boolean;
  /**
   * GitHub gives the run no secrets: a fork's `pull_request` (`pull_request_target` runs get
   * them). The offline reason says so, or else that the credentials are missing.
   */
  secretsWithheld?: boolean;
  /** The run's deadline (milliseconds, as `now` counts): the plan stops there, with a note. */
  deadline?: number;
  now?: () => number;
  /**
   * Which commit's version the plan compares with when the live policy is not shown: the
   * base branch of a pull request or merge queue group (the action, the default), or the CLI's --base
   * (HEAD unless told).
   */
  baseline?: string;
  /**
   * Why the run has no version to compare with when the live policy is not shown: an event with
   * no base commit (a push, a schedule), whose checkout's newest version is the file itself.
   */
  noBaseline?: string;
}

interface Sides {
  before: PlanSource;
  after: PlanSource;
  against: string;
  /**
   * Whether tests that lock the changes in are proposed: not when the new side is the live
   * policy (drift), whose edit the repository's file may be meant to undo.
   */
  proposes?: false;
}

/**
 * The repository's file as a side. When the offline engine checked it (and found no error, or no
 * plan is made at all), the plan does not validate it a second time.
 */
function localSide(local: NonNullable<Facts['local']>, facts: Facts): PlanSource {
  return { name: local.file, root: local.root, validated: facts.engine !== undefined };
}

function testSides(facts: Facts, view: ReportView): Sides | string {
  const { local, live, baseline } = facts;
  if (local === undefined) return 'the policy file could not be read';
  const after = localSide(local, facts);
  if (live !== undefined && view.livePolicyVisible)
    return { before: { name: 'live policy', source: live.text }, after, against: 'against the live policy' };
  if (view.noBaseline !== undefined) return view.noBaseline;
  const words = view.baseline ?? 'the base branch';
  if (baseline === undefined) return `${words} has no earlier version of the file to compare with`;
  if ('unseen' in baseline)
    return `${words} has no earlier version of the file that this run can see (${baseline.unseen})`;
  const against = `against ${words}'s version (commit ${baseline.commit.slice(0, 12)})`;
  return { before: { name: view.baseline ?? 'base branch', source: baseline.bytes }, after, against };
}

/** The two sides each outcome compares, or why there are none (undefined: no plan is wanted). */
function sidesOf(outcome: Outcome, view: ReportView): Sides | string | undefined {
  const { local, live } = outcome.facts;
  switch (outcome.kind) {
    case 'offline':
    case 'validated':
      return testSides(outcome.facts, view);
    case 'applied':
      if (local === undefined || live === undefined) return undefined;
      return {
        before: { name: 'replaced live policy', source: live.text },
        after: localSide(local, outcome.facts),
        against: 'against the live policy it replaced',
      };
    case 'drift':
      // What the live policy grants that the repository's file does not, and the other way round.
      if (outcome.state === 'in-sync' || local === undefined || live === undefined) return undefined;
      return {
        before: localSide(local, outcome.facts),
        after: { name: 'live policy', source: live.text },
        against: "against the repository's version, with the live policy as the new side",
        proposes: false,
      };
    case 'invalid-file':
    case 'unchanged':
    case 'rejected':
    case 'refused':
    case 'conflict':
    case 'stopped':
      return undefined;
  }
}

/** The plan for the report, or a note saying why there is none; both undefined when none is wanted. */
export function accessPlan(outcome: Outcome, view: ReportView): { plan?: PlanSection; note?: string } {
  const engine = outcome.facts.engine;
  if (engine?.cutShort === true)
    return { note: 'the access plan was skipped: the offline check was cut short by the timeout' };
  // The errors section already says why the policy is invalid.
  if (engine !== undefined && engine.errors.length > 0)
    return { note: 'no access plan: the proposed policy has errors' };
  const sides = sidesOf(outcome, view);
  if (sides === undefined) return {};
  if (typeof sides === 'string') return { note: `no access plan: ${sides}` };
  const options: PlanOptions = sides.proposes === false ? { propose: false } : {};
  if (view.deadline !== undefined) options.deadline = view.deadline;
  if (view.now !== undefined) options.now = view.now;
  try {
    return { plan: { plan: computeAccessPlan(sides.before, sides.after, options), against: sides.against } };
  } catch (error) {
    if (error instanceof PlanCutShortError) return { note: cutShortNote(error) };
    if (!(error instanceof PlanInputError)) throw error;
    return { note: `no access plan: ${error.message}` };
  }
}

function cutShortNote(error: PlanCutShortError): string {
  switch (error.reason) {
    case 'timeout':
      return error.message;
    case 'size':
      return `no access plan: ${error.message}, past the plan's size limit`;
  }
}
