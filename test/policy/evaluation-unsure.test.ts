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
  // policy applied for months held such tests, so the server's answer is not known (§5.2).
  test.each([
    ['tests', { src: 'group:phantom', accept: ['tag:server:22'] }, 'acl'],
    ['sshTests', { src: 'group:phantom', dst: ['tag:server'], accept: ['root'] }, 'ssh'],
  ] as const)('%s: an undefined group as the source is undecided', (section, entry, kind) => {
    const policy = {
      ...acl(['*'], ['*:*']),
      ssh: [{ action: 'accept', src: ['*'], dst: ['tag:server'], users: ['root'] }],
    };
    const error =
      `[${kind} test error]: src "group:phantom" is a group the policy does not define: ` +
      'whether the server accepts it as a test source, and as whom, is not known';
    for (const topology of [true, false]) {
      const result = run(policy, entry, topology, section);
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
