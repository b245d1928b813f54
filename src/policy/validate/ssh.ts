// Validation of `ssh` rules and the hard errors of `sshTests` (docs/policy-semantics.md §1.4.3,
// §5.5, §6.2). Errors where the server's refusal is established; the rest are notices.

import type { PolicyContext } from '../context.js';
import { formatGoDuration, HOUR, parseGoDuration } from '../duration.js';
import * as msg from '../messages.js';
import type { Policy, SshRule, Text } from '../model.js';
import { isFullLength } from '../ip.js';
import { goQuote } from '../quote.js';
import { classify, ROLE_AUTOGROUPS } from '../selectors.js';
import * as unsure from '../unsure.js';
import { itemPath, type Findings } from './findings.js';
import { checkPostures, domainProblem, type DomainCheck } from './rules.js';
import { problemText, reportProblem, undefinedReference, type Problem } from './selector-check.js';

const notice = (text: string): Problem => ({ full: text, notice: true });

/** A checkPeriod with surrounding whitespace, read trimmed (no server wording: it is accepted). */
const checkPeriodPadded = (period: string): string => `checkPeriod ${goQuote(period)}: surrounding whitespace ignored`;
/** Below the documented minimum of one minute; `0s` was captured accepted, anything else between is not. */
const checkPeriodShort = (shown: string): string => `checkPeriod ${shown} is below the documented minimum (1m0s)`;
const MINUTE = HOUR / 60n;

/**
 * One SSH `src` entry. Users, groups, tags, member, tagged and the role autogroups are accepted
 * (role autogroups: refused in 2023, accepted by late 2024, tailscale#8194, #14102, #19531).
 * Other kinds have no observed refusal in SSH sources: notices.
 */
function sourceProblem(raw: string, context: PolicyContext, check: DomainCheck): Problem | undefined {
  const selector = classify(raw);
  const text = raw.trim();
  switch (selector.kind) {
    case 'user':
      return undefined;
    case 'group':
    case 'tag': {
      const missing = undefinedReference(selector, raw, context);
      if (missing === undefined) return undefined;
      const full = msg.SSH_PREFIX + problemText(missing, msg.srcError);
      return missing.notice ? notice(full) : { full };
    }
    case 'domain': {
      const problem = domainProblem(raw, check);
      return problem === undefined ? undefined : { full: msg.SSH_PREFIX + problem };
    }
    case 'autogroup': {
      const accepted = selector.name === 'member' || selector.name === 'tagged' || ROLE_AUTOGROUPS.has(selector.name);
      if (accepted) return undefined;
      return notice(selector.known ? msg.sshNotAllowedInSrc(text) : msg.SSH_PREFIX + unsure.invalidAutogroup(text));
    }
    case 'wildcard':
    case 'ipset':
    case 'service':
    case 'localpart':
    case 'hostRef':
    case 'prefix':
    case 'range':
    case 'host':
      return notice(msg.sshNotAllowedInSrc(text));
  }
}

function isTagSource(raw: string): boolean {
  const selector = classify(raw);
  return selector.kind === 'tag' || (selector.kind === 'autogroup' && selector.name === 'tagged');
}

/**
 * SSH destinations. Refusals established: undefined tags, a user other than the only source user
 * (quoted in headscale#3010), a host alias (observed `invalid dst`). Notices: autogroup:self with
 * tag sources (headscale's rule), and every other kind (`*`, IPs, groups...), whose refusal and
 * wording were never observed.
 */
function checkDestinations(rule: SshRule, context: PolicyContext, out: Findings): void {
  const sources = rule.src.map((s) => classify(s.text));
  const tagSources = rule.src.some((s) => isTagSource(s.text));
  rule.dst.forEach((d, i) => {
    const path = itemPath(rule.path, 'dst', i);
    const selector = classify(d.text);
    if (selector.kind === 'tag') {
      if (!context.tags.has(selector.name)) {
        out.error(msg.SSH_PREFIX + msg.dstError(d.text.trim(), msg.tagNotFound(selector.name)), d, path);
      }
    } else if (selector.kind === 'autogroup' && ['self', 'member', 'tagged'].includes(selector.name)) {
      if (selector.name === 'self' && tagSources) out.notice(unsure.unconfirmed(unsure.sshSelfWithTags), d, path);
    } else if (selector.kind === 'user') {
      const only = sources.length === 1 ? sources[0] : undefined;
      const same = only?.kind === 'user' && unsure.normalizeLogin(only.login) === unsure.normalizeLogin(selector.login);
      if (!same) out.error(msg.SSH_USER_DST_SAME_USER, d, path);
    } else if (selector.kind === 'host' && context.hosts.has(selector.name)) {
      out.error(msg.sshInvalidDst(d.text.trim()), d, path);
    } else out.notice(unsure.unconfirmed(msg.sshInvalidDst(d.text.trim())), d, path);
  });
}

function checkUsers(rule: SshRule, check: DomainCheck, out: Findings): void {
  if (rule.users === undefined || rule.users.length === 0) {
    out.error(msg.SSH_USERS_MISSING, rule.pos, `${rule.path}.users`);
    return;
  }
  rule.users.forEach((user, i) => {
    const path = itemPath(rule.path, 'users', i);
    if (user.text === '' || user.text === '*') return out.error(msg.sshUserInvalid(user.text), user, path);
    // The server trims users (captured: " root" and "\troot" map root), but whether it trims before
    // refusing "" and "*" is not captured: padded, those are only a notice.
    const trimmed = user.text.trim();
    if (trimmed === '' || trimmed === '*')
      return out.notice(unsure.unconfirmed(msg.sshUserInvalid(trimmed)), user, path);
    const problem = domainProblem(user.text, check);
    if (problem !== undefined) out.error(problem, user, path);
  });
}

/**
 * Read trimmed, like the SSH strings the server was captured trimming (§1.4.3); no capture covers
 * checkPeriod itself, so a padded value the engine accepts gets a notice. A value that is still
 * invalid once trimmed is refused either way; the wording assumes the server trims.
 */
function checkPeriod(period: Text, path: string, out: Findings): void {
  const text = period.text.trim();
  if (text !== 'always') {
    const parsed = parseGoDuration(text);
    if (!parsed.ok) return out.error(parsed.error, period, path);
    const shown = formatGoDuration(parsed.nanos);
    if (parsed.nanos < 0n) return out.error(msg.checkPeriodNegative(shown), period, path);
    if (parsed.nanos > 168n * HOUR) return out.error(msg.checkPeriodTooLong(shown), period, path);
    if (parsed.nanos > 0n && parsed.nanos < MINUTE)
      out.notice(unsure.unconfirmed(checkPeriodShort(shown)), period, path);
  }
  if (text !== period.text) out.notice(unsure.unconfirmed(checkPeriodPadded(period.text)), period, path);
}

export function validateSshRule(rule: SshRule, context: PolicyContext, check: DomainCheck, out: Findings): void {
  // The server trims the action but does not fold its case (captured: " accept" is accept,
  // "Accept" and "ACCEPT" are refused).
  const action = rule.action?.text.trim() ?? '';
  if (action === '') out.error(msg.SSH_ACTION_MISSING, rule.action ?? rule.pos, `${rule.path}.action`);
  else if (action !== 'accept' && action !== 'check') {
    out.error(msg.sshActionInvalid(action), rule.action!, `${rule.path}.action`);
  }
  rule.src.forEach((s, i) => {
    const problem = sourceProblem(s.text, context, check);
    if (problem === undefined) return;
    reportProblem(
      out,
      problem,
      problemText(problem, (inner) => inner),
      s,
      itemPath(rule.path, 'src', i),
    );
  });
  if (action === 'check') {
    const tagged = rule.src.find((s) => isTagSource(s.text));
    if (tagged !== undefined) out.error(msg.SSH_CHECK_WITH_TAGS, tagged, rule.path);
  }
  checkDestinations(rule, context, out);
  checkUsers(rule, check, out);
  if (rule.checkPeriod !== undefined) checkPeriod(rule.checkPeriod, `${rule.path}.checkPeriod`, out);
  rule.acceptEnv?.forEach((env, i) => {
    if (env.text === '') out.error(msg.ACCEPT_ENV_EMPTY, env, itemPath(rule.path, 'acceptEnv', i));
  });
  rule.recorder?.forEach((tag, i) => {
    const name = tag.text.trim();
    const path = itemPath(rule.path, 'recorder', i);
    // The documentation names recorders by tag only; what the server says of anything else is not known.
    if (!name.startsWith('tag:')) out.notice(unsure.unconfirmed(unsure.recorderNotTag(name)), tag, path);
    else if (!context.tags.has(name)) out.error(msg.tagNotFound(name), tag, path);
  });
  checkPostures(rule.srcPosture, rule.path, context, out);
}

/**
 * sshTests entries the server rejects as invalid policy rather than as failing tests: an
 * autogroup as `src` (quoted in tailscale#14102), a CIDR or autogroup:internet `dst`, an
 * unknown tag `dst` (observed). Only a /24 CIDR was observed: a full-length one (/32, /128)
 * names one address, and whether the server refuses it too is not known, so it gets a notice.
 */
export function validateSshTestDestinations(policy: Policy, context: PolicyContext, out: Findings): void {
  for (const test of policy.sshTests) {
    const src = test.src === undefined ? undefined : classify(test.src.text);
    if (test.src !== undefined && src?.kind === 'autogroup') {
      out.error(msg.sshTestSrcDisallowed(test.src.text.trim()), test.src, `sshTests[${test.index}].src`);
    }
    test.dst.forEach((d, i) => {
      const path = `sshTests[${test.index}].dst[${i}]`;
      const selector = classify(d.text);
      const internet = selector.kind === 'autogroup' && selector.name === 'internet';
      const cidr = selector.kind === 'prefix' && selector.written === 'cidr';
      if (cidr && isFullLength(selector.prefix)) out.notice(unsure.unconfirmed(msg.sshTestDisallowed(d.text)), d, path);
      else if (cidr || internet) out.error(msg.sshTestDisallowed(d.text), d, path);
      else if (selector.kind === 'tag' && !context.tags.has(selector.name)) {
        out.error(msg.sshTestUnknownTag(d.text), d, path);
      }
    });
  }
}
