// Evaluation of `tests` entries (docs/policy-semantics.md §5.2–5.4).

import { resolveDestinationHost, resolveSource, type EvalEnv, type Endpoint } from './endpoints.js';
import * as msg from './messages.js';
import type { NetworkTest, Text } from './model.js';
import { pairFamily, PostureCache, type NetworkIndex } from './network-index.js';
import { parseProtocol, protocolName, splitDestination } from './ports.js';
import { combinePrincipals, decided, type AssertionResult, type Outcome, type TestResult } from './results.js';
import { DEFAULT_TEST_PROTOCOLS, PREFERRED_FAMILY, TEST_REASONS } from './unsure.js';

const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';

interface TestSetup {
  src: Extract<Endpoint, { ok: true }>;
  protocols: readonly number[];
  protocolLabel?: string;
  posture: PostureCache;
}

function failAll(test: NetworkTest, src: string, error: string): TestResult {
  const assertions: AssertionResult[] = [];
  for (const t of test.accept)
    assertions.push({
      kind: 'accept',
      text: t.text,
      outcome: 'fail',
      message: error,
      position: t.pos,
      wanted: 'Accept',
    });
  for (const t of test.deny)
    assertions.push({ kind: 'deny', text: t.text, outcome: 'fail', message: error, position: t.pos, wanted: 'Drop' });
  return { kind: 'test', index: test.index, position: test.pos, src, error, outcome: 'fail', assertions };
}

function setup(test: NetworkTest, env: EvalEnv): TestSetup | string {
  if (test.accept.length === 0 && test.deny.length === 0) return msg.aclTestError(TEST_REASONS.noAssertions);
  let protocols = DEFAULT_TEST_PROTOCOLS;
  let protocolLabel: string | undefined;
  if (test.proto !== undefined) {
    const parsed = parseProtocol(test.proto.text);
    if (!parsed.ok) return msg.aclTestError(TEST_REASONS.invalidProto(test.proto.text));
    protocols = [parsed.value];
    // ` (protocol "tcp")` appears only when the test names a protocol (UNSURE, docs/policy-semantics.md §5.4).
    protocolLabel = protocolName(parsed.value);
  }
  const src = resolveSource(test.src?.text ?? '', env);
  if (!src.ok) return msg.aclTestError(src.reason);
  return { src, protocols, protocolLabel, posture: new PostureCache(test.srcPostureAttrs) };
}

export function evaluateNetworkTest(test: NetworkTest, env: EvalEnv, index: NetworkIndex): TestResult {
  const src = test.src?.text ?? '';
  const prepared = setup(test, env);
  if (typeof prepared === 'string') return failAll(test, src, prepared);
  const assertions: AssertionResult[] = [];
  let outcome: Outcome = 'pass';
  for (const kind of ['accept', 'deny'] as const) {
    for (const dst of kind === 'accept' ? test.accept : test.deny) {
      // Assertions left when the deadline passes are not evaluated: the test is then undecided.
      if (env.deadline?.passed())
        return {
          kind: 'test',
          index: test.index,
          position: test.pos,
          src,
          assertions,
          outcome: worse(outcome, 'unknown'),
        };
      const assertion = evaluateAssertion(kind, dst, prepared, env, index);
      outcome = worse(outcome, assertion.outcome);
      assertions.push(assertion);
    }
  }
  return { kind: 'test', index: test.index, position: test.pos, src, assertions, outcome };
}

/** fail over unknown over pass, as combineOutcomes orders them. */
function worse(a: Outcome, b: Outcome): Outcome {
  return a === 'fail' || b === 'fail' ? 'fail' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'pass';
}

function parseTarget(text: string): { host: string; port: number } | string {
  const split = splitDestination(text);
  if (!split.ok) return TEST_REASONS.dstNeedsPort;
  if (!/^[0-9]+$/.test(split.value.ports) || Number(split.value.ports) > 65535)
    return TEST_REASONS.dstSinglePort(split.value.ports);
  return { host: split.value.host, port: Number(split.value.ports) };
}

function evaluateAssertion(
  kind: 'accept' | 'deny',
  dst: Text,
  test: TestSetup,
  env: EvalEnv,
  index: NetworkIndex,
): AssertionResult {
  const { text, pos: position } = dst;
  const wanted = kind === 'accept' ? 'Accept' : 'Drop';
  const target = parseTarget(text);
  if (typeof target === 'string')
    return { kind, text, position, wanted, outcome: 'fail', message: msg.aclTestError(target, text) };
  const { host: destination, port } = target;
  const dstEndpoint = resolveDestinationHost(destination, env);
  const outcome = dstEndpoint.ok ? pairOutcome(kind, test, dstEndpoint, port, index) : undefined;
  // Each result is one object literal, with its keys in the order the JSON report prints them.
  if (outcome === undefined) {
    const reason = dstEndpoint.ok ? TEST_REASONS.noSameFamily : dstEndpoint.reason;
    return {
      kind,
      text,
      position,
      wanted,
      destination,
      port,
      outcome: 'fail',
      message: msg.aclTestError(reason, text),
    };
  }
  if (outcome === 'pass') return { kind, text, position, wanted, destination, port, outcome, got: wanted };
  if (outcome === 'unknown')
    return { kind, text, position, wanted, destination, port, outcome, message: msg.aclTestError(UNKNOWN_NOTE, text) };
  const got = kind === 'accept' ? 'Drop' : 'Accept';
  return {
    kind,
    text,
    position,
    wanted,
    destination,
    port,
    outcome,
    got,
    message: msg.aclTestVerdict(text, test.protocolLabel, wanted, got),
  };
}

/** The outcome over every source and destination principal; undefined when a pair shares no address family. */
function pairOutcome(
  kind: 'accept' | 'deny',
  test: TestSetup,
  dst: Extract<Endpoint, { ok: true }>,
  port: number,
  index: NetworkIndex,
): Outcome | undefined {
  const consensus = test.src.consensus || dst.consensus;
  const outcomes: Outcome[] = [];
  for (const s of test.src.principals) {
    for (const d of dst.principals) {
      const family = pairFamily(s, d, PREFERRED_FAMILY);
      if (family === undefined) return undefined;
      const accepted = index.verdict(s, d, family, test.protocols, port, test.posture);
      outcomes.push(
        accepted === 'unknown' ? 'unknown' : (accepted === 'yes') === (kind === 'accept') ? 'pass' : 'fail',
      );
      if (decided(outcomes, consensus)) return combinePrincipals(outcomes, consensus);
    }
  }
  return combinePrincipals(outcomes, consensus);
}
