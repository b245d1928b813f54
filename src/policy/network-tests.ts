// Evaluation of `tests` entries (docs/policy-semantics.md §5.2–5.4). Tests repeat the same
// sources, destinations and conditions: each distinct destination text is parsed and resolved
// once, and each distinct question (source, destination, accept or deny, protocol, posture
// attributes) is answered once, so the work grows with the distinct questions, not the tests.

import type { Deadline } from './deadline.js';
import { resolveSource, type EvalEnv, type Endpoint } from './endpoints.js';
import * as msg from './messages.js';
import type { NetworkTest, PostureValue } from './model.js';
import type { NetworkIndex } from './network-index.js';
import { postureKey, PostureCache } from './posture-cache.js';
import { parseProtocol, protocolName } from './ports.js';
import type { Family } from './ip.js';
import { pairFamily, type Principal } from './principal.js';
import type { AssertionResult, Outcome, TestResult } from './results.js';
import {
  CODE_OUTCOMES,
  FAIL,
  INVALID,
  PASS,
  REMEMBERED_DESTINATIONS,
  SPLIT,
  TestLedger,
  UNKNOWN,
  UNPAIRED,
  type Code,
  type Destination,
} from './test-ledger.js';
import type { Tri } from './tri.js';
import { DEFAULT_TEST_PROTOCOLS, PREFERRED_FAMILY, TEST_REASONS } from './unsure.js';

type Resolved = Extract<Endpoint, { ok: true }>;

/** A test's source, resolved once per text, numbered for the answers' keys. */
interface Source<E extends Endpoint = Endpoint> {
  endpoint: E;
  id: number;
}

interface Indexes {
  all: NetworkIndex;
  viaFree?: NetworkIndex;
}
type Kind = 'accept' | 'deny';

/** What a test asks besides its endpoints: protocols and posture attributes, with its answers so far. */
interface Conditions {
  protocols: readonly number[];
  protocolLabel?: string;
  posture: PostureCache;
  /**
   * Outcomes by source and destination, keyed by their numbers in one map (one map per source
   * would cost a map per distinct source); null when the pair shares no address family.
   */
  answers: Record<Kind, Map<number, PairOutcome | null>>;
}

/** Runs the `tests` entries of one policy against one index, sharing what tests repeat. */
export class NetworkTestRunner {
  private readonly sources = new Map<string, Source>();
  private readonly conditions = new Map<string, Conditions>();
  /** What the results are made from when a report reads them. */
  private readonly ledger: TestLedger;

  /** The index, and without grants that have `via` when there are some. */
  private readonly indexes: Indexes;

  constructor(
    private readonly env: EvalEnv,
    index: NetworkIndex,
    viaFree?: NetworkIndex,
  ) {
    this.indexes = viaFree === undefined ? { all: index } : { all: index, viaFree };
    this.ledger = new TestLedger(env, { via: viaFree !== undefined, wildcard: index.hasWildcardDestination() });
  }

  evaluate(test: NetworkTest): TestResult {
    const src = test.src?.text ?? '';
    const prepared = this.setup(test, src);
    if (!Array.isArray(prepared)) return failAll(test, src, prepared);
    const [endpoint, conditions] = prepared;
    const total = test.accept.length + test.deny.length;
    const first = this.ledger.reserve(total);
    let outcome: Outcome = 'pass';
    let count = total;
    for (let i = 0; i < total; i++) {
      // Assertions left when the deadline passes are not evaluated: the test is then undecided.
      if (this.env.deadline?.passed()) {
        outcome = worse(outcome, 'unknown');
        count = i;
        break;
      }
      const accept = i < test.accept.length;
      const dst = accept ? test.accept[i]! : test.deny[i - test.accept.length]!;
      const code = this.code(accept ? 'accept' : 'deny', dst.text, endpoint, conditions);
      this.ledger.record(first + i, code);
      outcome = worse(outcome, CODE_OUTCOMES[code]);
    }
    return this.ledger.result(test, src, outcome, conditions.protocolLabel, first, count);
  }

  /** The test's source and conditions, or why the whole test fails or is undecided. */
  private setup(test: NetworkTest, src: string): [Source<Resolved>, Conditions] | WholeTest {
    if (test.accept.length === 0 && test.deny.length === 0) return failed(TEST_REASONS.noAssertions);
    let protocols = DEFAULT_TEST_PROTOCOLS;
    let protocolLabel: string | undefined;
    // An empty `proto` is none to Tailscale's protocol parser: the test's default protocols (§2.7).
    if (test.proto !== undefined && test.proto.text !== '') {
      const parsed = parseProtocol(test.proto.text);
      if (!parsed.ok) return failed(TEST_REASONS.invalidProto(test.proto.text));
      protocols = [parsed.value];
      // ` (protocol "tcp")` appears only when the test names a protocol (UNSURE, docs/policy-semantics.md §5.4).
      protocolLabel = protocolName(parsed.value);
    }
    let source = this.sources.get(src);
    if (source === undefined) {
      source = { endpoint: resolveSource(src, this.env), id: this.sources.size };
      this.sources.set(src, source);
    }
    const endpoint = source.endpoint;
    if (!endpoint.ok)
      return { error: msg.aclTestError(endpoint.reason), outcome: endpoint.undecided ? 'unknown' : 'fail' };
    return [source as Source<Resolved>, this.conditionsFor(protocols, protocolLabel, test.srcPostureAttrs)];
  }

  private conditionsFor(
    protocols: readonly number[],
    protocolLabel: string | undefined,
    attrs: ReadonlyMap<string, PostureValue>,
  ): Conditions {
    const key = attrs.size === 0 && protocolLabel === undefined ? '' : `${protocolLabel ?? ''}|${postureKey(attrs)}`;
    let conditions = this.conditions.get(key);
    if (conditions === undefined) {
      conditions = { protocols, posture: new PostureCache(attrs), answers: { accept: new Map(), deny: new Map() } };
      if (protocolLabel !== undefined) conditions.protocolLabel = protocolLabel;
      this.conditions.set(key, conditions);
    }
    return conditions;
  }

  /** What one assertion comes to: the outcome, or why it is none (the target is invalid, or shares no family). */
  private code(kind: Kind, text: string, src: Source<Resolved>, conditions: Conditions): Code {
    const target = this.ledger.destination(text);
    if (target.invalid !== undefined) return INVALID;
    // A destination the server may or may not resolve (a group or tag with no device, §5.2).
    if (target.endpoint?.ok === false && target.endpoint.undecided === true) return UNKNOWN;
    const outcome = this.answer(kind, src, target, conditions);
    switch (outcome) {
      case null:
        return UNPAIRED;
      case 'pass':
        return PASS;
      case 'fail':
        return FAIL;
      case 'unknown':
        return UNKNOWN;
      case 'split':
        return SPLIT;
    }
  }

  /** The memoised outcome of one question; null when a pair shares no address family or the host does not resolve. */
  private answer(kind: Kind, src: Source<Resolved>, target: Destination, conditions: Conditions): PairOutcome | null {
    const endpoint = target.endpoint!;
    if (!endpoint.ok) return null;
    // Below 2^31 (32,768 sources) the key is a small integer, which the map stores without a box.
    const key = src.id * REMEMBERED_DESTINATIONS + target.id;
    const answers = conditions.answers[kind];
    let outcome = target.id < 0 ? undefined : answers.get(key);
    if (outcome === undefined) {
      const { indexes, env } = this;
      outcome = pairOutcome(kind === 'accept', src.endpoint, endpoint, target.port, conditions, indexes, env.deadline);
      if (target.id >= 0) answers.set(key, outcome);
    }
    return outcome;
  }
}

/** The outcome of a whole test that evaluates no assertion, and why. */
interface WholeTest {
  error: string;
  outcome: Outcome;
}

const failed = (reason: string): WholeTest => ({ error: msg.aclTestError(reason), outcome: 'fail' });

function failAll(test: NetworkTest, src: string, { error, outcome }: WholeTest): TestResult {
  const assertions: AssertionResult[] = [];
  for (const t of test.accept)
    assertions.push({ kind: 'accept', text: t.text, outcome, message: error, at: t, wanted: 'Accept' });
  for (const t of test.deny)
    assertions.push({ kind: 'deny', text: t.text, outcome, message: error, at: t, wanted: 'Drop' });
  return { kind: 'test', index: test.index, at: test, src, error, outcome, assertions };
}

/** fail over unknown over pass, as combineOutcomes orders them. */
function worse(a: Outcome, b: Outcome): Outcome {
  return a === 'fail' || b === 'fail' ? 'fail' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'pass';
}

/**
 * Accept, Drop or unknown for one pair. Grants with `via` count for tests (UNSURE,
 * docs/policy-semantics.md §4), so an accept assertion they satisfy passes; a deny assertion that
 * only they would fail is undecided, since the server may not count them.
 */
function verdict(
  indexes: Indexes,
  accept: boolean,
  s: Principal,
  d: Principal,
  family: Family,
  port: number,
  conditions: Conditions,
): Tri {
  const accepted = indexes.all.verdict(s, d, family, conditions.protocols, port, conditions.posture);
  if (accept || accepted !== 'yes' || indexes.viaFree === undefined) return accepted;
  const without = indexes.viaFree.verdict(s, d, family, conditions.protocols, port, conditions.posture);
  return without === 'yes' ? 'yes' : 'unknown';
}

/** An outcome, or `split`: principals that stand for one endpoint disagree (undecided, §5.3). */
type PairOutcome = Outcome | 'split';

/**
 * The outcome over every source and destination principal (combinePrincipals, without a list):
 * strict, the first failure decides; by consensus, the first unknown makes it unknown and the
 * first disagreement `split`. Null when a pair shares no address family.
 */
function pairOutcome(
  accept: boolean,
  src: Resolved,
  dst: Resolved,
  port: number,
  conditions: Conditions,
  indexes: Indexes,
  deadline: Deadline | undefined,
): PairOutcome | null {
  const consensus = src.consensus || dst.consensus;
  let passed = false;
  let failed = false;
  let unknown = false;
  let unpaired = false;
  for (const s of src.principals) {
    for (const d of dst.principals) {
      // Two groups of thousands make millions of pairs: the deadline holds inside one assertion too.
      if (deadline?.passed() === true) return 'unknown';
      const family = pairFamily(s, d, PREFERRED_FAMILY);
      if (family === undefined) {
        // By consensus, a device of no shared family fails (with its own message) if the server
        // picks it: beside a device that fails anyway, the failure is the other's verdict.
        if (!consensus) return null;
        if (passed) return 'split';
        unpaired = true;
        continue;
      }
      const accepted = verdict(indexes, accept, s, d, family, port, conditions);
      if (accepted === 'unknown') {
        if (consensus) return 'unknown';
        unknown = true;
      } else if ((accepted === 'yes') === accept) {
        if (consensus && (failed || unpaired)) return 'split';
        passed = true;
      } else {
        if (!consensus) return 'fail';
        if (passed) return 'split';
        failed = true;
      }
    }
  }
  if (consensus) return failed ? 'fail' : unpaired ? null : 'pass';
  return unknown ? 'unknown' : 'pass';
}
