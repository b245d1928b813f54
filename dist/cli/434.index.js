export const id = 434;
export const ids = [434];
export const modules = {

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kA: () => (/* reexport */ TopologyError),
  hM: () => (/* binding */ checkPolicy),
  Ln: () => (/* reexport */ parseTopology),
  x_: () => (/* reexport */ report/* serverMessage */.x),
  IN: () => (/* reexport */ topologyFromApi)
});

// UNUSED EXPORTS: checkPolicySource, reportJson, reportLines, toValidateResponse

// EXTERNAL MODULE: ./src/hujson/index.ts + 14 modules
var hujson = __webpack_require__(2881);
;// CONCATENATED MODULE: ./src/policy/ip.ts
// IP addresses, prefixes and sets of address ranges, parsed the way Go's net/netip parses them
// (the server is written in Go, so what it accepts as an address is what netip accepts).
const BITS = { 4: 32, 6: 128 };
function parseAddress(text) {
    if (text.includes(':')) {
        const value = parseIPv6(text);
        return value === undefined ? undefined : { family: 6, value };
    }
    const value = parseIPv4(text);
    return value === undefined ? undefined : { family: 4, value };
}
function parseIPv4(text) {
    const fields = text.split('.');
    if (fields.length !== 4)
        return undefined;
    let value = 0n;
    for (const field of fields) {
        if (!/^(0|[1-9][0-9]{0,2})$/.test(field))
            return undefined;
        const octet = Number(field);
        if (octet > 255)
            return undefined;
        value = (value << 8n) | BigInt(octet);
    }
    return value;
}
function parseIPv6(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const head = parseGroups(halves[0], halves.length === 1);
    const tail = halves.length === 2 ? parseGroups(halves[1], true) : [];
    if (head === undefined || tail === undefined)
        return undefined;
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const groups = [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...tail];
    let value = 0n;
    for (const group of groups)
        value = (value << 16n) | BigInt(group);
    return value;
}
/** Hex groups of one side of `::`; the last group of the address may be a dotted IPv4 address. */
function parseGroups(text, mayEndWithIPv4) {
    if (text === '')
        return [];
    const parts = text.split(':');
    const groups = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (i === parts.length - 1 && mayEndWithIPv4 && part.includes('.')) {
            const v4 = parseIPv4(part);
            if (v4 === undefined)
                return undefined;
            groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
        }
        else {
            if (!/^[0-9a-fA-F]{1,4}$/.test(part))
                return undefined;
            groups.push(parseInt(part, 16));
        }
    }
    return groups;
}
function parsePrefix(text) {
    const slash = text.indexOf('/');
    if (slash === -1)
        return undefined;
    const address = parseAddress(text.slice(0, slash));
    const bitsText = text.slice(slash + 1);
    if (address === undefined || !/^(0|[1-9][0-9]*)$/.test(bitsText))
        return undefined;
    const bits = Number(bitsText);
    if (bits > BITS[address.family])
        return undefined;
    return { family: address.family, value: address.value & mask(address.family, bits), bits };
}
function mask(family, bits) {
    const total = BITS[family];
    return ((1n << BigInt(total)) - 1n) ^ ((1n << BigInt(total - bits)) - 1n);
}
function prefixRange(prefix) {
    const size = 1n << BigInt(BITS[prefix.family] - prefix.bits);
    return { lo: prefix.value, hi: prefix.value + size - 1n };
}
function addressPrefix(address) {
    return { family: address.family, value: address.value, bits: BITS[address.family] };
}
/** An address or a prefix, as written in hosts, rules and tests. */
function parseAddressOrPrefix(text) {
    if (text.includes('/'))
        return parsePrefix(text);
    const address = parseAddress(text);
    return address === undefined ? undefined : addressPrefix(address);
}
/** `a-b` with two addresses of one family, lowest first (only valid inside ipsets). */
function parseAddressRange(text) {
    const dash = text.indexOf('-');
    if (dash === -1)
        return undefined;
    const lo = parseAddress(text.slice(0, dash));
    const hi = parseAddress(text.slice(dash + 1));
    if (lo === undefined || hi === undefined || lo.family !== hi.family || lo.value > hi.value)
        return undefined;
    return { family: lo.family, range: { lo: lo.value, hi: hi.value } };
}
function setOf(entries) {
    const v4 = entries.filter((e) => e.family === 4).map((e) => e.range);
    const v6 = entries.filter((e) => e.family === 6).map((e) => e.range);
    return { v4: normalize(v4), v6: normalize(v6) };
}
function prefixSet(prefixes) {
    return setOf(prefixes.map((p) => ({ family: p.family, range: prefixRange(p) })));
}
function normalize(ranges) {
    const sorted = [...ranges].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
    const out = [];
    for (const range of sorted) {
        const last = out[out.length - 1];
        if (last !== undefined && range.lo <= last.hi + 1n) {
            if (range.hi > last.hi)
                out[out.length - 1] = { lo: last.lo, hi: range.hi };
        }
        else
            out.push(range);
    }
    return out;
}
function union(a, b) {
    return { v4: normalize([...a.v4, ...b.v4]), v6: normalize([...a.v6, ...b.v6]) };
}
function subtract(a, b) {
    return { v4: subtractRanges(a.v4, b.v4), v6: subtractRanges(a.v6, b.v6) };
}
function subtractRanges(from, remove) {
    let current = [...from];
    for (const r of remove) {
        const next = [];
        for (const c of current) {
            if (r.hi < c.lo || r.lo > c.hi)
                next.push(c);
            else {
                if (c.lo < r.lo)
                    next.push({ lo: c.lo, hi: r.lo - 1n });
                if (c.hi > r.hi)
                    next.push({ lo: r.hi + 1n, hi: c.hi });
            }
        }
        current = next;
    }
    return current;
}
function rangesOf(set, family) {
    return family === 4 ? set.v4 : set.v6;
}
function contains(set, address) {
    for (const r of rangesOf(set, address.family)) {
        if (address.value < r.lo)
            return false;
        if (address.value <= r.hi)
            return true;
    }
    return false;
}
/** Whether `outer` holds every address of `inner` in the family. */
function covers(outer, inner, family) {
    const outerRanges = rangesOf(outer, family);
    return rangesOf(inner, family).every((r) => outerRanges.some((o) => o.lo <= r.lo && r.hi <= o.hi));
}
function overlaps(a, b, family) {
    const bRanges = rangesOf(b, family);
    return rangesOf(a, family).some((r) => bRanges.some((o) => r.lo <= o.hi && o.lo <= r.hi));
}
function formatAddress(address) {
    if (address.family === 4) {
        const v = address.value;
        return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
    }
    const groups = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n)
        groups.push(Number((address.value >> shift) & 0xffffn));
    return compressIPv6(groups);
}
/** RFC 5952 text: the longest run (of at least two) of zero groups becomes `::`. */
function compressIPv6(groups) {
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart === -1)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/quote.ts
var quote = __webpack_require__(6114);
;// CONCATENATED MODULE: ./src/policy/unsure.ts
// Every behaviour the specification (policy-semantics.md) marks UNSURE, in one place. Each entry
// names the section it comes from; change the value here and the whole engine follows.

// ---------------------------------------------------------------------------------------------
// Decoding (§1.2)
/** Duplicate keys are rejected; the server's wording is unknown. Keys differing only in ASCII case count as duplicates. */
const duplicateKeyMessage = (key) => `duplicate object key ${(0,quote/* goQuote */.d)(key)}`;
/** Setting both a field and its legacy synonym (`src`/`users`, `dst`/`ports`, `src`/`user`, `accept`/`allow`). */
const legacySynonymConflict = (field, legacy) => `only one of ${(0,quote/* goQuote */.d)(field)} and ${(0,quote/* goQuote */.d)(legacy)} may be set`;
/** `"acls": null` / `"grants": null` count as absent, so with both absent the policy allows everything (§1.3). */
const NULL_RULE_SECTION_IS_ABSENT = true;
/** Values accepted for `OneCGNATRoute`; the message for others is unknown. */
const ONE_CGNAT_ROUTE_VALUES = ['', 'mac-always', 'mac-never'];
const oneCGNATRouteInvalid = (value) => `OneCGNATRoute: invalid value ${(0,quote/* goQuote */.d)(value)}`;
// ---------------------------------------------------------------------------------------------
// Selectors (§2)
/** An undefined name that looks like a host alias (§2.1: headscale wording). */
const hostNotDefined = (name) => `host not defined in policy: ${(0,quote/* goQuote */.d)(name)}`;
/** An undefined policy group (headscale wording). */
const groupNotDefined = (name) => `group not defined in policy: ${(0,quote/* goQuote */.d)(name)}`;
/** An autogroup name Tailscale does not know (headscale wording, shortened). */
const invalidAutogroup = (name) => `invalid autogroup: got ${(0,quote/* goQuote */.d)(name)}`;
/** A selector kind used where it is not allowed and no server text is known. */
const notAllowedHere = (selector, side) => `${(0,quote/* goQuote */.d)(selector)} is not allowed in ${side}`;
/** A posture name referenced but not defined in `postures`. */
const postureNotFound = (name) => `posture not found: ${(0,quote/* goQuote */.d)(name)}`;
/** An `ipset:` name referenced but not defined. */
const ipsetNotFound = (name) => `ipset not found: ${(0,quote/* goQuote */.d)(name)}`;
/** Whether a name can be a host alias at all; others are reported as `"x": invalid address`. */
function looksLikeHostAlias(name) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name);
}
/** Login comparison: the whole login, ASCII case-insensitively (§2.2.2). */
function normalizeLogin(login) {
    return login.toLowerCase();
}
/** A host alias whose value is a /32 or /128 prefix counts as a single address in tests (§5.2). */
const FULL_LENGTH_PREFIX_IS_SINGLE_ADDRESS = true;
/** `*` as a destination matches any address, also public ones (§2.2.1). */
const WILDCARD_DST_MATCHES_ANY_ADDRESS = true;
/** The grant `dst` default-route check applies to literal prefixes of length 0 only (§2.2.6). */
const DEFAULT_ROUTE_CHECK_APPLIES_TO_ACLS = false;
// ---------------------------------------------------------------------------------------------
// Ports and protocols (§2.6–2.8)
const PORT_INVALID_LAST = 'invalid last integer';
/** In a port list, errors quote the failing item (`port range "abc"` for `22,abc`), not the whole list. */
const portRangeSubject = (_spec, item) => item;
const PORT_INVERTED = 'last port must be >= first port';
const protocolUnknown = (proto) => `proto name ${(0,quote/* goQuote */.d)(proto)} not known; use protocol number 0-255`;
const protocolWithoutPorts = (proto) => `protocol does not support specific ports: ${(0,quote/* goQuote */.d)(proto)}, only "*" is allowed`;
/** A destination without `:port`. */
const dstMissingPort = (dst) => `invalid destination ${(0,quote/* goQuote */.d)(dst)}: expected host:port`;
/** Brackets around something that is not an IPv6 address, or not followed by `:port`. */
const dstBadBrackets = (dst) => `invalid destination ${(0,quote/* goQuote */.d)(dst)}: brackets are only for IPv6 addresses`;
const GRANT_IP_COLONS = 'expected only one colon in Internet protocol and port type';
/** Protocol names beyond the documented ones, from Tailscale's shared parser: accepted. */
const ACCEPT_EXTRA_PROTOCOL_NAMES = true;
// ---------------------------------------------------------------------------------------------
// Sections (§6.2)
const groupPrefixMissing = (name) => `group must start with 'group:', got: ${(0,quote/* goQuote */.d)(name)}`;
/** Group members must be user logins; tags, autogroups and other non-logins are rejected. */
const groupMemberNotUser = (group, member) => `groups[${(0,quote/* goQuote */.d)(group)}]: ${(0,quote/* goQuote */.d)(member)}: group members must be users`;
const hostInvalidAddress = (name, value) => `hostname contains invalid IP address: hostname ${(0,quote/* goQuote */.d)(name)} address ${(0,quote/* goQuote */.d)(value)}`;
const hostNameInvalid = (name) => `hosts: invalid host name ${(0,quote/* goQuote */.d)(name)}`;
const ipsetInvalid = (name, entry, reason) => `ipsets[${(0,quote/* goQuote */.d)(name)}]: ${(0,quote/* goQuote */.d)(entry)}: ${reason}`;
const ipsetNamePrefix = (name) => `ipset must start with 'ipset:', got: ${(0,quote/* goQuote */.d)(name)}`;
const postureNamePrefix = (name) => `posture must start with 'posture:', got: ${(0,quote/* goQuote */.d)(name)}`;
const postureInvalid = (name, condition) => `postures[${(0,quote/* goQuote */.d)(name)}]: invalid condition ${(0,quote/* goQuote */.d)(condition)}`;
const autoApproverRouteInvalid = (route) => `autoApprovers: invalid route ${(0,quote/* goQuote */.d)(route)}`;
const ipPoolOutsideCGNAT = (cidr) => `IPPool(${cidr}): network not within 100.64.0.0/10`;
const ipPoolInvalid = (cidr) => `IPPool(${cidr}): invalid prefix`;
const NODE_ATTR_SELF = 'autogroup:self is not supported as a nodeAttrs target (the server answers "internal server error")';
const sshSelfWithTags = 'autogroup:self destination requires source to contain only users or groups, not tags or autogroup:tagged';
/** Capabilities that only Tailscale itself may grant (§4): rejected in `app`. */
const INTERNAL_CAPABILITIES = new Set([
    'tailscale.com/cap/ingress',
    'tailscale.com/cap/funnel',
    'tailscale.com/cap/relay-target',
    'tailscale.com/cap/drive-sharer',
]);
/** Role autogroups in SSH `src` were rejected in 2023 (`"autogroup:admin" is not allowed in src`). */
const SSH_ROLE_AUTOGROUP_IN_SRC_IS_ERROR = true;
/** The tailnet's own domains (for `user:*@domain` and `localpart:*@domain`): the explicit list, else the domain of the first user (the tailnet's creator). Undefined means unknown: the check is skipped. */
function tailnetDomains(users, explicit) {
    if (explicit !== undefined)
        return explicit;
    const first = users[0]?.login ?? '';
    const at = first.lastIndexOf('@');
    return at === -1 ? undefined : [first.slice(at + 1)];
}
// ---------------------------------------------------------------------------------------------
// Tests (§5)
/** With no `proto`, an accept passes if TCP or UDP is accepted; a deny passes only if both are dropped. */
const DEFAULT_TEST_PROTOCOLS = [6, 17];
/** ` (protocol "tcp")` appears in failure messages only when the test sets `proto`. */
const PROTOCOL_IN_MESSAGE_ONLY_WHEN_SET = true;
/** When neither endpoint forces an address family, tests use IPv4 (SSH test errors show only IPv4 addresses). */
const PREFERRED_FAMILY = 4;
/** A test endpoint that resolves to no device (user without machines, tag on no device) makes the test fail. */
const EMPTY_ENDPOINT_FAILS = true;
/**
 * A group used as a test source: every member's devices must satisfy the assertion (topology
 * mode). Offline, members that disagree leave the outcome unknown rather than failed, since the
 * server might test one representative member.
 */
const GROUP_SOURCE_EVERY_MEMBER = true;
/** Grants with `via` count as allowing the traffic for tests (§4). */
const VIA_GRANTS_APPLY_TO_TESTS = true;
/** An `accept` SSH assertion needs the outcome `accept` exactly; `check` does not satisfy it (§5.6). */
const SSH_ACCEPT_SATISFIED_BY_CHECK = false;
/** Offline, a non-Tailscale source address might be inside an approved subnet route, which `*` includes. */
const WILDCARD_SRC_UNKNOWN_OUTSIDE_TAILSCALE_OFFLINE = true;
/** A rule's `srcPosture` holds when the source satisfies at least one listed posture (§5.7). */
const POSTURE_ANY_OF = true;
/** Placeholder for a device address in SSH test messages when no topology is known. */
const UNKNOWN_ADDRESS = '?';
/** Wording for malformed test entries (the server only says `test(s) failed`). */
const TEST_REASONS = {
    missingSrc: 'test has no src',
    noAssertions: 'test has no accept or deny destinations',
    sshNoAssertions: 'test has no accept, check or deny users',
    emptyUser: 'empty user name',
    userInAcceptAndDeny: (user) => `user ${(0,quote/* goQuote */.d)(user)} is in both accept and deny`,
    /** Autogroups are not valid test endpoints (tailscale#5954: "ACL tests do not currently support autogroups"). */
    srcAutogroup: (src) => `src ${(0,quote/* goQuote */.d)(src)}: autogroups are not supported as test sources`,
    srcWildcard: 'src "*": a test needs one specific source',
    srcCidr: (src) => `src ${(0,quote/* goQuote */.d)(src)}: CIDR sources are not supported in tests`,
    srcInvalid: (src, reason) => `src ${(0,quote/* goQuote */.d)(src)}: ${reason}`,
    noSuchTag: 'no device has this tag',
    dstNeedsPort: 'destination must be host:port',
    dstSinglePort: (port) => `port ${(0,quote/* goQuote */.d)(port)}: tests need a single port number 0-65535`,
    dstCidr: 'CIDR destinations are not supported in tests',
    dstAutogroup: (name) => `${name} is not a valid test destination`,
    dstWildcard: '"*" is not a valid test destination',
    dstNoDevices: 'destination has no devices',
    noSameFamily: 'source and destination have no address of the same family',
    invalidProto: (proto) => protocolUnknown(proto),
    sshDstInvalid: (dst) => `dst ${(0,quote/* goQuote */.d)(dst)} is not a valid SSH test destination`,
};

;// CONCATENATED MODULE: ./src/policy/ports.ts
// Port specs, protocols, `host:port` destinations and grant `ip` entries (spec §2.5–2.8).


const ALL_PORTS = [{ first: 0, last: 65535 }];
/** TCP, UDP, ICMPv4 and ICMPv6: what a rule without `proto` allows. */
const DEFAULT_PROTOCOLS = [6, 17, 1, 58];
const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMPV6 = 58;
const SCTP = 132;
const PROTOCOL_NAMES = {
    icmp: 1, igmp: 2, ipv4: 4, 'ip-in-ip': 4, tcp: 6, egp: 8, igp: 9, udp: 17, gre: 47, esp: 50, ah: 51, sctp: 132,
};
const EXTRA_PROTOCOL_NAMES = { icmpv4: 1, icmpv6: 58, 'ipv6-icmp': 58, dccp: 33, tsmp: 99 };
const NAME_OF = { 1: 'icmp', 2: 'igmp', 4: 'ipv4', 6: 'tcp', 8: 'egp', 9: 'igp', 17: 'udp', 47: 'gre', 50: 'esp', 51: 'ah', 58: 'icmpv6', 132: 'sctp' };
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
function parseProtocol(text) {
    const lower = text.toLowerCase();
    const named = PROTOCOL_NAMES[lower] ?? (ACCEPT_EXTRA_PROTOCOL_NAMES ? EXTRA_PROTOCOL_NAMES[lower] : undefined);
    if (named !== undefined)
        return ok(named);
    if (/^[1-9][0-9]{0,2}$/.test(text) && Number(text) <= 255)
        return ok(Number(text));
    return fail(protocolUnknown(text));
}
/** The protocol's name as messages print it: lower-case name, or the number. */
function protocolName(protocol) {
    return NAME_OF[protocol] ?? String(protocol);
}
/** Only these protocols have ports; any other explicit protocol needs `*`. */
function protocolHasPorts(protocol) {
    return protocol === TCP || protocol === UDP || protocol === SCTP;
}
function parsePort(text) {
    if (!/^[0-9]+$/.test(text))
        return undefined;
    const port = Number(text);
    return port <= 65535 ? port : undefined;
}
/** `*`, or a comma-separated list of `N` / `N-M`; errors name the failing item as the server does. */
function parsePortSpec(spec) {
    if (spec === '*')
        return ok([...ALL_PORTS]);
    const ranges = [];
    for (const item of spec.split(',')) {
        const subject = portRangeSubject(spec, item);
        if (item === '*') {
            ranges.push(...ALL_PORTS);
            continue;
        }
        const dash = item.indexOf('-');
        const first = parsePort(dash === -1 ? item : item.slice(0, dash));
        if (first === undefined)
            return fail(messages/* portRange */.ji(subject, messages/* PORT_INVALID_FIRST */.HO));
        const last = dash === -1 ? first : parsePort(item.slice(dash + 1));
        if (last === undefined)
            return fail(messages/* portRange */.ji(subject, PORT_INVALID_LAST));
        if (first === 0)
            return fail(messages/* portRange */.ji(subject, messages/* PORT_ZERO */.V0));
        if (last < first)
            return fail(messages/* portRange */.ji(subject, PORT_INVERTED));
        ranges.push({ first, last });
    }
    return ok(ranges);
}
/** Splits `host:ports` at the last colon, unwrapping `[IPv6]` (and `[IPv6]/bits`) first. */
function splitDestination(dst) {
    if (dst.startsWith('[')) {
        const close = dst.indexOf(']');
        const match = close === -1 ? null : /^(\/[0-9]+)?:(.*)$/s.exec(dst.slice(close + 1));
        const inside = close === -1 ? '' : dst.slice(1, close);
        if (match === null || !inside.includes(':'))
            return fail(dstBadBrackets(dst));
        return ok({ host: inside + (match[1] ?? ''), ports: match[2] });
    }
    const colon = dst.lastIndexOf(':');
    if (colon <= 0 || colon === dst.length - 1)
        return fail(dstMissingPort(dst));
    return ok({ host: dst.slice(0, colon), ports: dst.slice(colon + 1) });
}
/** A grant `ip` entry: `*`, a port spec (default protocols) or `proto:ports`. */
function parseGrantIp(text) {
    if (text === '*')
        return ok({ protocols: DEFAULT_PROTOCOLS, ports: [...ALL_PORTS] });
    const parts = text.split(':');
    if (parts.length > 2)
        return fail(GRANT_IP_COLONS);
    if (parts.length === 1) {
        const ports = parsePortSpec(text);
        return ports.ok ? ok({ protocols: DEFAULT_PROTOCOLS, ports: ports.value }) : ports;
    }
    const protocol = parseProtocol(parts[0]);
    if (!protocol.ok)
        return protocol;
    return portsForProtocol(protocol.value, parts[0], parts[1]);
}
/** Ports for an explicit protocol: only TCP, UDP and SCTP may name specific ports. */
function portsForProtocol(protocol, protocolText, spec) {
    const ports = parsePortSpec(spec);
    if (!ports.ok)
        return ports;
    if (!protocolHasPorts(protocol) && spec !== '*')
        return fail(protocolWithoutPorts(protocolText));
    return ok({ protocols: [protocol], ports: ports.value });
}
function portsContain(ranges, port) {
    return ranges.some((r) => r.first <= port && port <= r.last);
}
function allPorts(ranges) {
    return ranges.some((r) => r.first === 0 && r.last === 65535);
}

;// CONCATENATED MODULE: ./src/policy/ranges.ts
// Well-known address ranges Tailscale gives special meaning to. Built on first use and kept.

function prefix(text) {
    const parsed = parsePrefix(text);
    if (parsed === undefined)
        throw new Error(`bad built-in prefix ${text}`);
    return parsed;
}
function set(...texts) {
    return prefixSet(texts.map(prefix));
}
function once(build) {
    let value;
    return () => (value ??= build());
}
/** Where tailnet devices get their addresses: CGNAT without the ChromeOS VM range, and the ULA. */
const tailscaleDeviceRanges = once(() => subtract(set('100.64.0.0/10', 'fd7a:115c:a1e0::/48'), set('100.115.92.0/23')));
/** What `autogroup:internet` stands for: the public internet reached through exit nodes. */
const internetRanges = once(() => subtract(set('0.0.0.0/0', '2000::/3'), set('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16')));
/** Ranges a nodeAttrs ipPool may not touch. */
const ipPoolReserved = once(() => [prefix('100.100.100.0/24'), prefix('100.115.92.0/23')]);
const cgnat = once(() => set('100.64.0.0/10'));

;// CONCATENATED MODULE: ./src/policy/selectors.ts
// Selector classification (spec §2.1): what kind of thing a string in src/dst/target/owners is.

const ROLE_AUTOGROUPS = new Set([
    'admin', 'owner', 'network-admin', 'it-admin', 'billing-admin', 'auditor',
]);
const OTHER_AUTOGROUPS = new Set(['member', 'members', 'tagged', 'self', 'internet', 'shared', 'danger-all', 'nonroot']);
/** Classifies a trimmed selector; prefixes are checked before `@` because SCIM groups contain one. */
function classify(raw) {
    const text = raw.trim();
    if (text === '*')
        return { kind: 'wildcard' };
    if (text.startsWith('autogroup:')) {
        const name = text.slice('autogroup:'.length);
        const normalized = name === 'members' ? 'member' : name;
        return { kind: 'autogroup', name: normalized, known: ROLE_AUTOGROUPS.has(name) || OTHER_AUTOGROUPS.has(name) };
    }
    if (text.startsWith('group:'))
        return { kind: 'group', name: text, scim: text.includes('@') };
    if (text.startsWith('tag:'))
        return { kind: 'tag', name: text };
    if (text.startsWith('ipset:'))
        return { kind: 'ipset', name: text };
    if (text.startsWith('svc:'))
        return { kind: 'service', name: text };
    if (text.startsWith('user:*@'))
        return { kind: 'domain', domain: text.slice('user:*@'.length) };
    if (text.startsWith('localpart:*@'))
        return { kind: 'localpart', domain: text.slice('localpart:*@'.length) };
    if (text.startsWith('host:'))
        return { kind: 'hostRef', name: text.slice('host:'.length) };
    const prefix = parseAddressOrPrefix(text);
    if (prefix !== undefined)
        return { kind: 'prefix', prefix, written: text.includes('/') ? 'cidr' : 'address' };
    const range = parseAddressRange(text);
    if (range !== undefined)
        return { kind: 'range', ...range };
    if (text.includes('@'))
        return { kind: 'user', login: text };
    return { kind: 'host', name: text };
}

;// CONCATENATED MODULE: ./src/policy/compile.ts
// Compiles ACLs and grants into allow rules with selector sets that can be matched quickly
// (spec §2.9): identity selectors become hash sets, address selectors one IP set.





/** Whether the set names any identity (users, groups, tags, identity autogroups). */
function namesIdentities(set) {
    return set.users.size + set.groups.size + set.scimGroups.size + set.tags.size + set.roles.size + set.domains.size > 0
        || set.member || set.tagged || set.shared;
}
function emptySet() {
    return {
        wildcard: false, dangerAll: false, users: new Set(), groups: new Set(), scimGroups: new Set(), tags: new Set(),
        member: false, tagged: false, shared: false, self: false, internet: false, roles: new Set(), domains: new Set(),
        services: new Set(), addresses: { v4: [], v6: [] }, tailscale: { 4: 'no', 6: 'no' },
    };
}
const AUTOGROUP_FLAGS = {
    member: 'member', tagged: 'tagged', shared: 'shared', self: 'self', internet: 'internet', 'danger-all': 'dangerAll',
};
/** Compiles selectors; ones that failed validation are left out. */
function compileSelectors(texts, context) {
    const set = emptySet();
    const prefixes = [];
    for (const text of texts) {
        const s = classify(text);
        if (s.kind === 'wildcard')
            set.wildcard = true;
        else if (s.kind === 'user')
            set.users.add(normalizeLogin(s.login));
        else if (s.kind === 'group')
            (s.scim && !context.groups.has(s.name) ? set.scimGroups : set.groups).add(s.name);
        else if (s.kind === 'tag')
            set.tags.add(s.name);
        else if (s.kind === 'domain')
            set.domains.add(s.domain);
        else if (s.kind === 'service')
            set.services.add(s.name);
        else if (s.kind === 'prefix')
            prefixes.push(prefixSet([s.prefix]));
        else if (s.kind === 'host' || s.kind === 'hostRef') {
            const prefix = context.hosts.get(s.name);
            if (prefix !== undefined)
                prefixes.push(prefixSet([prefix]));
        }
        else if (s.kind === 'ipset') {
            const ipset = context.ipsets.get(s.name);
            if (ipset !== undefined)
                prefixes.push(ipset);
        }
        else if (s.kind === 'autogroup') {
            const flag = AUTOGROUP_FLAGS[s.name];
            if (flag !== undefined)
                set[flag] = true;
            else if (ROLE_AUTOGROUPS.has(s.name))
                set.roles.add(s.name);
        }
    }
    set.addresses = prefixes.reduce((acc, p) => union(acc, p), set.addresses);
    set.tailscale = { 4: tailscaleRelation(set.addresses, 4), 6: tailscaleRelation(set.addresses, 6) };
    return set;
}
function tailscaleRelation(addresses, family) {
    if (covers(addresses, tailscaleDeviceRanges(), family))
        return 'yes';
    return overlaps(addresses, tailscaleDeviceRanges(), family) ? 'unknown' : 'no';
}
function postureRequirement(names, context) {
    const list = names?.map((n) => n.text) ?? context.defaultSrcPosture;
    if (list === undefined || list.length === 0)
        return undefined;
    return list.map((name) => context.postures.get(name) ?? []);
}
function aclRules(policy, context) {
    return (policy.acls ?? []).map((rule) => {
        const protocol = rule.proto === undefined ? undefined : parseProtocol(rule.proto.text);
        const protocols = protocol?.ok ? [protocol.value] : DEFAULT_PROTOCOLS;
        const targets = [];
        for (const d of rule.dst) {
            const split = splitDestination(d.text);
            const ports = split.ok ? parsePortSpec(split.value.ports) : undefined;
            if (!split.ok || !ports?.ok)
                continue;
            targets.push({ dst: compileSelectors([split.value.host], context), protocols, ports: ports.value, allPorts: allPorts(ports.value) });
        }
        return { src: compileSelectors(rule.src.map((s) => s.text), context), targets, postures: postureRequirement(rule.srcPosture, context) };
    });
}
function grantRules(policy, context) {
    const rules = [];
    for (const grant of policy.grants ?? []) {
        if (grant.via !== undefined && grant.via.length > 0 && !VIA_GRANTS_APPLY_TO_TESTS)
            continue;
        const caps = (grant.ip ?? []).flatMap((entry) => {
            const parsed = parseGrantIp(entry.text);
            return parsed.ok ? [parsed.value] : [];
        });
        const targets = [];
        for (const d of grant.dst) {
            const dst = compileSelectors([d.text], context);
            for (const cap of caps)
                targets.push({ dst, protocols: cap.protocols, ports: cap.ports, allPorts: allPorts(cap.ports) });
        }
        if (targets.length > 0)
            rules.push({ src: compileSelectors(grant.src.map((s) => s.text), context), targets, postures: postureRequirement(grant.srcPosture, context) });
    }
    return rules;
}
/** All network allow rules; with neither `acls` nor `grants`, the policy allows everything. */
function compileNetworkRules(policy, context) {
    if (policy.acls === undefined && policy.grants === undefined) {
        const all = compileSelectors(['*'], context);
        return [{ src: all, targets: [{ dst: all, protocols: DEFAULT_PROTOCOLS, ports: [{ first: 0, last: 65535 }], allPorts: true }] }];
    }
    return [...aclRules(policy, context), ...grantRules(policy, context)];
}
function compileSshRules(rules, context) {
    return rules.map((rule) => ({
        action: rule.action?.text === 'check' ? 'check' : 'accept',
        src: compileSelectors(rule.src.map((s) => s.text), context),
        dst: compileSelectors(rule.dst.map((d) => d.text), context),
        users: (rule.users ?? []).map((u) => u.text.trim()),
        postures: postureRequirement(rule.srcPosture, context),
    }));
}

;// CONCATENATED MODULE: ./src/policy/decode/reader.ts
// Typed reading of the HuJSON tree with the server's decoding rules: schema keys match
// ASCII-case-insensitively, unknown and duplicate keys are errors, `null` means absent.



function kindOf(value) {
    const node = value.node;
    if (node.kind !== 'literal')
        return node.kind;
    switch (node.bytes[0]) {
        case 0x22:
            return 'string';
        case 0x74:
        case 0x66:
            return 'bool';
        case 0x6e:
            return 'null';
        default:
            return 'number';
    }
}
/** Collects decoding errors; every read returns undefined for a value it could not decode. */
class Reader {
    errors = [];
    fail(message, position, path) {
        this.errors.push({ message, position, path });
        return undefined;
    }
    wrongType(value, path, goType) {
        const kind = kindOf(value);
        const field = path.replace(/\[\d+\]/g, '').replace(/\[("(?:[^"\\]|\\.)*")\]/g, '');
        return this.fail(`json: cannot unmarshal ${kind} into Go struct field Policy.${field} of type ${goType}`, value.start, path);
    }
    /** An object of schema fields; `fields` are canonical names, matched case-insensitively. */
    object(value, path, goType, fields) {
        if (kindOf(value) === 'null')
            return undefined;
        if (value.node.kind !== 'object')
            return this.wrongType(value, path, goType);
        const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
        const out = new Map();
        for (const member of value.node.members) {
            const key = { text: (0,hujson/* decodeString */.sc)(member.name.node), pos: member.name.start };
            const canonical = byLower.get(asciiLower(key.text));
            const memberPath = path === '' ? key.text : `${path}.${key.text}`;
            if (canonical === undefined)
                this.fail(`json: unknown field ${(0,quote/* goQuote */.d)(key.text)}`, key.pos, memberPath);
            else if (out.has(canonical))
                this.fail(duplicateKeyMessage(key.text), key.pos, memberPath);
            else
                out.set(canonical, { key, value: member.value });
        }
        return out;
    }
    /** An object whose keys are data (group names, tags...): matched exactly, duplicates rejected. */
    map(value, path, goType) {
        if (kindOf(value) === 'null')
            return undefined;
        if (value.node.kind !== 'object')
            return this.wrongType(value, path, goType);
        const seen = new Set();
        const out = [];
        for (const member of value.node.members) {
            const key = { text: (0,hujson/* decodeString */.sc)(member.name.node), pos: member.name.start };
            if (seen.has(key.text)) {
                this.fail(duplicateKeyMessage(key.text), key.pos, `${path}[${(0,quote/* goQuote */.d)(key.text)}]`);
                continue;
            }
            seen.add(key.text);
            out.push({ key, value: member.value });
        }
        return out;
    }
    array(value, path, goType) {
        if (kindOf(value) === 'null')
            return undefined;
        if (value.node.kind !== 'array')
            return this.wrongType(value, path, goType);
        return value.node.elements;
    }
    string(value, path) {
        const kind = kindOf(value);
        if (kind === 'null')
            return undefined;
        if (kind !== 'string')
            return this.wrongType(value, path, 'string');
        return { text: (0,hujson/* decodeString */.sc)(value.node), pos: value.start };
    }
    /** A list of strings (undefined when absent or null); a `null` element decodes to "" as in Go. */
    strings(value, path) {
        if (value === undefined)
            return undefined;
        const elements = this.array(value, path, '[]string');
        if (elements === undefined)
            return undefined;
        const out = [];
        elements.forEach((element, i) => {
            if (kindOf(element) === 'null')
                out.push({ text: '', pos: element.start });
            else {
                const text = this.string(element, `${path}[${i}]`);
                if (text !== undefined)
                    out.push(text);
            }
        });
        return out;
    }
    bool(value, path) {
        const kind = kindOf(value);
        if (kind === 'null')
            return undefined;
        if (kind !== 'bool')
            return this.wrongType(value, path, 'bool');
        return value.node.bytes[0] === 0x74;
    }
    number(value, path) {
        const kind = kindOf(value);
        if (kind === 'null')
            return undefined;
        if (kind !== 'number')
            return this.wrongType(value, path, 'float64');
        return Number(new TextDecoder().decode(value.node.bytes));
    }
    /** A map of name to list of strings (groups, tagOwners, ipsets, postures, routes). */
    namedLists(value, path) {
        const members = this.map(value, path, 'map[string][]string');
        if (members === undefined)
            return undefined;
        const out = [];
        for (const { key, value: listValue } of members) {
            const items = this.strings(listValue, `${path}[${(0,quote/* goQuote */.d)(key.text)}]`);
            out.push({ name: key, items: items ?? [], pos: listValue.start });
        }
        return out;
    }
}
/** Reads `field` or its legacy synonym, rejecting both at once. */
function synonym(fields, field, legacy, path, reader) {
    const a = fields.get(field);
    const b = fields.get(legacy);
    if (a !== undefined && b !== undefined)
        reader.fail(legacySynonymConflict(field, legacy), b.key.pos, `${path}.${legacy}`);
    return (a ?? b)?.value;
}
function asciiLower(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

;// CONCATENATED MODULE: ./src/policy/decode/tests.ts
// Decoding of `tests` and `sshTests` entries (spec §1.4.4–1.4.5). Shape problems that the
// server reports as failing tests (empty src, bad destinations) are left to the evaluators.


function postureAttrs(value, path, reader) {
    const out = new Map();
    if (value === undefined)
        return out;
    for (const { key, value: attr } of reader.map(value, path, 'map[string]any') ?? []) {
        const kind = kindOf(attr);
        const attrPath = `${path}[${(0,quote/* goQuote */.d)(key.text)}]`;
        if (kind === 'string')
            out.set(key.text, reader.string(attr, attrPath).text);
        else if (kind === 'number')
            out.set(key.text, reader.number(attr, attrPath));
        else if (kind === 'bool')
            out.set(key.text, reader.bool(attr, attrPath));
        else if (kind !== 'null')
            reader.fail(`json: cannot unmarshal ${kind} into Go value of type string`, attr.start, attrPath);
    }
    return out;
}
function decodeNetworkTest(value, path, index, reader) {
    const fields = reader.object(value, path, 'ACLTest', ['src', 'user', 'proto', 'accept', 'allow', 'deny', 'srcPostureAttrs']);
    if (fields === undefined)
        return undefined;
    const src = synonym(fields, 'src', 'user', path, reader);
    const accept = synonym(fields, 'accept', 'allow', path, reader);
    const proto = fields.get('proto')?.value;
    return {
        pos: value.start,
        index,
        src: src && reader.string(src, `${path}.src`),
        proto: proto && reader.string(proto, `${path}.proto`),
        accept: reader.strings(accept, `${path}.accept`) ?? [],
        deny: reader.strings(fields.get('deny')?.value, `${path}.deny`) ?? [],
        srcPostureAttrs: postureAttrs(fields.get('srcPostureAttrs')?.value, `${path}.srcPostureAttrs`, reader),
    };
}
function decodeSshTest(value, path, index, reader) {
    const fields = reader.object(value, path, 'SSHTest', ['src', 'dst', 'accept', 'check', 'deny', 'srcPostureAttrs']);
    if (fields === undefined)
        return undefined;
    const src = fields.get('src')?.value;
    return {
        pos: value.start,
        index,
        src: src && reader.string(src, `${path}.src`),
        dst: reader.strings(fields.get('dst')?.value, `${path}.dst`) ?? [],
        accept: reader.strings(fields.get('accept')?.value, `${path}.accept`) ?? [],
        check: reader.strings(fields.get('check')?.value, `${path}.check`) ?? [],
        deny: reader.strings(fields.get('deny')?.value, `${path}.deny`) ?? [],
        srcPostureAttrs: postureAttrs(fields.get('srcPostureAttrs')?.value, `${path}.srcPostureAttrs`, reader),
    };
}

;// CONCATENATED MODULE: ./src/policy/decode/policy.ts
// Decodes the HuJSON tree into the policy model (spec §1.2–1.4). Errors are collected; values
// that fail to decode are left out so that validation can still look at the rest.




/** Top-level keys the server knows (§1.3); extend with `extraKeys` when Tailscale adds one. */
const TOP_LEVEL_KEYS = [
    'acls', 'grants', 'groups', 'hosts', 'tagOwners', 'ipsets', 'postures', 'defaultSrcPosture',
    'autoApprovers', 'ssh', 'nodeAttrs', 'tests', 'sshTests', 'derpMap', 'disableIPv4',
    'OneCGNATRoute', 'randomizeClientPort', 'attrConfig', 'nodeVisibility',
];
function decodePolicy(root, reader, extraKeys = []) {
    const policy = {
        groups: [], hosts: [], tagOwners: [], ipsets: [], postures: [],
        autoApprovers: { routes: [], exitNode: [], services: [] },
        ssh: [], nodeAttrs: [], tests: [], sshTests: [],
    };
    if (root.node.kind !== 'object') {
        reader.fail(`json: cannot unmarshal ${kindOf(root)} into Go value of type Policy`, root.start, '');
        return policy;
    }
    const fields = reader.object(root, '', 'Policy', [...TOP_LEVEL_KEYS, ...extraKeys]);
    if (fields === undefined)
        return policy;
    const get = (name) => fields.get(name)?.value;
    decodeRuleSections(policy, fields, reader);
    const named = (name) => {
        const value = get(name);
        if (value !== undefined)
            policy[name] = reader.namedLists(value, name) ?? [];
    };
    named('groups');
    named('tagOwners');
    named('ipsets');
    named('postures');
    const hosts = get('hosts');
    if (hosts !== undefined) {
        for (const { key, value } of reader.map(hosts, 'hosts', 'map[string]string') ?? []) {
            const text = reader.string(value, `hosts[${(0,quote/* goQuote */.d)(key.text)}]`);
            if (text !== undefined)
                policy.hosts.push({ name: key, value: text });
        }
    }
    const defaultSrcPosture = get('defaultSrcPosture');
    policy.defaultSrcPosture = reader.strings(defaultSrcPosture, 'defaultSrcPosture');
    const autoApprovers = get('autoApprovers');
    if (autoApprovers !== undefined)
        policy.autoApprovers = decodeAutoApprovers(autoApprovers, reader);
    decodeSimpleSettings(policy, fields, reader);
    return policy;
}
function decodeRuleSections(policy, fields, reader) {
    const list = (name, goType, decode) => {
        const value = fields.get(name)?.value;
        if (value === undefined)
            return undefined;
        const elements = reader.array(value, name, goType);
        if (elements === undefined)
            return NULL_RULE_SECTION_IS_ABSENT ? undefined : [];
        const out = [];
        elements.forEach((element, i) => {
            const decoded = decode(element, `${name}[${i}]`, i);
            if (decoded !== undefined)
                out.push(decoded);
        });
        return out;
    };
    policy.acls = list('acls', '[]ACL', (v, p) => decodeAcl(v, p, reader));
    policy.grants = list('grants', '[]Grant', (v, p) => decodeGrant(v, p, reader));
    policy.ssh = list('ssh', '[]SSHRule', (v, p) => decodeSsh(v, p, reader)) ?? [];
    policy.nodeAttrs = list('nodeAttrs', '[]NodeAttrGrant', (v, p) => decodeNodeAttr(v, p, reader)) ?? [];
    policy.tests = list('tests', '[]ACLTest', (v, p, i) => decodeNetworkTest(v, p, i, reader)) ?? [];
    policy.sshTests = list('sshTests', '[]SSHTest', (v, p, i) => decodeSshTest(v, p, i, reader)) ?? [];
}
function decodeSimpleSettings(policy, fields, reader) {
    for (const name of ['disableIPv4', 'randomizeClientPort']) {
        const value = fields.get(name)?.value;
        if (value !== undefined)
            reader.bool(value, name);
    }
    for (const name of ['derpMap', 'attrConfig']) {
        const value = fields.get(name)?.value;
        if (value !== undefined && kindOf(value) !== 'null' && value.node.kind !== 'object') {
            reader.map(value, name, name === 'derpMap' ? 'DERPMap' : 'map[string]AttrConfig');
        }
    }
    const cgnat = fields.get('OneCGNATRoute')?.value;
    if (cgnat !== undefined)
        policy.oneCGNATRoute = reader.string(cgnat, 'OneCGNATRoute');
}
function strings(fields, name, path, reader) {
    return reader.strings(fields.get(name)?.value, `${path}.${name}`);
}
function policy_text(fields, name, path, reader) {
    const value = fields.get(name)?.value;
    return value === undefined ? undefined : reader.string(value, `${path}.${name}`);
}
function decodeAcl(value, path, reader) {
    const fields = reader.object(value, path, 'ACL', ['action', 'src', 'users', 'dst', 'ports', 'proto', 'srcPosture']);
    if (fields === undefined)
        return undefined;
    const src = synonym(fields, 'src', 'users', path, reader);
    const dst = synonym(fields, 'dst', 'ports', path, reader);
    return {
        pos: value.start,
        path,
        action: policy_text(fields, 'action', path, reader),
        src: reader.strings(src, `${path}.src`) ?? [],
        dst: reader.strings(dst, `${path}.dst`) ?? [],
        proto: policy_text(fields, 'proto', path, reader),
        srcPosture: strings(fields, 'srcPosture', path, reader),
    };
}
function decodeApp(value, path, reader) {
    if (value === undefined)
        return undefined;
    const members = reader.map(value, path, 'map[string][]json.RawMessage');
    if (members === undefined)
        return undefined;
    for (const { key, value: capValue } of members) {
        const elements = reader.array(capValue, `${path}[${(0,quote/* goQuote */.d)(key.text)}]`, '[]json.RawMessage');
        elements?.forEach((element, i) => {
            if (element.node.kind !== 'object' && kindOf(element) !== 'null') {
                reader.fail(`json: cannot unmarshal ${kindOf(element)} into Go value of type map[string]any`, element.start, `${path}[${i}]`);
            }
        });
    }
    return members.map(({ key }) => ({ name: key }));
}
function decodeGrant(value, path, reader) {
    const fields = reader.object(value, path, 'Grant', ['src', 'dst', 'ip', 'app', 'srcPosture', 'via']);
    if (fields === undefined)
        return undefined;
    return {
        pos: value.start,
        path,
        src: strings(fields, 'src', path, reader) ?? [],
        dst: strings(fields, 'dst', path, reader) ?? [],
        ip: strings(fields, 'ip', path, reader),
        app: decodeApp(fields.get('app')?.value, `${path}.app`, reader),
        srcPosture: strings(fields, 'srcPosture', path, reader),
        via: strings(fields, 'via', path, reader),
    };
}
function decodeSsh(value, path, reader) {
    const fields = reader.object(value, path, 'SSHRule', [
        'action', 'src', 'dst', 'users', 'checkPeriod', 'acceptEnv', 'srcPosture', 'recorder', 'enforceRecorder',
    ]);
    if (fields === undefined)
        return undefined;
    const enforce = fields.get('enforceRecorder')?.value;
    if (enforce !== undefined)
        reader.bool(enforce, `${path}.enforceRecorder`);
    return {
        pos: value.start,
        path,
        action: policy_text(fields, 'action', path, reader),
        src: strings(fields, 'src', path, reader) ?? [],
        dst: strings(fields, 'dst', path, reader) ?? [],
        users: strings(fields, 'users', path, reader),
        checkPeriod: policy_text(fields, 'checkPeriod', path, reader),
        acceptEnv: strings(fields, 'acceptEnv', path, reader),
        srcPosture: strings(fields, 'srcPosture', path, reader),
        recorder: strings(fields, 'recorder', path, reader),
    };
}
function decodeNodeAttr(value, path, reader) {
    const fields = reader.object(value, path, 'NodeAttrGrant', ['target', 'attr', 'app', 'ipPool']);
    if (fields === undefined)
        return undefined;
    return {
        pos: value.start,
        path,
        target: strings(fields, 'target', path, reader) ?? [],
        attr: strings(fields, 'attr', path, reader) ?? [],
        app: decodeApp(fields.get('app')?.value, `${path}.app`, reader),
        ipPool: strings(fields, 'ipPool', path, reader),
    };
}
function decodeAutoApprovers(value, reader) {
    const out = { routes: [], exitNode: [], services: [] };
    const fields = reader.object(value, 'autoApprovers', 'AutoApprovers', ['routes', 'exitNode', 'services']);
    if (fields === undefined)
        return out;
    const routes = fields.get('routes')?.value;
    if (routes !== undefined)
        out.routes = reader.namedLists(routes, 'autoApprovers.routes') ?? [];
    const services = fields.get('services')?.value;
    if (services !== undefined)
        out.services = reader.namedLists(services, 'autoApprovers.services') ?? [];
    out.exitNode = strings(fields, 'exitNode', 'autoApprovers', reader) ?? [];
    return out;
}

;// CONCATENATED MODULE: ./src/policy/address-index.ts
// Finds the selector sets whose addresses contain a given address without testing each one:
// ranges sorted by start, with a running maximum of their ends (a flat interval index).
class AddressIndex {
    entries = { 4: [], 6: [] };
    maxHi = { 4: [], 6: [] };
    /** Ids whose addresses cover the whole Tailscale device range, per family. */
    covering = { 4: [], 6: [] };
    /** Ids whose addresses cover part of the Tailscale device range, per family. */
    partial = { 4: [], 6: [] };
    sorted = true;
    add(id, set) {
        for (const family of [4, 6]) {
            for (const r of family === 4 ? set.addresses.v4 : set.addresses.v6)
                this.entries[family].push({ lo: r.lo, hi: r.hi, id });
            if (set.tailscale[family] === 'yes')
                this.covering[family].push(id);
            else if (set.tailscale[family] === 'unknown')
                this.partial[family].push(id);
        }
        this.sorted = false;
    }
    sort() {
        for (const family of [4, 6]) {
            const entries = this.entries[family].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
            let max = -1n;
            this.maxHi[family] = entries.map((e) => (max = e.hi > max ? e.hi : max));
        }
        this.sorted = true;
    }
    /** Ids whose addresses contain `address` (an id may appear twice if two of its ranges do). */
    lookup(address) {
        if (!this.sorted)
            this.sort();
        const entries = this.entries[address.family];
        const maxHi = this.maxHi[address.family];
        let low = 0;
        let high = entries.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (entries[mid].lo <= address.value)
                low = mid + 1;
            else
                high = mid;
        }
        const out = [];
        for (let i = low - 1; i >= 0 && maxHi[i] >= address.value; i--)
            if (entries[i].hi >= address.value)
                out.push(entries[i].id);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/policy/identity-index.ts
// An inverted index from the identities a selector set names (users, groups, tags...) to the
// rule parts that name them, so a principal finds the few rules that can match it without
// scanning all of them.
class IdentityIndex {
    byKey = new Map();
    /** Parts that must always be checked: autogroup:internet, roles, SCIM groups, Services (addresses are indexed apart). */
    scan = [];
    anyUser = [];
    anyGroup = [];
    anyTag = [];
    anyDomain = [];
    count = 0;
    stamps = new Uint32Array(0);
    generation = 0;
    push(key, id) {
        const list = this.byKey.get(key);
        if (list === undefined)
            this.byKey.set(key, [id]);
        else
            list.push(id);
    }
    /** Registers part `id` (ids are dense, from 0) under the identities `set` names. */
    add(id, set) {
        this.count = Math.max(this.count, id + 1);
        if (set.wildcard || set.dangerAll)
            this.push('*', id);
        if (set.member)
            this.push('m', id);
        if (set.tagged)
            this.push('T', id);
        if (set.self)
            this.push('self', id);
        for (const u of set.users)
            this.push(`u:${u}`, id);
        for (const g of set.groups)
            this.push(`g:${g}`, id);
        for (const t of set.tags)
            this.push(`t:${t}`, id);
        for (const d of set.domains)
            this.push(`d:${d}`, id);
        if (set.internet || set.shared || set.roles.size + set.scimGroups.size + set.services.size > 0)
            this.scan.push(id);
        if (set.users.size > 0)
            this.anyUser.push(id);
        if (set.groups.size > 0)
            this.anyGroup.push(id);
        if (set.tags.size > 0)
            this.anyTag.push(id);
        if (set.domains.size > 0)
            this.anyDomain.push(id);
    }
    /**
     * Every part that may match `p`, each once; a superset, so callers still match each one.
     * Without `otherTags`, parts that match only through identities `p` might have but is not
     * known to (other tags of a tagged device, any identity of an unknown address) are left out.
     */
    gather(p, otherTags, extra = []) {
        if (p.identity === 'unknown' && otherTags)
            return Array.from({ length: this.count }, (_, i) => i);
        const lists = [this.scan, this.byKey.get('*'), ...extra];
        if (p.identity === 'user') {
            lists.push(this.byKey.get('m'), this.byKey.get('self'));
            if (p.login === undefined)
                lists.push(this.anyUser, this.anyDomain);
            else
                lists.push(this.byKey.get(`u:${p.login}`), this.byKey.get(`d:${p.login.slice(p.login.lastIndexOf('@') + 1)}`));
            for (const g of p.groups)
                lists.push(this.byKey.get(`g:${g}`));
            if (!p.groupsComplete)
                lists.push(this.anyGroup);
        }
        else if (p.identity === 'tagged') {
            lists.push(this.byKey.get('T'));
            for (const t of p.tags)
                lists.push(this.byKey.get(`t:${t}`));
            if (!p.tagsComplete && otherTags)
                lists.push(this.anyTag);
        }
        return this.unique(lists);
    }
    unique(lists) {
        if (this.stamps.length < this.count)
            this.stamps = new Uint32Array(this.count);
        this.generation++;
        const out = [];
        for (const list of lists) {
            if (list === undefined)
                continue;
            for (const id of list) {
                if (this.stamps[id] === this.generation)
                    continue;
                this.stamps[id] = this.generation;
                out.push(id);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/policy/principal.ts
// Test endpoints as principals: a real device (topology mode) or a synthetic stand-in whose
// unknown facts make matches `unknown` (symbolic mode, spec §7.1).



const NONE = new Set();
function slot(principal, family) {
    return family === 4 ? principal.v4 : principal.v6;
}
/** The address messages print for an endpoint: IPv4 first, `?` when unknown. */
function displayAddress(principal, family) {
    const chosen = family === undefined ? principal.v4 ?? principal.v6 : slot(principal, family);
    return chosen?.kind === 'known' ? formatAddress(chosen.address) : UNKNOWN_ADDRESS;
}
function devicePrincipal(device, context, only) {
    const principal = {
        key: `dev:${device.name}${only === undefined ? '' : `/${only}`}`,
        identity: device.tags.size > 0 ? 'tagged' : 'user',
        groups: new Set(device.login === undefined ? [] : context.groupsOfUser.get(device.login) ?? []),
        groupsComplete: true,
        tags: device.tags,
        tagsComplete: true,
        member: device.member ? 'yes' : 'no',
    };
    if (device.login !== undefined)
        principal.login = device.login;
    if (device.roles !== undefined)
        principal.roles = device.roles;
    if (device.v4 !== undefined && only !== 6)
        principal.v4 = { kind: 'known', address: device.v4 };
    if (device.v6 !== undefined && only !== 4)
        principal.v6 = { kind: 'known', address: device.v6 };
    return principal;
}
function syntheticUser(login, context) {
    const normalized = normalizeLogin(login);
    return {
        key: `user:${normalized}`,
        identity: 'user',
        login: normalized,
        groups: new Set(context.groupsOfUser.get(normalized) ?? []),
        groupsComplete: true,
        tags: NONE,
        tagsComplete: true,
        member: 'yes',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
function syntheticScimMember(group) {
    return {
        key: `scim:${group}`,
        identity: 'user',
        groups: NONE,
        groupsComplete: false,
        scimGroup: group,
        tags: NONE,
        tagsComplete: true,
        member: 'yes',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
function syntheticTagged(tag) {
    return {
        key: `tag:${tag}`,
        identity: 'tagged',
        groups: NONE,
        groupsComplete: true,
        tags: new Set([tag]),
        tagsComplete: false,
        member: 'no',
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}
/** A bare address; offline, one inside the Tailscale range may belong to any device. */
function addressPrincipal(address, offline) {
    const inTailnet = offline && contains(tailscaleDeviceRanges(), address);
    const principal = {
        key: `ip:${address.family}/${address.value}`,
        identity: inTailnet ? 'unknown' : 'none',
        groups: NONE,
        groupsComplete: !inTailnet,
        tags: NONE,
        tagsComplete: !inTailnet,
        member: inTailnet ? 'unknown' : 'no',
    };
    if (address.family === 4)
        principal.v4 = { kind: 'known', address };
    else
        principal.v6 = { kind: 'known', address };
    return principal;
}
function servicePrincipal(name) {
    return {
        key: `svc:${name}`,
        identity: 'none',
        groups: NONE,
        groupsComplete: true,
        tags: NONE,
        tagsComplete: true,
        member: 'no',
        service: name,
        v4: { kind: 'tailscale' },
        v6: { kind: 'tailscale' },
    };
}

;// CONCATENATED MODULE: ./src/policy/tri.ts
// Three-valued logic for symbolic evaluation: `unknown` means "depends on the tailnet".
function or(a, b) {
    if (a === 'yes' || b === 'yes')
        return 'yes';
    return a === 'unknown' || b === 'unknown' ? 'unknown' : 'no';
}
function and(a, b) {
    if (a === 'no' || b === 'no')
        return 'no';
    return a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';
}
function fromBool(value) {
    return value ? 'yes' : 'no';
}
function not(a) {
    return a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown';
}

;// CONCATENATED MODULE: ./src/policy/match.ts
// Three-valued matching of a compiled selector set against a principal (spec §7.1 table; in
// topology mode every fact is known and the answers are plain yes/no).






function anyIn(wanted, have) {
    for (const item of wanted)
        if (have.has(item))
            return true;
    return false;
}
function userIdentity(set, p) {
    let result = 'no';
    if (set.users.size > 0)
        result = or(result, p.login === undefined ? 'unknown' : fromBool(set.users.has(p.login)));
    if (set.groups.size > 0)
        result = or(result, anyIn(set.groups, p.groups) ? 'yes' : p.groupsComplete ? 'no' : 'unknown');
    if (set.scimGroups.size > 0)
        result = or(result, p.scimGroup !== undefined && set.scimGroups.has(p.scimGroup) ? 'yes' : 'unknown');
    if (set.member)
        result = or(result, p.member);
    if (set.shared)
        result = or(result, not(p.member));
    if (set.roles.size > 0)
        result = or(result, p.roles === undefined ? 'unknown' : fromBool(anyIn(set.roles, p.roles)));
    if (set.domains.size > 0) {
        const domain = p.login?.slice(p.login.lastIndexOf('@') + 1);
        result = or(result, domain === undefined ? 'unknown' : fromBool(set.domains.has(domain)));
    }
    return result;
}
function taggedIdentity(set, p) {
    if (set.tagged || anyIn(set.tags, p.tags))
        return 'yes';
    return !p.tagsComplete && set.tags.size > 0 ? 'unknown' : 'no';
}
/** Identity selectors only (users, groups, tags, autogroups): what SSH rules use. */
function matchIdentity(set, p) {
    if (p.service !== undefined && set.services.has(p.service))
        return 'yes';
    switch (p.identity) {
        case 'user':
            return userIdentity(set, p);
        case 'tagged':
            return taggedIdentity(set, p);
        case 'unknown':
            return namesIdentities(set) ? 'unknown' : 'no';
        default:
            return 'no';
    }
}
/** Address selectors (and `*`) only. */
function matchAddress(set, p, family, side, env) {
    const at = slot(p, family);
    if (at === undefined)
        return 'no';
    if (at.kind === 'tailscale') {
        return set.wildcard || set.dangerAll ? 'yes' : set.tailscale[family];
    }
    const address = at.address;
    if (set.dangerAll || contains(set.addresses, address))
        return 'yes';
    if (set.internet && contains(internetRanges(), address))
        return 'yes';
    if (!set.wildcard)
        return 'no';
    if (side === 'dst')
        return WILDCARD_DST_MATCHES_ANY_ADDRESS || contains(tailscaleDeviceRanges(), address) ? 'yes' : 'no';
    if (contains(tailscaleDeviceRanges(), address))
        return 'yes';
    if (env.approvedRoutes !== undefined)
        return fromBool(contains(env.approvedRoutes, address));
    return WILDCARD_SRC_UNKNOWN_OUTSIDE_TAILSCALE_OFFLINE ? 'unknown' : 'no';
}
/** Whether principal `p`, at its address of `family`, is selected (autogroup:self excluded). */
function matchSet(set, p, family, side, env) {
    const byAddress = matchAddress(set, p, family, side, env);
    return byAddress === 'yes' ? 'yes' : or(byAddress, matchIdentity(set, p));
}
/** autogroup:self: the source is a device of the destination's owner (the same device counts). */
function sameOwner(src, dst) {
    if (dst.identity === 'tagged' || dst.identity === 'none')
        return 'no';
    if (src.identity === 'tagged' || src.identity === 'none')
        return 'no';
    if (src.identity === 'unknown' || dst.identity === 'unknown')
        return 'unknown';
    if (src.login === undefined || dst.login === undefined)
        return 'unknown';
    return fromBool(src.login === dst.login);
}

;// CONCATENATED MODULE: ./src/policy/posture.ts
// Device posture conditions (spec §5.7): parsing for validation and evaluation against a test's
// srcPostureAttrs. The operator list and version ordering are UNSURE (spec §5.7): unknown
// orderings evaluate to `unknown` rather than a guess.


const CONDITION = /^\s*([A-Za-z][\w-]*:[\w.-]+)\s*(?:(==|!=|<=|>=|<|>|NOT\s+IN|IN)\s*(.+?))?\s*$/s;
function parsePostureCondition(text) {
    const match = CONDITION.exec(text);
    if (match === null)
        return undefined;
    const attribute = match[1];
    if (match[2] === undefined)
        return { attribute, values: [] };
    const operator = match[2].replace(/\s+/g, ' ');
    const values = parseValues(match[3], operator === 'IN' || operator === 'NOT IN');
    return values === undefined ? undefined : { attribute, operator, values };
}
function parseValues(text, list) {
    if (!list) {
        const value = parseValue(text);
        return value === undefined ? undefined : [value];
    }
    const match = /^\[(.*)\]$/s.exec(text.trim());
    if (match === null)
        return undefined;
    const items = match[1].trim() === '' ? [] : match[1].split(',');
    const values = items.map((item) => parseValue(item));
    return values.every((v) => v !== undefined) ? values : undefined;
}
function parseValue(text) {
    const trimmed = text.trim();
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(trimmed);
    if (quoted !== null)
        return quoted[1] ?? quoted[2];
    if (trimmed === 'true' || trimmed === 'false')
        return trimmed === 'true';
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(trimmed))
        return Number(trimmed);
    return undefined;
}
/** A condition on attributes that are not set is false, whatever the operator. */
function evaluateCondition(condition, attrs) {
    const actual = attrs.get(condition.attribute);
    if (actual === undefined)
        return 'no';
    const { operator, values } = condition;
    if (operator === undefined)
        return fromBool(actual === true);
    if (operator === 'IN')
        return fromBool(values.some((v) => equal(actual, v)));
    if (operator === 'NOT IN')
        return fromBool(!values.some((v) => equal(actual, v)));
    const expected = values[0];
    if (operator === '==')
        return fromBool(equal(actual, expected));
    if (operator === '!=')
        return fromBool(!equal(actual, expected));
    const order = compare(actual, expected);
    if (order === undefined)
        return 'unknown';
    return fromBool(operator === '<' ? order < 0 : operator === '<=' ? order <= 0 : operator === '>' ? order > 0 : order >= 0);
}
function equal(a, b) {
    return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
/** Numbers numerically; dotted versions (`1.40.2`) part by part; anything else is unknown. */
function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    const va = versionParts(a);
    const vb = versionParts(b);
    if (va === undefined || vb === undefined)
        return undefined;
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
        const diff = (va[i] ?? 0) - (vb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function versionParts(value) {
    const text = String(value).replace(/^v/, '');
    const core = /^([0-9]+(?:\.[0-9]+)*)/.exec(text);
    return core === null ? undefined : core[1].split('.').map(Number);
}
/** A posture holds when all its conditions hold. */
function evaluatePosture(conditions, attrs) {
    return conditions.reduce((acc, c) => and(acc, evaluateCondition(c, attrs)), 'yes');
}
/** A rule's posture requirement: any one of the listed postures, or all of them (unsure.ts). */
function evaluateAnyPosture(postures, attrs) {
    const combine = POSTURE_ANY_OF ? or : and;
    return postures.reduce((acc, p) => combine(acc, evaluatePosture(p, attrs)), POSTURE_ANY_OF ? 'no' : 'yes');
}

;// CONCATENATED MODULE: ./src/policy/network-index.ts
// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination gets one pass over the rule targets that can reach it (found
// through an identity index) and keeps a byte per target; each distinct source keeps the few
// targets whose `src` selects it. A verdict then walks the source's short list. Work grows with
// rules × distinct destinations, not with tests × rules × group members.








// Per-target codes of a destination: how the target selects it, plus a flag for autogroup:self.
const NO = 0;
const MAYBE = 1;
const YES = 2;
const SELF = 4;
class NetworkIndex {
    env;
    targets = [];
    bySource = new IdentityIndex();
    byDestination = new IdentityIndex();
    bySourceAddress = new AddressIndex();
    byDestinationAddress = new AddressIndex();
    /** Targets offline principals may match through facts not known: other tags, any identity, an address. */
    lists = {
        dstTags: [], dstIdentity: [], dstPartial: { 4: [], 6: [] },
        srcTags: [], srcIdentity: [],
    };
    sources = new Map();
    destinations = new Map();
    constructor(rules, env) {
        this.env = env;
        for (const rule of rules) {
            for (const target of rule.targets) {
                const id = this.targets.push({ rule, target }) - 1;
                this.bySource.add(id, rule.src);
                this.byDestination.add(id, target.dst);
                this.bySourceAddress.add(id, rule.src);
                this.byDestinationAddress.add(id, target.dst);
                if (target.dst.tags.size > 0)
                    this.lists.dstTags.push(id);
                if (namesIdentities(target.dst) || target.dst.self)
                    this.lists.dstIdentity.push(id);
                for (const family of [4, 6])
                    if (target.dst.tailscale[family] === 'unknown')
                        this.lists.dstPartial[family].push(id);
                if (rule.src.tags.size > 0)
                    this.lists.srcTags.push(id);
                if (namesIdentities(rule.src))
                    this.lists.srcIdentity.push(id);
            }
        }
    }
    source(src, family) {
        const key = `${src.key}|${family}`;
        let profile = this.sources.get(key);
        if (profile === undefined) {
            const entries = this.bySource.gather(src, false, addressCandidates(this.bySourceAddress, src, family, true)).flatMap((id) => {
                const tri = matchSet(this.targets[id].rule.src, src, family, 'src', this.env);
                return tri === 'no' ? [] : [{ id, tri }];
            });
            profile = { entries, otherTags: src.identity === 'tagged' && !src.tagsComplete, anyIdentity: src.identity === 'unknown' };
            this.sources.set(key, profile);
        }
        return profile;
    }
    destination(dst, family) {
        const key = `${dst.key}|${family}`;
        let profile = this.destinations.get(key);
        if (profile !== undefined)
            return profile;
        const codes = new Uint8Array(this.targets.length);
        const unknownAddress = slot(dst, family)?.kind === 'tailscale';
        const mark = (ids) => ids.forEach((id) => (codes[id] = MAYBE));
        if (dst.identity === 'unknown')
            mark(this.lists.dstIdentity);
        if (dst.identity === 'tagged' && !dst.tagsComplete)
            mark(this.lists.dstTags);
        if (unknownAddress)
            mark(this.lists.dstPartial[family]);
        for (const id of this.byDestination.gather(dst, false, addressCandidates(this.byDestinationAddress, dst, family, false))) {
            const target = this.targets[id].target;
            const byAddress = matchAddress(target.dst, dst, family, 'dst', this.env);
            const byIdentity = byAddress === 'yes' ? 'yes' : matchIdentity(target.dst, dst);
            // A partial address match of an unknown address is already marked MAYBE above.
            const direct = byAddress === 'unknown' && unknownAddress ? byIdentity : or(byAddress, byIdentity);
            const code = direct === 'yes' ? YES : direct === 'unknown' ? MAYBE : NO;
            codes[id] = Math.max(codes[id] & 3, code) | (target.dst.self && dst.identity === 'user' ? SELF : 0);
        }
        profile = { codes, maybe: new Map() };
        this.destinations.set(key, profile);
        return profile;
    }
    /**
     * Accept (yes), Drop (no) or unknown from `src` to `dst` on `port` for any of `protocols`
     * (§4.1; a test without `proto` passes on TCP or UDP).
     */
    verdict(src, dst, family, protocols, port, posture) {
        const source = this.source(src, family);
        const destination = this.destination(dst, family);
        const codes = destination.codes;
        let result = 'no';
        for (const { id, tri } of source.entries) {
            const code = codes[id];
            if (code === NO)
                continue;
            const { rule, target } = this.targets[id];
            if (!allows(target, protocols, port))
                continue;
            let reach = (code & 3) === YES ? 'yes' : (code & 3) === MAYBE ? 'unknown' : 'no';
            if (code & SELF)
                reach = or(reach, sameOwner(src, dst));
            let allowed = and(tri, reach);
            if (allowed !== 'no' && rule.postures !== undefined)
                allowed = and(allowed, posture.evaluate(rule.postures));
            result = or(result, allowed);
            if (result === 'yes')
                return result;
        }
        if (result === 'no' && source.otherTags)
            result = this.maybe('srcTags', destination, protocols, port, posture);
        if (result === 'no' && source.anyIdentity)
            result = this.maybe('srcIdentity', destination, protocols, port, posture);
        return result;
    }
    /** `unknown` when some target of the list may reach the destination for this protocol and port. */
    maybe(list, destination, protocols, port, posture) {
        const key = `${list}|${protocols.join(',')}|${port}|${posture.key}`;
        let result = destination.maybe.get(key);
        if (result === undefined) {
            result = 'no';
            for (const id of this.lists[list]) {
                const { rule, target } = this.targets[id];
                if (destination.codes[id] === NO || !allows(target, protocols, port))
                    continue;
                if (rule.postures === undefined || posture.evaluate(rule.postures) !== 'no') {
                    result = 'unknown';
                    break;
                }
            }
            destination.maybe.set(key, result);
        }
        return result;
    }
}
/** Ids whose addresses may hold the principal's address; partial matches of an unknown address only when asked. */
function addressCandidates(index, p, family, withPartial) {
    const at = slot(p, family);
    if (at === undefined)
        return [];
    if (at.kind === 'known')
        return [index.lookup(at.address)];
    return withPartial ? [index.covering[family], index.partial[family]] : [index.covering[family]];
}
/** Whether a target lets a packet of one of the protocols through; ICMP needs only the addresses. */
function allows(target, protocols, port) {
    for (const protocol of protocols) {
        if (protocol === ICMP || protocol === ICMPV6)
            return true;
        if (!target.protocols.includes(protocol))
            continue;
        if (protocolHasPorts(protocol) ? portsContain(target.ports, port) : target.allPorts)
            return true;
    }
    return false;
}
/** Posture results for one test's srcPostureAttrs, computed once per rule requirement. */
class PostureCache {
    attrs;
    cache = new Map();
    /** Identifies the attributes, so that verdicts can be shared between tests with equal ones. */
    key;
    constructor(attrs) {
        this.attrs = attrs;
        this.key = attrs.size === 0 ? '' : JSON.stringify([...attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    evaluate(postures) {
        let result = this.cache.get(postures);
        if (result === undefined) {
            result = evaluateAnyPosture(postures, this.attrs);
            this.cache.set(postures, result);
        }
        return result;
    }
}
/** The address family a pair is tested in; undefined when they share none. */
function pairFamily(src, dst, preferred) {
    const other = preferred === 4 ? 6 : 4;
    if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined)
        return preferred;
    return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}

;// CONCATENATED MODULE: ./src/policy/endpoints.ts
// Resolving a test's `src` and destination hosts to principals (spec §5.2, §5.3 steps 1–2).




function memoised(env, key, resolve) {
    let endpoint = env.resolved.get(key);
    if (endpoint === undefined) {
        endpoint = resolve();
        env.resolved.set(key, endpoint);
    }
    return endpoint;
}
const resolved = (principals, consensus = false) => ({ ok: true, principals, consensus });
const rejected = (reason) => ({ ok: false, reason });
function addressEndpoint(address, env) {
    if (env.tailnet === undefined)
        return resolved([addressPrincipal(address, true)]);
    const device = env.tailnet.deviceAt(address);
    return resolved([device === undefined ? addressPrincipal(address, false) : devicePrincipal(device, env.context, address.family)]);
}
function userEndpoint(login, env, noDevices) {
    if (env.tailnet === undefined)
        return resolved([syntheticUser(login, env.context)]);
    const devices = env.tailnet.userDevices(login);
    if (devices.length === 0)
        return rejected(noDevices);
    return resolved(devices.map((d) => devicePrincipal(d, env.context)));
}
function groupEndpoint(selector, env, noDevices) {
    const members = env.context.groups.get(selector.name);
    if (members === undefined) {
        return selector.scim ? resolved([syntheticScimMember(selector.name)]) : rejected(groupNotDefined(selector.name));
    }
    if (env.tailnet === undefined) {
        if (members.length === 0 && EMPTY_ENDPOINT_FAILS)
            return rejected(noDevices);
        return resolved(members.map((m) => syntheticUser(m, env.context)), true);
    }
    const devices = members.flatMap((m) => env.tailnet.userDevices(m));
    if (devices.length === 0 && EMPTY_ENDPOINT_FAILS)
        return rejected(noDevices);
    return resolved(devices.map((d) => devicePrincipal(d, env.context)), !GROUP_SOURCE_EVERY_MEMBER);
}
function tagEndpoint(tag, env) {
    if (!env.context.tags.has(tag))
        return rejected((0,messages/* tagNotFound */.GS)(tag));
    if (env.tailnet === undefined)
        return resolved([syntheticTagged(tag)]);
    const devices = env.tailnet.taggedDevices(tag);
    if (devices.length === 0 && EMPTY_ENDPOINT_FAILS)
        return rejected(TEST_REASONS.noSuchTag);
    return resolved(devices.map((d) => devicePrincipal(d, env.context)));
}
/** A host alias or IP literal; tests accept only single addresses, never CIDRs. */
function addressSelectorEndpoint(selector, env, cidrReason, undefinedReason = (r) => r) {
    if (selector.kind === 'prefix') {
        if (selector.written === 'cidr')
            return rejected(cidrReason);
        return addressEndpoint({ family: selector.prefix.family, value: selector.prefix.value }, env);
    }
    if (selector.kind === 'host' || selector.kind === 'hostRef') {
        if (!env.context.hosts.has(selector.name))
            return rejected(undefinedReason(hostNotDefined(selector.name)));
        const prefix = env.context.hosts.get(selector.name);
        if (prefix === undefined || !env.context.singleAddressHosts.has(selector.name))
            return rejected(cidrReason);
        return addressEndpoint({ family: prefix.family, value: prefix.value }, env);
    }
    return undefined;
}
/** A test's `src`: one user, group, tag, single-address host alias or IP address (§5.2). */
function resolveSource(raw, env) {
    return memoised(env, `src ${raw}`, () => resolveSourceText(raw.trim(), env));
}
function resolveSourceText(text, env) {
    if (text === '')
        return rejected(TEST_REASONS.missingSrc);
    const selector = classify(text);
    if (selector.kind === 'host' && text.includes('/'))
        return rejected(TEST_REASONS.srcCidr(text));
    const byAddress = addressSelectorEndpoint(selector, env, TEST_REASONS.srcCidr(text), (r) => TEST_REASONS.srcInvalid(text, r));
    if (byAddress !== undefined)
        return byAddress;
    switch (selector.kind) {
        case 'wildcard':
            return rejected(TEST_REASONS.srcWildcard);
        case 'user':
            return userEndpoint(selector.login, env, messages/* NO_ASSOCIATED_IPS */.OA);
        case 'group': {
            const group = groupEndpoint(selector, env, messages/* NO_ASSOCIATED_IPS */.OA);
            return group.ok || group.reason === messages/* NO_ASSOCIATED_IPS */.OA ? group : rejected(TEST_REASONS.srcInvalid(text, group.reason));
        }
        case 'tag': {
            const tag = tagEndpoint(selector.name, env);
            return tag.ok ? tag : rejected(TEST_REASONS.srcInvalid(text, tag.reason));
        }
        case 'autogroup':
            return rejected(TEST_REASONS.srcAutogroup(text));
        default:
            return rejected(TEST_REASONS.srcInvalid(text, 'not a valid test source'));
    }
}
/** The host part of a test destination (§5.2): like a source, plus Services. */
function resolveDestinationHost(raw, env) {
    return memoised(env, `dst ${raw}`, () => resolveDestinationText(raw.trim(), env));
}
function resolveDestinationText(text, env) {
    const selector = classify(text);
    if (selector.kind === 'host' && text.includes('/'))
        return rejected(TEST_REASONS.dstCidr);
    const byAddress = addressSelectorEndpoint(selector, env, TEST_REASONS.dstCidr);
    if (byAddress !== undefined)
        return byAddress;
    switch (selector.kind) {
        case 'wildcard':
            return rejected(TEST_REASONS.dstWildcard);
        case 'user':
            return userEndpoint(selector.login, env, TEST_REASONS.dstNoDevices);
        case 'group':
            return groupEndpoint(selector, env, TEST_REASONS.dstNoDevices);
        case 'tag':
            return tagEndpoint(selector.name, env);
        case 'service':
            return resolved([servicePrincipal(selector.name)]);
        case 'autogroup':
            return rejected(TEST_REASONS.dstAutogroup(text));
        default:
            return rejected(TEST_REASONS.srcInvalid(text, 'not a valid test destination'));
    }
}

;// CONCATENATED MODULE: ./src/policy/results.ts
// Per-test results, shaped so that a table (source, destination, port, wanted, got) can be
// rendered and every failure points at its line in the file.
function combineOutcomes(outcomes) {
    if (outcomes.includes('fail'))
        return 'fail';
    return outcomes.includes('unknown') ? 'unknown' : 'pass';
}
/**
 * Combines the outcomes of several principals standing for one endpoint: `strict` (every
 * device must pass) or `consensus` (offline group members: disagreement is unknown).
 */
function combinePrincipals(outcomes, consensus) {
    if (!consensus)
        return combineOutcomes(outcomes);
    if (outcomes.every((o) => o === 'pass'))
        return 'pass';
    return outcomes.every((o) => o === 'fail') ? 'fail' : 'unknown';
}
/** Whether more principals could still change what combinePrincipals answers. */
function decided(outcomes, consensus) {
    const last = outcomes[outcomes.length - 1];
    if (!consensus)
        return last === 'fail';
    return last === 'unknown' || (outcomes.includes('pass') && outcomes.includes('fail'));
}

;// CONCATENATED MODULE: ./src/policy/network-tests.ts
// Evaluation of `tests` entries (spec §5.2–5.4).






const UNKNOWN_NOTE = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
function failAll(test, src, error) {
    const assertion = (kind) => (t) => ({
        kind, text: t.text, outcome: 'fail', message: error, position: t.pos, wanted: kind === 'accept' ? 'Accept' : 'Drop',
    });
    return {
        kind: 'test', index: test.index, position: test.pos, src, error, outcome: 'fail',
        assertions: [...test.accept.map(assertion('accept')), ...test.deny.map(assertion('deny'))],
    };
}
function setup(test, env) {
    if (test.accept.length === 0 && test.deny.length === 0)
        return messages/* aclTestError */.HU(TEST_REASONS.noAssertions);
    let protocols = DEFAULT_TEST_PROTOCOLS;
    let protocolLabel;
    if (test.proto !== undefined) {
        const parsed = parseProtocol(test.proto.text);
        if (!parsed.ok)
            return messages/* aclTestError */.HU(TEST_REASONS.invalidProto(test.proto.text));
        protocols = [parsed.value];
        protocolLabel = protocolName(parsed.value);
    }
    const src = resolveSource(test.src?.text ?? '', env);
    if (!src.ok)
        return messages/* aclTestError */.HU(src.reason);
    if (!PROTOCOL_IN_MESSAGE_ONLY_WHEN_SET)
        protocolLabel ??= protocols.map(protocolName).join('/');
    return { src, protocols, protocolLabel, posture: new PostureCache(test.srcPostureAttrs) };
}
function evaluateNetworkTest(test, env, index) {
    const src = test.src?.text ?? '';
    const prepared = setup(test, env);
    if (typeof prepared === 'string')
        return failAll(test, src, prepared);
    const assertions = [
        ...test.accept.map((d) => evaluateAssertion('accept', d, prepared, env, index)),
        ...test.deny.map((d) => evaluateAssertion('deny', d, prepared, env, index)),
    ];
    return { kind: 'test', index: test.index, position: test.pos, src, assertions, outcome: combineOutcomes(assertions.map((a) => a.outcome)) };
}
function parseTarget(text) {
    const split = splitDestination(text);
    if (!split.ok)
        return TEST_REASONS.dstNeedsPort;
    if (!/^[0-9]+$/.test(split.value.ports) || Number(split.value.ports) > 65535)
        return TEST_REASONS.dstSinglePort(split.value.ports);
    return { host: split.value.host, port: Number(split.value.ports) };
}
function evaluateAssertion(kind, dst, test, env, index) {
    const wanted = kind === 'accept' ? 'Accept' : 'Drop';
    const base = { kind, text: dst.text, position: dst.pos, wanted };
    const target = parseTarget(dst.text);
    if (typeof target === 'string')
        return { ...base, outcome: 'fail', message: messages/* aclTestError */.HU(target, dst.text) };
    const located = { ...base, destination: target.host, port: target.port };
    const dstEndpoint = resolveDestinationHost(target.host, env);
    if (!dstEndpoint.ok)
        return { ...located, outcome: 'fail', message: messages/* aclTestError */.HU(dstEndpoint.reason, dst.text) };
    const consensus = test.src.consensus || dstEndpoint.consensus;
    const outcomes = [];
    pairs: for (const s of test.src.principals) {
        for (const d of dstEndpoint.principals) {
            const family = pairFamily(s, d, PREFERRED_FAMILY);
            if (family === undefined)
                return { ...located, outcome: 'fail', message: messages/* aclTestError */.HU(TEST_REASONS.noSameFamily, dst.text) };
            const accepted = index.verdict(s, d, family, test.protocols, target.port, test.posture);
            outcomes.push(accepted === 'unknown' ? 'unknown' : (accepted === 'yes') === (kind === 'accept') ? 'pass' : 'fail');
            if (decided(outcomes, consensus))
                break pairs;
        }
    }
    const outcome = combinePrincipals(outcomes, consensus);
    if (outcome === 'pass')
        return { ...located, outcome, got: wanted };
    if (outcome === 'unknown')
        return { ...located, outcome, message: messages/* aclTestError */.HU(UNKNOWN_NOTE, dst.text) };
    const got = kind === 'accept' ? 'Drop' : 'Accept';
    return { ...located, outcome, got, message: messages/* aclTestVerdict */.Wy(dst.text, test.protocolLabel, wanted, got) };
}

;// CONCATENATED MODULE: ./src/policy/ssh-tests.ts
// Evaluation of `sshTests` entries against the `ssh` rules only (spec §5.5–5.6).










/** Whether a rule's `users` maps the requested login for this source (§5.6 step 3). */
function loginMatches(users, login, src) {
    let result = 'no';
    for (const entry of users) {
        if (entry === login && !entry.startsWith('localpart:'))
            return 'yes';
        if (entry === 'autogroup:nonroot' && login !== 'root')
            return 'yes';
        const selector = classify(entry);
        if (selector.kind !== 'localpart')
            continue;
        if (src.identity === 'unknown' || (src.identity === 'user' && src.login === undefined))
            result = or(result, 'unknown');
        else if (src.identity === 'user' && src.login !== undefined) {
            const at = src.login.lastIndexOf('@');
            result = or(result, fromBool(src.login.slice(at + 1) === selector.domain && src.login.slice(0, at) === login));
        }
    }
    return result;
}
function dstMatches(rule, src, dst) {
    const direct = matchIdentity(rule.dst, dst);
    return rule.dst.self ? or(direct, sameOwner(src, dst)) : direct;
}
/** The possible outcomes: check rules win over accept rules, no applicable rule means deny. */
function outcomes(rules, src, dst, login, posture) {
    let check = 'no';
    let accept = 'no';
    for (const rule of rules) {
        let applies = and(and(matchIdentity(rule.src, src), dstMatches(rule, src, dst)), loginMatches(rule.users, login, src));
        if (applies !== 'no' && rule.postures !== undefined)
            applies = and(applies, posture.evaluate(rule.postures));
        if (rule.action === 'check')
            check = or(check, applies);
        else
            accept = or(accept, applies);
    }
    const result = new Set();
    if (check !== 'no')
        result.add('check');
    if (check !== 'yes') {
        if (accept !== 'no')
            result.add('accept');
        if (accept !== 'yes')
            result.add('deny');
    }
    return result;
}
function satisfies(possible, wanted) {
    const good = new Set([wanted]);
    if (wanted === 'accept' && SSH_ACCEPT_SATISFIED_BY_CHECK)
        good.add('check');
    const hits = [...possible].filter((o) => good.has(o)).length;
    return hits === possible.size ? 'pass' : hits === 0 ? 'fail' : 'unknown';
}
function entryProblem(test) {
    const logins = [...test.accept, ...test.check, ...test.deny];
    if (logins.length === 0)
        return TEST_REASONS.sshNoAssertions;
    if (logins.some((l) => l.text === ''))
        return TEST_REASONS.emptyUser;
    const both = test.accept.find((a) => test.deny.some((d) => d.text === a.text));
    return both === undefined ? undefined : TEST_REASONS.userInAcceptAndDeny(both.text);
}
function resolveSshDestination(text, env) {
    const selector = classify(text);
    if (selector.kind === 'prefix' && selector.prefix.family === 6)
        return { ok: false, reason: TEST_REASONS.sshDstInvalid(text) };
    if (selector.kind === 'service')
        return { ok: false, reason: TEST_REASONS.sshDstInvalid(text) };
    return resolveDestinationHost(text, env);
}
function evaluateSshTest(test, rules, env) {
    const src = test.src?.text ?? '';
    const lists = [['accept', test.accept], ['check', test.check], ['deny', test.deny]];
    const problem = entryProblem(test);
    const srcEndpoint = resolveSource(src, env);
    const error = problem ?? (srcEndpoint.ok ? undefined : srcEndpoint.reason);
    if (error !== undefined || !srcEndpoint.ok) {
        const message = messages/* sshTestError */.lQ(error ?? '');
        const assertions = lists.flatMap(([kind, logins]) => test.dst.flatMap((d) => logins.map((l) => ({
            kind, text: l.text, outcome: 'fail', message, position: l.pos, destination: d.text, user: l.text, wanted: kind,
        }))));
        return { kind: 'sshTest', index: test.index, position: test.pos, src, error: message, assertions, outcome: 'fail' };
    }
    const posture = new PostureCache(test.srcPostureAttrs);
    const assertions = [];
    for (const dst of test.dst) {
        const dstEndpoint = resolveSshDestination(dst.text, env);
        for (const [kind, logins] of lists) {
            for (const login of logins)
                assertions.push(evaluateLogin(kind, login, dst, srcEndpoint, dstEndpoint, src, rules, posture));
        }
    }
    return { kind: 'sshTest', index: test.index, position: test.pos, src, assertions, outcome: combineOutcomes(assertions.map((a) => a.outcome)) };
}
function evaluateLogin(kind, login, dst, src, dstEndpoint, srcText, rules, posture) {
    const base = { kind, text: login.text, position: login.pos, destination: dst.text, user: login.text, wanted: kind };
    if (!dstEndpoint.ok)
        return { ...base, outcome: 'fail', message: messages/* sshTestError */.lQ(dstEndpoint.reason) };
    const results = [];
    let failure;
    let got;
    for (const s of src.principals) {
        for (const d of dstEndpoint.principals) {
            const possible = outcomes(rules, s, d, login.text, posture);
            const outcome = satisfies(possible, kind);
            results.push(outcome);
            if (possible.size === 1)
                got = [...possible][0];
            if (outcome === 'fail' && failure === undefined) {
                got = [...possible][0];
                failure = messages/* sshTestVerdict */.u7(srcText, displayAddress(s), dst.text, displayAddress(d), login.text, kind, got);
            }
        }
    }
    const outcome = combinePrincipals(results, src.consensus || dstEndpoint.consensus);
    if (outcome === 'pass')
        return { ...base, outcome, got: kind };
    if (outcome === 'unknown')
        return { ...base, outcome, message: messages/* sshTestError */.lQ(`dst ${(0,quote/* goQuote */.d)(dst.text)}, ssh user ${(0,quote/* goQuote */.d)(login.text)}: cannot be decided offline`) };
    return { ...base, outcome, message: failure, got };
}

;// CONCATENATED MODULE: ./src/policy/tailnet.ts
// A topology indexed for evaluation: devices by owner, tag and address.


/** Role autogroups a tailnet role belongs to. */
function rolesOf(role) {
    if (role === undefined)
        return undefined;
    return new Set([role]);
}
const addressKey = (a) => `${a.family}/${a.value}`;
function buildTailnet(topology) {
    const usersByName = new Map(topology.users.map((u) => [u.name, u]));
    const devices = [];
    const byLogin = new Map();
    const byTag = new Map();
    const byAddress = new Map();
    const routes = [];
    for (const [name, node] of Object.entries(topology.nodes)) {
        const user = node.user === undefined ? undefined : usersByName.get(node.user);
        const tagged = node.tags.length > 0;
        const device = { name, tags: new Set(node.tags), member: user?.type !== 'shared' };
        if (!tagged && user !== undefined) {
            device.login = normalizeLogin(user.email !== '' ? user.email : user.name);
            const roles = rolesOf(user.role);
            if (roles !== undefined)
                device.roles = roles;
        }
        if (node.ipv4 !== undefined)
            device.v4 = parseAddress(node.ipv4);
        if (node.ipv6 !== undefined)
            device.v6 = parseAddress(node.ipv6);
        devices.push(device);
        if (device.login !== undefined)
            byLogin.set(device.login, [...(byLogin.get(device.login) ?? []), device]);
        for (const tag of node.tags)
            byTag.set(tag, [...(byTag.get(tag) ?? []), device]);
        for (const a of [device.v4, device.v6])
            if (a !== undefined)
                byAddress.set(addressKey(a), device);
        for (const route of node.approved_routes ?? []) {
            const prefix = parsePrefix(route);
            if (prefix !== undefined && prefix.bits > 0)
                routes.push(prefix);
        }
    }
    const logins = topology.users.map((u) => ({ login: u.email !== '' ? u.email : u.name }));
    const tailnet = {
        devices,
        userDevices: (login) => byLogin.get(normalizeLogin(login)) ?? [],
        taggedDevices: (tag) => byTag.get(tag) ?? [],
        deviceAt: (address) => byAddress.get(addressKey(address)),
        approvedRoutes: prefixSet(routes),
        knownLogins: new Set(logins.map((u) => normalizeLogin(u.login))),
    };
    const domains = tailnetDomains(logins.filter((u) => u.login.includes('@')), topology.domains);
    if (domains !== undefined)
        tailnet.domains = domains;
    return tailnet;
}

;// CONCATENATED MODULE: ./src/policy/context.ts
// Name tables built from the definition sections, shared by validation, compilation and tests.





function buildContext(policy) {
    const groups = new Map();
    const groupsOfUser = new Map();
    for (const group of policy.groups) {
        const members = [...new Set(group.items.map((m) => m.text.trim()).filter((m) => classify(m).kind === 'user').map(normalizeLogin))];
        groups.set(group.name.text, members);
        for (const login of members) {
            const list = groupsOfUser.get(login) ?? [];
            list.push(group.name.text);
            groupsOfUser.set(login, list);
        }
    }
    const hosts = new Map();
    const singleAddressHosts = new Set();
    for (const host of policy.hosts) {
        const selector = classify(host.value.text);
        hosts.set(host.name.text, selector.kind === 'prefix' ? selector.prefix : undefined);
        if (selector.kind === 'prefix' && isSingleAddress(selector.prefix, selector.written))
            singleAddressHosts.add(host.name.text);
    }
    const postures = new Map();
    for (const posture of policy.postures) {
        postures.set(posture.name.text, posture.items.flatMap((c) => parsePostureCondition(c.text) ?? []));
    }
    const context = {
        groups,
        groupsOfUser,
        tags: new Set(policy.tagOwners.map((t) => t.name.text)),
        hosts,
        singleAddressHosts,
        ipsets: new Map(),
        postures,
        defaultSrcPosture: policy.defaultSrcPosture?.map((p) => p.text),
    };
    context.ipsets = resolveIpsets(policy, hosts);
    return context;
}
/** Whether a host alias value stands for one address (so it can be a test endpoint). */
function isSingleAddress(prefix, written) {
    const full = prefix.bits === (prefix.family === 4 ? 32 : 128);
    return full && (written === 'address' || FULL_LENGTH_PREFIX_IS_SINGLE_ADDRESS);
}
/** Applies each ipset's add/remove operations in order; cycles and bad entries resolve to nothing (validation reports them). */
function resolveIpsets(policy, hosts) {
    const byName = new Map(policy.ipsets.map((s) => [s.name.text, s.items.map((i) => i.text)]));
    const resolved = new Map();
    const visiting = new Set();
    const resolve = (name) => {
        const done = resolved.get(name);
        if (done !== undefined)
            return done;
        const ops = byName.get(name);
        if (ops === undefined || visiting.has(name))
            return { v4: [], v6: [] };
        visiting.add(name);
        let set = { v4: [], v6: [] };
        for (const op of ops) {
            const parsed = parseIpsetOperation(op);
            const target = targetSet(parsed.target, hosts, resolve);
            if (target !== undefined)
                set = parsed.remove ? subtract(set, target) : union(set, target);
        }
        visiting.delete(name);
        resolved.set(name, set);
        return set;
    };
    for (const name of byName.keys())
        resolve(name);
    return resolved;
}
function parseIpsetOperation(entry) {
    const trimmed = entry.trim();
    const match = /^(add|remove)\s+(.*)$/s.exec(trimmed);
    if (match === null)
        return { remove: false, target: trimmed, explicit: false };
    return { remove: match[1] === 'remove', target: match[2].trim(), explicit: true };
}
/** The addresses an ipset target stands for, or undefined when it is not a valid target. */
function targetSet(target, hosts, ipset) {
    if (target === 'autogroup:internet')
        return internetRanges();
    const selector = classify(target);
    switch (selector.kind) {
        case 'prefix':
            return prefixSet([selector.prefix]);
        case 'range':
            return setOf([selector]);
        case 'hostRef': {
            const prefix = hosts.get(selector.name);
            return prefix === undefined ? undefined : prefixSet([prefix]);
        }
        case 'ipset':
            return ipset(selector.name);
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/policy/validate/selector-check.ts
// Whether a selector is defined and allowed where it is used (spec §2.3, §2.4).



const AUTOGROUPS_BY_PLACEMENT = {
    src: new Set(['member', 'tagged', 'shared', 'danger-all', ...ROLE_AUTOGROUPS]),
    dst: new Set(['member', 'tagged', 'self', 'internet', ...ROLE_AUTOGROUPS]),
    nodeAttr: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
    owner: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
    approver: new Set(['member', 'tagged', ...ROLE_AUTOGROUPS]),
};
/** Whether a name refers to something defined (tags, groups, hosts, ipsets); undefined when it does. */
function undefinedReference(selector, raw, context) {
    switch (selector.kind) {
        case 'tag':
            return context.tags.has(selector.name) ? undefined : { inner: messages/* tagNotFound */.GS(selector.name) };
        case 'group':
            return selector.scim || context.groups.has(selector.name) ? undefined : { inner: groupNotDefined(selector.name) };
        case 'host':
            if (context.hosts.has(selector.name))
                return undefined;
            return { inner: looksLikeHostAlias(selector.name) ? hostNotDefined(selector.name) : messages/* invalidAddress */.a(raw.trim()) };
        case 'hostRef':
            return context.hosts.has(selector.name) ? undefined : { inner: hostNotDefined(selector.name) };
        case 'ipset':
            return context.ipsets.has(selector.name) ? undefined : { inner: ipsetNotFound(selector.name) };
        case 'autogroup':
            return selector.known ? undefined : { inner: invalidAutogroup(raw.trim()) };
        default:
            return undefined;
    }
}
function autogroupProblem(name, text, placement) {
    if (AUTOGROUPS_BY_PLACEMENT[placement].has(name))
        return undefined;
    if (placement === 'src' && (name === 'self' || name === 'internet'))
        return { full: messages/* selfNotValidInSrc */.zB(text) };
    if (placement === 'dst' && name === 'danger-all')
        return { full: messages/* DANGER_ALL_AS_DST */.hZ };
    return { full: notAllowedHere(text, placement) };
}
/** Kinds of selector each placement accepts (beyond autogroups, handled above). */
function kindAllowed(selector, placement) {
    switch (selector.kind) {
        case 'wildcard':
            return placement === 'src' || placement === 'dst' || placement === 'nodeAttr';
        case 'user':
        case 'group':
        case 'tag':
            return true;
        case 'host':
        case 'hostRef':
        case 'prefix':
            return placement === 'src' || placement === 'dst' || placement === 'nodeAttr';
        case 'ipset':
            return placement === 'src' || placement === 'dst';
        case 'service':
            return placement === 'dst' || placement === 'approver';
        case 'domain':
            return true;
        default:
            return false;
    }
}
/** The first problem with one selector in an access rule, nodeAttrs target, owner or approver. */
function selectorProblem(raw, placement, context) {
    const selector = classify(raw);
    const text = raw.trim();
    if (selector.kind === 'autogroup' && selector.known)
        return autogroupProblem(selector.name, text, placement);
    const missing = undefinedReference(selector, raw, context);
    if (missing !== undefined)
        return missing;
    if (!kindAllowed(selector, placement))
        return { full: notAllowedHere(text, placement) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/validate/tag.ts
// Tailscale's tag syntax check (tailcfg.CheckTag), with its exact error strings.

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
function checkTag(tag) {
    if (!tag.startsWith('tag:'))
        return messages/* TAG_PREFIX */.C_;
    const bytes = new TextEncoder().encode(tag.slice(4));
    if (bytes.length === 0)
        return messages/* TAG_EMPTY */.lM;
    if (!isAlpha(bytes[0]))
        return messages/* TAG_FIRST_LETTER */.BX;
    for (const b of bytes)
        if (!isAlpha(b) && !isDigit(b) && b !== 0x2d)
            return messages/* TAG_CHARACTERS */.sb;
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/validate/definitions.ts
// Validation of the definition sections: groups, tagOwners, hosts, ipsets, postures,
// defaultSrcPosture and autoApprovers (spec §1.4.7, §2.2, §6.2).









/** Nested groups are reported per group in descending name order, as the server does. */
function validateGroups(policy, out) {
    const sorted = [...policy.groups].sort((a, b) => (a.name.text < b.name.text ? 1 : a.name.text > b.name.text ? -1 : 0));
    for (const group of sorted) {
        const path = `groups[${(0,quote/* goQuote */.d)(group.name.text)}]`;
        if (!group.name.text.startsWith('group:')) {
            out.error(groupPrefixMissing(group.name.text), group.name, path);
            continue;
        }
        group.items.forEach((member, i) => {
            const selector = classify(member.text);
            if (selector.kind === 'group')
                out.error(messages/* groupRecursive */.SI(group.name.text, member.text.trim()), member, `${path}[${i}]`);
            else if (selector.kind !== 'user')
                out.error(groupMemberNotUser(group.name.text, member.text), member, `${path}[${i}]`);
        });
    }
}
function validateTagOwnerNames(policy, out) {
    for (const owner of policy.tagOwners) {
        const problem = checkTag(owner.name.text);
        if (problem !== undefined)
            out.error(messages/* tagOwnerKey */.bb(owner.name.text, problem), owner.name, `tagOwners[${(0,quote/* goQuote */.d)(owner.name.text)}]`);
    }
}
function validateTagOwnerValues(policy, context, out) {
    for (const owner of policy.tagOwners) {
        owner.items.forEach((item, i) => {
            const problem = selectorProblem(item.text, 'owner', context);
            if (problem === undefined)
                return;
            const text = 'inner' in problem ? problem.inner : problem.full;
            out.error(messages/* tagOwnerKey */.bb(owner.name.text, text), item, `tagOwners[${(0,quote/* goQuote */.d)(owner.name.text)}][${i}]`);
        });
    }
}
function validateHosts(policy, out) {
    for (const host of policy.hosts) {
        const path = `hosts[${(0,quote/* goQuote */.d)(host.name.text)}]`;
        if (host.name.text.includes('@') || host.name.text.includes(':') || host.name.text.trim() === '') {
            out.error(hostNameInvalid(host.name.text), host.name, path);
        }
        else if (classify(host.value.text).kind !== 'prefix') {
            out.error(hostInvalidAddress(host.name.text, host.value.text), host.value, path);
        }
    }
}
function validateIpsets(policy, context, out) {
    const names = new Set(policy.ipsets.map((s) => s.name.text));
    for (const set of policy.ipsets) {
        const name = set.name.text;
        const path = `ipsets[${(0,quote/* goQuote */.d)(name)}]`;
        if (!name.startsWith('ipset:') || name.length === 'ipset:'.length) {
            out.error(ipsetNamePrefix(name), set.name, path);
            continue;
        }
        const operations = set.items.map((item) => parseIpsetOperation(item.text));
        const removes = operations.some((op) => op.remove);
        set.items.forEach((item, i) => {
            const op = operations[i];
            const reason = ipsetEntryProblem(op.target, names, context, removes && !op.explicit);
            if (reason !== undefined)
                out.error(ipsetInvalid(name, item.text, reason), item, `${path}[${i}]`);
        });
        const cycle = findCycle(name, policy);
        if (cycle)
            out.error(ipsetInvalid(name, name, 'circular reference'), set.name, path);
    }
}
function ipsetEntryProblem(target, names, context, needsVerb) {
    if (needsVerb)
        return 'entries must start with "add" or "remove" when the set removes addresses';
    const selector = classify(target);
    if (selector.kind === 'hostRef' && !context.hosts.has(selector.name))
        return hostNotDefined(selector.name);
    if (selector.kind === 'ipset' && !names.has(selector.name))
        return ipsetNotFound(selector.name);
    const empty = { v4: [], v6: [] };
    return targetSet(target, context.hosts, () => empty) === undefined ? 'not a valid ipset target' : undefined;
}
function findCycle(start, policy) {
    const refs = new Map(policy.ipsets.map((s) => [s.name.text, s.items.map((i) => parseIpsetOperation(i.text).target).filter((t) => t.startsWith('ipset:'))]));
    const seen = new Set();
    const stack = [...(refs.get(start) ?? [])];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next === start)
            return true;
        if (seen.has(next))
            continue;
        seen.add(next);
        stack.push(...(refs.get(next) ?? []));
    }
    return false;
}
function validatePostures(policy, out) {
    for (const posture of policy.postures) {
        const name = posture.name.text;
        const path = `postures[${(0,quote/* goQuote */.d)(name)}]`;
        if (!name.startsWith('posture:') || name.length === 'posture:'.length) {
            out.error(postureNamePrefix(name), posture.name, path);
            continue;
        }
        posture.items.forEach((condition, i) => {
            if (parsePostureCondition(condition.text) === undefined)
                out.error(postureInvalid(name, condition.text), condition, `${path}[${i}]`);
        });
    }
    policy.defaultSrcPosture?.forEach((name, i) => {
        if (!policy.postures.some((p) => p.name.text === name.text))
            out.error(postureNotFound(name.text), name, `defaultSrcPosture[${i}]`);
    });
}
function validateAutoApprovers(policy, context, out) {
    const approvers = (items, path) => {
        items.forEach((item, i) => {
            const problem = selectorProblem(item.text, 'approver', context);
            if (problem !== undefined)
                out.error('inner' in problem ? problem.inner : problem.full, item, `${path}[${i}]`);
        });
    };
    for (const route of policy.autoApprovers.routes) {
        const path = `autoApprovers.routes[${(0,quote/* goQuote */.d)(route.name.text)}]`;
        if (parsePrefix(route.name.text) === undefined)
            out.error(autoApproverRouteInvalid(route.name.text), route.name, path);
        approvers(route.items, path);
    }
    for (const service of policy.autoApprovers.services)
        approvers(service.items, `autoApprovers.services[${(0,quote/* goQuote */.d)(service.name.text)}]`);
    approvers(policy.autoApprovers.exitNode, 'autoApprovers.exitNode');
}

;// CONCATENATED MODULE: ./src/policy/validate/findings.ts
// A small sink for validation findings, so every validator reports the same way.
class Findings {
    errors = [];
    warnings = [];
    error(message, at, path) {
        this.errors.push({ message, position: 'pos' in at ? at.pos : at, path });
    }
    warning(message, at, path) {
        this.warnings.push({ message, position: 'pos' in at ? at.pos : at, path });
    }
}
function itemPath(base, field, index) {
    return `${base}.${field}[${index}]`;
}

;// CONCATENATED MODULE: ./src/policy/validate/rules.ts
// Validation of `acls` and `grants` (spec §1.4.1–1.4.2, §2.4, §6.2).






/** `user:*@domain` needs one of the tailnet's domains; skipped when they are unknown (offline). */
function domainProblem(raw, check) {
    const selector = classify(raw);
    const domain = selector.kind === 'domain' || selector.kind === 'localpart' ? selector.domain : undefined;
    if (domain === undefined || check.domains === undefined || check.domains.includes(domain))
        return undefined;
    return messages/* domainNotAssociated */.wJ(domain);
}
function checkSources(src, path, context, check, out) {
    src.forEach((s, i) => {
        const problem = selectorProblem(s.text, 'src', context) ?? wrapDomain(s.text, check);
        if (problem !== undefined)
            out.error('inner' in problem ? messages/* srcError */.vR(problem.inner) : problem.full, s, itemPath(path, 'src', i));
    });
}
function wrapDomain(raw, check) {
    const problem = domainProblem(raw, check);
    return problem === undefined ? undefined : { full: problem };
}
function checkPostures(names, path, context, out) {
    names?.forEach((name, i) => {
        if (!context.postures.has(name.text))
            out.error(postureNotFound(name.text), name, itemPath(path, 'srcPosture', i));
    });
}
/** Sources allowed next to `autogroup:self`: users, groups, member/role autogroups (and `*` in ACLs). */
function selfCompatible(source, allowWildcard) {
    const selector = classify(source);
    if (selector.kind === 'wildcard')
        return allowWildcard;
    if (selector.kind === 'autogroup')
        return selector.name === 'member' || ROLE_AUTOGROUPS.has(selector.name);
    return selector.kind === 'user' || selector.kind === 'group' || selector.kind === 'domain';
}
function checkSelfSources(rule, allowWildcard, out) {
    const bad = rule.src.find((s) => !selfCompatible(s.text, allowWildcard));
    if (bad !== undefined)
        out.error(messages/* SELF_BAD_SOURCES */.Od, bad, rule.path);
}
function validateAcl(rule, context, check, out) {
    if (rule.action?.text !== 'accept')
        out.error(messages/* actionNotSupported */.AK(rule.action?.text ?? ''), rule.action ?? rule.pos, `${rule.path}.action`);
    checkSources(rule.src, rule.path, context, check, out);
    const protocol = rule.proto === undefined ? undefined : parseProtocol(rule.proto.text);
    if (protocol !== undefined && !protocol.ok)
        out.error(protocol.error, rule.proto, `${rule.path}.proto`);
    let hasSelf = false;
    rule.dst.forEach((d, i) => {
        const path = itemPath(rule.path, 'dst', i);
        const split = splitDestination(d.text);
        if (!split.ok)
            return out.error(messages/* dstError */.eF(d.text, split.error), d, path);
        const ports = parsePortSpec(split.value.ports);
        if (!ports.ok)
            return out.error(messages/* dstError */.eF(d.text, ports.error), d, path);
        if (protocol?.ok && !protocolHasPorts(protocol.value) && split.value.ports !== '*') {
            return out.error(messages/* dstError */.eF(d.text, protocolWithoutPorts(rule.proto.text)), d, path);
        }
        const host = split.value.host;
        const problem = selectorProblem(host, 'dst', context) ?? wrapDomain(host, check);
        if (problem !== undefined)
            return out.error('inner' in problem ? messages/* dstError */.eF(host.trim(), problem.inner) : problem.full, d, path);
        const selector = classify(host);
        if (DEFAULT_ROUTE_CHECK_APPLIES_TO_ACLS && selector.kind === 'prefix' && selector.prefix.bits === 0) {
            return out.error(messages/* defaultRouteDst */._5(host), d, path);
        }
        if (selector.kind === 'autogroup' && selector.name === 'self')
            hasSelf = true;
    });
    checkPostures(rule.srcPosture, rule.path, context, out);
    if (hasSelf)
        checkSelfSources(rule, true, out);
}
function checkCapabilities(app, path, out) {
    for (const cap of app ?? []) {
        const name = cap.name.text;
        if (name.includes('://') || !/^[^/]+\/./.test(name))
            out.error(messages/* CAPABILITY_FORM */.UY, cap.name, `${path}.app`);
        else if (INTERNAL_CAPABILITIES.has(name))
            out.error(messages/* CAPABILITY_INTERNAL */.tm, cap.name, `${path}.app`);
    }
}
function checkGrantDestinations(grant, context, check, out) {
    const seen = { self: false, internet: false };
    grant.dst.forEach((d, i) => {
        const path = itemPath(grant.path, 'dst', i);
        const selector = classify(d.text);
        if (selector.kind === 'prefix' && selector.prefix.bits === 0)
            return out.error(messages/* defaultRouteDst */._5(d.text.trim()), d, path);
        const problem = selectorProblem(d.text, 'dst', context) ?? wrapDomain(d.text, check);
        if (problem !== undefined)
            return out.error('inner' in problem ? messages/* dstError */.eF(d.text.trim(), problem.inner) : problem.full, d, path);
        if (selector.kind === 'autogroup' && selector.name === 'self')
            seen.self = true;
        if (selector.kind === 'autogroup' && selector.name === 'internet')
            seen.internet = true;
    });
    return seen;
}
function validateGrant(grant, context, check, out) {
    checkSources(grant.src, grant.path, context, check, out);
    const seen = checkGrantDestinations(grant, context, check, out);
    if ((grant.ip === undefined || grant.ip.length === 0) && (grant.app === undefined || grant.app.length === 0)) {
        out.error(messages/* IP_AND_APP_EMPTY */.wb, grant.pos, grant.path);
    }
    grant.ip?.forEach((entry, i) => {
        const parsed = parseGrantIp(entry.text);
        if (!parsed.ok)
            out.error(parsed.error, entry, itemPath(grant.path, 'ip', i));
    });
    checkCapabilities(grant.app, grant.path, out);
    if (seen.internet && grant.app !== undefined)
        out.error(messages/* APP_WITH_INTERNET */.RF, grant.pos, grant.path);
    if (seen.self)
        checkSelfSources(grant, false, out);
    grant.via?.forEach((via, i) => {
        const selector = classify(via.text);
        const path = itemPath(grant.path, 'via', i);
        if (selector.kind !== 'tag')
            out.error(messages/* VIA_ONLY_TAGS */.UE, via, path);
        else if (!context.tags.has(selector.name))
            out.error(messages/* viaTagNotFound */.uJ(selector.name), via, path);
    });
    checkPostures(grant.srcPosture, grant.path, context, out);
}

;// CONCATENATED MODULE: ./src/policy/validate/node-attrs.ts
// Validation of `nodeAttrs` (spec §1.4.6, §6.2).








function validateNodeAttr(entry, context, out) {
    entry.target.forEach((target, i) => {
        const path = itemPath(entry.path, 'target', i);
        const selector = classify(target.text);
        if (selector.kind === 'autogroup' && selector.name === 'self')
            return out.error(NODE_ATTR_SELF, target, path);
        const problem = selectorProblem(target.text, 'nodeAttr', context);
        if (problem !== undefined)
            out.error('inner' in problem ? problem.inner : problem.full, target, path);
    });
    entry.ipPool?.forEach((pool, i) => {
        const path = itemPath(entry.path, 'ipPool', i);
        const prefix = parsePrefix(pool.text);
        if (prefix === undefined)
            return out.error(ipPoolInvalid(pool.text), pool, path);
        const set = prefixSet([prefix]);
        if (ipPoolReserved().some((reserved) => overlaps(set, prefixSet([reserved]), prefix.family))) {
            out.error(messages/* ipPoolReserved */.er(pool.text), pool, path);
        }
        else if (!covers(cgnat(), set, prefix.family))
            out.error(ipPoolOutsideCGNAT(pool.text), pool, path);
    });
    checkCapabilities(entry.app, entry.path, out);
}

;// CONCATENATED MODULE: ./src/policy/duration.ts
// Go's time.ParseDuration and Duration.String, because checkPeriod errors quote both verbatim.

const UNITS = {
    ns: 1n, us: 1000n, 'µs': 1000n, 'μs': 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n,
};
const MAX_INT64 = (1n << 63n) - 1n;
function parseGoDuration(original) {
    const invalid = () => ({ ok: false, error: `time: invalid duration ${(0,quote/* goQuote */.d)(original)}` });
    let s = original;
    let negative = false;
    if (s.startsWith('-') || s.startsWith('+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return { ok: true, nanos: 0n };
    if (s === '')
        return invalid();
    let total = 0n;
    while (s !== '') {
        const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
        const whole = number[1];
        const fraction = number[2] ?? '';
        if (whole === '' && fraction === '')
            return invalid();
        s = s.slice(number[0].length);
        const unitMatch = /^[^0-9.]*/.exec(s)[0];
        if (unitMatch === '')
            return { ok: false, error: `time: missing unit in duration ${(0,quote/* goQuote */.d)(original)}` };
        const unit = UNITS[unitMatch];
        if (unit === undefined)
            return { ok: false, error: `time: unknown unit ${(0,quote/* goQuote */.d)(unitMatch)} in duration ${(0,quote/* goQuote */.d)(original)}` };
        s = s.slice(unitMatch.length);
        const scale = 10n ** BigInt(fraction.length);
        total += BigInt(whole === '' ? '0' : whole) * unit + (fraction === '' ? 0n : (BigInt(fraction) * unit) / scale);
        if (total > MAX_INT64)
            return invalid();
    }
    return { ok: true, nanos: negative ? -total : total };
}
/** Go's Duration.String: `1h30m0s`, `1.5s`, `500ms`, `0s`. */
function formatGoDuration(nanos) {
    if (nanos === 0n)
        return '0s';
    const sign = nanos < 0n ? '-' : '';
    let u = nanos < 0n ? -nanos : nanos;
    if (u < 1000000000n) {
        if (u < 1000n)
            return `${sign}${u}ns`;
        if (u < 1000000n)
            return `${sign}${fraction(u, 3)}µs`;
        return `${sign}${fraction(u, 6)}ms`;
    }
    let out = `${fraction(u % 60000000000n, 9)}s`;
    u /= 60000000000n;
    if (u > 0n) {
        out = `${u % 60n}m${out}`;
        u /= 60n;
        if (u > 0n)
            out = `${u}h${out}`;
    }
    return sign + out;
}
/** `value / 10^digits` with the fractional part's trailing zeros dropped. */
function fraction(value, digits) {
    const scale = 10n ** BigInt(digits);
    const frac = (value % scale).toString().padStart(digits, '0').replace(/0+$/, '');
    return frac === '' ? `${value / scale}` : `${value / scale}.${frac}`;
}
const HOUR = 3600000000000n;

;// CONCATENATED MODULE: ./src/policy/validate/ssh.ts
// Validation of `ssh` rules and the hard errors of `sshTests` (spec §1.4.3, §5.5, §6.2).







function sourceProblem(raw, context, check) {
    const selector = classify(raw);
    const text = raw.trim();
    switch (selector.kind) {
        case 'user':
            return undefined;
        case 'group':
        case 'tag': {
            const missing = undefinedReference(selector, raw, context);
            return missing === undefined ? undefined : messages/* SSH_PREFIX */.CT + messages/* srcError */.vR('inner' in missing ? missing.inner : missing.full);
        }
        case 'domain': {
            const problem = domainProblem(raw, check);
            return problem === undefined ? undefined : messages/* SSH_PREFIX */.CT + problem;
        }
        case 'autogroup':
            if (selector.name === 'member' || selector.name === 'tagged')
                return undefined;
            if (!selector.known)
                return messages/* SSH_PREFIX */.CT + invalidAutogroup(text);
            if (ROLE_AUTOGROUPS.has(selector.name) && !SSH_ROLE_AUTOGROUP_IN_SRC_IS_ERROR)
                return undefined;
            return messages/* sshNotAllowedInSrc */.Vc(text);
        default:
            return messages/* sshNotAllowedInSrc */.Vc(text);
    }
}
function isTagSource(raw) {
    const selector = classify(raw);
    return selector.kind === 'tag' || (selector.kind === 'autogroup' && selector.name === 'tagged');
}
function checkDestinations(rule, context, out) {
    const sources = rule.src.map((s) => classify(s.text));
    const tagSources = rule.src.some((s) => isTagSource(s.text));
    rule.dst.forEach((d, i) => {
        const path = itemPath(rule.path, 'dst', i);
        const selector = classify(d.text);
        if (selector.kind === 'tag') {
            if (!context.tags.has(selector.name))
                out.error(messages/* SSH_PREFIX */.CT + messages/* dstError */.eF(d.text.trim(), messages/* tagNotFound */.GS(selector.name)), d, path);
        }
        else if (selector.kind === 'autogroup' && ['self', 'member', 'tagged'].includes(selector.name)) {
            if (selector.name === 'self' && tagSources)
                out.error(sshSelfWithTags, d, path);
        }
        else if (selector.kind === 'user') {
            const only = sources.length === 1 ? sources[0] : undefined;
            const same = only?.kind === 'user' && normalizeLogin(only.login) === normalizeLogin(selector.login);
            if (!same)
                out.error(messages/* SSH_USER_DST_SAME_USER */.Gp, d, path);
        }
        else
            out.error(messages/* sshInvalidDst */.vO(d.text.trim()), d, path);
    });
}
function checkUsers(rule, check, out) {
    if (rule.users === undefined || rule.users.length === 0) {
        out.error(messages/* SSH_USERS_MISSING */.FC, rule.pos, `${rule.path}.users`);
        return;
    }
    rule.users.forEach((user, i) => {
        const path = itemPath(rule.path, 'users', i);
        if (user.text === '' || user.text === '*')
            return out.error(messages/* sshUserInvalid */.xi(user.text), user, path);
        const problem = domainProblem(user.text, check);
        if (problem !== undefined)
            out.error(problem, user, path);
    });
}
function checkPeriod(period, path, out) {
    if (period.text === 'always')
        return;
    const parsed = parseGoDuration(period.text);
    if (!parsed.ok)
        return out.error(parsed.error, period, path);
    if (parsed.nanos < 0n)
        out.error(messages/* checkPeriodNegative */.Ze(formatGoDuration(parsed.nanos)), period, path);
    else if (parsed.nanos > 168n * HOUR)
        out.error(messages/* checkPeriodTooLong */._3(formatGoDuration(parsed.nanos)), period, path);
}
function validateSshRule(rule, context, check, out) {
    const action = rule.action?.text ?? '';
    if (action === '')
        out.error(messages/* SSH_ACTION_MISSING */.PQ, rule.action ?? rule.pos, `${rule.path}.action`);
    else if (action !== 'accept' && action !== 'check')
        out.error(messages/* sshActionInvalid */.et(action), rule.action, `${rule.path}.action`);
    rule.src.forEach((s, i) => {
        const problem = sourceProblem(s.text, context, check);
        if (problem !== undefined)
            out.error(problem, s, itemPath(rule.path, 'src', i));
    });
    if (action === 'check') {
        const tagged = rule.src.find((s) => isTagSource(s.text));
        if (tagged !== undefined)
            out.error(messages/* SSH_CHECK_WITH_TAGS */.jF, tagged, rule.path);
    }
    checkDestinations(rule, context, out);
    checkUsers(rule, check, out);
    if (rule.checkPeriod !== undefined)
        checkPeriod(rule.checkPeriod, `${rule.path}.checkPeriod`, out);
    rule.acceptEnv?.forEach((env, i) => {
        if (env.text === '')
            out.error(messages/* ACCEPT_ENV_EMPTY */.tX, env, itemPath(rule.path, 'acceptEnv', i));
    });
    rule.recorder?.forEach((tag, i) => {
        if (!context.tags.has(tag.text.trim()))
            out.error(messages/* tagNotFound */.GS(tag.text.trim()), tag, itemPath(rule.path, 'recorder', i));
    });
    checkPostures(rule.srcPosture, rule.path, context, out);
}
/** sshTests destinations that the server rejects as invalid policy rather than as failing tests. */
function validateSshTestDestinations(policy, context, out) {
    for (const test of policy.sshTests) {
        test.dst.forEach((d, i) => {
            const path = `sshTests[${test.index}].dst[${i}]`;
            const selector = classify(d.text);
            const internet = selector.kind === 'autogroup' && selector.name === 'internet';
            if ((selector.kind === 'prefix' && selector.written === 'cidr') || internet)
                out.error(messages/* sshTestDisallowed */.Xz(d.text), d, path);
            else if (selector.kind === 'tag' && !context.tags.has(selector.name))
                out.error(messages/* sshTestUnknownTag */.Jb(d.text), d, path);
        });
    }
}

;// CONCATENATED MODULE: ./src/policy/validate/index.ts
// Runs the section validators in the order the server most likely uses (spec §6.1), so the
// first error found is the one the server would report.







function validatePolicy(policy, check) {
    const out = new Findings();
    const context = buildContext(policy);
    validateGroups(policy, out);
    validateTagOwnerNames(policy, out);
    validateHosts(policy, out);
    validateIpsets(policy, context, out);
    validatePostures(policy, out);
    for (const rule of policy.acls ?? [])
        validateAcl(rule, context, check, out);
    for (const grant of policy.grants ?? [])
        validateGrant(grant, context, check, out);
    for (const rule of policy.ssh)
        validateSshRule(rule, context, check, out);
    for (const entry of policy.nodeAttrs)
        validateNodeAttr(entry, context, out);
    validateAutoApprovers(policy, context, out);
    validateTagOwnerValues(policy, context, out);
    if (policy.oneCGNATRoute !== undefined && !ONE_CGNAT_ROUTE_VALUES.includes(policy.oneCGNATRoute.text)) {
        out.error(oneCGNATRouteInvalid(policy.oneCGNATRoute.text), policy.oneCGNATRoute, 'OneCGNATRoute');
    }
    validateSshTestDestinations(policy, context, out);
    return { context, findings: out };
}

// EXTERNAL MODULE: ./src/policy/report.ts
var report = __webpack_require__(2742);
// EXTERNAL MODULE: ./src/policy/render.ts
var render = __webpack_require__(1120);
;// CONCATENATED MODULE: ./src/policy/topology.ts
// The tailnet description the engine evaluates tests against: the `topology` shape of the
// conformance captures, its validation, and a converter from Tailscale API list responses.

/** A topology that does not have the expected shape; the message names the JSON path. */
class TopologyError extends Error {
    name = 'TopologyError';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function expect(condition, path, what, value) {
    if (!condition)
        throw new TopologyError(`${path}: expected ${what}, got ${JSON.stringify(value) ?? 'nothing'}`);
}
function stringList(value, path, check, what = 'a list of strings') {
    expect(Array.isArray(value) && value.every((v) => typeof v === 'string' && (check === undefined || check(v))), path, what, value);
    return value;
}
function optionalRoutes(value, path) {
    if (value === undefined || value === null)
        return value;
    return stringList(value, path, (s) => parsePrefix(s) !== undefined, 'a list of CIDR prefixes');
}
function parseUser(value, path) {
    expect(isObject(value), path, 'an object with "name" and "email"', value);
    const user = value;
    expect(typeof user.name === 'string' && user.name !== '', `${path}.name`, 'a non-empty string', user.name);
    expect(typeof user.email === 'string', `${path}.email`, 'a string', user.email);
    expect(user.role === undefined || typeof user.role === 'string', `${path}.role`, 'a string', user.role);
    expect(user.type === undefined || user.type === 'member' || user.type === 'shared', `${path}.type`, '"member" or "shared"', user.type);
    const out = { name: user.name, email: user.email };
    if (typeof user.id === 'number' || typeof user.id === 'string')
        out.id = user.id;
    if (typeof user.role === 'string')
        out.role = user.role;
    if (user.type !== undefined)
        out.type = user.type;
    return out;
}
function parseNode(value, path, userNames) {
    expect(isObject(value), path, 'an object', value);
    const node = value;
    const tags = node.tags === undefined || node.tags === null ? [] : stringList(node.tags, `${path}.tags`, (t) => t.startsWith('tag:'), 'a list of "tag:..." strings');
    const address = (key, family) => {
        const v = node[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        expect(typeof v === 'string' && parseAddress(v)?.family === family, `${path}.${key}`, `an IPv${family} address`, v);
        return v;
    };
    const user = node.user;
    expect(user === undefined || user === null || (typeof user === 'string' && (user === '' || userNames.has(user))), `${path}.user`, 'the name of a user in "users"', user);
    expect(tags.length > 0 || (typeof user === 'string' && user !== ''), path, 'either "tags" or an owning "user"', value);
    const out = { hostname: typeof node.hostname === 'string' ? node.hostname : path, tags };
    const ipv4 = address('ipv4', 4);
    const ipv6 = address('ipv6', 6);
    if (ipv4 !== undefined)
        out.ipv4 = ipv4;
    if (ipv6 !== undefined)
        out.ipv6 = ipv6;
    if (typeof user === 'string' && user !== '')
        out.user = user;
    out.routable_ips = optionalRoutes(node.routable_ips, `${path}.routable_ips`);
    out.approved_routes = optionalRoutes(node.approved_routes, `${path}.approved_routes`);
    return out;
}
/** Validates a topology JSON value; throws TopologyError naming the first bad field. */
function parseTopology(json) {
    expect(isObject(json), 'topology', 'an object with "users" and "nodes"', json);
    const root = json;
    expect(Array.isArray(root.users), 'topology.users', 'a list', root.users);
    const users = root.users.map((u, i) => parseUser(u, `topology.users[${i}]`));
    const names = new Set(users.map((u) => u.name));
    expect(isObject(root.nodes), 'topology.nodes', 'an object of nodes by name', root.nodes);
    const nodes = {};
    for (const [name, node] of Object.entries(root.nodes))
        nodes[name] = parseNode(node, `topology.nodes[${JSON.stringify(name)}]`, names);
    const topology = { users, nodes };
    if (root.domains !== undefined)
        topology.domains = stringList(root.domains, 'topology.domains');
    return topology;
}
function listOf(response, key, what) {
    const list = Array.isArray(response) ? response : isObject(response) ? response[key] : undefined;
    expect(Array.isArray(list) && list.every(isObject), what, `a list of objects or {"${key}": [...]}`, response);
    return list;
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/**
 * Converts `GET /tailnet/-/users` and `GET /tailnet/-/devices?fields=all` responses into a
 * topology. Users are named by login; devices by MagicDNS short name (made unique).
 */
function topologyFromApi(usersResponse, devicesResponse) {
    const users = [];
    const byLogin = new Map();
    for (const u of listOf(usersResponse, 'users', 'users response')) {
        const login = str(u.loginName);
        if (login === undefined || byLogin.has(login))
            continue;
        const user = { name: login, email: login };
        if (typeof u.id === 'number' || typeof u.id === 'string')
            user.id = u.id;
        if (str(u.role) !== undefined)
            user.role = u.role;
        if (u.type === 'shared' || u.type === 'member')
            user.type = u.type;
        users.push(user);
        byLogin.set(login, user);
    }
    const nodes = {};
    for (const d of listOf(devicesResponse, 'devices', 'devices response')) {
        const tags = Array.isArray(d.tags) ? d.tags.filter((t) => typeof t === 'string') : [];
        const owner = str(d.user);
        if (tags.length === 0 && owner === undefined)
            continue;
        const node = { hostname: str(d.hostname) ?? str(d.name) ?? 'device', tags };
        const addresses = Array.isArray(d.addresses) ? d.addresses.filter((a) => typeof a === 'string') : [];
        const ipv4 = addresses.find((a) => parseAddress(a)?.family === 4);
        const ipv6 = addresses.find((a) => parseAddress(a)?.family === 6);
        if (ipv4 !== undefined)
            node.ipv4 = ipv4;
        if (ipv6 !== undefined)
            node.ipv6 = ipv6;
        if (tags.length === 0 && owner !== undefined) {
            if (!byLogin.has(owner)) {
                const user = { name: owner, email: owner, type: d.isExternal === true ? 'shared' : 'member' };
                users.push(user);
                byLogin.set(owner, user);
            }
            node.user = owner;
        }
        node.routable_ips = routes(d.advertisedRoutes);
        node.approved_routes = routes(d.enabledRoutes);
        nodes[uniqueName(nodes, str(d.name)?.split('.')[0] ?? node.hostname)] = node;
    }
    return { users, nodes };
}
function routes(value) {
    return Array.isArray(value) ? value.filter((r) => typeof r === 'string' && parsePrefix(r) !== undefined) : [];
}
function uniqueName(nodes, base) {
    if (!(base in nodes))
        return base;
    let n = 2;
    while (`${base}-${n}` in nodes)
        n++;
    return `${base}-${n}`;
}

;// CONCATENATED MODULE: ./src/policy/index.ts
// The offline policy engine: validate a Tailscale policy file and evaluate its tests and
// sshTests, against a described tailnet or symbolically. Spec: /work/shared/policy-semantics.md.















/** Validates a parsed policy and, when it is valid, runs its `tests` and `sshTests`. */
function checkPolicy(root, options = {}) {
    const mode = options.topology === undefined ? 'symbolic' : 'topology';
    const report = { mode, errors: [], warnings: [], tests: [], summary: { passed: 0, failed: 0, unknown: 0 } };
    const reader = new Reader();
    const policy = decodePolicy(root, reader, options.extraKeys);
    if (reader.errors.length > 0) {
        report.errors = reader.errors;
        return report;
    }
    const tailnet = options.topology === undefined ? undefined : buildTailnet(options.topology);
    const domains = tailnet?.domains;
    const { context, findings } = validatePolicy(policy, domains === undefined ? {} : { domains });
    if (tailnet !== undefined)
        warnUnknownMembers(policy, tailnet, findings);
    report.errors = findings.errors;
    report.warnings = findings.warnings;
    if (report.errors.length > 0)
        return report;
    const env = { context, match: tailnet === undefined ? {} : { approvedRoutes: tailnet.approvedRoutes }, resolved: new Map() };
    if (tailnet !== undefined)
        env.tailnet = tailnet;
    report.tests = runTests(policy, env);
    for (const test of report.tests)
        report.summary[test.outcome === 'pass' ? 'passed' : test.outcome === 'fail' ? 'failed' : 'unknown']++;
    return report;
}
/**
 * Parses and checks policy text. A HuJSON syntax error becomes the report's only error, with
 * the parser's full message (`hujson: line L, column C: ...`) as the server would answer.
 */
function checkPolicySource(source, options = {}) {
    let root;
    try {
        root = parse(source);
    }
    catch (error) {
        if (!(error instanceof HujsonSyntaxError))
            throw error;
        const position = { offset: error.offset, line: error.line, column: error.column };
        const mode = options.topology === undefined ? 'symbolic' : 'topology';
        return { mode, errors: [{ message: error.fullMessage, position }], warnings: [], tests: [], summary: { passed: 0, failed: 0, unknown: 0 } };
    }
    return checkPolicy(root, options);
}
function runTests(policy, env) {
    const results = [];
    if (policy.tests.length > 0) {
        const index = new NetworkIndex(compileNetworkRules(policy, env.context), env.match);
        for (const test of policy.tests)
            results.push(evaluateNetworkTest(test, env, index));
    }
    if (policy.sshTests.length > 0) {
        const rules = compileSshRules(policy.ssh, env.context);
        for (const test of policy.sshTests)
            results.push(evaluateSshTest(test, rules, env));
    }
    return results;
}
function warnUnknownMembers(policy, tailnet, findings) {
    for (const group of policy.groups) {
        group.items.forEach((member, i) => {
            const login = member.text.trim();
            if (login.includes('@') && !login.startsWith('group:') && !tailnet.knownLogins.has(normalizeLogin(login))) {
                findings.warning((0,messages/* userNotFoundWarning */.PG)(group.name.text, login), member, `groups[${(0,quote/* goQuote */.d)(group.name.text)}][${i}]`);
            }
        });
    }
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ actionNotSupported),
/* harmony export */   BX: () => (/* binding */ TAG_FIRST_LETTER),
/* harmony export */   CT: () => (/* binding */ SSH_PREFIX),
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   FC: () => (/* binding */ SSH_USERS_MISSING),
/* harmony export */   GS: () => (/* binding */ tagNotFound),
/* harmony export */   Gp: () => (/* binding */ SSH_USER_DST_SAME_USER),
/* harmony export */   HO: () => (/* binding */ PORT_INVALID_FIRST),
/* harmony export */   HU: () => (/* binding */ aclTestError),
/* harmony export */   Jb: () => (/* binding */ sshTestUnknownTag),
/* harmony export */   OA: () => (/* binding */ NO_ASSOCIATED_IPS),
/* harmony export */   Od: () => (/* binding */ SELF_BAD_SOURCES),
/* harmony export */   PG: () => (/* binding */ userNotFoundWarning),
/* harmony export */   PQ: () => (/* binding */ SSH_ACTION_MISSING),
/* harmony export */   RF: () => (/* binding */ APP_WITH_INTERNET),
/* harmony export */   SI: () => (/* binding */ groupRecursive),
/* harmony export */   UE: () => (/* binding */ VIA_ONLY_TAGS),
/* harmony export */   UY: () => (/* binding */ CAPABILITY_FORM),
/* harmony export */   V0: () => (/* binding */ PORT_ZERO),
/* harmony export */   Vc: () => (/* binding */ sshNotAllowedInSrc),
/* harmony export */   Wy: () => (/* binding */ aclTestVerdict),
/* harmony export */   Xz: () => (/* binding */ sshTestDisallowed),
/* harmony export */   Ze: () => (/* binding */ checkPeriodNegative),
/* harmony export */   _3: () => (/* binding */ checkPeriodTooLong),
/* harmony export */   _5: () => (/* binding */ defaultRouteDst),
/* harmony export */   a: () => (/* binding */ invalidAddress),
/* harmony export */   bb: () => (/* binding */ tagOwnerKey),
/* harmony export */   eF: () => (/* binding */ dstError),
/* harmony export */   er: () => (/* binding */ ipPoolReserved),
/* harmony export */   et: () => (/* binding */ sshActionInvalid),
/* harmony export */   hZ: () => (/* binding */ DANGER_ALL_AS_DST),
/* harmony export */   jF: () => (/* binding */ SSH_CHECK_WITH_TAGS),
/* harmony export */   ji: () => (/* binding */ portRange),
/* harmony export */   lM: () => (/* binding */ TAG_EMPTY),
/* harmony export */   lQ: () => (/* binding */ sshTestError),
/* harmony export */   lj: () => (/* binding */ WARNINGS_FOUND),
/* harmony export */   qr: () => (/* binding */ TESTS_FAILED),
/* harmony export */   sb: () => (/* binding */ TAG_CHARACTERS),
/* harmony export */   tX: () => (/* binding */ ACCEPT_ENV_EMPTY),
/* harmony export */   tm: () => (/* binding */ CAPABILITY_INTERNAL),
/* harmony export */   u7: () => (/* binding */ sshTestVerdict),
/* harmony export */   uJ: () => (/* binding */ viaTagNotFound),
/* harmony export */   vO: () => (/* binding */ sshInvalidDst),
/* harmony export */   vR: () => (/* binding */ srcError),
/* harmony export */   wJ: () => (/* binding */ domainNotAssociated),
/* harmony export */   wb: () => (/* binding */ IP_AND_APP_EMPTY),
/* harmony export */   xi: () => (/* binding */ sshUserInvalid),
/* harmony export */   zB: () => (/* binding */ selfNotValidInSrc)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6114);
// Error texts observed verbatim from the Tailscale server (captures or quoted issues). Texts
// whose server wording is not known live in unsure.ts instead.

const TESTS_FAILED = 'test(s) failed';
const WARNINGS_FOUND = 'warning(s) found';
const groupRecursive = (group, member) => `groups[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(group)}]: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(member)}: group members cannot be recursive`;
const tagOwnerKey = (tag, reason) => `tagOwners[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(tag)}]: ${reason}`;
const TAG_PREFIX = "tags must start with 'tag:'";
const TAG_EMPTY = 'tag names must not be empty';
const TAG_FIRST_LETTER = "tag names must start with a letter, after 'tag:'";
const TAG_CHARACTERS = 'tag names can only contain numbers, letters, or dashes';
const actionNotSupported = (action) => `action=${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(action)} is not supported`;
const tagNotFound = (tag) => `tag not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(tag)}`;
const srcError = (inner) => `src=${inner}`;
const dstError = (dst, inner) => `dst=${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: ${inner}`;
const portRange = (ports, reason) => `port range ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(ports)}: ${reason}`;
const PORT_INVALID_FIRST = 'invalid first integer';
const PORT_ZERO = "first port must be >0, or use '*' for wildcard";
const selfNotValidInSrc = (selector) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(selector)} not valid on the src side of a rule`;
const SELF_BAD_SOURCES = 'autogroup:self can only be used with users, groups, or supported autogroups';
const DANGER_ALL_AS_DST = 'cannot use autogroup:danger-all as a dst';
const IP_AND_APP_EMPTY = 'ip and app can not both be empty';
const VIA_ONLY_TAGS = 'via can only be a tag';
const viaTagNotFound = (tag) => `tag ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(tag)} not found`;
const defaultRouteDst = (dst) => `dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: to allow all IP addresses, use "*" or "autogroup:internet"`;
const APP_WITH_INTERNET = 'cannot use app grants with autogroup:internet';
const CAPABILITY_FORM = 'capability name must have the form {domain}/{path}';
const CAPABILITY_INTERNAL = 'capability name must not be in the tailscale.com domain';
const SSH_ACTION_MISSING = 'action must be specified';
const sshActionInvalid = (action) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(action)} is not a valid action`;
const SSH_USERS_MISSING = 'users must be specified';
const sshUserInvalid = (user) => `user ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)} is not valid`;
const ACCEPT_ENV_EMPTY = 'acceptEnv values cannot be empty';
const checkPeriodNegative = (duration) => `checkPeriod ${duration} must be a positive duration`;
const checkPeriodTooLong = (duration) => `checkPeriod ${duration} is above the max (168h)`;
const sshInvalidDst = (dst) => `invalid dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const SSH_USER_DST_SAME_USER = 'users in dst are only allowed from the same user';
const SSH_CHECK_WITH_TAGS = '[ssh] "check" action does not support tags in src';
const sshNotAllowedInSrc = (selector) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(selector)} is not allowed in src`;
const domainNotAssociated = (domain) => `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
const SSH_PREFIX = '[ssh] ';
const invalidAddress = (text) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(text)}: invalid address`;
const ipPoolReserved = (cidr) => `IPPool(${cidr}): network within reserved range`;
const sshTestDisallowed = (dst) => `SSH tests dst contains disallowed element ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const sshTestUnknownTag = (dst) => `SSH tests dst contains unknown tag ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}`;
const userNotFoundWarning = (group, user) => `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(group)}: user not found: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)}`;
const NO_ASSOCIATED_IPS = 'no associated IPs for user (check spelling, or they may not have an approved machine)';
/** `[acl test error]: address "<dst>"[ (protocol "<p>")]: want: <W>, got: <G>` */
function aclTestVerdict(dst, protocol, want, got) {
    const proto = protocol === undefined ? '' : ` (protocol ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(protocol)})`;
    return `[acl test error]: address ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}${proto}: want: ${want}, got: ${got}`;
}
function aclTestError(reason, dst) {
    return dst === undefined ? `[acl test error]: ${reason}` : `[acl test error]: address ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)}: ${reason}`;
}
/** `[ssh test error]: src "<s>" at "<ip>", dst "<d>" at "<ip>", ssh user "<u>": want: "<w>" got: "<g>"` */
function sshTestVerdict(src, srcAt, dst, dstAt, user, want, got) {
    return `[ssh test error]: src ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(src)} at ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(srcAt)}, dst ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dst)} at ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(dstAt)}, ssh user ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(user)}: want: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(want)} got: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .d)(got)}`;
}
function sshTestError(reason) {
    return `[ssh test error]: ${reason}`;
}


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ goQuote)
/* harmony export */ });
// Go's %q quoting, which the server uses for every quoted value in its messages.
const SHORT_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '"': '\\"',
    '\\': '\\\\',
};
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function goQuote(text) {
    let out = '"';
    for (const char of text) {
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            out += short;
        else if (PRINTABLE.test(char))
            out += char;
        else
            out += escapeCodePoint(char.codePointAt(0));
    }
    return `${out}"`;
}
function escapeCodePoint(codePoint) {
    if (codePoint < 0x80)
        return `\\x${codePoint.toString(16).padStart(2, '0')}`;
    if (codePoint <= 0xffff)
        return `\\u${codePoint.toString(16).padStart(4, '0')}`;
    return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}


/***/ }),

/***/ 1120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ reportLines),
/* harmony export */   l: () => (/* binding */ reportJson)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2742);
// Text and JSON renderings of a PolicyReport: `FILE:LINE:COL: message` lines for terminals and
// CI logs, and a JSON document for tools.

function at(file, position) {
    return position === undefined ? file : `${file}:${position.line}:${position.column}`;
}
function quoted(src) {
    return JSON.stringify(src);
}
function testLines(file, test, outcome) {
    const label = outcome === 'fail' ? 'test failed' : 'undecided offline';
    const subject = `${label} for ${quoted(test.src)}`;
    if (outcome === 'fail' && test.error !== undefined)
        return [`${at(file, test.position)}: ${subject}: ${test.error}`];
    return test.assertions
        .filter((a) => a.outcome === outcome)
        .map((a) => `${at(file, a.position)}: ${subject}: ${a.message ?? ''}`);
}
function summaryLine(file, report) {
    if (report.errors.length > 0)
        return `${file}: invalid: ${report.errors.length} error(s)`;
    const { passed, failed, unknown } = report.summary;
    const mode = report.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
    return `${file}: ${report.tests.length} test(s): ${passed} passed, ${failed} failed, ${unknown} undecided (${mode})`;
}
/** Human-readable lines: errors, warnings, failing and undecided assertions, then a summary. */
function reportLines(report, file) {
    return [
        ...report.errors.map((e) => `${at(file, e.position)}: ${e.message}`),
        ...report.warnings.map((w) => `${at(file, w.position)}: warning: ${w.message}`),
        ...report.tests.flatMap((t) => testLines(file, t, 'fail')),
        ...report.tests.flatMap((t) => testLines(file, t, 'unknown')),
        summaryLine(file, report),
    ];
}
const position = (p) => (p === undefined ? undefined : { line: p.line, column: p.column });
function findingJson(finding) {
    return { message: finding.message, ...(finding.position && { position: position(finding.position) }), ...(finding.path && { path: finding.path }) };
}
function assertionJson(a) {
    const { position: p, ...rest } = a;
    return { ...rest, position: position(p) };
}
function reportJson(report, file) {
    const message = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .serverMessage */ .x)(report);
    const json = {
        file,
        mode: report.mode,
        ok: message === undefined,
        errors: report.errors.map(findingJson),
        warnings: report.warnings.map(findingJson),
        tests: report.tests.map((t) => ({ ...t, position: position(t.position), assertions: t.assertions.map(assertionJson) })),
        summary: report.summary,
        response: (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .toValidateResponse */ .R)(report),
    };
    if (message !== undefined)
        json.message = message;
    return json;
}


/***/ }),

/***/ 2742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ toValidateResponse),
/* harmony export */   x: () => (/* binding */ serverMessage)
/* harmony export */ });
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8056);
// The engine's report and its renderings in the server's terms.

/** The server's top-level message: the first validation error, `test(s) failed`, or undefined when all is well. */
function serverMessage(report) {
    if (report.errors.length > 0)
        return report.errors[0].message;
    return report.tests.some((t) => t.outcome === 'fail') ? _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .TESTS_FAILED */ .qr : undefined;
}
function entryMessages(test, outcome) {
    if (outcome === 'fail' && test.error !== undefined)
        return [test.error];
    return test.assertions.filter((a) => a.outcome === outcome && a.message !== undefined).map((a) => a.message);
}
/**
 * The report as the validate endpoint would answer: failures grouped by `src` in order of first
 * appearance; offline-undecidable assertions become `warnings` (`warning(s) found` when alone).
 */
function toValidateResponse(report) {
    if (report.errors.length > 0)
        return { message: report.errors[0].message };
    const bySrc = new Map();
    for (const test of report.tests) {
        for (const [outcome, field] of [['fail', 'errors'], ['unknown', 'warnings']]) {
            const messages = entryMessages(test, outcome);
            if (messages.length === 0)
                continue;
            const entry = bySrc.get(test.src) ?? (test.src === '' ? {} : { user: test.src });
            entry[field] = [...(entry[field] ?? []), ...messages];
            bySrc.set(test.src, entry);
        }
    }
    if (bySrc.size === 0)
        return {};
    const data = [...bySrc.values()];
    return { message: data.some((d) => d.errors !== undefined) ? _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .TESTS_FAILED */ .qr : _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .WARNINGS_FOUND */ .lj, data };
}


/***/ })

};
