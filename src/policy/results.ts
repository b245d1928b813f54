// Per-test results, shaped so that a table (source, destination, port, wanted, got) can be
// rendered and every failure points at its line in the file.

import type { Position } from '../hujson/index.js';

export type Outcome = 'pass' | 'fail' | 'unknown';

/**
 * Where something starts in the file, worked out only when a renderer asks: a check of ten
 * thousand passing tests prints none, and each position kept would live until the end.
 */
export interface Placed {
  readonly pos: Position;
}

/** One assertion: a destination in `accept`/`deny`, or a login in an sshTest's `accept`/`check`/`deny`. */
export interface AssertionResult {
  /** The list the assertion comes from. */
  kind: 'accept' | 'deny' | 'check';
  /** The assertion as written: `host:port` for tests, the login for sshTests. */
  text: string;
  outcome: Outcome;
  /** Server-format failure text (`[acl test error]: ...` / `[ssh test error]: ...`), or why it is unknown. */
  message?: string;
  /** Where the assertion's string starts in the file. */
  at: Placed;
  /** The destination host (tests) or the sshTest `dst` entry. */
  destination?: string;
  port?: number;
  /** The login name, for sshTests. */
  user?: string;
  wanted: string;
  /** The verdict found when it is known: `Accept`/`Drop`, or `accept`/`check`/`deny` for SSH. */
  got?: string;
}

/** One entry of `tests` or `sshTests`. */
export interface TestResult {
  kind: 'test' | 'sshTest';
  index: number;
  /** Where the entry's object starts. */
  at: Placed;
  /** The source as written (the API's `user` field). */
  src: string;
  /** A problem with the entry itself (bad src, no assertions); its assertions then all fail. */
  error?: string;
  /**
   * A `tests` entry's are made when read, each time (test-ledger.ts): read them once into a local
   * rather than again in a loop.
   */
  assertions: AssertionResult[];
  outcome: Outcome;
}

export function combineOutcomes(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('fail')) return 'fail';
  return outcomes.includes('unknown') ? 'unknown' : 'pass';
}

/**
 * Combines the outcomes of several principals standing for one endpoint: strict (each must
 * pass) or by `consensus` (several devices, or offline group members: the server tests from one,
 * not known which, so disagreement is unknown; endpoints.ts).
 */
export function combinePrincipals(outcomes: readonly Outcome[], consensus: boolean): Outcome {
  if (!consensus) return combineOutcomes(outcomes);
  if (outcomes.every((o) => o === 'pass')) return 'pass';
  return outcomes.every((o) => o === 'fail') ? 'fail' : 'unknown';
}
