// Evaluation of `tests` against a tailnet (exact) and offline (symbolic), per rule shape.

import { describe, expect, test } from 'vitest';
import type { TestResult } from '../../src/policy/index.js';
import { check, TOPOLOGY } from './helpers.js';

function run(policy: object, entry: object, topology = true, section: 'tests' | 'sshTests' = 'tests'): TestResult {
  const report = check({ ...policy, [section]: [entry] }, topology ? TOPOLOGY : undefined);
  expect(report.errors).toEqual([]);
  return report.tests[0]!;
}

const outcomes = (result: TestResult): string[] => result.assertions.map((a) => a.outcome);

const acl = (src: string[], dst: string[], proto?: string): object => ({
  acls: [{ action: 'accept', src, dst, ...(proto && { proto }) }],
});

describe('tests against a tailnet', () => {
  test.each([
    [
      'user to tag',
      acl(['thor@example.org'], ['tag:server:22']),
      { src: 'thor@example.org', accept: ['tag:server:22'], deny: ['tag:server:80'] },
      ['pass', 'pass'],
    ],
    [
      'group source: every member',
      acl(['group:developers'], ['webserver:22']),
      { src: 'group:developers', accept: ['webserver:22'] },
      ['pass'],
    ],
    [
      // The server tests from "a device authenticated with the identity": which member's is not known.
      'group source: one member lacks access',
      acl(['thor@example.org'], ['webserver:22']),
      { src: 'group:developers', accept: ['webserver:22'], deny: ['webserver:22'] },
      ['unknown', 'unknown'],
    ],
    [
      'group source: no member has access',
      acl(['freya@example.com'], ['webserver:22']),
      { src: 'group:developers', accept: ['webserver:22'], deny: ['webserver:22'] },
      ['fail', 'pass'],
    ],
    [
      'group destination: the members disagree',
      acl(['freya@example.com'], ['thor@example.org:22']),
      { src: 'freya@example.com', accept: ['group:developers:22'], deny: ['group:developers:22'] },
      ['unknown', 'unknown'],
    ],
    [
      'group destination: every member',
      acl(['freya@example.com'], ['group:developers:22']),
      { src: 'freya@example.com', accept: ['group:developers:22'], deny: ['group:developers:80'] },
      ['pass', 'pass'],
    ],
    [
      'tag with no device as the source',
      acl(['*'], ['*:*']),
      { src: 'tag:exit', accept: ['webserver:22'], deny: ['webserver:80'] },
      ['unknown', 'unknown'],
    ],
    [
      'tag and group with no device as destinations',
      acl(['*'], ['*:*']),
      { src: 'thor@example.org', accept: ['tag:exit:22', 'group:empty:22'], deny: ['webserver:22'] },
      ['unknown', 'unknown', 'fail'],
    ],
    [
      'IP source takes the identity of its device',
      acl(['odin@example.com'], ['tag:server:22']),
      { src: '100.64.0.19', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'host alias source',
      acl(['tag:server'], ['tag:prod:5432']),
      { src: 'webserver', accept: ['tag:prod:5432'] },
      ['pass'],
    ],
    [
      'host alias destination without a device',
      { grants: [{ src: ['tag:client'], dst: ['prodbox'], ip: ['tcp:22'] }] },
      { src: 'tag:client', accept: ['prodbox:22'] },
      ['pass'],
    ],
    [
      'IPv6 destination',
      { grants: [{ src: ['tag:client'], dst: ['fd7a:115c:a1e0::10'], ip: ['tcp:22'] }] },
      { src: 'tag:client', accept: ['[fd7a:115c:a1e0::10]:22'] },
      ['pass'],
    ],
    [
      'IPv4 rule does not cover the IPv6 address',
      { grants: [{ src: ['tag:client'], dst: ['100.64.0.16'], ip: ['tcp:22'] }] },
      { src: 'tag:client', accept: ['[fd7a:115c:a1e0::10]:22'] },
      ['fail'],
    ],
    [
      'port ranges and lists',
      acl(['*'], ['tag:server:80-90,443']),
      { src: 'odin@example.com', accept: ['tag:server:85', 'tag:server:443'], deny: ['tag:server:91'] },
      ['pass', 'pass', 'pass'],
    ],
    [
      'proto tcp',
      acl(['*'], ['webserver:53'], 'tcp'),
      { src: 'thor@example.org', proto: 'tcp', accept: ['webserver:53'] },
      ['pass'],
    ],
    [
      'proto udp against a tcp rule',
      acl(['*'], ['webserver:53'], 'tcp'),
      { src: 'thor@example.org', proto: 'udp', accept: ['webserver:53'] },
      ['fail'],
    ],
    [
      'numeric proto',
      acl(['*'], ['webserver:443'], '6'),
      { src: 'thor@example.org', proto: 'tcp', accept: ['webserver:443'] },
      ['pass'],
    ],
    [
      'no proto: TCP or UDP',
      acl(['*'], ['webserver:53'], 'udp'),
      { src: 'thor@example.org', accept: ['webserver:53'] },
      ['pass'],
    ],
    [
      "an empty proto is no proto (Tailscale's protocol parser)",
      acl(['*'], ['webserver:53'], 'udp'),
      { src: 'thor@example.org', proto: '', accept: ['webserver:53'], deny: ['webserver:54'] },
      ['pass', 'pass'],
    ],
    [
      'whitespace around a destination is read trimmed, as in rules',
      acl(['*'], ['webserver:53 ']),
      { src: 'thor@example.org', accept: ['webserver:53 ', ' webserver:53'], deny: ['webserver:54\t'] },
      ['pass', 'pass', 'pass'],
    ],
    [
      'no proto: deny needs both dropped',
      acl(['*'], ['webserver:53'], 'udp'),
      { src: 'thor@example.org', deny: ['webserver:53'] },
      ['fail'],
    ],
    [
      'icmp allowed by any rule between the pair',
      acl(['*'], ['webserver:22'], 'tcp'),
      { src: 'thor@example.org', proto: 'icmp', accept: ['webserver:0'] },
      ['pass'],
    ],
    [
      'sctp is not a default protocol',
      acl(['*'], ['webserver:*']),
      { src: 'thor@example.org', proto: 'sctp', accept: ['webserver:9'] },
      ['fail'],
    ],
    [
      'gre needs all ports',
      acl(['*'], ['webserver:*'], 'gre'),
      { src: 'thor@example.org', proto: 'gre', accept: ['webserver:0'] },
      ['pass'],
    ],
    [
      'autogroup:self reaches own devices only',
      acl(['autogroup:member'], ['autogroup:self:22']),
      { src: 'thor@example.org', accept: ['thor@example.org:22'], deny: ['odin@example.com:22'] },
      ['pass', 'pass'],
    ],
    [
      'autogroup:member excludes tagged devices',
      acl(['autogroup:member'], ['tag:server:22']),
      { src: 'tag:client', deny: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'autogroup:tagged',
      acl(['autogroup:tagged'], ['autogroup:member:22']),
      { src: 'tag:client', accept: ['odin@example.com:22'] },
      ['pass'],
    ],
    [
      'wildcard source includes approved routes',
      acl(['*'], ['tag:server:22']),
      { src: '10.33.1.1', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'wildcard source excludes other addresses',
      acl(['*'], ['tag:server:22']),
      { src: '10.99.1.1', accept: ['tag:server:22'] },
      ['fail'],
    ],
    [
      'autogroup:internet',
      acl(['autogroup:member'], ['autogroup:internet:443']),
      { src: 'odin@example.com', accept: ['8.8.8.8:443'], deny: ['10.1.1.1:443'] },
      ['pass', 'pass'],
    ],
    [
      'via grants count for accept assertions',
      { grants: [{ src: ['tag:client'], dst: ['10.33.0.0/16'], ip: ['*'], via: ['tag:router'] }] },
      { src: 'tag:client', accept: ['10.33.0.5:80'] },
      ['pass'],
    ],
    [
      'a deny assertion that only via grants would fail is undecided',
      {
        grants: [
          { src: ['tag:client'], dst: ['10.33.0.0/16'], ip: ['*'], via: ['tag:router'] },
          { src: ['tag:client'], dst: ['10.33.1.0/24'], ip: ['tcp:22'] },
        ],
      },
      { src: 'tag:client', deny: ['10.33.0.5:80', '10.33.1.5:22', '10.34.0.1:80'] },
      ['unknown', 'fail', 'pass'],
    ],
    [
      'app grants open nothing',
      { grants: [{ src: ['*'], dst: ['*'], app: { 'example.com/cap/x': [{}] } }] },
      { src: 'odin@example.com', deny: ['tag:server:22'] },
      ['pass'],
    ],
    ['no acls and no grants allow everything', {}, { src: 'odin@example.com', accept: ['tag:server:22'] }, ['pass']],
    ['empty acls deny everything', { acls: [] }, { src: 'odin@example.com', deny: ['tag:server:22'] }, ['pass']],
    [
      'acls and grants combine',
      {
        ...acl(['odin@example.com'], ['tag:server:22']),
        grants: [{ src: ['tag:client'], dst: ['webserver'], ip: ['tcp:80'] }],
      },
      { src: 'tag:client', accept: ['webserver:80'] },
      ['pass'],
    ],
    [
      'ipsets',
      {
        ipsets: { 'ipset:net': ['add 10.0.0.0/8', 'remove 10.1.0.0/16'] },
        ...acl(['odin@example.com'], ['ipset:net:443']),
      },
      { src: 'odin@example.com', accept: ['10.2.0.1:443'], deny: ['10.1.0.1:443'] },
      ['pass', 'pass'],
    ],
    [
      'user:*@domain',
      acl(['user:*@example.com'], ['tag:server:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'user:*@domain excludes other domains',
      acl(['user:*@example.com'], ['tag:server:22']),
      { src: 'thor@example.org', deny: ['tag:server:22'] },
      ['pass'],
    ],
  ])('%s', (_name, policy, entry, expected) => {
    expect(outcomes(run(policy, entry))).toEqual(expected);
  });

  test('user:*@domain selects members of the domain, not a user of it shared in (a tailnet described)', () => {
    const topology = {
      ...TOPOLOGY,
      users: [...TOPOLOGY.users, { id: 4, name: 'loki', email: 'loki@example.com', type: 'shared' as const }],
      nodes: { ...TOPOLOGY.nodes, loki1: { hostname: 'loki1', tags: [], user: 'loki', ipv4: '100.64.0.30' } },
    };
    const policy = {
      ...acl(['user:*@example.com'], ['tag:server:22']),
      tests: [
        { src: 'loki@example.com', deny: ['tag:server:22'] },
        { src: 'odin@example.com', accept: ['tag:server:22'] },
      ],
    };
    expect(check(policy, topology).tests.map(outcomes)).toEqual([['pass'], ['pass']]);
    // Offline, a login of the domain is taken for a member: such a login is one.
    expect(
      check({ ...policy, tests: [{ src: 'loki@example.com', accept: ['tag:server:22'] }] }).tests.map(outcomes),
    ).toEqual([['pass']]);
  });

  test('failure messages name the destination as written and the protocol when set', () => {
    const result = run(acl(['tag:client'], ['webserver:80']), {
      src: 'tag:client',
      proto: '6',
      accept: ['webserver:443'],
      deny: ['webserver:80'],
    });
    expect(result.assertions.map((a) => [a.outcome, a.message, a.destination, a.port, a.wanted, a.got])).toEqual([
      [
        'fail',
        '[acl test error]: address "webserver:443" (protocol "tcp"): want: Accept, got: Drop',
        'webserver',
        443,
        'Accept',
        'Drop',
      ],
      [
        'fail',
        '[acl test error]: address "webserver:80" (protocol "tcp"): want: Drop, got: Accept',
        'webserver',
        80,
        'Drop',
        'Accept',
      ],
    ]);
  });

  test.each([
    ['no src', { accept: ['tag:server:22'] }, '[acl test error]: test has no src'],
    ['empty src', { src: '', accept: ['tag:server:22'] }, '[acl test error]: test has no src'],
    ['no assertions', { src: 'odin@example.com' }, '[acl test error]: test has no accept or deny destinations'],
    [
      'bad proto',
      { src: 'odin@example.com', proto: 'bogus', accept: ['tag:server:22'] },
      '[acl test error]: proto name "bogus" not known; use protocol number 0-255',
    ],
    [
      'wildcard src',
      { src: '*', accept: ['tag:server:22'] },
      '[acl test error]: src "*": a test needs one specific source',
    ],
    [
      'autogroup src',
      { src: 'autogroup:member', accept: ['tag:server:22'] },
      '[acl test error]: user or host is invalid: unknown user or host: "autogroup:member"',
    ],
    [
      'undefined tag src',
      { src: 'tag:phantom', accept: ['tag:server:22'] },
      '[acl test error]: src "tag:phantom": tag not found: "tag:phantom"',
    ],
    [
      'undefined host src',
      { src: 'phantomhost', accept: ['tag:server:22'] },
      '[acl test error]: src "phantomhost": host not defined in policy: "phantomhost"',
    ],
    [
      'CIDR src',
      { src: '10.0.0.0/8', accept: ['tag:server:22'] },
      '[acl test error]: src "10.0.0.0/8": CIDR sources are not supported in tests',
    ],
    [
      'user without devices',
      { src: 'ghost@nowhere.invalid', accept: ['tag:server:22'] },
      '[acl test error]: no associated IPs for user (check spelling, or they may not have an approved machine)',
    ],
  ])('entry error: %s', (_name, entry, message) => {
    const result = run(acl(['*'], ['*:*']), entry);
    expect([result.outcome, result.error]).toEqual(['fail', message]);
  });

  test.each([
    ['webserver:*', 'port "*": tests need a single port number 0-65535'],
    ['webserver:80,443', 'port "80,443": tests need a single port number 0-65535'],
    ['webserver:8000-8100', 'port "8000-8100": tests need a single port number 0-65535'],
    ['webserver:99999', 'port "99999": tests need a single port number 0-65535'],
    ['webserver', 'destination must be host:port'],
    ['10.0.0.0/8:22', 'CIDR destinations are not supported in tests'],
    ['100.64.0.16/32:22', 'CIDR destinations are not supported in tests'],
    ['10.0.0.0/33:22', 'CIDR destinations are not supported in tests'],
    ['internal:22', 'CIDR destinations are not supported in tests'],
    ['autogroup:internet:443', 'autogroup:internet is not a valid test destination'],
    ['autogroup:self:22', 'autogroup:self is not a valid test destination'],
    ['*:22', '"*" is not a valid test destination'],
    ['ipset:x:22', '"ipset:x" is not a valid test destination'],
    ['group:nope:22', 'group not defined in policy: "group:nope"'],
    ['phantomhost:80', 'host not defined in policy: "phantomhost"'],
  ])('destination error: %s', (dst, reason) => {
    const result = run(acl(['*'], ['*:*']), { src: 'odin@example.com', accept: [dst] });
    expect(result.assertions.map((a) => [a.outcome, a.message])).toEqual([
      ['fail', `[acl test error]: address ${JSON.stringify(dst)}: ${reason}`],
    ]);
  });
});
