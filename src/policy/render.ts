// Text and JSON renderings of a PolicyReport: `FILE:LINE:COL: message` lines for terminals and
// CI logs, and a JSON document for tools.

import type { Position } from '../hujson/index.js';
import type { Finding } from './model.js';
import { serverMessage, toValidateResponse, type PolicyReport, type ValidateResponse } from './report.js';
import type { AssertionResult, Outcome, TestResult } from './results.js';

function at(file: string, position: Position | undefined): string {
  return position === undefined ? file : `${file}:${position.line}:${position.column}`;
}

function quoted(src: string): string {
  return JSON.stringify(src);
}

/** Where rendered lines go: an array, or a writer that prints them in batches as they come. */
export interface LineSink {
  push(line: string): void;
}

/**
 * Appends the lines of one test's failing or undecided assertions to `out`, at most `room` of
 * them; returns how many it listed.
 */
function testLines(
  out: LineSink,
  file: string,
  test: TestResult,
  outcome: Exclude<Outcome, 'pass'>,
  room = Infinity,
): number {
  const label = outcome === 'fail' ? 'test failed' : 'undecided offline';
  if (outcome === 'fail' && test.error !== undefined) {
    out.push(`${at(file, test.at.pos)}: ${label} for ${quoted(test.src)}: ${test.error}`);
    return 1;
  }
  let subject: string | undefined;
  let listed = 0;
  for (const a of test.assertions) {
    if (a.outcome !== outcome) continue;
    if (listed === room) break;
    subject ??= `${label} for ${quoted(test.src)}`;
    out.push(`${at(file, a.at.pos)}: ${subject}: ${a.message ?? ''}`);
    listed++;
  }
  return listed;
}

function unknownCount(test: TestResult): number {
  return test.assertions.filter((a) => a.outcome === 'unknown').length;
}

function summaryLine(file: string, report: PolicyReport): string {
  if (report.errors.length > 0) return `${file}: invalid: ${report.errors.length} error(s)`;
  const { passed, failed, unknown } = report.summary;
  const mode = report.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
  // Cut short, tests not reached count as undecided, and as tests.
  const total = passed + failed + unknown;
  const line = `${file}: ${total} test(s): ${passed} passed, ${failed} failed, ${unknown} undecided (${mode})`;
  if (report.cutShort !== true) return line;
  const by = report.cutShortBy === 'size' ? "the engine's size limit" : 'the timeout';
  return `${line}; cut short by ${by}, so what was not reached is undecided`;
}

/** How many notices and undecided assertions the text lists, and what it says of the rest. */
export interface ListLimit {
  shown: number;
  /** The line for the `count` notices not listed. */
  notices: (count: number) => string;
  /** The line for the `count` tests (undecided, or failed) whose undecided assertions are not all listed. */
  undecided: (count: number) => string;
}

/**
 * Human-readable lines, into `out`: errors, warnings, notices, failing and undecided assertions,
 * then a summary. Errors, warnings and failures are all listed; notices and undecided assertions
 * up to `limit` each when one is given.
 */
export function reportLines(report: PolicyReport, file: string, out: LineSink, limit?: ListLimit): void {
  for (const e of report.errors) out.push(`${at(file, e.position)}: ${e.message}`);
  for (const w of report.warnings) out.push(`${at(file, w.position)}: warning: ${w.message}`);
  const { notices } = report;
  const room = limit?.shown ?? Infinity;
  for (let i = 0; i < notices.length && i < room; i++)
    out.push(`${at(file, notices[i]!.position)}: notice: ${notices[i]!.message}`);
  if (notices.length > room) out.push(`${file}: ${limit!.notices(notices.length - room)}`);
  const tests = report.tests;
  // Indexed: these run once per test of thousands, mostly before V8 optimises them.
  for (let i = 0; i < tests.length; i++) if (tests[i]!.outcome === 'fail') testLines(out, file, tests[i]!, 'fail');
  let listed = 0;
  // Past the limit, tests with undecided assertions are counted: an undecided test surely has
  // one, and only a failed test's (few) need reading to know.
  let left = 0;
  for (let t = 0; t < tests.length; t++) {
    const test = tests[t]!;
    if (test.outcome === 'pass') continue;
    if (listed < room) {
      const now = testLines(out, file, test, 'unknown', room - listed);
      listed += now;
      // Cut at the limit, the test is counted with those whose undecided assertions are not listed.
      if (listed === room && unknownCount(test) > now) left++;
    } else if (test.outcome === 'unknown' || unknownCount(test) > 0) left++;
  }
  if (left > 0) out.push(`${file}: ${limit!.undecided(left)}`);
  out.push(summaryLine(file, report));
}

export interface JsonPosition {
  line: number;
  column: number;
}

const position = (p: Position | undefined): JsonPosition | undefined =>
  p === undefined ? undefined : { line: p.line, column: p.column };

function findingJson(finding: Finding): Record<string, unknown> {
  return {
    message: finding.message,
    ...(finding.position && { position: position(finding.position) }),
    ...(finding.path && { path: finding.path }),
  };
}

function assertionJson(a: AssertionResult): Record<string, unknown> {
  const { at, ...rest } = a;
  return { ...rest, position: position(at.pos) };
}

/**
 * A test's fields, `at` as its position. The orders are the ones the report has always printed:
 * a test that fails as a whole (bad `src`, no assertions) has its `error` before the rest, and a
 * `tests` entry then its outcome before its assertions.
 */
function testJson(t: TestResult): Record<string, unknown> {
  const json: Record<string, unknown> = { kind: t.kind, index: t.index, position: position(t.at.pos), src: t.src };
  const assertions = (): Record<string, unknown>[] => t.assertions.map(assertionJson);
  if (t.error === undefined) Object.assign(json, { assertions: assertions(), outcome: t.outcome });
  else if (t.kind === 'test') Object.assign(json, { error: t.error, outcome: t.outcome, assertions: assertions() });
  else Object.assign(json, { error: t.error, assertions: assertions(), outcome: t.outcome });
  return json;
}

/** The JSON report: verdict, findings, every test with positions, and the validate-style response. */
export interface JsonReport {
  file: string;
  mode: PolicyReport['mode'];
  ok: boolean;
  message?: string;
  errors: Record<string, unknown>[];
  warnings: Record<string, unknown>[];
  /** Present when the engine accepted constructs it could not confirm (report.ts `notices`). */
  notices?: Record<string, unknown>[];
  tests: Record<string, unknown>[];
  summary: PolicyReport['summary'];
  response: ValidateResponse;
}

export function reportJson(report: PolicyReport, file: string): JsonReport {
  const message = serverMessage(report);
  const json: JsonReport = {
    file,
    mode: report.mode,
    ok: message === undefined,
    errors: report.errors.map(findingJson),
    warnings: report.warnings.map(findingJson),
    tests: report.tests.map(testJson),
    summary: report.summary,
    response: toValidateResponse(report),
  };
  if (message !== undefined) json.message = message;
  if (report.notices.length > 0) json.notices = report.notices.map(findingJson);
  return json;
}
