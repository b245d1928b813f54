// Port specs, protocols, `host:port` destinations and grant `ip` entries (docs/policy-semantics.md
// §2.5–2.8).

import * as msg from './messages.js';
import { TEST_REASONS } from './unsure.js';
import {
  dstBadBrackets,
  dstMissingPort,
  GRANT_IP_COLONS,
  PORT_INVALID_LAST,
  PORT_INVERTED,
  protocolUnknown,
  protocolWithoutPorts,
} from './unsure.js';

export interface PortRange {
  first: number;
  last: number;
}

export const ALL_PORTS: readonly PortRange[] = [{ first: 0, last: 65535 }];

/** TCP, UDP, ICMPv4 and ICMPv6: what a rule without `proto` allows. */
export const DEFAULT_PROTOCOLS: readonly number[] = [6, 17, 1, 58];

export const TCP = 6;
export const UDP = 17;
export const ICMP = 1;
export const ICMPV6 = 58;
const SCTP = 132;

/**
 * The documented names, plus those of Tailscale's shared protocol parser (icmpv4, icmpv6,
 * ipv6-icmp, dccp, tsmp), which are accepted since no refusal of them is known (§2.7).
 */
const PROTOCOL_NAMES: Readonly<Record<string, number>> = {
  icmp: 1,
  igmp: 2,
  ipv4: 4,
  'ip-in-ip': 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  sctp: 132,
  icmpv4: 1,
  icmpv6: 58,
  'ipv6-icmp': 58,
  dccp: 33,
  tsmp: 99,
};
const NAME_OF: Readonly<Record<number, string>> = {
  1: 'icmp',
  2: 'igmp',
  4: 'ipv4',
  6: 'tcp',
  8: 'egp',
  9: 'igp',
  17: 'udp',
  47: 'gre',
  50: 'esp',
  51: 'ah',
  58: 'icmpv6',
  132: 'sctp',
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export function parseProtocol(text: string): Parsed<number> {
  const lower = text.toLowerCase();
  const named = PROTOCOL_NAMES[lower];
  if (named !== undefined) return ok(named);
  if (/^[1-9][0-9]{0,2}$/.test(text) && Number(text) <= 255) return ok(Number(text));
  return fail(protocolUnknown(text));
}

/** The protocol's name as messages print it: lower-case name, or the number. */
export function protocolName(protocol: number): string {
  return NAME_OF[protocol] ?? String(protocol);
}

/** Only these protocols have ports; any other explicit protocol needs `*`. */
export function protocolHasPorts(protocol: number): boolean {
  return protocol === TCP || protocol === UDP || protocol === SCTP;
}

function parsePort(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}

/**
 * Port specs already parsed: a policy writes a handful of them thousands of times, and both
 * validation and compilation read each. Results are shared, never changed; the memo stops
 * growing when full, so a policy of unique specs makes no garbage.
 */
const parsedSpecs = new Map<string, Parsed<readonly PortRange[]>>();
const PARSED_SPECS_LIMIT = 1 << 12;

/** `*`, or a comma-separated list of `N` / `N-M`; errors name the failing item as the server does. */
export function parsePortSpec(spec: string): Parsed<readonly PortRange[]> {
  let parsed = parsedSpecs.get(spec);
  if (parsed === undefined) {
    parsed = parsePortList(spec);
    if (parsedSpecs.size < PARSED_SPECS_LIMIT) parsedSpecs.set(spec, parsed);
  }
  return parsed;
}

function parsePortList(spec: string): Parsed<readonly PortRange[]> {
  if (spec === '*') return ok(ALL_PORTS);
  const ranges: PortRange[] = [];
  for (const item of spec.split(',')) {
    // Errors quote the failing item (`port range "abc"` for `22,abc`), not the whole list (UNSURE, §2.6).
    const subject = item;
    if (item === '*') {
      ranges.push(ALL_PORTS[0]!);
      continue;
    }
    const dash = item.indexOf('-');
    const first = parsePort(dash === -1 ? item : item.slice(0, dash));
    if (first === undefined) return fail(msg.portRange(subject, msg.PORT_INVALID_FIRST));
    const last = dash === -1 ? first : parsePort(item.slice(dash + 1));
    if (last === undefined) return fail(msg.portRange(subject, PORT_INVALID_LAST));
    if (first === 0) return fail(msg.portRange(subject, msg.PORT_ZERO));
    if (last < first) return fail(msg.portRange(subject, PORT_INVERTED));
    ranges.push({ first, last });
  }
  return ok(ranges);
}

export interface Destination {
  host: string;
  ports: string;
}

/** Splits `host:ports` at the last colon, unwrapping `[IPv6]` (and `[IPv6]/bits`) first. */
export function splitDestination(dst: string): Parsed<Destination> {
  if (dst.startsWith('[')) {
    const close = dst.indexOf(']');
    const match = close === -1 ? null : /^(\/[0-9]+)?:(.*)$/s.exec(dst.slice(close + 1));
    const inside = close === -1 ? '' : dst.slice(1, close);
    if (match === null || !inside.includes(':')) return fail(dstBadBrackets(dst));
    return ok({ host: inside + (match[1] ?? ''), ports: match[2]! });
  }
  const colon = dst.lastIndexOf(':');
  if (colon <= 0 || colon === dst.length - 1) return fail(dstMissingPort(dst));
  return ok({ host: dst.slice(0, colon), ports: dst.slice(colon + 1) });
}

export interface IpCapability {
  protocols: readonly number[];
  ports: readonly PortRange[];
}

/**
 * A grant `ip` entry: `*`, a port spec (default protocols) or `proto:ports`. `*` as the protocol
 * (`*:*`, written by the admin console's grant editor) means the default protocols (§2.8).
 */
export function parseGrantIp(text: string): Parsed<IpCapability> {
  if (text === '*') return ok({ protocols: DEFAULT_PROTOCOLS, ports: ALL_PORTS });
  const parts = text.split(':');
  if (parts.length > 2) return fail(GRANT_IP_COLONS);
  if (parts.length === 1 || parts[0] === '*') {
    const ports = parsePortSpec(parts.at(-1)!);
    return ports.ok ? ok({ protocols: DEFAULT_PROTOCOLS, ports: ports.value }) : ports;
  }
  const protocol = parseProtocol(parts[0]!);
  if (!protocol.ok) return protocol;
  return portsForProtocol(protocol.value, parts[0]!, parts[1]!);
}

/** Ports for an explicit protocol: only TCP, UDP and SCTP may name specific ports. */
export function portsForProtocol(protocol: number, protocolText: string, spec: string): Parsed<IpCapability> {
  const ports = parsePortSpec(spec);
  if (!ports.ok) return ports;
  if (!protocolHasPorts(protocol) && spec !== '*') return fail(protocolWithoutPorts(protocolText));
  return ok({ protocols: [protocol], ports: ports.value });
}

/** Sorted, merged ranges, so that portsContain can search them. */
export function mergePortRanges(ranges: readonly PortRange[]): PortRange[] {
  // Merged in place, in a copy sized to the input: every rule keeps its list to the end, and a
  // list grown by push keeps room for seventeen.
  const out = [...ranges].sort((a, b) => a.first - b.first);
  let kept = 0;
  for (const range of out) {
    const last = kept === 0 ? undefined : out[kept - 1]!;
    if (last !== undefined && range.first <= last.last + 1) {
      if (range.last > last.last) out[kept - 1] = { first: last.first, last: range.last };
    } else out[kept++] = range;
  }
  out.length = kept;
  return out;
}

/** Whether sorted, disjoint ranges (mergePortRanges) contain the port: a binary search. */
export function portsContain(ranges: readonly PortRange[], port: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]!.last < port) low = mid + 1;
    else high = mid;
  }
  return low < ranges.length && ranges[low]!.first <= port;
}

export function allPorts(ranges: readonly PortRange[]): boolean {
  return ranges.some((r) => r.first === 0 && r.last === 65535);
}

/** A test's `host:port` entry: its host and its one port (0-65535), or why it is no such entry. */
export function splitTestDestination(text: string): Parsed<{ host: string; port: number }> {
  const split = splitDestination(text);
  if (!split.ok) return { ok: false, error: TEST_REASONS.dstNeedsPort };
  const { host, ports } = split.value;
  if (!/^[0-9]+$/.test(ports) || Number(ports) > 65535) return { ok: false, error: TEST_REASONS.dstSinglePort(ports) };
  return { ok: true, value: { host, port: Number(ports) } };
}
