// Tests whose answer on the server is not known offline: the engine leaves them undecided, with
// the reason, instead of failing them (docs/policy-semantics.md §2.2.10, §5.2).

import { describe, expect, test } from 'vitest';
import type { TestResult } from '../../src/policy/index.js';
import { check, TOPOLOGY } from './helpers.js';

function run(policy: object, entry: object, topology = true, section: 'tests' | 'sshTests' = 'tests'): TestResult {
  const report = check({ ...policy, [section]: [entry] }, topology ? TOPOLOGY : undefined);
  expect(report.errors).toEqual([]);
  return report.tests[0]!;
}

const outcomes = (result: TestResult): string[] => result.assertions.map((a) => a.outcome);

const acl = (src: string[], dst: string[]): object => ({ acls: [{ action: 'accept', src, dst }] });

describe('undecided, not failed', () => {
  // A CIDR written as the source fails on the server; an alias standing for one is not known to (§5.2).
  test.each([
    ['tests', true, { src: 'internal', accept: ['tag:server:22'], deny: ['webserver:80'] }, 'acl'],
    ['tests', false, { src: 'internal', accept: ['tag:server:22'], deny: ['webserver:80'] }, 'acl'],
    ['sshTests', true, { src: 'internal', dst: ['tag:server'], accept: ['root'] }, 'ssh'],
    ['sshTests', false, { src: 'internal', dst: ['tag:server'], accept: ['root'] }, 'ssh'],
  ] as const)(
    '%s: a host alias for a range as the source is undecided (tailnet: %s)',
    (section, topology, entry, kind) => {
      const policy = {
        ...acl(['*'], ['*:*']),
        ssh: [{ action: 'accept', src: ['*'], dst: ['tag:server'], users: ['root'] }],
      };
      const result = run(policy, entry, topology, section);
      const error =
        `[${kind} test error]: src "internal" is a host alias for a range of addresses: ` +
        'whether the server accepts it as a test source is not known';
      expect([result.outcome, result.error, result.assertions.map((a) => [a.outcome, a.message])]).toEqual([
        'unknown',
        error,
        section === 'tests'
          ? [
              ['unknown', error],
              ['unknown', error],
            ]
          : [['unknown', error]],
      ]);
    },
  );

  // A Service may carry a tag, set where it is defined, not in the policy; whether a tagged one
  // counts as autogroup:tagged is not known either (§2.2.10).
  test.each([
    ['named by the grant', ['svc:db'], 'accept', 'pass'],
    ['reached by a tag it may carry', ['tag:server'], 'accept', 'unknown'],
    ['reached by a tag it may carry, wanted dropped', ['tag:server'], 'deny', 'unknown'],
    ['reached by autogroup:tagged', ['autogroup:tagged'], 'accept', 'unknown'],
    ['reached by autogroup:tagged, wanted dropped', ['autogroup:tagged'], 'deny', 'unknown'],
    ['reached by autogroup:member', ['autogroup:member'], 'accept', 'fail'],
    ['reached by no rule', ['odin@example.com'], 'deny', 'pass'],
    ['reached by no rule, wanted accepted', ['odin@example.com'], 'accept', 'fail'],
  ])('a Service destination %s', (_name, dst, kind, outcome) => {
    const policy = { grants: [{ src: ['*'], dst, ip: ['tcp:5432'] }] };
    for (const topology of [true, false]) {
      const result = run(policy, { src: 'thor@example.org', [kind]: ['svc:db:5432'] }, topology);
      expect(result.assertions.map((a) => [a.outcome, a.outcome === 'unknown' ? a.message : undefined])).toEqual([
        [
          outcome,
          outcome === 'unknown'
            ? '[acl test error]: address "svc:db:5432": cannot be decided offline: depends on devices, users or ' +
              'routes in the tailnet, or on the tags the Service carries'
            : undefined,
        ],
      ]);
    }
  });

  // As a destination, a group the policy does not define fails (captured); as the source, a
  // policy applied for months held such tests, so the server's answer is not known. No capture
  // lists or refuses user:*@domain as a test source; like a group, it stands for users (§5.2).
  const undefinedGroup = 'is a group the policy does not define';
  const domain = 'names every user of a domain';
  test.each([
    ['tests', 'group:phantom', undefinedGroup, { accept: ['tag:server:22'] }, 'acl'],
    ['sshTests', 'group:phantom', undefinedGroup, { dst: ['tag:server'], accept: ['root'] }, 'ssh'],
    ['tests', 'user:*@example.com', domain, { accept: ['tag:server:22'] }, 'acl'],
    ['sshTests', 'user:*@example.com', domain, { dst: ['tag:server'], accept: ['root'] }, 'ssh'],
  ] as const)('%s: %s as the source is undecided', (section, src, why, entry, kind) => {
    const policy = {
      ...acl(['*'], ['*:*']),
      ssh: [{ action: 'accept', src: ['*'], dst: ['tag:server'], users: ['root'] }],
    };
    const error =
      `[${kind} test error]: src "${src}" ${why}: ` +
      'whether the server accepts it as a test source, and as whom, is not known';
    for (const topology of [true, false]) {
      const result = run(policy, { src, ...entry }, topology, section);
      expect([result.outcome, result.error, outcomes(result)]).toEqual(['unknown', error, ['unknown']]);
    }
  });
});

// The documentation says `*` reaches Tailscale addresses and approved subnet routes; it compiles
// to any address. Whether a test reaches another address through it is not known (§2.2.1).
describe('`*` as a destination, and addresses outside the tailnet', () => {
  const note =
    'cannot be decided offline: depends on devices, users or routes in the tailnet, ' +
    'or on whether `*` as a destination reaches addresses outside the tailnet';
  test.each([
    ['a public address, wanted dropped', 'deny', '198.51.100.8:22', true, 'unknown'],
    ['a public address, wanted dropped (offline)', 'deny', '198.51.100.8:22', false, 'unknown'],
    ['a public address, wanted accepted', 'accept', '198.51.100.8:22', true, 'unknown'],
    ['a private address outside every route', 'accept', '10.9.9.9:22', true, 'unknown'],
    ['an address in an approved route', 'accept', '10.33.1.1:22', true, 'pass'],
    ['a Tailscale device', 'accept', '100.64.0.16:22', true, 'pass'],
    ['a Tailscale device, wanted dropped', 'deny', '100.64.0.16:22', true, 'fail'],
  ] as const)('%s', (_name, kind, dst, topology, outcome) => {
    const result = run(acl(['*'], ['*:*']), { src: 'thor@example.org', [kind]: [dst] }, topology);
    expect(result.assertions.map((a) => [a.outcome, a.outcome === 'unknown' ? a.message : undefined])).toEqual([
      [outcome, outcome === 'unknown' ? `[acl test error]: address "${dst}": ${note}` : undefined],
    ]);
  });

  test('an address a rule names is decided, `*` or not', () => {
    const policy = { acls: [{ action: 'accept', src: ['*'], dst: ['198.51.100.0/24:22'] }] };
    const result = run(policy, { src: 'thor@example.org', accept: ['198.51.100.8:22'] });
    expect(outcomes(result)).toEqual(['pass']);
  });
});

describe('the device the server tests from', () => {
  // alice has two devices; a rule names one of them by address. The server tests "from a device
  // authenticated with the identity", and which one it picks is not known (§5.3).
  const twoDevices = {
    ...TOPOLOGY,
    users: [...TOPOLOGY.users, { id: 4, name: 'alice', email: 'alice@example.com' }],
    nodes: {
      ...TOPOLOGY.nodes,
      laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.30' },
      phone: { hostname: 'phone', tags: [], user: 'alice', ipv4: '100.64.0.31' },
    },
  };
  const runOn = (policy: object, entry: object, section: 'tests' | 'sshTests' = 'tests'): TestResult =>
    check({ ...policy, [section]: [entry] }, twoDevices).tests[0]!;

  test.each([
    ['one of the source devices is allowed', ['100.64.0.30'], ['webserver:22'], ['unknown', 'unknown']],
    ['both source devices are allowed', ['alice@example.com'], ['webserver:22'], ['pass', 'fail']],
    ['neither source device is allowed', ['100.64.0.99'], ['webserver:22'], ['fail', 'pass']],
  ])('%s', (_name, src, dst, expected) => {
    const result = runOn(acl(src, dst), { src: 'alice@example.com', accept: ['webserver:22'], deny: ['webserver:22'] });
    expect(outcomes(result)).toEqual(expected);
  });

  test('a destination user whose devices disagree is undecided, saying so', () => {
    const result = runOn(acl(['thor@example.org'], ['100.64.0.31:22']), {
      src: 'thor@example.org',
      accept: ['alice@example.com:22'],
    });
    expect(result.assertions.map((a) => [a.outcome, a.message])).toEqual([
      [
        'unknown',
        '[acl test error]: address "alice@example.com:22": the devices the source or destination stands for ' +
          'disagree, and which one the server tests from is not known',
      ],
    ]);
  });

  // A device sharing no address family with the other end fails the test if the server picks it.
  test.each([
    ['beside one that fails: the failure, with its verdict', '100.64.0.99:22', 'fail', 'want: Accept, got: Drop'],
    [
      'beside ones that pass: undecided',
      'alice@example.com:22',
      'unknown',
      'the devices the source or destination stands for disagree, and which one the server tests from is not known',
    ],
  ])('a device of no shared address family %s', (_name, allowed, outcome, reason) => {
    const topology = {
      ...twoDevices,
      nodes: {
        ...twoDevices.nodes,
        tablet: { hostname: 'tablet', tags: [], user: 'alice', ipv6: 'fd7a:115c:a1e0::31' },
      },
    };
    const policy = {
      ...acl(['thor@example.org'], [allowed]),
      tests: [{ src: '100.64.0.17', accept: ['alice@example.com:22'] }],
    };
    expect(check(policy, topology).tests[0]!.assertions.map((a) => [a.outcome, a.message])).toEqual([
      [outcome, `[acl test error]: address "alice@example.com:22": ${reason}`],
    ]);
  });

  test.each([
    ['tag:exit', { src: 'tag:exit', accept: ['webserver:22'] }, ''],
    ['group:empty', { src: 'thor@example.org', accept: ['group:empty:22'] }, 'address "group:empty:22": '],
  ])('%s has no device: undecided, saying why', (name, entry, where) => {
    const result = run(acl(['*'], ['*:*']), entry);
    const reason = `${name} has no device: whether the server fails the test or passes it is not known`;
    expect(result.assertions.map((a) => [a.outcome, a.message])).toEqual([
      ['unknown', `[acl test error]: ${where}${reason}`],
    ]);
  });

  test('sshTests: group members that disagree leave the outcome undecided', () => {
    const policy = { ssh: [{ action: 'accept', src: ['thor@example.org'], dst: ['tag:server'], users: ['root'] }] };
    const result = run(policy, { src: 'group:developers', dst: ['tag:server'], accept: ['root'] }, true, 'sshTests');
    expect(result.assertions.map((a) => [a.outcome, a.message])).toEqual([
      [
        'unknown',
        '[ssh test error]: dst "tag:server", ssh user "root": the devices the source or destination stands for ' +
          'disagree, and which one the server tests from is not known',
      ],
    ]);
  });

  // The server answered deny to exactly this test (tailscale#14222); an accept rule passed (captured).
  // Offline, a user stands for any of their devices: their only one may be both ends.
  test.each([
    // An accept assertion against check or deny: unknown too (whether check satisfies accept is not known).
    ['check', true, ['unknown', 'unknown', 'unknown']],
    ['accept', true, ['fail', 'fail', 'pass']],
    ['check', false, ['unknown', 'unknown', 'unknown']],
    ['accept', false, ['fail', 'fail', 'pass']],
  ])('sshTests: a %s rule from a device to itself (tailnet given: %s)', (action, topology, expected) => {
    const policy = {
      ssh: [{ action, src: ['autogroup:member'], dst: ['autogroup:self'], users: ['autogroup:nonroot', 'root'] }],
    };
    const entry = {
      src: 'thor@example.org',
      dst: ['thor@example.org'],
      check: ['root'],
      deny: ['root2'],
      accept: ['root3'],
    };
    const result = run(policy, entry, topology, 'sshTests');
    expect(result.assertions.map((a) => [a.kind, a.outcome])).toEqual([
      ['accept', expected[2]],
      ['check', expected[0]],
      ['deny', expected[1]],
    ]);
    if (action === 'check') {
      expect(result.assertions[1]!.message).toBe(
        '[ssh test error]: dst "thor@example.org", ssh user "root": whether the server lets a check rule ' +
          'take a device to itself is not known (tailscale#14222)',
      );
    }
  });
});
