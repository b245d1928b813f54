// Table tests of the building blocks: selectors, tags, ports, protocols, destinations, grant
// `ip` entries, Go durations and quoting.

import { describe, expect, test } from 'vitest';
import { formatGoDuration, parseGoDuration } from '../../src/policy/duration.js';
import { formatAddress, parseAddress, parsePrefix } from '../../src/policy/ip.js';
import { parseGrantIp, parsePortSpec, parseProtocol, splitDestination } from '../../src/policy/ports.js';
import {
  evaluateAnyPosture,
  evaluateCondition,
  parsePostureCondition,
  undefinedPosture,
} from '../../src/policy/posture.js';
import { goQuote, quoteKey } from '../../src/policy/quote.js';
import { classify } from '../../src/policy/selectors.js';
import { checkTag } from '../../src/policy/validate/tag.js';

describe('selector classification', () => {
  test.each([
    ['*', { kind: 'wildcard' }],
    [' odin@example.com', { kind: 'user', login: 'odin@example.com' }],
    ['alice@github', { kind: 'user', login: 'alice@github' }],
    ['group:eng', { kind: 'group', name: 'group:eng', scim: false }],
    ['group:security@example.com', { kind: 'group', name: 'group:security@example.com', scim: true }],
    ['tag:server ', { kind: 'tag', name: 'tag:server' }],
    ['autogroup:member', { kind: 'autogroup', name: 'member', known: true }],
    ['autogroup:members', { kind: 'autogroup', name: 'member', known: true }],
    ['autogroup:admin', { kind: 'autogroup', name: 'admin', known: true }],
    ['autogroup:bogus', { kind: 'autogroup', name: 'bogus', known: false }],
    ['ipset:prod', { kind: 'ipset', name: 'ipset:prod' }],
    ['svc:web', { kind: 'service', name: 'svc:web' }],
    ['user:*@example.com', { kind: 'domain', domain: 'example.com' }],
    ['localpart:*@example.com', { kind: 'localpart', domain: 'example.com' }],
    ['host:db', { kind: 'hostRef', name: 'db' }],
    ['webserver', { kind: 'host', name: 'webserver' }],
    ['subnet_a', { kind: 'host', name: 'subnet_a' }],
  ])('%j', (text, expected) => {
    expect(classify(text)).toEqual(expected);
  });

  test.each([
    ['100.64.0.1', 'address', 4, 32],
    ['10.0.0.0/8', 'cidr', 4, 8],
    ['fd7a:115c:a1e0::1', 'address', 6, 128],
    ['2001:db8::/32', 'cidr', 6, 32],
    ['100.64.0.16/32', 'cidr', 4, 32],
  ])('%s is an address selector (%s)', (text, written, family, bits) => {
    const selector = classify(text);
    expect(selector).toMatchObject({ kind: 'prefix', written, prefix: { family, bits } });
  });

  test.each(['10.0.0.1-10.0.0.9', 'fd00::1-fd00::9'])('%s is a range', (text) => {
    expect(classify(text).kind).toBe('range');
  });

  test.each(['10.0', '10.0.0.0/33', '010.0.0.1', '1.2.3.4/08', 'fd00::1::2', '%bogus%'])(
    '%s is not an address',
    (text) => {
      expect(classify(text).kind).toBe('host');
    },
  );
});

describe('IP addresses', () => {
  test.each([
    ['fd7a:115c:a1e0::10', 'fd7a:115c:a1e0::10'],
    ['FD7A:115C:A1E0:0:0:0:0:10', 'fd7a:115c:a1e0::10'],
    ['::ffff:1.2.3.4', '::ffff:102:304'],
    ['100.64.0.1', '100.64.0.1'],
  ])('%s formats as %s', (text, formatted) => {
    expect(formatAddress(parseAddress(text)!)).toBe(formatted);
  });

  test('prefixes are masked', () => {
    expect(parsePrefix('10.1.2.3/8')).toEqual({ family: 4, value: 10n << 24n, bits: 8 });
  });
});

describe('tag syntax (tailcfg.CheckTag)', () => {
  test.each([
    ['tag:server', undefined],
    ['tag:web-1', undefined],
    ['server', "tags must start with 'tag:'"],
    ['tag:', 'tag names must not be empty'],
    ['tag:1web', "tag names must start with a letter, after 'tag:'"],
    ['tag:сервер', "tag names must start with a letter, after 'tag:'"],
    ['tag:web_1', 'tag names can only contain numbers, letters, or dashes'],
    ['tag:wéb', 'tag names can only contain numbers, letters, or dashes'],
  ])('%s', (tag, error) => {
    expect(checkTag(tag)).toBe(error);
  });
});

describe('port specs', () => {
  test.each([
    ['*', [{ first: 0, last: 65535 }]],
    ['22', [{ first: 22, last: 22 }]],
    [
      '80,443',
      [
        { first: 80, last: 80 },
        { first: 443, last: 443 },
      ],
    ],
    ['1000-2000', [{ first: 1000, last: 2000 }]],
    [
      '22,80-90',
      [
        { first: 22, last: 22 },
        { first: 80, last: 90 },
      ],
    ],
    ['1-65535', [{ first: 1, last: 65535 }]],
  ])('%s parses', (spec, ranges) => {
    expect(parsePortSpec(spec)).toEqual({ ok: true, value: ranges });
  });

  test.each([
    ['ssh', 'port range "ssh": invalid first integer'],
    ['0', `port range "0": first port must be >0, or use '*' for wildcard`],
    ['99999', 'port range "99999": invalid first integer'],
    ['-1', 'port range "-1": invalid first integer'],
    ['80-x', 'port range "80-x": invalid last integer'],
    ['443-80', 'port range "443-80": last port must be >= first port'],
    ['22,abc', 'port range "abc": invalid first integer'],
  ])('%s is rejected', (spec, error) => {
    expect(parsePortSpec(spec)).toEqual({ ok: false, error });
  });
});

describe('protocols', () => {
  test.each([
    ['tcp', 6],
    ['TCP', 6],
    ['6', 6],
    ['udp', 17],
    ['17', 17],
    ['icmp', 1],
    ['igmp', 2],
    ['ipv4', 4],
    ['ip-in-ip', 4],
    ['egp', 8],
    ['igp', 9],
    ['gre', 47],
    ['esp', 50],
    ['ah', 51],
    ['sctp', 132],
    ['icmpv6', 58],
    ['ipv6-icmp', 58],
    ['255', 255],
  ])('%s is protocol %i', (text, number) => {
    expect(parseProtocol(text)).toEqual({ ok: true, value: number });
  });

  test.each(['0', '06', '256', '*', 'bogus', ''])('%j is rejected', (text) => {
    expect(parseProtocol(text)).toEqual({
      ok: false,
      error: `proto name ${JSON.stringify(text)} not known; use protocol number 0-255`,
    });
  });
});

describe('host:port destinations', () => {
  test.each([
    ['tag:server:22', 'tag:server', '22'],
    ['autogroup:self', 'autogroup', 'self'],
    ['[fd7a:115c:a1e0::1]:443', 'fd7a:115c:a1e0::1', '443'],
    ['[2001:db8::]/32:443', '2001:db8::/32', '443'],
    ['fd7a:115c:a1e0::/48:*', 'fd7a:115c:a1e0::/48', '*'],
    ['*:*', '*', '*'],
  ])('%s splits into %s and %s', (dst, host, ports) => {
    expect(splitDestination(dst)).toEqual({ ok: true, value: { host, ports } });
  });

  test.each(['webserver', ':22', 'webserver:', '[webserver]:22'])('%s is rejected', (dst) => {
    expect(splitDestination(dst).ok).toBe(false);
  });
});

describe('grant ip entries', () => {
  test.each([
    ['*', [6, 17, 1, 58], [{ first: 0, last: 65535 }]],
    ['22', [6, 17, 1, 58], [{ first: 22, last: 22 }]],
    ['80-443', [6, 17, 1, 58], [{ first: 80, last: 443 }]],
    ['tcp:443', [6], [{ first: 443, last: 443 }]],
    ['udp:53', [17], [{ first: 53, last: 53 }]],
    ['sctp:*', [132], [{ first: 0, last: 65535 }]],
    ['icmp:*', [1], [{ first: 0, last: 65535 }]],
    ['*:*', [6, 17, 1, 58], [{ first: 0, last: 65535 }]],
    ['*:443', [6, 17, 1, 58], [{ first: 443, last: 443 }]],
    ['icmpv6:*', [58], [{ first: 0, last: 65535 }]],
  ])('%s', (text, protocols, ports) => {
    expect(parseGrantIp(text)).toEqual({ ok: true, value: { protocols, ports } });
  });

  test.each([
    ['icmp', 'port range "icmp": invalid first integer'],
    ['tcp:0', `port range "0": first port must be >0, or use '*' for wildcard`],
    ['tcp:22:33', 'expected only one colon in Internet protocol and port type'],
    ['icmp:22', 'protocol does not support specific ports: "icmp", only "*" is allowed'],
    ['foo:22', 'proto name "foo" not known; use protocol number 0-255'],
    ['*:0', `port range "0": first port must be >0, or use '*' for wildcard`],
  ])('%s is rejected', (text, error) => {
    expect(parseGrantIp(text)).toEqual({ ok: false, error });
  });
});

describe('posture conditions (kb/1288)', () => {
  const attrs = new Map<string, string | number | boolean>([
    ['node:os', 'macos'],
    ['node:tsVersion', '1.62.1'],
    ['custom:score', 72],
    ['node:tsAutoUpdate', true],
  ]);

  test.each([
    ['ip:publicAddress IS SET', 'no'],
    ['node:os IS SET', 'yes'],
    ['node:os is set', 'yes'],
    // The documentation contradicts itself on NOT SET for an unset attribute.
    ['ip:publicAddress NOT SET', 'unknown'],
    ['node:os  NOT  SET', 'no'],
    // Whether the server ignores case, or reads '72' as 72, is not known.
    ["node:os == 'MacOS'", 'unknown'],
    ["node:os != 'MacOS'", 'unknown'],
    ["node:os == 'linux'", 'no'],
    ["node:os IN ['linux', 'MACOS']", 'unknown'],
    ["node:os NOT IN ['MACOS']", 'unknown'],
    ["node:os IN ['MACOS', 'macos']", 'yes'],
    ["custom:score == '72'", 'unknown'],
    ["custom:score == '73'", 'no'],
    ["custom:score == '72.0'", 'unknown'],
    ["custom:score IN ['072', 'x']", 'unknown'],
    ["node:tsAutoUpdate == 'TRUE'", 'unknown'],
    ["node:os != 'linux'", 'yes'],
    ["node:os IN ['linux', 'macos']", 'yes'],
    ["node:os NOT IN ['macos']", 'no'],
    ["node:tsVersion >= '1.60'", 'yes'],
    ["node:tsVersion < '1.62.2'", 'yes'],
    ['custom:score > 70', 'yes'],
    ['custom:score <= 70', 'no'],
    ['node:tsAutoUpdate', 'yes'],
    ["custom:missing != 'x'", 'no'],
    ["node:os > 'linux'", 'unknown'],
    ["  node:os == 'macos' \n", 'yes'],
    ['\tnode:os IS SET  ', 'yes'],
  ])('%s evaluates to %s', (text, expected) => {
    const condition = parsePostureCondition(text);
    expect(condition.kind).toBe('parsed');
    expect(evaluateCondition(condition, attrs)).toBe(expected);
  });

  test.each(['node:os ===', "node:os CONTAINS 'mac'", 'node:os IS', '== 1', "node:os IN 'macos'"])(
    '%s is opaque and unknown',
    (text) => {
      const condition = parsePostureCondition(text);
      expect(condition).toEqual({ kind: 'opaque', text });
      expect(evaluateCondition(condition, attrs)).toBe('unknown');
    },
  );

  test('a value of 400,000 spaces is read in one pass (a lazy value before optional spaces took their square)', () => {
    const text = `node:os == x${' '.repeat(400_000)}y`;
    expect(parsePostureCondition(text)).toEqual({ kind: 'opaque', text });
    expect(parsePostureCondition(`node:os == 'x'${' '.repeat(400_000)}`)).toEqual({
      kind: 'parsed',
      attribute: 'node:os',
      operator: '==',
      values: ['x'],
    });
  });

  test("a rule's postures: any one of them suffices", () => {
    const yes = [parsePostureCondition("node:os == 'macos'")];
    const no = [parsePostureCondition("node:os == 'linux'")];
    expect([
      evaluateAnyPosture([no, yes], attrs),
      evaluateAnyPosture([no], attrs),
      evaluateAnyPosture([no, undefinedPosture('posture:x')], attrs),
    ]).toEqual(['yes', 'no', 'unknown']);
  });
});

describe('Go durations', () => {
  test.each([
    ['168h', '168h0m0s'],
    ['90m', '1h30m0s'],
    ['45s', '45s'],
    ['1.5h', '1h30m0s'],
    ['-1m', '-1m0s'],
    ['0', '0s'],
    ['0s', '0s'],
    ['168h0m1s', '168h0m1s'],
    ['1h30m', '1h30m0s'],
    ['500ms', '500ms'],
    ['1.5s', '1.5s'],
    ['2us', '2µs'],
    ['3ns', '3ns'],
  ])('%s is %s', (text, formatted) => {
    const parsed = parseGoDuration(text);
    expect(parsed.ok && formatGoDuration(parsed.nanos)).toBe(formatted);
  });

  test.each([
    ['abc', 'time: invalid duration "abc"'],
    ['', 'time: invalid duration ""'],
    ['10', 'time: missing unit in duration "10"'],
    ['5d', 'time: unknown unit "d" in duration "5d"'],
  ])('%j is rejected', (text, error) => {
    expect(parseGoDuration(text)).toEqual({ ok: false, error });
  });
});

describe('Go %q quoting', () => {
  test.each([
    ['plain', '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['tab\there', '"tab\\there"'],
    ['\x00', '"\\x00"'],
    ['tag:сервер', '"tag:сервер"'],
    ['\u2028', '"\\u2028"'],
  ])('%j', (text, quoted) => {
    expect(goQuote(text)).toBe(quoted);
  });
});

describe('quoteKey: a name quoted once per member, cut to 100 characters', () => {
  test.each([
    ['group:eng', '"group:eng"'],
    ['x'.repeat(100), `"${'x'.repeat(100)}"`],
    ['x'.repeat(101), `"${'x'.repeat(100)}…"`],
    ['"'.repeat(16_000), `"${'\\"'.repeat(100)}…"`],
    // Not cut between the halves of a surrogate pair.
    [`${'x'.repeat(99)}😀tail`, `"${'x'.repeat(99)}…"`],
  ])('%s', (text, quoted) => {
    expect(quoteKey(text)).toBe(quoted);
  });
});
