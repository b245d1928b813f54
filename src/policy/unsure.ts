// Every behaviour the specification (policy-semantics.md) marks UNSURE, in one place. Each entry
// names the section it comes from; change the value here and the whole engine follows.

import { goQuote } from './quote.js';

// ---------------------------------------------------------------------------------------------
// Decoding (§1.2)

/** Duplicate keys are rejected; the server's wording is unknown. Keys differing only in ASCII case count as duplicates. */
export const duplicateKeyMessage = (key: string): string => `duplicate object key ${goQuote(key)}`;

/** Setting both a field and its legacy synonym (`src`/`users`, `dst`/`ports`, `src`/`user`, `accept`/`allow`). */
export const legacySynonymConflict = (field: string, legacy: string): string =>
  `only one of ${goQuote(field)} and ${goQuote(legacy)} may be set`;

/** `"acls": null` / `"grants": null` count as absent, so with both absent the policy allows everything (§1.3). */
export const NULL_RULE_SECTION_IS_ABSENT = true;

/** Values accepted for `OneCGNATRoute`; the message for others is unknown. */
export const ONE_CGNAT_ROUTE_VALUES: readonly string[] = ['', 'mac-always', 'mac-never'];
export const oneCGNATRouteInvalid = (value: string): string => `OneCGNATRoute: invalid value ${goQuote(value)}`;

// ---------------------------------------------------------------------------------------------
// Selectors (§2)

/** An undefined name that looks like a host alias (§2.1: headscale wording). */
export const hostNotDefined = (name: string): string => `host not defined in policy: ${goQuote(name)}`;
/** An undefined policy group (headscale wording). */
export const groupNotDefined = (name: string): string => `group not defined in policy: ${goQuote(name)}`;
/** An autogroup name Tailscale does not know (headscale wording, shortened). */
export const invalidAutogroup = (name: string): string => `invalid autogroup: got ${goQuote(name)}`;
/** A selector kind used where it is not allowed and no server text is known. */
export const notAllowedHere = (selector: string, side: string): string => `${goQuote(selector)} is not allowed in ${side}`;
/** A posture name referenced but not defined in `postures`. */
export const postureNotFound = (name: string): string => `posture not found: ${goQuote(name)}`;
/** An `ipset:` name referenced but not defined. */
export const ipsetNotFound = (name: string): string => `ipset not found: ${goQuote(name)}`;

/** Whether a name can be a host alias at all; others are reported as `"x": invalid address`. */
export function looksLikeHostAlias(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name);
}

/** Login comparison: the whole login, ASCII case-insensitively (§2.2.2). */
export function normalizeLogin(login: string): string {
  return login.toLowerCase();
}

/** A host alias whose value is a /32 or /128 prefix counts as a single address in tests (§5.2). */
export const FULL_LENGTH_PREFIX_IS_SINGLE_ADDRESS = true;

/** `*` as a destination matches any address, also public ones (§2.2.1). */
export const WILDCARD_DST_MATCHES_ANY_ADDRESS = true;

/** The grant `dst` default-route check applies to literal prefixes of length 0 only (§2.2.6). */
export const DEFAULT_ROUTE_CHECK_APPLIES_TO_ACLS = false;

// ---------------------------------------------------------------------------------------------
// Ports and protocols (§2.6–2.8)

export const PORT_INVALID_LAST = 'invalid last integer';
/** In a port list, errors quote the failing item (`port range "abc"` for `22,abc`), not the whole list. */
export const portRangeSubject = (_spec: string, item: string): string => item;
export const PORT_INVERTED = 'last port must be >= first port';
export const protocolUnknown = (proto: string): string => `proto name ${goQuote(proto)} not known; use protocol number 0-255`;
export const protocolWithoutPorts = (proto: string): string =>
  `protocol does not support specific ports: ${goQuote(proto)}, only "*" is allowed`;
/** A destination without `:port`. */
export const dstMissingPort = (dst: string): string => `invalid destination ${goQuote(dst)}: expected host:port`;
/** Brackets around something that is not an IPv6 address, or not followed by `:port`. */
export const dstBadBrackets = (dst: string): string => `invalid destination ${goQuote(dst)}: brackets are only for IPv6 addresses`;
export const GRANT_IP_COLONS = 'expected only one colon in Internet protocol and port type';
/** Protocol names beyond the documented ones, from Tailscale's shared parser: accepted. */
export const ACCEPT_EXTRA_PROTOCOL_NAMES = true;

// ---------------------------------------------------------------------------------------------
// Sections (§6.2)

export const groupPrefixMissing = (name: string): string => `group must start with 'group:', got: ${goQuote(name)}`;
/** Group members must be user logins; tags, autogroups and other non-logins are rejected. */
export const groupMemberNotUser = (group: string, member: string): string =>
  `groups[${goQuote(group)}]: ${goQuote(member)}: group members must be users`;
export const hostInvalidAddress = (name: string, value: string): string =>
  `hostname contains invalid IP address: hostname ${goQuote(name)} address ${goQuote(value)}`;
export const hostNameInvalid = (name: string): string => `hosts: invalid host name ${goQuote(name)}`;
export const ipsetInvalid = (name: string, entry: string, reason: string): string =>
  `ipsets[${goQuote(name)}]: ${goQuote(entry)}: ${reason}`;
export const ipsetNamePrefix = (name: string): string => `ipset must start with 'ipset:', got: ${goQuote(name)}`;
export const postureNamePrefix = (name: string): string => `posture must start with 'posture:', got: ${goQuote(name)}`;
export const postureInvalid = (name: string, condition: string): string =>
  `postures[${goQuote(name)}]: invalid condition ${goQuote(condition)}`;
export const autoApproverRouteInvalid = (route: string): string => `autoApprovers: invalid route ${goQuote(route)}`;
export const ipPoolOutsideCGNAT = (cidr: string): string => `IPPool(${cidr}): network not within 100.64.0.0/10`;
export const ipPoolInvalid = (cidr: string): string => `IPPool(${cidr}): invalid prefix`;
export const NODE_ATTR_SELF = 'autogroup:self is not supported as a nodeAttrs target (the server answers "internal server error")';
export const sshSelfWithTags = 'autogroup:self destination requires source to contain only users or groups, not tags or autogroup:tagged';

/** Capabilities that only Tailscale itself may grant (§4): rejected in `app`. */
export const INTERNAL_CAPABILITIES: ReadonlySet<string> = new Set([
  'tailscale.com/cap/ingress',
  'tailscale.com/cap/funnel',
  'tailscale.com/cap/relay-target',
  'tailscale.com/cap/drive-sharer',
]);

/** Role autogroups in SSH `src` were rejected in 2023 (`"autogroup:admin" is not allowed in src`). */
export const SSH_ROLE_AUTOGROUP_IN_SRC_IS_ERROR = true;

/** The tailnet's own domains (for `user:*@domain` and `localpart:*@domain`): the explicit list, else the domain of the first user (the tailnet's creator). Undefined means unknown: the check is skipped. */
export function tailnetDomains(users: readonly { login: string }[], explicit: readonly string[] | undefined): readonly string[] | undefined {
  if (explicit !== undefined) return explicit;
  const first = users[0]?.login ?? '';
  const at = first.lastIndexOf('@');
  return at === -1 ? undefined : [first.slice(at + 1)];
}

// ---------------------------------------------------------------------------------------------
// Tests (§5)

/** With no `proto`, an accept passes if TCP or UDP is accepted; a deny passes only if both are dropped. */
export const DEFAULT_TEST_PROTOCOLS: readonly number[] = [6, 17];

/** ` (protocol "tcp")` appears in failure messages only when the test sets `proto`. */
export const PROTOCOL_IN_MESSAGE_ONLY_WHEN_SET = true;

/** When neither endpoint forces an address family, tests use IPv4 (SSH test errors show only IPv4 addresses). */
export const PREFERRED_FAMILY: 4 | 6 = 4;

/** A test endpoint that resolves to no device (user without machines, tag on no device) makes the test fail. */
export const EMPTY_ENDPOINT_FAILS = true;

/**
 * A group used as a test source: every member's devices must satisfy the assertion (topology
 * mode). Offline, members that disagree leave the outcome unknown rather than failed, since the
 * server might test one representative member.
 */
export const GROUP_SOURCE_EVERY_MEMBER = true;

/** Grants with `via` count as allowing the traffic for tests (§4). */
export const VIA_GRANTS_APPLY_TO_TESTS = true;

/** An `accept` SSH assertion needs the outcome `accept` exactly; `check` does not satisfy it (§5.6). */
export const SSH_ACCEPT_SATISFIED_BY_CHECK = false;

/** Offline, a non-Tailscale source address might be inside an approved subnet route, which `*` includes. */
export const WILDCARD_SRC_UNKNOWN_OUTSIDE_TAILSCALE_OFFLINE = true;

/** A rule's `srcPosture` holds when the source satisfies at least one listed posture (§5.7). */
export const POSTURE_ANY_OF = true;

/** Placeholder for a device address in SSH test messages when no topology is known. */
export const UNKNOWN_ADDRESS = '?';

/** Wording for malformed test entries (the server only says `test(s) failed`). */
export const TEST_REASONS = {
  missingSrc: 'test has no src',
  noAssertions: 'test has no accept or deny destinations',
  sshNoAssertions: 'test has no accept, check or deny users',
  emptyUser: 'empty user name',
  userInAcceptAndDeny: (user: string): string => `user ${goQuote(user)} is in both accept and deny`,
  /** Autogroups are not valid test endpoints (tailscale#5954: "ACL tests do not currently support autogroups"). */
  srcAutogroup: (src: string): string => `src ${goQuote(src)}: autogroups are not supported as test sources`,
  srcWildcard: 'src "*": a test needs one specific source',
  srcCidr: (src: string): string => `src ${goQuote(src)}: CIDR sources are not supported in tests`,
  srcInvalid: (src: string, reason: string): string => `src ${goQuote(src)}: ${reason}`,
  noSuchTag: 'no device has this tag',
  dstNeedsPort: 'destination must be host:port',
  dstSinglePort: (port: string): string => `port ${goQuote(port)}: tests need a single port number 0-65535`,
  dstCidr: 'CIDR destinations are not supported in tests',
  dstAutogroup: (name: string): string => `${name} is not a valid test destination`,
  dstWildcard: '"*" is not a valid test destination',
  dstNoDevices: 'destination has no devices',
  noSameFamily: 'source and destination have no address of the same family',
  invalidProto: (proto: string): string => protocolUnknown(proto),
  sshDstInvalid: (dst: string): string => `dst ${goQuote(dst)} is not a valid SSH test destination`,
};
