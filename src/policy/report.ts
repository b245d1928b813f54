// The engine's report and its renderings in the server's terms.

import type { Finding } from './model.js';
import { TESTS_FAILED, WARNINGS_FOUND } from './messages.js';
import type { AssertionResult, TestResult } from './results.js';

/** Everything checkPolicy found. Tests run only when there are no errors, as on the server. */
export interface PolicyReport {
  /** `topology`: evaluated against a described tailnet; `symbolic`: offline, outcomes may be unknown. */
  mode: 'topology' | 'symbolic';
  /** Validation errors in the order the server checks; the first is the server's message. */
  errors: Finding[];
  warnings: Finding[];
  /**
   * Constructs the engine accepted without knowing how the server treats them (an UNSURE rule,
   * or one the semantics do not cover): never a failure, always named so a reader can check.
   */
  notices: Finding[];
  tests: TestResult[];
  /** Counts every entry of `tests` and `sshTests`; entries not evaluated (cut short) count as unknown. */
  summary: { passed: number; failed: number; unknown: number };
  /** The deadline passed before every test was evaluated: the entries not reached are not in `tests`. */
  cutShort?: boolean;
  /** Why it was cut short: the run's timeout, or more address ranges than the engine holds. */
  cutShortBy?: 'timeout' | 'size';
}

/** One element of the API's `data` list. */
export interface ValidateData {
  user?: string;
  errors?: string[];
  warnings?: string[];
}

/** The body `POST /acl/validate` answers with: `{}` on success. */
export interface ValidateResponse {
  message?: string;
  data?: ValidateData[];
}

/** The server's top-level message: the first validation error, `test(s) failed`, or undefined when all is well. */
export function serverMessage(report: PolicyReport): string | undefined {
  if (report.errors.length > 0) return report.errors[0]!.message;
  return report.tests.some((t) => t.outcome === 'fail') ? TESTS_FAILED : undefined;
}

function entryMessages(
  test: TestResult,
  assertions: readonly AssertionResult[],
  outcome: 'fail' | 'unknown',
): string[] {
  // An entry refused or undecided as a whole says why once, under its own outcome.
  if (test.error !== undefined) return test.outcome === outcome ? [test.error] : [];
  return assertions.filter((a) => a.outcome === outcome && a.message !== undefined).map((a) => a.message!);
}

/**
 * The report as the validate endpoint would answer: failures grouped by `src` in order of first
 * appearance; offline-undecidable assertions become `warnings` (`warning(s) found` when alone).
 */
export function toValidateResponse(report: PolicyReport): ValidateResponse {
  if (report.errors.length > 0) return { message: report.errors[0]!.message };
  const bySrc = new Map<string, ValidateData>();
  for (const test of report.tests) {
    // A test that passed says nothing; the others' assertions are read once (each read makes them).
    if (test.outcome === 'pass') continue;
    const assertions = test.assertions;
    for (const [outcome, field] of [
      ['fail', 'errors'],
      ['unknown', 'warnings'],
    ] as const) {
      const messages = entryMessages(test, assertions, outcome);
      if (messages.length === 0) continue;
      const entry = bySrc.get(test.src) ?? (test.src === '' ? {} : { user: test.src });
      const list = (entry[field] ??= []);
      for (const message of messages) list.push(message);
      bySrc.set(test.src, entry);
    }
  }
  if (bySrc.size === 0) return {};
  const data = [...bySrc.values()];
  return { message: data.some((d) => d.errors !== undefined) ? TESTS_FAILED : WARNINGS_FOUND, data };
}
