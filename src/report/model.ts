// The outcome of one run, whatever the mode, in one shape: every reporter (annotations, job
// summary, outputs, pull-request comment, drift issue, CLI) renders this and nothing else.

import type { Mode } from '../config/settings.js';
import type { AccessPlan } from '../plan/index.js';

export type Result = 'no-change' | 'passed' | 'failed' | 'applied';
export type DriftState = 'in-sync' | 'behind' | 'drifted';

/** A place in the policy file. Lines and columns count from 1; columns count bytes, as Go does. */
export interface FileLocation {
  line: number;
  column: number;
}

export interface Finding {
  severity: 'error' | 'warning' | 'notice';
  message: string;
  location?: FileLocation;
}

/** One failing assertion of the policy's `tests` or `sshTests`. */
export interface TestFailure {
  /** The test's `src`. */
  source: string;
  /** The destination as written in the test, e.g. `tag:web:443`, when the message names one. */
  destination?: string;
  wanted?: string;
  got?: string;
  /** The full message, in the server's words. */
  message: string;
  /** The assertion's own place in the file (its destination string), else its test entry. */
  location?: FileLocation;
  /** The `tests` or `sshTests` entry the assertion belongs to. */
  entry?: FileLocation;
}

/** Which known version the live policy is. */
export type LiveOrigin =
  | { kind: 'local' }
  | { kind: 'cache' }
  /** Tailscale's untouched default policy of a new tailnet (If-Match "ts-default" held). */
  | { kind: 'default' }
  | { kind: 'commit'; commit: string; subject: string; behind: number }
  /**
   * No version known: `limitation` says why the history may be incomplete; `compared` is set
   * when the file has as many versions as were compared (the last ones), so it may have more.
   */
  | { kind: 'unknown'; limitation?: string; compared?: number };

export interface Report {
  mode: Mode;
  result: Result;
  tailnet: string;
  policyFile: string;
  localText?: string;
  localEtag?: string;
  liveText?: string;
  controlEtag?: string;
  origin?: LiveOrigin;
  /** The live policy was edited outside git (it matches no known version). */
  manualEdit: boolean;
  applied: boolean;
  /** apply left the live policy alone because of that edit (on-manual-edit "fail"). */
  refusedOverEdit?: boolean;
  /** Syntax and validation errors: the policy itself is wrong. */
  errors: Finding[];
  testFailures: TestFailure[];
  warnings: Finding[];
  notices: Finding[];
  /** Set when the API checks did not run, with the reason in plain words. */
  offlineReason?: string;
  /**
   * Without the API, the test assertions the offline engine could not decide: the verdict then
   * rests on the others, which a reader of a "passed" headline should know.
   */
  undecidedOffline?: number;
  /**
   * The run could have had credentials (GitHub withheld no secrets): an unset or misnamed secret
   * is the likely cause, worth a warning where a fork's pull request gets a notice.
   */
  credentialsMissing?: boolean;
  drift?: DriftState;
  /** What the change does to who can reach what, and what it was computed against. */
  plan?: PlanSection;
  /** Why no access plan could be computed, when one was wanted. */
  planNote?: string;
}

export interface PlanSection {
  plan: AccessPlan;
  /** In words: "against the live policy", "against the base branch's version". */
  against: string;
}

/** Whether the live policy differs from the file, by the ETags: not said where the live ETag is left out. */
export function differsFromLive(report: Report): boolean {
  return report.localEtag !== undefined && report.controlEtag !== undefined && report.localEtag !== report.controlEtag;
}

export function emptyReport(mode: Mode, tailnet: string, policyFile: string): Report {
  return {
    mode,
    result: 'passed',
    tailnet,
    policyFile,
    manualEdit: false,
    applied: false,
    errors: [],
    testFailures: [],
    warnings: [],
    notices: [],
  };
}
