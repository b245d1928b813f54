// Plain words for the CLI's text output where the offline engine speaks as Tailscale's server
// does, in the words of Go's JSON decoder (the engine keeps them: they are what the API
// answers, and what test/policy/conformance.test.ts holds it to). `--json` keeps them as they are.

import type { AssertionResult, Finding, PolicyReport, TestResult } from '../policy/index.js';

const GO_KINDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'a string',
  number: 'a number',
  bool: 'true or false',
};

function goType(type: string): string {
  if (type.startsWith('[]')) return 'a list';
  if (type === 'string') return 'a string';
  if (type === 'bool') return 'true or false';
  if (/^(u?int|float)\d*$/.test(type)) return 'a number';
  return 'an object';
}

const WHOLE_POLICY = /^json: cannot unmarshal (\w+) into Go value of type Policy$/;
const FIELD = /^json: cannot unmarshal (\w+) into Go (?:struct field Policy\.\S+|value) of type (\S+)$/;

/** A validation error in plain words; `path` is the finding's JSON path, e.g. `acls[0].src`. */
export function plainError(message: string, path: string | undefined): string {
  const whole = WHOLE_POLICY.exec(message);
  if (whole) return `the policy must be a JSON object ({...}), not ${GO_KINDS[whole[1]!] ?? whole[1]}`;
  const field = FIELD.exec(message);
  if (field && path) return `${path} must be ${goType(field[2]!)}, not ${GO_KINDS[field[1]!] ?? field[1]}`;
  return message;
}

const UNKNOWN_ADDRESS = ' at "?"';

/**
 * Offline, an SSH test's device address may be unknown; the server always names one, and the
 * engine writes `?`, which reads as a bug. The quoted names before it escape their own quotes,
 * so the pattern cannot match inside them.
 */
export function plainTestMessage(message: string): string {
  return message.replaceAll(UNKNOWN_ADDRESS, '');
}

const needsPlainWords = (message: string | undefined): boolean =>
  message !== undefined && message.includes(UNKNOWN_ADDRESS);

function plainAssertion(assertion: AssertionResult): AssertionResult {
  return needsPlainWords(assertion.message)
    ? { ...assertion, message: plainTestMessage(assertion.message!) }
    : assertion;
}

// A report holds thousands of tests and few need plainer words: the others are kept as they are.
// Only sshTests' messages name device addresses (displayAddress); a `tests` entry's are read not
// even once here (each read makes them).
function plainTest(test: TestResult): TestResult {
  if (test.outcome === 'pass' || test.kind === 'test') return test;
  const assertions = test.assertions;
  if (!needsPlainWords(test.error) && !assertions.some((a) => needsPlainWords(a.message))) return test;
  const plain: TestResult = { ...test, assertions: assertions.map(plainAssertion) };
  if (test.error !== undefined) plain.error = plainTestMessage(test.error);
  return plain;
}

/** The report with plain messages, for the text output. */
export function plainReport(report: PolicyReport): PolicyReport {
  const error = (finding: Finding): Finding => ({ ...finding, message: plainError(finding.message, finding.path) });
  return { ...report, errors: report.errors.map(error), tests: report.tests.map(plainTest) };
}
