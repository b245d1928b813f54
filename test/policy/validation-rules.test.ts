// Validation messages per section, with the server's wording where it is known
// (docs/policy-semantics.md §6.2). Where the server's refusal is not established the policy is
// accepted with a notice; those cases assert the exact notice and that nothing is an error.

import { describe, expect, test } from 'vitest';
import type { Topology } from '../../src/policy/index.js';
import { check, firstError, TOPOLOGY } from './helpers.js';

const ACCEPTED = ' (accepted: not confirmed against the Tailscale server)';

/** The notices of a policy that has no errors (an error would make the notices beside the point). */
function notices(policy: string | object, topology?: Topology): string[] {
  const report = check(policy, topology);
  expect(report.errors).toEqual([]);
  return report.notices.map((n) => n.message);
}

const grant = (g: object): object => ({ grants: [g] });
const ssh = (rule: object): object => ({
  ssh: [{ action: 'accept', src: ['autogroup:member'], dst: ['tag:server'], users: ['root'], ...rule }],
});

describe('grants', () => {
  test.each([
    ['no ip or app', grant({ src: ['*'], dst: ['*'] }), 'ip and app can not both be empty'],
    ['empty app', grant({ src: ['*'], dst: ['*'], app: {} }), 'ip and app can not both be empty'],
    [
      'bare protocol',
      grant({ src: ['*'], dst: ['tag:server'], ip: ['icmp'] }),
      'port range "icmp": invalid first integer',
    ],
    [
      'port zero',
      grant({ src: ['*'], dst: ['tag:server'], ip: ['tcp:0'] }),
      `port range "0": first port must be >0, or use '*' for wildcard`,
    ],
    [
      'default route',
      grant({ src: ['*'], dst: ['0.0.0.0/0'], ip: ['*'] }),
      'dst "0.0.0.0/0": to allow all IP addresses, use "*" or "autogroup:internet"',
    ],
    [
      'IPv6 default route',
      grant({ src: ['*'], dst: ['::/0'], ip: ['*'] }),
      'dst "::/0": to allow all IP addresses, use "*" or "autogroup:internet"',
    ],
    [
      'capability with scheme',
      grant({ src: ['*'], dst: ['*'], app: { 'https://tailscale.com/cap/ingress': [{}] } }),
      'capability name must have the form {domain}/{path}',
    ],
    [
      'internal capability',
      grant({ src: ['*'], dst: ['*'], app: { 'tailscale.com/cap/funnel': [{}] } }),
      'capability name must not be in the tailscale.com domain',
    ],
    [
      'app to the internet',
      grant({ src: ['*'], dst: ['autogroup:internet'], ip: ['tcp:443'], app: { 'example.com/cap/x': [{}] } }),
      'cannot use app grants with autogroup:internet',
    ],
    [
      'self with wildcard',
      grant({ src: ['*'], dst: ['autogroup:self'], ip: ['*'] }),
      'autogroup:self can only be used with users, groups, or supported autogroups',
    ],
    [
      'via non-tag',
      grant({ src: ['*'], dst: ['10.33.0.0/16'], ip: ['*'], via: ['odin@example.com'] }),
      'via can only be a tag',
    ],
    [
      'via undefined tag',
      grant({ src: ['*'], dst: ['10.33.0.0/16'], ip: ['*'], via: ['tag:nope'] }),
      'tag "tag:nope" not found',
    ],
    ['src undefined tag', grant({ src: ['tag:nope'], dst: ['*'], ip: ['*'] }), 'src=tag not found: "tag:nope"'],
    [
      'dst with a port',
      grant({ src: ['*'], dst: ['tag:server:22'], ip: ['*'] }),
      'dst="tag:server:22": tag not found: "tag:server:22"',
    ],
    [
      'danger-all as dst',
      grant({ src: ['*'], dst: ['autogroup:danger-all'], ip: ['*'] }),
      'cannot use autogroup:danger-all as a dst',
    ],
    [
      'self as src',
      grant({ src: ['autogroup:self'], dst: ['*'], ip: ['*'] }),
      '"autogroup:self" not valid on the src side of a rule',
    ],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy)).toBe(message);
  });

  test.each([
    ['app only, empty src', grant({ src: [], dst: ['*'], app: { 'example.com/cap/test': [{}] } })],
    ['app with empty value list', grant({ src: ['*'], dst: ['*'], app: { 'example.com/cap/test': [] } })],
    [
      'user-grantable tailscale.com capabilities',
      grant({ src: ['*'], dst: ['*'], app: { 'tailscale.com/cap/drive': [{}], 'tailscale.com/cap/webui': [{}] } }),
    ],
    [
      'ip forms',
      grant({
        src: ['*'],
        dst: ['tag:server', '100.64.0.16', 'fd7a:115c:a1e0::10', '10.33.0.0/16', 'autogroup:internet'],
        ip: ['*', '22', '80-443', 'tcp:443', 'udp:53', 'sctp:*', 'icmp:*', '6:22'],
      }),
    ],
    ['via tags', grant({ src: ['tag:client'], dst: ['10.33.0.0/16'], ip: ['*'], via: ['tag:router'] })],
    ['wildcard protocol', grant({ src: ['*'], dst: ['*'], ip: ['*:*', '*:443', '*:80-90'] })],
    [
      'self with users',
      grant({ src: ['odin@example.com', 'group:admins', 'autogroup:member'], dst: ['autogroup:self'], ip: ['*'] }),
    ],
    ['danger-all as src', grant({ src: ['autogroup:danger-all'], dst: ['tag:server'], ip: ['tcp:22'] })],
    ['the legacy member spelling alone', grant({ src: ['autogroup:members'], dst: ['autogroup:members'], ip: ['*'] })],
    [
      'the current member spelling, with and without ports',
      { acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['autogroup:member:22'] }] },
    ],
  ])('%s is accepted', (_name, policy) => {
    expect(notices(policy)).toEqual([]);
  });

  test.each([
    [
      'likely internal capability',
      grant({ src: ['*'], dst: ['*'], app: { 'tailscale.com/cap/drive-sharer': [{}] } }),
      'capability name must not be in the tailscale.com domain',
    ],
    [
      'a capability in the reserved tailscale.io domain',
      grant({ src: ['*'], dst: ['*'], app: { 'tailscale.io/cap/anything': [{}] } }),
      "the tailscale.io domain is reserved for Tailscale's own capabilities",
    ],
    [
      'two colons in ip',
      grant({ src: ['*'], dst: ['*'], ip: ['tcp:22:23'] }),
      'expected only one colon in Internet protocol and port type',
    ],
    [
      'a list of ports in one ip entry',
      grant({ src: ['*'], dst: ['*'], ip: ['tcp:80,443', '22', '8000-8100'] }),
      `grant ip "tcp:80,443" lists several ports, and Tailscale's parser for these entries accepts one port ` +
        'range per entry; write one entry per range',
    ],
    [
      'port with icmp',
      grant({ src: ['*'], dst: ['*'], ip: ['icmp:8'] }),
      'protocol does not support specific ports: "icmp", only "*" is allowed',
    ],
    [
      'both spellings of autogroup:member',
      {
        acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['*:22'] }],
        grants: [{ src: ['tag:client'], dst: ['autogroup:members'], ip: ['*'] }],
      },
      'both autogroup:member and autogroup:members are used; the documentation allows one of them in a policy file',
    ],
    [
      'both spellings of autogroup:member, one with ports',
      { acls: [{ action: 'accept', src: ['autogroup:members'], dst: ['autogroup:member:22'] }] },
      'both autogroup:member and autogroup:members are used; the documentation allows one of them in a policy file',
    ],
    [
      'app value not an object',
      grant({ src: ['*'], dst: ['*'], app: { 'example.com/cap/x': [{}, null, 'read'] } }),
      "string in an app capability's list, where the documentation shows objects",
    ],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy)).toEqual([message + ACCEPTED]);
  });

  // Names only some versions of Tailscale's protocol parser know, and 99, which one refuses (§2.7).
  const unsettled = (name: string): string =>
    `protocol "${name}" is not a documented name, and not every version of Tailscale's protocol parser knows it`;
  test.each([
    [
      { acls: [{ action: 'accept', src: ['*'], proto: '99', dst: ['*:*'] }] },
      'IP protocol 99 is reserved for use by Tailscale',
    ],
    [grant({ src: ['*'], dst: ['*'], ip: ['99:*'] }), 'IP protocol 99 is reserved for use by Tailscale'],
    [{ acls: [{ action: 'accept', src: ['*'], proto: 'DCCP', dst: ['*:*'] }] }, unsettled('DCCP')],
    [grant({ src: ['*'], dst: ['*'], ip: ['icmpv6:*'] }), unsettled('icmpv6')],
  ])('protocol %j is accepted with a notice', (policy, message) => {
    expect(notices(policy)).toEqual([message + ACCEPTED]);
  });
});

describe('ssh', () => {
  test.each([
    [
      'missing action',
      { ssh: [{ src: ['autogroup:member'], dst: ['tag:server'], users: ['root'] }] },
      'action must be specified',
    ],
    ['empty action', ssh({ action: '' }), 'action must be specified'],
    ['upper-case action', ssh({ action: 'ACCEPT' }), '"ACCEPT" is not a valid action'],
    ['deny action', ssh({ action: 'deny' }), '"deny" is not a valid action'],
    ['users null', ssh({ users: null }), 'users must be specified'],
    ['users empty', ssh({ users: [] }), 'users must be specified'],
    ['wildcard user', ssh({ users: ['*'] }), 'user "*" is not valid'],
    ['empty user', ssh({ users: [''] }), 'user "" is not valid'],
    ['empty acceptEnv', ssh({ acceptEnv: [''] }), 'acceptEnv values cannot be empty'],
    ['unparseable checkPeriod', ssh({ action: 'check', checkPeriod: 'abc' }), 'time: invalid duration "abc"'],
    [
      'negative checkPeriod',
      ssh({ action: 'check', checkPeriod: '-1m' }),
      'checkPeriod -1m0s must be a positive duration',
    ],
    [
      'long checkPeriod',
      ssh({ action: 'check', checkPeriod: '168h1s' }),
      'checkPeriod 168h0m1s is above the max (168h)',
    ],
    ['host alias dst', ssh({ dst: ['webserver'] }), 'invalid dst "webserver"'],
    ['CIDR host alias dst', ssh({ dst: ['internal'] }), 'invalid dst "internal"'],
    [
      'user dst from another user',
      ssh({ src: ['thor@example.org'], dst: ['odin@example.com'] }),
      'users in dst are only allowed from the same user',
    ],
    [
      'user dst from a tag',
      ssh({ src: ['tag:client'], dst: ['odin@example.com'] }),
      'users in dst are only allowed from the same user',
    ],
    [
      'check with tags',
      ssh({ action: 'check', src: ['tag:client'] }),
      '[ssh] "check" action does not support tags in src',
    ],
    [
      'foreign domain src',
      ssh({ src: ['user:*@example.org'] }),
      '[ssh] example.org is not associated with this Tailnet and cannot be used in user:*@<domain> expressions',
    ],
    [
      'foreign localpart',
      ssh({ users: ['localpart:*@example.org'] }),
      'example.org is not associated with this Tailnet and cannot be used in user:*@<domain> expressions',
    ],
    ['undefined tag dst', ssh({ dst: ['tag:nope'] }), '[ssh] dst="tag:nope": tag not found: "tag:nope"'],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy, TOPOLOGY)).toBe(message);
  });

  test.each([
    [
      'checkPeriod 0s, max and always',
      {
        ssh: [
          { action: 'check', src: ['autogroup:member'], dst: ['tag:server'], users: ['root'], checkPeriod: '0s' },
          { action: 'check', src: ['autogroup:member'], dst: ['tag:server'], users: ['root'], checkPeriod: '168h' },
          { action: 'check', src: ['autogroup:member'], dst: ['tag:server'], users: ['root'], checkPeriod: 'always' },
        ],
      },
    ],
    ['odd users', ssh({ users: [' root', 'group:foo', 'tag:foo', 'autogroup:nonroot', 'localpart:*@example.com'] })],
    // Captured: the server took `localpart:*@`, which names no domain, as a login name.
    ['a localpart pattern with no domain', ssh({ users: ['localpart:*@'] })],
    ['acceptEnv globs', ssh({ acceptEnv: ['**', 'GIT_*', 'X?'] })],
    ['empty dst', ssh({ dst: [] })],
    ['same user dst', ssh({ src: ['thor@example.org'], dst: ['thor@example.org'] })],
    ['self and member dst', ssh({ dst: ['autogroup:self', 'autogroup:member', 'autogroup:tagged'] })],
    ['tag and tagged sources', ssh({ src: ['tag:client', 'autogroup:tagged'] })],
    ['own domain', ssh({ src: ['user:*@example.com'] })],
    [
      'role autogroup sources',
      ssh({
        src: [
          'autogroup:admin',
          'autogroup:owner',
          'autogroup:it-admin',
          'autogroup:network-admin',
          'autogroup:billing-admin',
          'autogroup:auditor',
        ],
      }),
    ],
  ])('%s are accepted', (_name, policy) => {
    expect(notices(policy, TOPOLOGY)).toEqual([]);
  });

  test.each([
    ['wildcard dst', ssh({ dst: ['*'] }), 'invalid dst "*"'],
    ['IP dst', ssh({ dst: ['100.64.0.16'] }), 'invalid dst "100.64.0.16"'],
    ['wildcard src', ssh({ src: ['*'] }), '"*" is not allowed in src'],
    ['internet src', ssh({ src: ['autogroup:internet'] }), '"autogroup:internet" is not allowed in src'],
    ['undefined group src', ssh({ src: ['group:nope'] }), '[ssh] src=group not defined in policy: "group:nope"'],
    ['unknown autogroup src', ssh({ src: ['autogroup:bogus'] }), '[ssh] invalid autogroup: got "autogroup:bogus"'],
    [
      'self dst with tag sources',
      ssh({ src: ['tag:client'], dst: ['autogroup:self'] }),
      'autogroup:self destination requires source to contain only users or groups, not tags or autogroup:tagged',
    ],
    ['undefined posture', ssh({ srcPosture: ['posture:x'] }), 'posture not found: "posture:x"'],
    [
      'recorder that is not a tag',
      ssh({ recorder: ['100.64.0.9'] }),
      'recorder "100.64.0.9" is not a tag: session recorders are named by their tag (tag:<name>)',
    ],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy, TOPOLOGY)).toEqual([message + ACCEPTED]);
  });

  test('domain checks are skipped offline', () => {
    expect(check(ssh({ src: ['user:*@example.org'] })).errors).toEqual([]);
  });
});

describe('nodeAttrs, autoApprovers, sshTests', () => {
  test.each([
    ['junk target', { nodeAttrs: [{ target: ['%bogus%'], attr: ['funnel'] }] }, '"%bogus%": invalid address'],
    ['undefined tag target', { nodeAttrs: [{ target: ['tag:nope'], attr: ['funnel'] }] }, 'tag not found: "tag:nope"'],
    [
      'self target',
      { nodeAttrs: [{ target: ['autogroup:self'], attr: ['funnel'] }] },
      'autogroup:self is not supported as a nodeAttrs target (the server answers "internal server error")',
    ],
    [
      'reserved ipPool',
      { nodeAttrs: [{ target: ['*'], ipPool: ['100.100.100.0/24'] }] },
      'IPPool(100.100.100.0/24): network within reserved range',
    ],
    ['undefined approver tag', { autoApprovers: { exitNode: ['tag:nope'] } }, 'tag not found: "tag:nope"'],
    [
      'sshTests CIDR dst',
      { sshTests: [{ src: 'thor@example.org', dst: ['100.64.0.0/24'], accept: ['root'] }] },
      'SSH tests dst contains disallowed element "100.64.0.0/24"',
    ],
    [
      'sshTests internet dst',
      { sshTests: [{ src: 'thor@example.org', dst: ['autogroup:internet'], accept: ['root'] }] },
      'SSH tests dst contains disallowed element "autogroup:internet"',
    ],
    [
      'sshTests dst with port',
      { sshTests: [{ src: 'thor@example.org', dst: ['tag:server:22'], accept: ['root'] }] },
      'SSH tests dst contains unknown tag "tag:server:22"',
    ],
    [
      'sshTests autogroup src',
      { sshTests: [{ src: 'autogroup:admin', dst: ['tag:server'], check: ['root'] }] },
      'SSH tests src contains disallowed element "autogroup:admin"',
    ],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy)).toBe(message);
  });

  test.each([
    [
      'ipPool outside CGNAT',
      { nodeAttrs: [{ target: ['*'], ipPool: ['10.0.0.0/24'] }] },
      'IPPool(10.0.0.0/24): network not within 100.64.0.0/10',
    ],
    ['ipPool that is no prefix', { nodeAttrs: [{ target: ['*'], ipPool: ['pool'] }] }, 'IPPool(pool): invalid prefix'],
    [
      'undefined group target',
      { nodeAttrs: [{ target: ['group:nope'], attr: ['funnel'] }] },
      'group not defined in policy: "group:nope"',
    ],
    [
      'internet target',
      { nodeAttrs: [{ target: ['autogroup:internet'], attr: ['funnel'] }] },
      '"autogroup:internet" is not allowed in nodeAttr',
    ],
    ['wildcard approver', { autoApprovers: { exitNode: ['*'] } }, '"*" is not allowed in approver'],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy)).toEqual([message + ACCEPTED]);
  });

  test.each([
    [
      'targets of every kind',
      {
        nodeAttrs: [
          {
            target: [
              '*',
              'odin@example.com',
              'group:admins',
              'tag:server',
              'webserver',
              '100.64.0.1',
              '10.0.0.0/8',
              'autogroup:member',
              'autogroup:tagged',
              'autogroup:admin',
              'autogroup:owner',
            ],
            attr: ['funnel', 'nextdns:abc', 'https://example.com/cap/x?y=1', 'custom:x'],
          },
        ],
      },
    ],
    ['no attr', { nodeAttrs: [{ target: ['*'] }, { target: [], attr: ['x'] }] }],
    ['ipPool', { nodeAttrs: [{ target: ['tag:server'], ipPool: ['100.80.0.0/16'] }] }],
    [
      'approvers',
      {
        autoApprovers: {
          routes: {
            '0.0.0.0/0': ['tag:exit'],
            '::/0': ['tag:exit'],
            '10.33.0.0/16': ['tag:router', 'group:admins', 'odin@example.com', 'autogroup:admin'],
          },
          exitNode: ['tag:exit', 'autogroup:member'],
        },
      },
    ],
  ])('%s are accepted', (_name, policy) => {
    expect(check(policy).errors).toEqual([]);
  });
});
