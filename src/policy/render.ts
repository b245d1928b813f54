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

function testLines(file: string, test: TestResult, outcome: Exclude<Outcome, 'pass'>): string[] {
  const label = outcome === 'fail' ? 'test failed' : 'undecided offline';
  const subject = `${label} for ${quoted(test.src)}`;
  if (outcome === 'fail' && test.error !== undefined) return [`${at(file, test.position)}: ${subject}: ${test.error}`];
  return test.assertions
    .filter((a) => a.outcome === outcome)
    .map((a) => `${at(file, a.position)}: ${subject}: ${a.message ?? ''}`);
}

function summaryLine(file: string, report: PolicyReport): string {
  if (report.errors.length > 0) return `${file}: invalid: ${report.errors.length} error(s)`;
  const { passed, failed, unknown } = report.summary;
  const mode = report.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
  return `${file}: ${report.tests.length} test(s): ${passed} passed, ${failed} failed, ${unknown} undecided (${mode})`;
}

/** Human-readable lines: errors, warnings, notices, failing and undecided assertions, then a summary. */
export function reportLines(report: PolicyReport, file: string): string[] {
  return [
    ...report.errors.map((e) => `${at(file, e.position)}: ${e.message}`),
    ...report.warnings.map((w) => `${at(file, w.position)}: warning: ${w.message}`),
    ...report.notices.map((n) => `${at(file, n.position)}: notice: ${n.message}`),
    ...report.tests.flatMap((t) => testLines(file, t, 'fail')),
    ...report.tests.flatMap((t) => testLines(file, t, 'unknown')),
    summaryLine(file, report),
  ];
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
  const { position: p, ...rest } = a;
  return { ...rest, position: position(p) };
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
    tests: report.tests.map((t) => ({
      ...t,
      position: position(t.position),
      assertions: t.assertions.map(assertionJson),
    })),
    summary: report.summary,
    response: toValidateResponse(report),
  };
  if (message !== undefined) json.message = message;
  if (report.notices.length > 0) json.notices = report.notices.map(findingJson);
  return json;
}
