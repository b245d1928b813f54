// Evaluation of `tests` entries (docs/policy-semantics.md §5.2–5.4). Tests repeat the same
// sources, destinations and conditions: each distinct destination text is parsed and resolved
// once, and each distinct question (source, destination, accept or deny, protocol, posture
// attributes) is answered once, so the work grows with the distinct questions, not the tests.

import { resolveDestinationHost, resolveSource, type EvalEnv, type Endpoint } from './endpoints.js';
import * as msg from './messages.js';
import type { NetworkTest, PostureValue, Text } from './model.js';
import { pairFamily, type NetworkIndex } from './network-index.js';
import { postureKey, PostureCache } from './posture-cache.js';
import { parseProtocol, protocolName, splitDestination, type Parsed } from './ports.js';
import { isEmpty, overlaps, type Family } from './ip.js';
import type { Principal } from './principal.js';
import type { AssertionResult, Outcome, TestResult } from './results.js';
import type { Tri } from './tri.js';
import { DEFAULT_TEST_PROTOCOLS, PREFERRED_FAMILY, TEST_REASONS } from './unsure.js';

const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
const IPSET_INTERNET_NOTE = "whether autogroup:internet inside an ipset reaches the tailnet's own subnet routes";
const VIA_NOTE = 'whether tests count grants with via';

/** Whether an ipset holds or drops addresses of the tailnet's own routes through autogroup:internet. */
function internetInIpsetsMatters(env: EvalEnv): boolean {
  const routes = env.match.ownRoutes;
  if (routes === undefined || isEmpty(routes)) return false;
  for (const dependent of env.context.internetDependent.values())
    if (overlaps(dependent, routes, 4) || overlaps(dependent, routes, 6)) return true;
  return false;
}

/**
 * Why an answer is unknown: facts of the tailnet; and what the server's rules leave open, which no
 * tailnet description settles: autogroup:internet in ipsets (docs/policy-semantics.md §2.4), and
 * grants with `via` (§4). Said of the policy, not of the one pair: which an answer waits on is
 * not tracked.
 */
function unknownNote(env: EvalEnv, via: boolean): string {
  const open = [...(internetInIpsetsMatters(env) ? [IPSET_INTERNET_NOTE] : []), ...(via ? [VIA_NOTE] : [])];
  return open.length === 0 ? UNKNOWN_NOTE : `${UNKNOWN_NOTE}, or on ${open.join(', or on ')}`;
}

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

/**
 * Distinct destination texts remembered (with their answers); past this, a destination is parsed
 * and resolved for each assertion, so a test of unique destinations does not grow the memo.
 */
const REMEMBERED_DESTINATIONS = 1 << 16;

/** A destination as tests write it (`host:port`), parsed and resolved once per text. */
interface Destination {
  /** Its number in the memo, for the answers' keys; -1 when it is not kept there, nor its answers. */
  id: number;
  /** Why it is no destination (the assertion fails with it), or undefined. */
  invalid?: string;
  host: string;
  port: number;
  endpoint?: Endpoint;
  /** The undecided message, made on first use. */
  unknownMessage?: string;
  /** The failure message when the endpoint does not resolve or shares no family, made on first use. */
  failMessage?: string;
}

/** What a test asks besides its endpoints: protocols and posture attributes, with its answers so far. */
interface Conditions {
  protocols: readonly number[];
  protocolLabel?: string;
  posture: PostureCache;
  /**
   * Outcomes by source and destination, keyed by their numbers in one map (one map per source
   * would cost a map per distinct source); null when the pair shares no address family.
   */
  answers: Record<Kind, Map<number, Outcome | null>>;
}

/**
 * What an assertion came to, one byte each. A report prints the assertions of a few tests of
 * thousands (the failing and the undecided ones), so a result object per assertion is made only
 * when a report reads it, and dies young, instead of living from its test to the end of the run.
 */
type Code = 0 | 1 | 2 | 3 | 4;
const PASS = 0;
const FAIL = 1;
const UNKNOWN = 2;
/** The pair shares no address family, or the destination does not resolve: the assertion fails. */
const UNPAIRED = 3;
/** No `host:port` destination: the assertion fails. */
const INVALID = 4;
const CODE_OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'unknown', 'fail', 'fail'];

/** The codes of every assertion a runner evaluated, in one buffer that doubles when full. */
class Codes {
  bytes = new Uint8Array(1024);
  private used = 0;

  /** Room for `count` more codes; the offset of the first. */
  reserve(count: number): number {
    if (this.used + count > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + count));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    const first = this.used;
    this.used += count;
    return first;
  }
}

/** A test's result: its assertions' results are made from their codes each time they are read. */
class NetworkTestResult implements TestResult {
  readonly kind = 'test';
  readonly index: number;
  readonly #runner: NetworkTestRunner;
  readonly #conditions: Conditions;
  readonly #first: number;
  /** The assertions evaluated: fewer than the test has when the deadline passed. */
  readonly #count: number;

  constructor(
    readonly at: NetworkTest,
    readonly src: string,
    readonly outcome: Outcome,
    runner: NetworkTestRunner,
    conditions: Conditions,
    first: number,
    count: number,
  ) {
    this.index = at.index;
    this.#runner = runner;
    this.#conditions = conditions;
    this.#first = first;
    this.#count = count;
  }

  get assertions(): AssertionResult[] {
    return this.#runner.assertions(this.at, this.#conditions, this.#first, this.#count);
  }
}

/** Runs the `tests` entries of one policy against one index, sharing what tests repeat. */
export class NetworkTestRunner {
  private readonly destinations = new Map<string, Destination>();
  private readonly sources = new Map<string, Source>();
  private readonly conditions = new Map<string, Conditions>();
  /** Every evaluated assertion's code, test after test. */
  private readonly codes = new Codes();
  /** What an unknown answer says: a fact of the policy, found on the first one. */
  private unknownNote?: string;

  /** The index, and without grants that have `via` when there are some. */
  private readonly indexes: Indexes;

  constructor(
    private readonly env: EvalEnv,
    index: NetworkIndex,
    viaFree?: NetworkIndex,
  ) {
    this.indexes = viaFree === undefined ? { all: index } : { all: index, viaFree };
  }

  evaluate(test: NetworkTest): TestResult {
    const src = test.src?.text ?? '';
    const prepared = this.setup(test, src);
    if (typeof prepared === 'string') return failAll(test, src, prepared);
    const [endpoint, conditions] = prepared;
    const total = test.accept.length + test.deny.length;
    const first = this.codes.reserve(total);
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
      this.codes.bytes[first + i] = code;
      outcome = worse(outcome, CODE_OUTCOMES[code]);
    }
    return new NetworkTestResult(test, src, outcome, this, conditions, first, count);
  }

  /** The results of a test's assertions, made from their codes each time a report reads them. */
  assertions(test: NetworkTest, conditions: Conditions, first: number, count: number): AssertionResult[] {
    const out = new Array<AssertionResult>(count);
    for (let i = 0; i < count; i++) {
      const accept = i < test.accept.length;
      const dst = accept ? test.accept[i]! : test.deny[i - test.accept.length]!;
      out[i] = this.assertion(accept ? 'accept' : 'deny', dst, this.codes.bytes[first + i] as Code, conditions);
    }
    return out;
  }

  /** The test's source and conditions, or why the whole test fails. */
  private setup(test: NetworkTest, src: string): [Source<Resolved>, Conditions] | string {
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
    let source = this.sources.get(src);
    if (source === undefined) {
      source = { endpoint: resolveSource(src, this.env), id: this.sources.size };
      this.sources.set(src, source);
    }
    if (!source.endpoint.ok) return msg.aclTestError(source.endpoint.reason);
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

  private destination(text: string): Destination {
    let found = this.destinations.get(text);
    if (found === undefined) {
      found = parseTarget(text);
      if (found.invalid === undefined) found.endpoint = resolveDestinationHost(found.host, this.env);
      if (this.destinations.size < REMEMBERED_DESTINATIONS) {
        found.id = this.destinations.size;
        this.destinations.set(text, found);
      }
    }
    return found;
  }

  /** What one assertion comes to: the outcome, or why it is none (the target is invalid, or shares no family). */
  private code(kind: Kind, text: string, src: Source<Resolved>, conditions: Conditions): Code {
    const target = this.destination(text);
    if (target.invalid !== undefined) return INVALID;
    const outcome = this.answer(kind, src, target, conditions);
    return outcome === null ? UNPAIRED : outcome === 'pass' ? PASS : outcome === 'unknown' ? UNKNOWN : FAIL;
  }

  private assertion(kind: Kind, dst: Text, code: Code, conditions: Conditions): AssertionResult {
    const text = dst.text;
    const wanted = kind === 'accept' ? 'Accept' : 'Drop';
    const target = this.destination(text);
    if (code === INVALID) {
      const message = (target.failMessage ??= msg.aclTestError(target.invalid!, text));
      return { kind, text, at: dst, wanted, outcome: 'fail', message };
    }
    const { host: destination, port } = target;
    // Each result is one object literal, with its keys in the order the JSON report prints them.
    if (code === UNPAIRED) {
      const endpoint = target.endpoint!;
      const reason = endpoint.ok ? TEST_REASONS.noSameFamily : endpoint.reason;
      const message = endpoint.ok
        ? msg.aclTestError(reason, text)
        : (target.failMessage ??= msg.aclTestError(reason, text));
      return { kind, text, at: dst, wanted, destination, port, outcome: 'fail', message };
    }
    if (code === PASS) return { kind, text, at: dst, wanted, destination, port, outcome: 'pass', got: wanted };
    if (code === UNKNOWN) {
      const message = (target.unknownMessage ??= msg.aclTestError(
        (this.unknownNote ??= unknownNote(this.env, this.indexes.viaFree !== undefined)),
        text,
      ));
      return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
    }
    const got = kind === 'accept' ? 'Drop' : 'Accept';
    const message = msg.aclTestVerdict(text, conditions.protocolLabel, wanted, got);
    return { kind, text, at: dst, wanted, destination, port, outcome: 'fail', got, message };
  }

  /** The memoised outcome of one question; null when a pair shares no address family or the host does not resolve. */
  private answer(kind: Kind, src: Source<Resolved>, target: Destination, conditions: Conditions): Outcome | null {
    const endpoint = target.endpoint!;
    if (!endpoint.ok) return null;
    // Below 2^31 (32,768 sources) the key is a small integer, which the map stores without a box.
    const key = src.id * REMEMBERED_DESTINATIONS + target.id;
    const answers = conditions.answers[kind];
    let outcome = target.id < 0 ? undefined : answers.get(key);
    if (outcome === undefined) {
      outcome = pairOutcome(kind === 'accept', src.endpoint, endpoint, target.port, conditions, this.indexes);
      if (target.id >= 0) answers.set(key, outcome);
    }
    return outcome;
  }
}

/** Evaluates one test on its own (no answers shared with other tests). */
export function evaluateNetworkTest(test: NetworkTest, env: EvalEnv, index: NetworkIndex): TestResult {
  return new NetworkTestRunner(env, index).evaluate(test);
}

function failAll(test: NetworkTest, src: string, error: string): TestResult {
  const assertions: AssertionResult[] = [];
  for (const t of test.accept)
    assertions.push({
      kind: 'accept',
      text: t.text,
      outcome: 'fail',
      message: error,
      at: t,
      wanted: 'Accept',
    });
  for (const t of test.deny)
    assertions.push({ kind: 'deny', text: t.text, outcome: 'fail', message: error, at: t, wanted: 'Drop' });
  return { kind: 'test', index: test.index, at: test, src, error, outcome: 'fail', assertions };
}

/** fail over unknown over pass, as combineOutcomes orders them. */
function worse(a: Outcome, b: Outcome): Outcome {
  return a === 'fail' || b === 'fail' ? 'fail' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'pass';
}

/** A test's `host:port` entry: its host and its one port (0-65535), or why it is no such entry. */
export function splitTestDestination(text: string): Parsed<{ host: string; port: number }> {
  const split = splitDestination(text);
  if (!split.ok) return { ok: false, error: TEST_REASONS.dstNeedsPort };
  const { host, ports } = split.value;
  if (!/^[0-9]+$/.test(ports) || Number(ports) > 65535) return { ok: false, error: TEST_REASONS.dstSinglePort(ports) };
  return { ok: true, value: { host, port: Number(ports) } };
}

function parseTarget(text: string): Destination {
  const split = splitTestDestination(text);
  if (!split.ok) return { id: -1, invalid: split.error, host: '', port: 0 };
  return { id: -1, ...split.value };
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

/**
 * The outcome over every source and destination principal (combinePrincipals, without a list):
 * strict, the first failure decides; by consensus, the first unknown or the first disagreement
 * makes it unknown. Null when a pair shares no address family.
 */
function pairOutcome(
  accept: boolean,
  src: Resolved,
  dst: Resolved,
  port: number,
  conditions: Conditions,
  indexes: Indexes,
): Outcome | null {
  const consensus = src.consensus || dst.consensus;
  let passed = false;
  let failed = false;
  let unknown = false;
  for (const s of src.principals) {
    for (const d of dst.principals) {
      const family = pairFamily(s, d, PREFERRED_FAMILY);
      if (family === undefined) return null;
      const accepted = verdict(indexes, accept, s, d, family, port, conditions);
      if (accepted === 'unknown') {
        if (consensus) return 'unknown';
        unknown = true;
      } else if ((accepted === 'yes') === accept) {
        if (consensus && failed) return 'unknown';
        passed = true;
      } else {
        if (!consensus) return 'fail';
        if (passed) return 'unknown';
        failed = true;
      }
    }
  }
  if (consensus) return failed ? 'fail' : 'pass';
  return unknown ? 'unknown' : 'pass';
}
