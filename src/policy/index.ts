// The offline policy engine: validate a Tailscale policy file and evaluate its tests and
// sshTests, against a described tailnet or symbolically. Semantics: docs/policy-semantics.md.

import type { HujsonDocument } from '../hujson/index.js';
import { compileNetworkRules, compileSshRules } from './compile.js';
import { Deadline } from './deadline.js';
import { decodePolicy } from './decode/policy.js';
import { Reader } from './decode/reader.js';
import type { EvalEnv } from './endpoints.js';
import { matchEnvOf } from './match.js';
import { userNotFoundWarning } from './messages.js';
import type { Policy } from './model.js';
import { NetworkIndex } from './network-index.js';
import { NetworkTestRunner } from './network-tests.js';
import type { PolicyReport } from './report.js';
import type { TestResult } from './results.js';
import { evaluateSshTest } from './ssh-tests.js';
import { buildTailnet, type Tailnet } from './tailnet.js';
import type { Topology } from './topology.js';
import { quoteKey } from './quote.js';
import { normalizeLogin } from './unsure.js';
import { Findings } from './validate/findings.js';
import { validatePolicy } from './validate/index.js';

export type { Finding } from './model.js';
export type { PolicyReport, ValidateData, ValidateResponse } from './report.js';
export { serverMessage, toValidateResponse } from './report.js';
export type { JsonPosition, JsonReport } from './render.js';
export { reportJson, reportLines } from './render.js';
export type { AssertionResult, Outcome, TestResult } from './results.js';
export type { Topology, TopologyNode, TopologyUser } from './topology.js';
export { topologyFromApi, TopologyError } from './topology.js';
export { parseTopology } from './topology-file.js';

/** Options for checkPolicy. */
export interface CheckOptions {
  /** The tailnet to evaluate against; without it tests are evaluated symbolically. */
  topology?: Topology;
  /** Top-level keys to accept besides the known ones (for fields Tailscale adds later). */
  extraKeys?: readonly string[];
  /**
   * When to stop validating and evaluating tests, in milliseconds since the epoch as `now` counts
   * (the run's timeout): the report then says it was cut short, and tests not evaluated count as
   * unknown. Validation cut short reports no error: what it did not finish proves no refusal.
   */
  deadline?: number;
  /** The clock `deadline` is read against; Date.now by default. */
  now?: () => number;
  /** Address ranges the engine may materialise before it stops as if cut short (for tests). */
  rangeLimit?: number;
}

/** Validates a parsed policy and, when it is valid, runs its `tests` and `sshTests`. */
export function checkPolicy(root: HujsonDocument, options: CheckOptions = {}): PolicyReport {
  const mode = options.topology === undefined ? 'symbolic' : 'topology';
  const report: PolicyReport = {
    mode,
    errors: [],
    warnings: [],
    notices: [],
    tests: [],
    summary: { passed: 0, failed: 0, unknown: 0 },
  };
  const reader = new Reader();
  const policy = decodePolicy(root, reader, options.extraKeys);
  if (reader.errors.length > 0) {
    report.errors = reader.errors;
    return report;
  }
  const tailnet = options.topology === undefined ? undefined : buildTailnet(options.topology);
  const domains = tailnet?.domains;
  const deadline = new Deadline(options.deadline, options.now, options.rangeLimit);
  const { context, findings, cutShort } = validatePolicy(policy, domains === undefined ? {} : { domains }, deadline);
  if (tailnet !== undefined && !cutShort) warnUnknownMembers(policy, tailnet, findings);
  report.errors = cutShort ? [] : findings.errors;
  report.warnings = findings.warnings;
  report.notices = [...reader.notices, ...findings.notices];
  if (report.errors.length > 0) return report;
  const env: EvalEnv = { context, match: matchEnvOf(policy, tailnet), resolved: new Map(), deadline };
  if (tailnet !== undefined) env.tailnet = tailnet;
  report.tests = cutShort ? [] : runTests(policy, env, deadline);
  // forEach here and an indexed loop in runTests: each runs once per test, mostly before V8
  // optimises it, where each step of a for-of makes an iterator result.
  report.tests.forEach(({ outcome }) => {
    report.summary[outcome === 'pass' ? 'passed' : outcome === 'fail' ? 'failed' : 'unknown']++;
  });
  if (deadline.cutShort) {
    report.cutShort = true;
    report.cutShortBy = deadline.reason ?? 'timeout';
    report.summary.unknown += policy.tests.length + policy.sshTests.length - report.tests.length;
  }
  return report;
}

/** Runs tests, then sshTests, until the deadline passes; tests not reached are left out. */
function runTests(policy: Policy, env: EvalEnv, deadline: Deadline): TestResult[] {
  const results: TestResult[] = [];
  if (policy.tests.length > 0 && !deadline.passed(true)) {
    const rules = compileNetworkRules(policy, env.context, deadline);
    // The rules without grants that have `via`, asked when only those may accept (network-tests.ts).
    const viaFree = rules.some((rule) => rule.via !== undefined)
      ? new NetworkIndex(
          rules.filter((rule) => rule.via === undefined),
          env.match,
          deadline,
        )
      : undefined;
    const runner = new NetworkTestRunner(env, new NetworkIndex(rules, env.match, deadline), viaFree);
    for (let i = 0; i < policy.tests.length; i++) {
      if (deadline.passed(true)) return results;
      results.push(runner.evaluate(policy.tests[i]!));
    }
  }
  if (policy.sshTests.length > 0 && !deadline.passed(true)) {
    const rules = compileSshRules(policy.ssh, env.context, { defaultUnsure: true, deadline });
    for (const test of policy.sshTests) {
      if (deadline.passed(true)) return results;
      results.push(evaluateSshTest(test, rules, env));
    }
  }
  return results;
}

function warnUnknownMembers(policy: Policy, tailnet: Tailnet, findings: Findings): void {
  for (const group of policy.groups) {
    group.items.forEach((member, i) => {
      const login = member.text.trim();
      if (login.includes('@') && !login.startsWith('group:') && !tailnet.knownLogins.has(normalizeLogin(login))) {
        findings.warning(
          userNotFoundWarning(group.name.text, login),
          member,
          `groups[${quoteKey(group.name.text)}][${i}]`,
        );
      }
    });
  }
}
