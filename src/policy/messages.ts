// Error texts observed verbatim from the Tailscale server (captures or quoted issues). Texts
// whose server wording is not known live in unsure.ts instead.

import { goQuote, quoteKey } from './quote.js';

export const TESTS_FAILED = 'test(s) failed';
export const WARNINGS_FOUND = 'warning(s) found';

export const groupRecursive = (group: string, member: string): string =>
  `groups[${quoteKey(group)}]: ${goQuote(member)}: group members cannot be recursive`;
export const tagOwnerKey = (tag: string, reason: string): string => `tagOwners[${quoteKey(tag)}]: ${reason}`;

export const TAG_PREFIX = "tags must start with 'tag:'";
export const TAG_EMPTY = 'tag names must not be empty';
export const TAG_FIRST_LETTER = "tag names must start with a letter, after 'tag:'";
export const TAG_CHARACTERS = 'tag names can only contain numbers, letters, or dashes';

export const actionNotSupported = (action: string): string => `action=${goQuote(action)} is not supported`;
export const tagNotFound = (tag: string): string => `tag not found: ${goQuote(tag)}`;
export const srcError = (inner: string): string => `src=${inner}`;
export const dstError = (dst: string, inner: string): string => `dst=${goQuote(dst)}: ${inner}`;
export const portRange = (ports: string, reason: string): string => `port range ${goQuote(ports)}: ${reason}`;
export const PORT_INVALID_FIRST = 'invalid first integer';
export const PORT_ZERO = "first port must be >0, or use '*' for wildcard";
export const selfNotValidInSrc = (selector: string): string =>
  `${goQuote(selector)} not valid on the src side of a rule`;
export const SELF_BAD_SOURCES = 'autogroup:self can only be used with users, groups, or supported autogroups';
export const DANGER_ALL_AS_DST = 'cannot use autogroup:danger-all as a dst';

export const IP_AND_APP_EMPTY = 'ip and app can not both be empty';
export const VIA_ONLY_TAGS = 'via can only be a tag';
export const viaTagNotFound = (tag: string): string => `tag ${goQuote(tag)} not found`;
export const defaultRouteDst = (dst: string): string =>
  `dst ${goQuote(dst)}: to allow all IP addresses, use "*" or "autogroup:internet"`;
export const APP_WITH_INTERNET = 'cannot use app grants with autogroup:internet';
export const CAPABILITY_FORM = 'capability name must have the form {domain}/{path}';
export const CAPABILITY_INTERNAL = 'capability name must not be in the tailscale.com domain';

export const SSH_ACTION_MISSING = 'action must be specified';
export const sshActionInvalid = (action: string): string => `${goQuote(action)} is not a valid action`;
export const SSH_USERS_MISSING = 'users must be specified';
export const sshUserInvalid = (user: string): string => `user ${goQuote(user)} is not valid`;
export const ACCEPT_ENV_EMPTY = 'acceptEnv values cannot be empty';
export const checkPeriodNegative = (duration: string): string => `checkPeriod ${duration} must be a positive duration`;
export const checkPeriodTooLong = (duration: string): string => `checkPeriod ${duration} is above the max (168h)`;
export const sshInvalidDst = (dst: string): string => `invalid dst ${goQuote(dst)}`;
export const SSH_USER_DST_SAME_USER = 'users in dst are only allowed from the same user';
export const SSH_CHECK_WITH_TAGS = '[ssh] "check" action does not support tags in src';
export const sshNotAllowedInSrc = (selector: string): string => `${goQuote(selector)} is not allowed in src`;
export const domainNotAssociated = (domain: string): string =>
  `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
export const SSH_PREFIX = '[ssh] ';

export const invalidAddress = (text: string): string => `${goQuote(text)}: invalid address`;
export const ipPoolReserved = (cidr: string): string => `IPPool(${cidr}): network within reserved range`;

export const sshTestDisallowed = (dst: string): string => `SSH tests dst contains disallowed element ${goQuote(dst)}`;
export const sshTestSrcDisallowed = (src: string): string =>
  `SSH tests src contains disallowed element ${goQuote(src)}`;
export const sshTestUnknownTag = (dst: string): string => `SSH tests dst contains unknown tag ${goQuote(dst)}`;

export const userNotFoundWarning = (group: string, user: string): string =>
  `${quoteKey(group)}: user not found: ${goQuote(user)}`;

export const NO_ASSOCIATED_IPS =
  'no associated IPs for user (check spelling, or they may not have an approved machine)';

/** `[acl test error]: address "<dst>"[ (protocol "<p>")]: want: <W>, got: <G>` */
export function aclTestVerdict(dst: string, protocol: string | undefined, want: string, got: string): string {
  const proto = protocol === undefined ? '' : ` (protocol ${goQuote(protocol)})`;
  return `[acl test error]: address ${goQuote(dst)}${proto}: want: ${want}, got: ${got}`;
}

export function aclTestError(reason: string, dst?: string): string {
  return dst === undefined ? `[acl test error]: ${reason}` : `[acl test error]: address ${goQuote(dst)}: ${reason}`;
}

/** `[ssh test error]: src "<s>" at "<ip>", dst "<d>" at "<ip>", ssh user "<u>": want: "<w>" got: "<g>"` */
export function sshTestVerdict(
  src: string,
  srcAt: string,
  dst: string,
  dstAt: string,
  user: string,
  want: string,
  got: string,
): string {
  return (
    `[ssh test error]: src ${goQuote(src)} at ${goQuote(srcAt)}, dst ${goQuote(dst)} ` +
    `at ${goQuote(dstAt)}, ssh user ${goQuote(user)}: want: ${goQuote(want)} ` +
    `got: ${goQuote(got)}`
  );
}

export function sshTestError(reason: string): string {
  return `[ssh test error]: ${reason}`;
}
