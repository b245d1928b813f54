// What the results of `tests` entries are made from: each assertion's outcome as one byte, and
// the destinations the tests named, parsed and resolved once per text. A report prints the
// assertions of some tests of thousands, and reads them when it prints them: an assertion's
// result object is made then, and dies young, instead of living from its test to the end of the
// run. The ledger holds nothing of the evaluation (indexes, answers), which a report outlives.

import { resolveDestinationHost, type EvalEnv, type Endpoint } from './endpoints.js';
import { contains, isEmpty, overlaps } from './ip.js';
import * as msg from './messages.js';
import type { NetworkTest, Text } from './model.js';
import { splitTestDestination } from './ports.js';
import { slot } from './principal.js';
import { tailscaleDeviceRanges } from './ranges.js';
import type { AssertionResult, Outcome, TestResult } from './results.js';
import { TEST_REASONS } from './unsure.js';

/** What an assertion came to. */
export type Code = 0 | 1 | 2 | 3 | 4 | 5;
export const PASS = 0;
export const FAIL = 1;
export const UNKNOWN = 2;
/** The pair shares no address family, or the destination does not resolve: the assertion fails. */
export const UNPAIRED = 3;
/** No `host:port` destination: the assertion fails. */
export const INVALID = 4;
/** The devices (offline, the group members) an endpoint stands for disagree: undecided (§5.3). */
export const SPLIT = 5;
export const CODE_OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'unknown', 'fail', 'fail', 'unknown'];

/**
 * Distinct destination texts remembered (with their answers); past this, a destination is parsed
 * and resolved for each assertion, so a test of unique destinations does not grow the memo.
 */
export const REMEMBERED_DESTINATIONS = 1 << 16;

/** A destination as tests write it (`host:port`), parsed and resolved once per text. */
export interface Destination {
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

const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
const IPSET_INTERNET_NOTE = "whether autogroup:internet inside an ipset reaches the tailnet's own subnet routes";
const VIA_NOTE = 'whether tests count grants with via';
const POSTURE_NOTE = 'how the server reads a posture condition (NOT SET on an unset attribute, say)';
const SERVICE_TAG_NOTE = 'or on the tags the Service carries';
const WILDCARD_NOTE = 'or on whether `*` as a destination reaches addresses outside the tailnet';

/** A note on what else a destination's unknown answer may hang on, for a Service or an address outside the tailnet. */
function endpointNote(endpoint: Endpoint | undefined, wildcard: boolean): string | undefined {
  const principal = endpoint?.ok === true ? endpoint.principals[0] : undefined;
  if (principal === undefined) return undefined;
  if (principal.service !== undefined) return SERVICE_TAG_NOTE;
  if (!wildcard) return undefined;
  for (const family of [4, 6] as const) {
    const at = slot(principal, family);
    if (at?.kind === 'known' && !contains(tailscaleDeviceRanges(), at.address)) return WILDCARD_NOTE;
  }
  return undefined;
}

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
 * tailnet description settles: autogroup:internet in ipsets (docs/policy-semantics.md §2.4),
 * grants with `via` (§4), and posture conditions read in ways not established (§5.7). Said of
 * the policy, not of the one pair: which an answer waits on is not tracked.
 */
function unknownNote(env: EvalEnv, via: boolean): string {
  const open = [
    ...(internetInIpsetsMatters(env) ? [IPSET_INTERNET_NOTE] : []),
    ...(via ? [VIA_NOTE] : []),
    ...(env.context.postures.size > 0 ? [POSTURE_NOTE] : []),
  ];
  return open.length === 0 ? UNKNOWN_NOTE : `${UNKNOWN_NOTE}, or on ${open.join(', or on ')}`;
}

function parseTarget(text: string): Destination {
  // As ACL destinations: whitespace around the entry is read trimmed (§2.1, by analogy, §5.2).
  const split = splitTestDestination(text.trim());
  if (!split.ok) return { id: -1, invalid: split.error, host: '', port: 0 };
  return { id: -1, ...split.value };
}

/** The codes and destinations of every assertion one runner evaluated. */
export class TestLedger {
  private codes = new Uint8Array(1024);
  private used = 0;
  private readonly destinations = new Map<string, Destination>();
  /** What an unknown answer says: a fact of the policy, found on the first one. */
  private unknownNote?: string;

  /**
   * What unknown answers may hang on besides the tailnet: `via`, whether some grant has `via`;
   * `wildcard`, whether some rule's destination is `*`.
   */
  constructor(
    private readonly env: EvalEnv,
    private readonly open: { via: boolean; wildcard: boolean },
  ) {}

  /** The destination a `host:port` text stands for, parsed and resolved once while the memo has room. */
  destination(text: string): Destination {
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

  /** Room for `count` more codes, in a buffer that doubles when full; the offset of the first. */
  reserve(count: number): number {
    if (this.used + count > this.codes.length) {
      const grown = new Uint8Array(Math.max(this.codes.length * 2, this.used + count));
      grown.set(this.codes.subarray(0, this.used));
      this.codes = grown;
    }
    const first = this.used;
    this.used += count;
    return first;
  }

  record(at: number, code: Code): void {
    this.codes[at] = code;
  }

  /**
   * A test's result, for its `count` assertions recorded from `first` on (fewer than the test
   * has when the deadline passed); `protocolLabel` is the protocol it named, which a failure quotes.
   */
  result(
    test: NetworkTest,
    src: string,
    outcome: Outcome,
    protocolLabel: string | undefined,
    first: number,
    count: number,
  ): TestResult {
    return new NetworkTestResult(test, src, outcome, this, protocolLabel, first, count);
  }

  /** The results of a test's assertions, made from their codes. */
  assertions(test: NetworkTest, protocolLabel: string | undefined, first: number, count: number): AssertionResult[] {
    const out = new Array<AssertionResult>(count);
    for (let i = 0; i < count; i++) {
      const accept = i < test.accept.length;
      const dst = accept ? test.accept[i]! : test.deny[i - test.accept.length]!;
      out[i] = this.assertion(accept, dst, this.codes[first + i] as Code, protocolLabel);
    }
    return out;
  }

  private assertion(accept: boolean, dst: Text, code: Code, protocolLabel: string | undefined): AssertionResult {
    const [kind, wanted] = accept ? (['accept', 'Accept'] as const) : (['deny', 'Drop'] as const);
    const text = dst.text;
    // Past the memo, only an unpaired assertion's message needs the endpoint: the text is parsed
    // again, and resolved again only then.
    const target = this.destinations.get(text) ?? (code === UNPAIRED ? this.destination(text) : parseTarget(text));
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
    if (code === SPLIT) {
      const message = msg.aclTestError(TEST_REASONS.split, text);
      return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
    }
    if (code === UNKNOWN && target.endpoint?.ok === false) {
      const message = (target.unknownMessage ??= msg.aclTestError(target.endpoint.reason, text));
      return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
    }
    if (code === UNKNOWN) {
      const note = (this.unknownNote ??= unknownNote(this.env, this.open.via));
      // A Service's tags are set where it is defined, never in the policy (§2.2.10); `*` may or
      // may not reach an address outside the tailnet (§2.2.1).
      const extra = endpointNote(target.endpoint, this.open.wildcard);
      const message = (target.unknownMessage ??= msg.aclTestError(extra ? `${note}, ${extra}` : note, text));
      return { kind, text, at: dst, wanted, destination, port, outcome: 'unknown', message };
    }
    const got = accept ? 'Drop' : 'Accept';
    const message = msg.aclTestVerdict(text, protocolLabel, wanted, got);
    return { kind, text, at: dst, wanted, destination, port, outcome: 'fail', got, message };
  }
}

/**
 * Assertions of a test past which their results, once made, are kept. A few hundred are made
 * again in less time than the collector takes to copy them; a test of hundreds of thousands,
 * made at each read, would have them all copied at each read.
 */
const KEPT_ABOVE = 256;

/** A test's result: its assertions' results are made from their codes when they are read. */
class NetworkTestResult implements TestResult {
  readonly kind = 'test';
  readonly index: number;
  readonly #ledger: TestLedger;
  readonly #protocolLabel: string | undefined;
  readonly #first: number;
  readonly #count: number;
  #kept: AssertionResult[] | undefined;

  constructor(
    readonly at: NetworkTest,
    readonly src: string,
    readonly outcome: Outcome,
    ledger: TestLedger,
    protocolLabel: string | undefined,
    first: number,
    count: number,
  ) {
    this.index = at.index;
    this.#ledger = ledger;
    this.#protocolLabel = protocolLabel;
    this.#first = first;
    this.#count = count;
  }

  get assertions(): AssertionResult[] {
    if (this.#kept !== undefined) return this.#kept;
    const made = this.#ledger.assertions(this.at, this.#protocolLabel, this.#first, this.#count);
    if (this.#count > KEPT_ABOVE) this.#kept = made;
    return made;
  }
}
