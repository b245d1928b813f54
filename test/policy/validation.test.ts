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

const acl = (rule: object): object => ({ acls: [{ action: 'accept', ...rule }] });

describe('decoding', () => {
  test.each([
    ['unknown top-level key', '{"acl": []}', 'json: unknown field "acl"'],
    ['unknown key in a test', '{"tests": [{"src": "a@b.c", "dst": ["x:1"]}]}', 'json: unknown field "dst"'],
    ['wrong type', '{"acls": "all"}', 'json: cannot unmarshal string into Go struct field Policy.acls of type []ACL'],
    [
      'wrong element type',
      '{"groups": {"group:a": [1]}}',
      'json: cannot unmarshal number into Go struct field Policy.groups of type string',
    ],
    ['not an object', '[1]', 'json: cannot unmarshal array into Go value of type Policy'],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy)).toBe(message);
  });

  test.each([
    ['duplicate key', '{"acls": [], "acls": []}', 'duplicate object key "acls"'],
    ['duplicate key in another case', '{"acls": [], "ACLs": []}', 'duplicate object key "ACLs"'],
    ['duplicate data key', '{"groups": {"group:a": [], "group:a": []}}', 'duplicate object key "group:a"'],
    [
      'both src and users',
      '{"acls": [{"action": "accept", "src": ["*"], "users": ["*"], "dst": ["*:*"]}]}',
      'only one of "src" and "users" may be set',
    ],
    [
      'both accept and allow',
      '{"tests": [{"src": "a@b.c", "accept": ["x:1"], "allow": ["x:1"]}]}',
      'only one of "accept" and "allow" may be set',
    ],
    [
      'an extraDNSRecords section (public policies pushed with Tailscale GitOps hold one)',
      '{"extraDNSRecords": [{"Name": "app.example.test", "Value": "100.100.100.100"}], "acls": []}',
      'extraDNSRecords: a section Tailscale does not document; its records are not checked offline',
    ],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy)).toEqual([message + ACCEPTED]);
  });

  test('with a duplicate key the last one wins, as in Go', () => {
    const report = check('{"acls": [{"action": "deny", "src": ["*"], "dst": ["*:*"]}], "acls": []}');
    expect(report.errors).toEqual([]);
  });

  test.each([
    [
      'capitalised legacy keys',
      '{"ACLs": [{"Action": "accept", "Users": ["*"], "Ports": ["*:*"]}], "TagOwners": {}, "Tests": []}',
    ],
    ['all-lowercase tagowners', '{"tagowners": {"tag:a": []}}'],
    [
      'null sections',
      '{"acls": null, "groups": null, "ssh": [{"action": "check", "src": ["autogroup:member"], "dst": ["autogroup:self"], "users": ["root"], "acceptEnv": null, "checkPeriod": null}]}',
    ],
    [
      'opaque sections',
      '{"derpMap": {"OmitDefaultRegions": true}, "attrConfig": {"x": {}}, "nodeVisibility": "all", "randomizeClientPort": true, "OneCGNATRoute": "mac-always"}',
    ],
    ['empty policy', '{}'],
  ])('%s are accepted', (_name, policy) => {
    expect(check(policy).errors).toEqual([]);
  });

  test('errors carry the position of the offending value', () => {
    const report = check(
      '{\n  // comment\n  "acls": [\n    {"action": "deny", "src": ["*"], "dst": ["*:*"]},\n  ],\n}\n',
    );
    expect(report.errors).toEqual([
      {
        message: 'action="deny" is not supported',
        position: { offset: 42, line: 4, column: 16 },
        path: 'acls[0].action',
      },
    ]);
  });
});

describe('groups, tagOwners, hosts, ipsets, postures', () => {
  test.each([
    [
      'nested group',
      { groups: { 'group:outer': ['group:inner'], 'group:inner': ['thor@example.org'] } },
      'groups["group:outer"]: "group:inner": group members cannot be recursive',
    ],
    [
      'cycle reports the later name first',
      { groups: { 'group:a': ['group:b'], 'group:b': ['group:a'] } },
      'groups["group:b"]: "group:a": group members cannot be recursive',
    ],
    [
      'chain reports the deepest pair',
      { groups: { 'group:a': ['group:b'], 'group:b': ['group:c'], 'group:c': ['x@y.z'] } },
      'groups["group:b"]: "group:c": group members cannot be recursive',
    ],
    [
      'bad tag name',
      { tagOwners: { 'tag:1a': [] } },
      `tagOwners["tag:1a"]: tag names must start with a letter, after 'tag:'`,
    ],
    [
      'non-ASCII tag',
      { tagOwners: { 'tag:сервер': [] } },
      `tagOwners["tag:сервер"]: tag names must start with a letter, after 'tag:'`,
    ],
    ['tag key without prefix', { tagOwners: { server: [] } }, `tagOwners["server"]: tags must start with 'tag:'`],
    ['undefined owner tag', { tagOwners: { 'tag:a': ['tag:b'] } }, 'tagOwners["tag:a"]: tag not found: "tag:b"'],
    ['host name with @', { hosts: { 'a@b': '10.0.0.1' } }, 'hosts: invalid host name "a@b"'],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy)).toBe(message);
  });

  test.each([
    ['group name without prefix', { groups: { eng: ['x@y.z'] } }, `group must start with 'group:', got: "eng"`],
    [
      'tag as a group member',
      { groups: { 'group:a': ['tag:server'] } },
      'groups["group:a"]: "tag:server": group members must be users',
    ],
    [
      'undefined owner group',
      { tagOwners: { 'tag:a': ['group:nope'] } },
      'tagOwners["tag:a"]: group not defined in policy: "group:nope"',
    ],
    ['wildcard owner', { tagOwners: { 'tag:a': ['*'] } }, 'tagOwners["tag:a"]: "*" is not allowed in owner'],
    [
      'bad host address',
      { hosts: { db: '10.0' } },
      'hostname contains invalid IP address: hostname "db" address "10.0"',
    ],
    [
      'bad host prefix',
      { hosts: { db: '10.0.0.0/42' } },
      'hostname contains invalid IP address: hostname "db" address "10.0.0.0/42"',
    ],
    ['host name with a colon', { hosts: { 'a:b': '10.0.0.1' } }, 'hosts: invalid host name "a:b"'],
    ['ipset name', { ipsets: { prod: ['10.0.0.0/8'] } }, `ipset must start with 'ipset:', got: "prod"`],
    [
      'ipset bad target',
      { ipsets: { 'ipset:a': ['tag:server'] } },
      'ipsets["ipset:a"]: "tag:server": not a valid ipset target',
    ],
    [
      'ipset mixing implicit add and remove',
      { ipsets: { 'ipset:a': ['10.0.0.0/8', 'remove 10.1.0.0/16'] } },
      'ipsets["ipset:a"]: "10.0.0.0/8": entries must start with "add" or "remove" when the set removes addresses',
    ],
    ['posture name', { postures: { mac: ["node:os == 'macos'"] } }, `posture must start with 'posture:', got: "mac"`],
    [
      'unreadable posture condition',
      { postures: { 'posture:a': ['node:os ==='] } },
      'postures["posture:a"]: invalid condition "node:os ==="',
    ],
    ['undefined default posture', { defaultSrcPosture: ['posture:x'] }, 'posture not found: "posture:x"'],
    [
      'route that is no prefix',
      { autoApprovers: { routes: { '10.0.0.0': ['tag:router'] } } },
      'autoApprovers: invalid route "10.0.0.0"',
    ],
    ['odd OneCGNATRoute', { OneCGNATRoute: 'sometimes' }, 'OneCGNATRoute: invalid value "sometimes"'],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy)).toEqual([message + ACCEPTED]);
  });

  test('an ipset cycle is accepted with a notice per set', () => {
    expect(notices({ ipsets: { 'ipset:a': ['ipset:b'], 'ipset:b': ['ipset:a'] } })).toEqual([
      'ipsets["ipset:a"]: "ipset:a": circular reference' + ACCEPTED,
      'ipsets["ipset:b"]: "ipset:b": circular reference' + ACCEPTED,
    ]);
  });

  test.each([
    ['empty group', { groups: { 'group:e': [] } }],
    ['owner cycles', { tagOwners: { 'tag:a': ['tag:b'], 'tag:b': ['tag:a'], 'tag:c': ['tag:c'] } }],
    [
      'owners of every kind',
      {
        tagOwners: {
          'tag:a': ['odin@example.com', 'group:admins', 'autogroup:admin', 'autogroup:member', 'tag:b'],
          'tag:b': [],
        },
      },
    ],
    [
      'ipsets of every target kind',
      {
        hosts: { db: '10.9.0.1' },
        ipsets: {
          'ipset:a': [
            'add 10.0.0.0/8',
            'add 10.1.1.1-10.1.1.9',
            'add host:db',
            'add autogroup:internet',
            'remove 10.2.0.0/16',
          ],
          'ipset:b': ['ipset:a', '192.168.0.1'],
        },
      },
    ],
    [
      'postures',
      {
        postures: {
          'posture:a': [
            "node:os == 'macos'",
            "node:os IN ['macos', 'linux']",
            "node:tsVersion >= '1.40'",
            'node:tsAutoUpdate',
            'custom:tier NOT IN [1, 2]',
            'ip:publicAddress IS SET',
            'custom:quarantine NOT SET',
          ],
        },
        defaultSrcPosture: ['posture:a'],
      },
    ],
  ])('%s are accepted', (_name, policy) => {
    expect(notices(policy)).toEqual([]);
  });
});

describe('acls', () => {
  test.each([
    ['deny action', acl({ action: 'deny', src: ['*'], dst: ['*:*'] }), 'action="deny" is not supported'],
    ['missing action', { acls: [{ src: ['*'], dst: ['*:*'] }] }, 'action="" is not supported'],
    ['undefined src tag', acl({ src: ['tag:nonexistent'], dst: ['*:*'] }), 'src=tag not found: "tag:nonexistent"'],
    ['undefined dst tag', acl({ src: ['*'], dst: ['tag:nope:22'] }), 'dst="tag:nope": tag not found: "tag:nope"'],
    [
      'self as src',
      acl({ src: ['autogroup:self'], dst: ['*:*'] }),
      '"autogroup:self" not valid on the src side of a rule',
    ],
    [
      'internet as src',
      acl({ src: ['autogroup:internet'], dst: ['*:*'] }),
      '"autogroup:internet" not valid on the src side of a rule',
    ],
    [
      'danger-all as dst',
      acl({ src: ['*'], dst: ['autogroup:danger-all:*'] }),
      'cannot use autogroup:danger-all as a dst',
    ],
    [
      'self without port',
      acl({ src: ['autogroup:member'], dst: ['autogroup:self'] }),
      'dst="autogroup:self": port range "self": invalid first integer',
    ],
    [
      'named port',
      acl({ src: ['*'], dst: ['tag:server:ssh'] }),
      'dst="tag:server:ssh": port range "ssh": invalid first integer',
    ],
    [
      'named port, trimmed or not',
      acl({ src: ['*'], dst: ['tag:server:ssh '] }),
      'dst="tag:server:ssh ": port range "ssh ": invalid first integer',
    ],
    [
      'port zero',
      acl({ src: ['*'], dst: ['tag:server:0'] }),
      `dst="tag:server:0": port range "0": first port must be >0, or use '*' for wildcard`,
    ],
    [
      'self with tag sources',
      acl({ src: ['autogroup:tagged'], dst: ['autogroup:self:*'] }),
      'autogroup:self can only be used with users, groups, or supported autogroups',
    ],
    [
      'self with host sources',
      acl({ src: ['webserver'], dst: ['autogroup:self:*'] }),
      'autogroup:self can only be used with users, groups, or supported autogroups',
    ],
    [
      'self with IP sources',
      acl({ src: ['100.90.199.68'], dst: ['autogroup:self:*'] }),
      'autogroup:self can only be used with users, groups, or supported autogroups',
    ],
    [
      'bad proto',
      acl({ src: ['*'], dst: ['*:*'], proto: 'bogus' }),
      'proto name "bogus" not known; use protocol number 0-255',
    ],
    [
      'range outside ipsets',
      acl({ src: ['10.0.0.1-10.0.0.5'], dst: ['*:*'] }),
      '"10.0.0.1-10.0.0.5" is not allowed in src',
    ],
    [
      'foreign domain (with a tailnet)',
      acl({ src: ['user:*@example.org'], dst: ['*:*'] }),
      'example.org is not associated with this Tailnet and cannot be used in user:*@<domain> expressions',
    ],
  ])('%s', (_name, policy, message) => {
    expect(firstError(policy, TOPOLOGY)).toBe(message);
  });

  // Without a "domains" list, the tailnet's domain is its owner's: the user whose role is owner,
  // else the first user (the captures list the tailnet's creator first).
  const users = (...list: Topology['users']): Topology => ({ users: list, nodes: {} });
  const odin = { name: 'odin', email: 'odin@example.com' };
  const thor = { name: 'thor', email: 'thor@example.org' };
  const foreign = (domain: string): string =>
    `${domain} is not associated with this Tailnet and cannot be used in user:*@<domain> expressions`;
  test.each<[string, Topology, string | undefined]>([
    ['the first user, without roles', users(thor, odin), foreign('example.com')],
    ['the owner, listed after an invited user', users(thor, { ...odin, role: 'owner' }), undefined],
    ['the owner, though another user comes first', users(odin, { ...thor, role: 'owner' }), foreign('example.com')],
    [
      'the explicit list, over the owner',
      { ...users({ ...odin, role: 'owner' }), domains: ['example.org'] },
      foreign('example.com'),
    ],
    ['no user with a domain: unknown, not checked', users({ name: 'odin', email: 'odin' }), undefined],
  ])("the tailnet's domain: %s", (_name, topology, message) => {
    expect(firstError(acl({ src: ['user:*@example.com'], dst: ['*:*'] }), topology)).toBe(message);
  });

  test.each([
    ['undefined group', acl({ src: ['group:nope'], dst: ['*:*'] }), 'src=group not defined in policy: "group:nope"'],
    ['undefined host', acl({ src: ['*'], dst: ['nohost:22'] }), 'dst="nohost": host not defined in policy: "nohost"'],
    ['undefined ipset', acl({ src: ['ipset:nope'], dst: ['*:*'] }), 'src=ipset not found: "ipset:nope"'],
    ['junk selector', acl({ src: ['%bogus%'], dst: ['*:*'] }), 'src="%bogus%": invalid address'],
    [
      'unknown autogroup',
      acl({ src: ['autogroup:bogus'], dst: ['*:*'] }),
      'src=invalid autogroup: got "autogroup:bogus"',
    ],
    ['shared as dst', acl({ src: ['*'], dst: ['autogroup:shared:*'] }), '"autogroup:shared" is not allowed in dst'],
    ['nonroot as src', acl({ src: ['autogroup:nonroot'], dst: ['*:*'] }), '"autogroup:nonroot" is not allowed in src'],
    [
      'port with icmp',
      acl({ src: ['*'], dst: ['tag:server:22'], proto: 'icmp' }),
      'dst="tag:server:22": protocol does not support specific ports: "icmp", only "*" is allowed',
    ],
    [
      'wildcard proto',
      acl({ src: ['*'], dst: ['*:*'], proto: '*' }),
      'proto name "*" not known; use protocol number 0-255',
    ],
    ['empty proto', acl({ src: ['*'], dst: ['*:*'], proto: '' }), 'proto name "" not known; use protocol number 0-255'],
    ['capitalised action', acl({ action: 'Accept', src: ['*'], dst: ['*:*'] }), 'action="Accept" is not supported'],
    [
      'action in whitespace',
      acl({ action: ' accept\t', src: ['*'], dst: ['*:*'] }),
      'action=" accept\\t" is not supported',
    ],
    [
      'whitespace after the port',
      acl({ src: ['*'], dst: ['tag:server:22 '] }),
      'dst="tag:server:22 ": port range "22 ": invalid first integer',
    ],
    [
      "whitespace after a test destination's port",
      { tagOwners: { 'tag:server': [] }, tests: [{ src: 'odin@example.com', deny: ['tag:server:22 '] }] },
      'test destination "tag:server:22 ": port "22 ": tests need a single port number 0-65535',
    ],
    [
      'undefined posture',
      acl({ src: ['*'], dst: ['*:*'], srcPosture: ['posture:x'] }),
      'posture not found: "posture:x"',
    ],
  ])('%s is accepted with a notice', (_name, policy, message) => {
    expect(notices(policy, TOPOLOGY)).toEqual([message + ACCEPTED]);
  });

  test.each([
    [
      'every selector kind',
      acl({
        src: [
          '*',
          'odin@example.com',
          'group:admins',
          'group:scim@example.com',
          'tag:client',
          'webserver',
          'internal',
          '100.64.0.0/10',
          'fd7a:115c:a1e0::1',
          'autogroup:member',
          'autogroup:tagged',
          'autogroup:shared',
          'autogroup:danger-all',
          'autogroup:admin',
          'user:*@example.com',
        ],
        dst: [
          '*:*',
          'autogroup:internet:443',
          'autogroup:member:22',
          'svc:web:443',
          '[fd7a:115c:a1e0::1]:22',
          'fd00::/8:80-90',
          'tag:server:22,80',
        ],
      }),
    ],
    ['self with wildcard source', acl({ src: ['*'], dst: ['autogroup:self:22'] })],
    ['proto by number', acl({ src: ['*'], dst: ['tag:server:*'], proto: '1' })],
    ['empty lists', acl({ src: [], dst: [] })],
  ])('%s is accepted', (_name, policy) => {
    expect(check(policy, TOPOLOGY).errors).toEqual([]);
  });
});
