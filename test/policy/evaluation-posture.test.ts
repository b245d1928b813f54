// Device posture in tests: srcPosture and defaultSrcPosture against the test's srcPostureAttrs,
// and who is held to them (the tailnet's own devices only, docs/policy-semantics.md §5.7).

import { describe, expect, test } from 'vitest';
import type { TestResult, Topology } from '../../src/policy/index.js';
import { check, TOPOLOGY } from './helpers.js';

function run(policy: object, entry: object, topology = true): TestResult {
  const report = check({ ...policy, tests: [entry] }, topology ? TOPOLOGY : undefined);
  expect(report.errors).toEqual([]);
  return report.tests[0]!;
}

const outcomes = (result: TestResult): string[] => result.assertions.map((a) => a.outcome);

describe('postures in tests', () => {
  test('postures: srcPosture and defaultSrcPosture use the test srcPostureAttrs', () => {
    const policy = {
      postures: { 'posture:mac': ["node:os == 'macos'"], 'posture:new': ["node:tsVersion >= '1.60'"] },
      defaultSrcPosture: ['posture:new'],
      acls: [
        { action: 'accept', src: ['*'], dst: ['tag:server:22'], srcPosture: ['posture:mac'] },
        { action: 'accept', src: ['*'], dst: ['tag:server:80'] },
      ],
    };
    const attrs = (srcPostureAttrs: object, accept: string[]) => ({ src: 'odin@example.com', accept, srcPostureAttrs });
    expect(outcomes(run(policy, attrs({ 'node:os': 'macos' }, ['tag:server:22'])))).toEqual(['pass']);
    expect(outcomes(run(policy, attrs({ 'node:os': 'linux' }, ['tag:server:22'])))).toEqual(['fail']);
    expect(outcomes(run(policy, attrs({ 'node:tsVersion': '1.62.1' }, ['tag:server:80'])))).toEqual(['pass']);
    expect(outcomes(run(policy, attrs({}, ['tag:server:80'])))).toEqual(['fail']);
  });

  // Postures restrict only the tailnet's own devices: a device behind a subnet router or a
  // shared-in node passes on its addresses (docs/policy-semantics.md §5.7).
  const failingPosture = (rule: object) => ({
    postures: { 'posture:win': ["node:os == 'windows'"] },
    hosts: { lanbox: '192.168.1.5', guest: '100.64.9.9' },
    ...rule,
  });
  const subnetGrant = {
    src: ['192.168.1.0/24', '100.64.9.9', 'odin@example.com'],
    dst: ['tag:server'],
    ip: ['tcp:22'],
  };
  test.each([
    ['grant srcPosture', { grants: [{ ...subnetGrant, srcPosture: ['posture:win'] }] }],
    [
      'acl srcPosture',
      { acls: [{ action: 'accept', src: subnetGrant.src, dst: ['tag:server:22'], srcPosture: ['posture:win'] }] },
    ],
    ['defaultSrcPosture', { defaultSrcPosture: ['posture:win'], grants: [subnetGrant] }],
  ])('postures (%s) restrict the tailnet devices only', (_name, rule) => {
    const policy = failingPosture(rule);
    const verdict = (src: string, topology: boolean) =>
      outcomes(run(policy, { src, accept: ['tag:server:22'], srcPostureAttrs: { 'node:os': 'linux' } }, topology));
    // Behind a subnet router, by host alias or address: the posture is not asked.
    expect([verdict('lanbox', true), verdict('192.168.1.5', false)]).toEqual([['pass'], ['pass']]);
    // A Tailscale address of no device in the tailnet is a shared-in node; offline it may be either.
    expect([verdict('guest', true), verdict('guest', false)]).toEqual([['pass'], ['unknown']]);
    // The tailnet's own devices must meet it.
    expect([verdict('odin@example.com', true), verdict('odin@example.com', false)]).toEqual([['fail'], ['fail']]);
  });

  test('a user shared into the tailnet is not held to postures; offline, an unlisted login may be one', () => {
    const policy = failingPosture({ defaultSrcPosture: ['posture:win'], grants: [{ ...subnetGrant, src: ['*'] }] });
    const entry = { src: 'loki@other.org', accept: ['tag:server:22'], srcPostureAttrs: { 'node:os': 'linux' } };
    const topology: Topology = {
      users: [...TOPOLOGY.users, { id: 4, name: 'loki', email: 'loki@other.org', type: 'shared' }],
      nodes: { ...TOPOLOGY.nodes, loki1: { hostname: 'loki1', tags: [], user: 'loki', ipv4: '100.64.0.30' } },
    };
    const verdict = (given?: Topology) => outcomes(check({ ...policy, tests: [entry] }, given).tests[0]!);
    expect([verdict(topology), verdict()]).toEqual([['pass'], ['unknown']]);
    // An SSH rule's srcPosture as well.
    const ssh = {
      ...policy,
      ssh: [
        {
          action: 'accept',
          src: ['loki@other.org'],
          dst: ['tag:server'],
          users: ['root'],
          srcPosture: ['posture:win'],
        },
      ],
      sshTests: [
        { src: 'loki@other.org', dst: ['tag:server'], accept: ['root'], srcPostureAttrs: { 'node:os': 'linux' } },
      ],
    };
    const sshVerdict = (given?: Topology) => outcomes(check(ssh, given).tests[0]!);
    expect([sshVerdict(topology), sshVerdict()]).toEqual([['pass'], ['unknown']]);
  });

  test.each([
    // Tailscale's version order (util/cmpver): a part one side lacks comes first.
    ["node:tsVersion >= '1.40.0'", '1.40', 'fail'],
    ["node:tsVersion > '1.40.0'", '1.40.0-t1234abcd', 'pass'],
    ["node:osVersion < '14.0'", '14', 'pass'],
    ["node:tsVersion >= '1.40.0'", '1.62.1', 'pass'],
    // Only numbers and versions are ordered: anything else is not decided.
    ["node:tsVersion >= 'v1.40.0'", 'v1.62.1', 'unknown'],
    ["node:os < 'windows'", 'linux', 'unknown'],
    ['node:osVersion >= 14', '14.1', 'unknown'],
  ])('%s with %s: %s', (condition, value, outcome) => {
    const policy = {
      postures: { 'posture:p': [condition] },
      acls: [{ action: 'accept', src: ['odin@example.com'], dst: ['tag:server:22'], srcPosture: ['posture:p'] }],
    };
    const attribute = condition.split(' ')[0]!;
    const entry = { src: 'odin@example.com', accept: ['tag:server:22'], srcPostureAttrs: { [attribute]: value } };
    expect(outcomes(run(policy, entry))).toEqual([outcome]);
  });

  test('an answer left open by a posture condition says so, with a tailnet described too', () => {
    const policy = {
      postures: { 'posture:untiered': ['custom:tier NOT SET'] },
      acls: [{ action: 'accept', src: ['odin@example.com'], dst: ['tag:server:22'], srcPosture: ['posture:untiered'] }],
    };
    const result = run(policy, { src: 'odin@example.com', accept: ['tag:server:22'] });
    expect(result.assertions.map((a) => [a.outcome, a.message])).toEqual([
      [
        'unknown',
        '[acl test error]: address "tag:server:22": cannot be decided offline: depends on devices, users or routes ' +
          'in the tailnet, or on how the server reads a posture condition (NOT SET on an unset attribute, say)',
      ],
    ]);
  });
});
