// Evaluation of `sshTests` entries against the `ssh` rules only (docs/policy-semantics.md
// §5.5–5.6).

import type { CompiledSshRule } from './compile.js';
import { resolveDestinationHost, resolveSource, type EvalEnv, type Endpoint } from './endpoints.js';
import { isFullLength } from './ip.js';
import { matchIdentity, sameOwner } from './match.js';
import * as msg from './messages.js';
import type { SshTest, Text } from './model.js';
import { PostureCache } from './posture-cache.js';
import { displayAddress, tailnetDevice, type Principal } from './principal.js';
import { goQuote } from './quote.js';
import { classify } from './selectors.js';
import { sshRulesFrom } from './ssh-index.js';
import { combineOutcomes, combinePrincipals, type AssertionResult, type Outcome, type TestResult } from './results.js';
import { and, fromBool, or, type Tri } from './tri.js';
import { TEST_REASONS, UNKNOWN_ADDRESS } from './unsure.js';

type SshOutcome = 'accept' | 'check' | 'deny';
type Kind = 'accept' | 'check' | 'deny';

/** A rule's `users`, read once for every login asked about (§5.6 step 3). */
interface UserMatcher {
  /** Entries that are the login itself (a `localpart:` entry never is). */
  logins: ReadonlySet<string>;
  nonroot: boolean;
  /** The domains of `localpart:*@<domain>` entries. */
  localparts: ReadonlySet<string>;
}

const matchers = new WeakMap<readonly string[], UserMatcher>();

function userMatcher(users: readonly string[]): UserMatcher {
  let matcher = matchers.get(users);
  if (matcher === undefined) {
    const logins = new Set<string>();
    const localparts = new Set<string>();
    for (const entry of users) {
      if (!entry.startsWith('localpart:')) logins.add(entry);
      const selector = classify(entry);
      if (selector.kind === 'localpart') localparts.add(selector.domain);
    }
    matcher = { logins, nonroot: logins.has('autogroup:nonroot'), localparts };
    matchers.set(users, matcher);
  }
  return matcher;
}

/**
 * Whether a rule's `users` maps the requested login for this source (§5.6 step 3). Through sets:
 * a walk of the rule's users per login made a rule and an sshTest of N each take N² steps.
 */
function loginMatches(users: readonly string[], login: string, src: Principal): Tri {
  const { logins, nonroot, localparts } = userMatcher(users);
  if (logins.has(login) || (nonroot && login !== 'root')) return 'yes';
  if (localparts.size === 0) return 'no';
  if (src.identity === 'unknown' || (src.identity === 'user' && src.login === undefined)) return 'unknown';
  if (src.identity !== 'user' || src.login === undefined) return 'no';
  const at = src.login.lastIndexOf('@');
  return fromBool(localparts.has(src.login.slice(at + 1)) && src.login.slice(0, at) === login);
}

function dstMatches(rule: CompiledSshRule, src: Principal, dst: Principal): Tri {
  let direct = matchIdentity(rule.dst, dst);
  // `*` as the destination is accepted with a notice, and what the server makes of it is not known.
  if (rule.dst.wildcard) direct = or(direct, 'unknown');
  // A user's device takes SSH from its owner only, whatever the destination names (a group,
  // autogroup:member, accepted with a notice): the SSH documentation, §2.3. (A device whose
  // identity is unknown offline matches no such destination for sure.)
  if (direct !== 'no' && dst.identity === 'user') direct = and(direct, sameOwner(src, dst));
  return rule.dst.self ? or(direct, sameOwner(src, dst)) : direct;
}

/**
 * Whether both ends may be one device: the same known address; or, offline, where a user stands
 * for any of their devices, one user at both ends (their only device may be each).
 */
export function maySameDevice(s: Principal, d: Principal): boolean {
  const [from, to] = [displayAddress(s), displayAddress(d)];
  if (from !== UNKNOWN_ADDRESS || to !== UNKNOWN_ADDRESS) return from === to;
  return s.identity === 'user' && d.identity === 'user' && s.login !== undefined && s.login === d.login;
}

/** The possible outcomes: check rules win over accept rules, no applicable rule means deny. */
export function outcomes(
  rules: readonly CompiledSshRule[],
  src: Principal,
  dst: Principal,
  login: string,
  posture: PostureCache,
): Set<SshOutcome> {
  let check: Tri = 'no';
  let accept: Tri = 'no';
  for (const rule of rules) {
    let applies = and(
      and(matchIdentity(rule.src, src), dstMatches(rule, src, dst)),
      loginMatches(rule.users, login, src),
    );
    // Postures hold only the tailnet's own devices to them, not a user's shared in (§5.7).
    if (applies !== 'no' && rule.postures !== undefined)
      applies = and(applies, posture.forSource(tailnetDevice(src)).evaluate(rule.postures));
    if (rule.action === 'check') check = or(check, applies);
    else accept = or(accept, applies);
  }
  const result = new Set<SshOutcome>();
  if (check !== 'no') result.add('check');
  // A `check` rule from a device to the device itself: the server answered `deny` to exactly such
  // a test (tailscale#14222, 2024, still open), while an `accept` rule from a device to itself
  // passed in the 2026 captures (docs/policy-semantics.md §5.6). Such a `check` may go either way.
  if (check !== 'no' && maySameDevice(src, dst)) result.add('deny');
  if (check !== 'yes') {
    if (accept !== 'no') result.add('accept');
    if (accept !== 'yes') result.add('deny');
  }
  return result;
}

const defaultPostured = new WeakMap<readonly CompiledSshRule[], boolean>();

/** Whether some rule is held to defaultSrcPosture, which the server may not apply to SSH rules; asked once per list. */
function underDefaultPosture(rules: readonly CompiledSshRule[]): boolean {
  let found = defaultPostured.get(rules);
  if (found === undefined) defaultPostured.set(rules, (found = rules.some((rule) => rule.defaultPosture === true)));
  return found;
}

const SELF_CHECK_REASON = 'whether the server lets a check rule take a device to itself is not known (tailscale#14222)';

const CHECK_FOR_ACCEPT_REASON = 'whether a check rule satisfies an accept assertion is not known';

/**
 * Whether the possible outcomes give the wanted one. Whether a `check` outcome satisfies an
 * `accept` assertion is not known (UNSURE, docs/policy-semantics.md §5.6): neither a hit nor a miss.
 */
function satisfies(possible: ReadonlySet<SshOutcome>, wanted: Kind): Outcome {
  let hits = 0;
  let open = 0;
  for (const outcome of possible) {
    if (outcome === wanted) hits++;
    else if (wanted === 'accept' && outcome === 'check') open++;
  }
  return hits === possible.size ? 'pass' : hits === 0 && open === 0 ? 'fail' : 'unknown';
}

function entryProblem(test: SshTest): string | undefined {
  const logins = [...test.accept, ...test.check, ...test.deny];
  if (logins.length === 0) return TEST_REASONS.sshNoAssertions;
  if (logins.some((l) => l.text === '')) return TEST_REASONS.emptyUser;
  // A set of the denied logins, not a walk of them per accepted one: 40,000 of each took 14 s.
  const denied = new Set(test.deny.map((d) => d.text));
  const both = test.accept.find((a) => denied.has(a.text));
  return both === undefined ? undefined : TEST_REASONS.userInAcceptAndDeny(both.text);
}

/** sshTests destinations the server may accept but no source says how it evaluates (§5.5). */
const undecidedDst = (what: string): string =>
  `whether the server accepts ${what} as an sshTests destination is not known`;

function resolveSshDestination(text: string, env: EvalEnv): Endpoint {
  const selector = classify(text);
  // Validation refuses autogroup:internet and wider CIDRs (captured). No source refuses the other
  // autogroups, nor says which devices they stand for here; a /32 or /128 only gets a notice.
  if (selector.kind === 'autogroup') return { ok: false, reason: undecidedDst(text.trim()), undecided: true };
  if (selector.kind === 'prefix' && selector.written === 'cidr' && isFullLength(selector.prefix))
    return { ok: false, reason: undecidedDst(`the single-address prefix ${text.trim()}`), undecided: true };
  if (selector.kind === 'prefix' && selector.prefix.family === 6)
    return { ok: false, reason: TEST_REASONS.sshDstInvalid(text) };
  if (selector.kind === 'service') return { ok: false, reason: TEST_REASONS.sshDstInvalid(text) };
  return resolveDestinationHost(text, env);
}

export function evaluateSshTest(test: SshTest, rules: readonly CompiledSshRule[], env: EvalEnv): TestResult {
  const src = test.src?.text ?? '';
  const lists: [Kind, Text[]][] = [
    ['accept', test.accept],
    ['check', test.check],
    ['deny', test.deny],
  ];
  const problem = entryProblem(test);
  const srcEndpoint = resolveSource(src, env);
  const error = problem ?? (srcEndpoint.ok ? undefined : srcEndpoint.reason);
  if (error !== undefined || !srcEndpoint.ok) {
    const message = msg.sshTestError(error ?? '');
    const outcome = problem === undefined && !srcEndpoint.ok && srcEndpoint.undecided ? 'unknown' : 'fail';
    const assertions = lists.flatMap(([kind, logins]) =>
      test.dst.flatMap((d) =>
        logins.map((l): AssertionResult => ({
          kind,
          text: l.text,
          outcome,
          message,
          at: l,
          destination: d.text,
          user: l.text,
          wanted: kind,
        })),
      ),
    );
    return { kind: 'sshTest', index: test.index, at: test, src, error: message, assertions, outcome };
  }
  const posture = new PostureCache(test.srcPostureAttrs);
  const assertions: AssertionResult[] = [];
  for (const dst of test.dst) {
    const dstEndpoint = resolveSshDestination(dst.text, env);
    for (const [kind, logins] of lists) {
      for (const login of logins) {
        // Assertions left when the deadline passes are not evaluated: the entry is then undecided.
        if (env.deadline?.passed()) {
          const outcome = combineOutcomes([...assertions.map((a) => a.outcome), 'unknown']);
          return { kind: 'sshTest', index: test.index, at: test, src, assertions, outcome };
        }
        assertions.push(evaluateLogin(kind, login, dst, srcEndpoint, dstEndpoint, src, rules, posture));
      }
    }
  }
  return {
    kind: 'sshTest',
    index: test.index,
    at: test,
    src,
    assertions,
    outcome: combineOutcomes(assertions.map((a) => a.outcome)),
  };
}

function evaluateLogin(
  kind: Kind,
  login: Text,
  dst: Text,
  src: Extract<Endpoint, { ok: true }>,
  dstEndpoint: Endpoint,
  srcText: string,
  rules: readonly CompiledSshRule[],
  posture: PostureCache,
): AssertionResult {
  const base = { kind, text: login.text, at: login, destination: dst.text, user: login.text, wanted: kind };
  if (!dstEndpoint.ok) {
    const outcome = dstEndpoint.undecided === true ? 'unknown' : 'fail';
    return { ...base, outcome, message: msg.sshTestError(dstEndpoint.reason) };
  }
  const results: Outcome[] = [];
  let failure: string | undefined;
  let got: SshOutcome | undefined;
  let self = false;
  let checkForAccept = false;
  for (const s of src.principals) {
    for (const d of dstEndpoint.principals) {
      const possible = outcomes(sshRulesFrom(rules, s), s, d, login.text, posture);
      const outcome = satisfies(possible, kind);
      // Said only where that pair is the one left open.
      if (outcome === 'unknown' && possible.has('check') && maySameDevice(s, d)) self = true;
      if (outcome === 'unknown' && kind === 'accept' && possible.has('check')) checkForAccept = true;
      results.push(outcome);
      if (possible.size === 1) got = [...possible][0];
      if (outcome === 'fail' && failure === undefined) {
        got = [...possible][0]!;
        failure = msg.sshTestVerdict(srcText, displayAddress(s), dst.text, displayAddress(d), login.text, kind, got);
      }
    }
  }
  const outcome = combinePrincipals(results, src.consensus || dstEndpoint.consensus);
  if (outcome === 'pass') return { ...base, outcome, got: kind };
  if (outcome === 'unknown' && !results.includes('unknown')) {
    // Decided for each device, and they disagree (§5.3).
    const said = `dst ${goQuote(dst.text)}, ssh user ${goQuote(login.text)}: ${TEST_REASONS.split}`;
    return { ...base, outcome, message: msg.sshTestError(said) };
  }
  if (outcome === 'unknown') {
    const open = underDefaultPosture(rules)
      ? ' (it may hang on whether the server holds SSH rules to defaultSrcPosture)'
      : '';
    const why = self
      ? SELF_CHECK_REASON
      : checkForAccept
        ? CHECK_FOR_ACCEPT_REASON
        : `cannot be decided offline${open}`;
    const said = `dst ${goQuote(dst.text)}, ssh user ${goQuote(login.text)}: ${why}`;
    return { ...base, outcome, message: msg.sshTestError(said) };
  }
  return { ...base, outcome, message: failure, got };
}
