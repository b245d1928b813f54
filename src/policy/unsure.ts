// Wording and choices for what the semantics (docs/policy-semantics.md) marks UNSURE: texts
// whose server wording is not known, and small decisions with their reasons. Choices between
// two behaviours live as plain code, with a comment, where they are made.
//
// The rule for validation (docs/policy-semantics.md, "Errors, warnings and notices"): where the
// server's refusal is not established, the engine accepts and reports a notice built with
// `unconfirmed`.

import { goQuote, quoteKey } from './quote.js';

/** A notice: the finding, and that it was accepted because the server's answer is not known. */
export const unconfirmed = (finding: string): string =>
  `${finding} (accepted: not confirmed against the Tailscale server)`;

// ---------------------------------------------------------------------------------------------
// Decoding (§1.2)

/** A duplicate key (keys differing only in ASCII case count): accepted with a notice, the last one wins. */
export const duplicateKeyMessage = (key: string): string => `duplicate object key ${goQuote(key)}`;

/**
 * Both a field and its legacy synonym (`src`/`users`, `dst`/`ports`, `src`/`user`, `accept`/`allow`):
 * a notice; the field wins.
 */
export const legacySynonymConflict = (field: string, legacy: string): string =>
  `only one of ${goQuote(field)} and ${goQuote(legacy)} may be set`;

/**
 * `extraDNSRecords`, MagicDNS records in the policy file: Tailscale's own GitOps tooling carries the
 * section, its documentation does not describe it, and no answer of the server to it was captured
 * (§1.3).
 */
export const EXTRA_DNS_RECORDS =
  'extraDNSRecords: a section Tailscale does not document; its records are not checked offline';

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
export const notAllowedHere = (selector: string, side: string): string =>
  `${goQuote(selector)} is not allowed in ${side}`;
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

/** The domain `user:*@domain` compares (§2.2.8): what follows a login's last `@`, the whole login without one. */
export function loginDomain(login: string): string {
  return login.slice(login.lastIndexOf('@') + 1);
}

// ---------------------------------------------------------------------------------------------
// Ports and protocols (§2.6–2.8)

export const PORT_INVALID_LAST = 'invalid last integer';
export const PORT_INVERTED = 'last port must be >= first port';
export const protocolUnknown = (proto: string): string =>
  `proto name ${goQuote(proto)} not known; use protocol number 0-255`;
export const protocolWithoutPorts = (proto: string): string =>
  `protocol does not support specific ports: ${goQuote(proto)}, only "*" is allowed`;
/** A destination without `:port`. */
export const dstMissingPort = (dst: string): string => `invalid destination ${goQuote(dst)}: expected host:port`;
/** Brackets around something that is not an IPv6 address, or not followed by `:port`. */
export const dstBadBrackets = (dst: string): string =>
  `invalid destination ${goQuote(dst)}: brackets are only for IPv6 addresses`;
export const GRANT_IP_COLONS = 'expected only one colon in Internet protocol and port type';

/**
 * Protocols Tailscale's parsers disagree on (§2.7): names that only some versions of the shared
 * protocol parser (types/ipproto) know, and 99, which another version refuses as Tailscale's own.
 * Accepted, with a notice; undefined for every other protocol.
 */
export function unsettledProtocol(text: string): string | undefined {
  const name = text.toLowerCase();
  if (name === '99') return 'IP protocol 99 is reserved for use by Tailscale';
  if (['icmpv4', 'icmpv6', 'dccp', 'tsmp'].includes(name)) {
    return `protocol ${goQuote(text)} is not a documented name, and not every version of Tailscale's protocol parser knows it`;
  }
  return undefined;
}

/**
 * A list of ports in one grant `ip` entry: Tailscale's client parser for these entries takes one
 * range ("only one port range allowed"), and the server's other messages for them are that
 * parser's; no refusal of a list was observed, and ACL destinations take lists (§2.8).
 */
export const grantIpList = (entry: string): string =>
  `grant ip ${goQuote(entry)} lists several ports, and Tailscale's parser for these entries accepts one ` +
  'port range per entry; write one entry per range';

// ---------------------------------------------------------------------------------------------
// Sections (§6.2)

export const groupPrefixMissing = (name: string): string => `group must start with 'group:', got: ${goQuote(name)}`;
/** A group member that is not a user login (tag, autogroup...): accepted with a notice; it matches nothing. */
export const groupMemberNotUser = (group: string, member: string): string =>
  `groups[${quoteKey(group)}]: ${goQuote(member)}: group members must be users`;
export const hostInvalidAddress = (name: string, value: string): string =>
  `hostname contains invalid IP address: hostname ${goQuote(name)} address ${goQuote(value)}`;
export const hostNameInvalid = (name: string): string => `hosts: invalid host name ${goQuote(name)}`;
export const ipsetInvalid = (name: string, entry: string, reason: string): string =>
  `ipsets[${quoteKey(name)}]: ${goQuote(entry)}: ${reason}`;
export const ipsetNamePrefix = (name: string): string => `ipset must start with 'ipset:', got: ${goQuote(name)}`;
export const postureNamePrefix = (name: string): string => `posture must start with 'posture:', got: ${goQuote(name)}`;
export const postureInvalid = (name: string, condition: string): string =>
  `postures[${quoteKey(name)}]: invalid condition ${goQuote(condition)}`;
export const autoApproverRouteInvalid = (route: string): string => `autoApprovers: invalid route ${goQuote(route)}`;
export const ipPoolOutsideCGNAT = (cidr: string): string => `IPPool(${cidr}): network not within 100.64.0.0/10`;
export const ipPoolInvalid = (cidr: string): string => `IPPool(${cidr}): invalid prefix`;
export const NODE_ATTR_SELF =
  'autogroup:self is not supported as a nodeAttrs target (the server answers "internal server error")';
export const sshSelfWithTags =
  'autogroup:self destination requires source to contain only users or groups, not tags or autogroup:tagged';

/** Capabilities only Tailscale itself may grant, refused in `app` (observed, docs/policy-semantics.md §4). */
export const INTERNAL_CAPABILITIES: ReadonlySet<string> = new Set([
  'tailscale.com/cap/ingress',
  'tailscale.com/cap/funnel',
  'tailscale.com/cap/relay-target',
]);
/** Capability names Tailscale reserves, by the grants documentation; no refusal was observed. */
export const CAPABILITY_RESERVED = "the tailscale.io domain is reserved for Tailscale's own capabilities";
/** Likely internal too, but no refusal was observed: a notice. */
export const LIKELY_INTERNAL_CAPABILITIES: ReadonlySet<string> = new Set(['tailscale.com/cap/drive-sharer']);

/**
 * The tailnet's own domains (for `user:*@domain` and `localpart:*@domain`): the explicit list,
 * else the domain of its owner's login: the user whose role is `owner`, or the first user (the
 * captures list the tailnet's creator first; the API's users list has no order). Alias domains
 * are known only from the explicit list. Undefined means unknown: the check is skipped.
 */
export function tailnetDomains(
  users: readonly { login: string; role?: string }[],
  explicit: readonly string[] | undefined,
): readonly string[] | undefined {
  if (explicit !== undefined) return explicit;
  const owner = (users.find((u) => u.role === 'owner') ?? users[0])?.login ?? '';
  const at = owner.lastIndexOf('@');
  return at === -1 ? undefined : [owner.slice(at + 1)];
}

/** A `recorder` entry that is not a tag (the documentation shows tags only; the server's wording is not known). */
export const recorderNotTag = (entry: string): string =>
  `recorder ${goQuote(entry)} is not a tag: session recorders are named by their tag (tag:<name>)`;

// ---------------------------------------------------------------------------------------------
// Tests (§5)

/** With no `proto`, an accept passes if TCP or UDP is accepted; a deny passes only if both are dropped. */
export const DEFAULT_TEST_PROTOCOLS: readonly number[] = [6, 17];

/** When neither test endpoint forces an address family, tests use IPv4 (SSH test errors show IPv4 addresses; §5.3). */
export const PREFERRED_FAMILY: 4 | 6 = 4;

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
  // The server's words for autogroup:member (tailscale#12370, 2024); other autogroups take the same path.
  srcAutogroup: (src: string): string => `user or host is invalid: unknown user or host: ${goQuote(src)}`,
  srcWildcard: 'src "*": a test needs one specific source',
  srcCidr: (src: string): string => `src ${goQuote(src)}: CIDR sources are not supported in tests`,
  srcUndefinedGroup: (src: string): string =>
    `src ${goQuote(src)} is a group the policy does not define: whether the server accepts it as a test source, ` +
    'and as whom, is not known',
  srcRangeAlias: (src: string): string =>
    `src ${goQuote(src)} is a host alias for a range of addresses: whether the server accepts it as a test source ` +
    'is not known',
  /** Not among the sources the captures list, nor refused by any (docs/policy-semantics.md §5.2). */
  srcDomain: (src: string): string =>
    `src ${goQuote(src)} names every user of a domain: whether the server accepts it as a test source, ` +
    'and as whom, is not known',
  srcInvalid: (src: string, reason: string): string => `src ${goQuote(src)}: ${reason}`,
  split: 'the devices the source or destination stands for disagree, and which one the server tests from is not known',
  noDevicesUnsure: (name: string): string =>
    `${name} has no device: whether the server fails the test or passes it is not known`,
  dstNeedsPort: 'destination must be host:port',
  dstSinglePort: (port: string): string => `port ${goQuote(port)}: tests need a single port number 0-65535`,
  dstCidr: 'CIDR destinations are not supported in tests',
  dstAutogroup: (name: string): string => `${name} is not a valid test destination`,
  dstInvalid: (dst: string): string => `${goQuote(dst)} is not a valid test destination`,
  dstWildcard: '"*" is not a valid test destination',
  dstNoDevices: 'destination has no devices',
  noSameFamily: 'source and destination have no address of the same family',
  invalidProto: (proto: string): string => protocolUnknown(proto),
  sshDstInvalid: (dst: string): string => `dst ${goQuote(dst)} is not a valid SSH test destination`,
};
