// Evaluation of `tests` entries (spec §5.2–5.4).

import { resolveDestinationHost, resolveSource, type EvalEnv, type Endpoint } from './endpoints.js';
import * as msg from './messages.js';
import type { NetworkTest, Text } from './model.js';
import { pairFamily, PostureCache, type NetworkIndex } from './network-index.js';
import { parseProtocol, protocolName, splitDestination } from './ports.js';
import { combineOutcomes, combinePrincipals, decided, type AssertionResult, type Outcome, type TestResult } from './results.js';
import { DEFAULT_TEST_PROTOCOLS, PREFERRED_FAMILY, PROTOCOL_IN_MESSAGE_ONLY_WHEN_SET, TEST_REASONS } from './unsure.js';

const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';

interface TestSetup {
  src: Extract<Endpoint, { ok: true }>;
  protocols: readonly number[];
  protocolLabel?: string;
  posture: PostureCache;
}

function failAll(test: NetworkTest, src: string, error: string): TestResult {
  const assertion = (kind: 'accept' | 'deny') => (t: Text): AssertionResult => ({
    kind, text: t.text, outcome: 'fail', message: error, position: t.pos, wanted: kind === 'accept' ? 'Accept' : 'Drop',
  });
  return {
    kind: 'test', index: test.index, position: test.pos, src, error, outcome: 'fail',
    assertions: [...test.accept.map(assertion('accept')), ...test.deny.map(assertion('deny'))],
  };
}

function setup(test: NetworkTest, env: EvalEnv): TestSetup | string {
  if (test.accept.length === 0 && test.deny.length === 0) return msg.aclTestError(TEST_REASONS.noAssertions);
  let protocols = DEFAULT_TEST_PROTOCOLS;
  let protocolLabel: string | undefined;
  if (test.proto !== undefined) {
    const parsed = parseProtocol(test.proto.text);
    if (!parsed.ok) return msg.aclTestError(TEST_REASONS.invalidProto(test.proto.text));
    protocols = [parsed.value];
    protocolLabel = protocolName(parsed.value);
  }
  const src = resolveSource(test.src?.text ?? '', env);
  if (!src.ok) return msg.aclTestError(src.reason);
  if (!PROTOCOL_IN_MESSAGE_ONLY_WHEN_SET) protocolLabel ??= protocols.map(protocolName).join('/');
  return { src, protocols, protocolLabel, posture: new PostureCache(test.srcPostureAttrs) };
}

export function evaluateNetworkTest(test: NetworkTest, env: EvalEnv, index: NetworkIndex): TestResult {
  const src = test.src?.text ?? '';
  const prepared = setup(test, env);
  if (typeof prepared === 'string') return failAll(test, src, prepared);
  const assertions = [
    ...test.accept.map((d) => evaluateAssertion('accept', d, prepared, env, index)),
    ...test.deny.map((d) => evaluateAssertion('deny', d, prepared, env, index)),
  ];
  return { kind: 'test', index: test.index, position: test.pos, src, assertions, outcome: combineOutcomes(assertions.map((a) => a.outcome)) };
}

function parseTarget(text: string): { host: string; port: number } | string {
  const split = splitDestination(text);
  if (!split.ok) return TEST_REASONS.dstNeedsPort;
  if (!/^[0-9]+$/.test(split.value.ports) || Number(split.value.ports) > 65535) return TEST_REASONS.dstSinglePort(split.value.ports);
  return { host: split.value.host, port: Number(split.value.ports) };
}

function evaluateAssertion(kind: 'accept' | 'deny', dst: Text, test: TestSetup, env: EvalEnv, index: NetworkIndex): AssertionResult {
  const wanted = kind === 'accept' ? 'Accept' : 'Drop';
  const base = { kind, text: dst.text, position: dst.pos, wanted };
  const target = parseTarget(dst.text);
  if (typeof target === 'string') return { ...base, outcome: 'fail', message: msg.aclTestError(target, dst.text) };
  const located = { ...base, destination: target.host, port: target.port };
  const dstEndpoint = resolveDestinationHost(target.host, env);
  if (!dstEndpoint.ok) return { ...located, outcome: 'fail', message: msg.aclTestError(dstEndpoint.reason, dst.text) };
  const consensus = test.src.consensus || dstEndpoint.consensus;
  const outcomes: Outcome[] = [];
  pairs: for (const s of test.src.principals) {
    for (const d of dstEndpoint.principals) {
      const family = pairFamily(s, d, PREFERRED_FAMILY);
      if (family === undefined) return { ...located, outcome: 'fail', message: msg.aclTestError(TEST_REASONS.noSameFamily, dst.text) };
      const accepted = index.verdict(s, d, family, test.protocols, target.port, test.posture);
      outcomes.push(accepted === 'unknown' ? 'unknown' : (accepted === 'yes') === (kind === 'accept') ? 'pass' : 'fail');
      if (decided(outcomes, consensus)) break pairs;
    }
  }
  const outcome = combinePrincipals(outcomes, consensus);
  if (outcome === 'pass') return { ...located, outcome, got: wanted };
  if (outcome === 'unknown') return { ...located, outcome, message: msg.aclTestError(UNKNOWN_NOTE, dst.text) };
  const got = kind === 'accept' ? 'Drop' : 'Accept';
  return { ...located, outcome, got, message: msg.aclTestVerdict(dst.text, test.protocolLabel, wanted, got) };
}
