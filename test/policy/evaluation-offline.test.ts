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

describe('tests offline (symbolic)', () => {
  test.each([
    [
      'definite pass',
      acl(['thor@example.org'], ['tag:server:22']),
      { src: 'thor@example.org', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'definite fail: nothing reaches the port',
      acl(['thor@example.org'], ['tag:server:22']),
      { src: 'thor@example.org', accept: ['tag:server:443'] },
      ['fail'],
    ],
    [
      'deny fails when a rule surely allows',
      acl(['*'], ['tag:server:*']),
      { src: 'odin@example.com', deny: ['tag:server:22'] },
      ['fail'],
    ],
    [
      'group members that all pass',
      acl(['group:developers'], ['tag:server:22']),
      { src: 'group:developers', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'group members that disagree are undecided',
      acl(['thor@example.org'], ['tag:server:22']),
      { src: 'group:developers', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'a tagged device may carry other tags',
      acl(['tag:client'], ['tag:prod:22']),
      { src: 'tag:client', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'other tags reach only destinations those tags may reach',
      acl(['tag:prod'], ['tag:prod:22']),
      { src: 'tag:client', accept: ['tag:server:22', 'odin@example.com:22', 'tag:server:22', 'odin@example.com:22'] },
      ['unknown', 'fail', 'unknown', 'fail'],
    ],
    [
      'other tags, the user destination asked first',
      acl(['tag:prod'], ['tag:prod:22']),
      { src: 'tag:client', accept: ['odin@example.com:22', 'tag:server:22'] },
      ['fail', 'unknown'],
    ],
    [
      'an address in the tailnet may be any device',
      acl(['odin@example.com'], ['tag:server:22']),
      { src: '100.64.0.19', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'a public address is no device',
      acl(['odin@example.com'], ['tag:server:22']),
      { src: '8.8.8.8', accept: ['tag:server:22'] },
      ['fail'],
    ],
    [
      'roles are unknown',
      acl(['autogroup:admin'], ['tag:server:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'a CIDR covering the Tailscale range holds any device',
      acl(['100.64.0.0/10'], ['tag:server:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['pass'],
    ],
    [
      'a CIDR covering part of it might',
      acl(['100.64.0.0/16'], ['tag:server:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'a host alias destination might be the device',
      acl(['odin@example.com'], ['webserver:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'SCIM groups are unknown',
      acl(['group:eng@example.com'], ['tag:server:22']),
      { src: 'odin@example.com', accept: ['tag:server:22'] },
      ['unknown'],
    ],
    [
      'autogroup:self for the same user',
      acl(['autogroup:member'], ['autogroup:self:22']),
      { src: 'thor@example.org', accept: ['thor@example.org:22'], deny: ['odin@example.com:22'] },
      ['pass', 'pass'],
    ],
    [
      'a user without devices offline',
      acl(['*'], ['tag:server:22']),
      { src: 'ghost@nowhere.invalid', accept: ['tag:server:22'] },
      ['pass'],
    ],
  ])('%s', (_name, policy, entry, expected) => {
    expect(outcomes(run(policy, entry, false))).toEqual(expected);
  });

  test('undecided assertions explain themselves and are not failures', () => {
    const report = check({
      ...acl(['tag:client'], ['tag:prod:22']),
      tests: [{ src: 'tag:client', accept: ['tag:server:22'] }],
    });
    expect(report.summary).toEqual({ passed: 0, failed: 0, unknown: 1 });
    expect(report.tests[0]!.assertions[0]!.message).toBe(
      '[acl test error]: address "tag:server:22": cannot be decided offline: depends on devices, users or routes in the tailnet',
    );
  });
});

describe('sshTests', () => {
  const rule = (action: string, src: string[], dst: string[], users: string[]): object => ({ action, src, dst, users });
  const sshRun = (ssh: object[], entry: object, topology = true): TestResult =>
    run({ ssh }, entry, topology, 'sshTests');
  const login = (result: TestResult): string[] => result.assertions.map((a) => `${a.kind} ${a.user}: ${a.outcome}`);

  test.each([
    [
      'accept',
      [rule('accept', ['thor@example.org'], ['tag:server'], ['root'])],
      { src: 'thor@example.org', dst: ['tag:server'], accept: ['root'], deny: ['ubuntu'] },
      ['accept root: pass', 'deny ubuntu: pass'],
    ],
    [
      'check wins over accept',
      [
        rule('accept', ['thor@example.org'], ['tag:server'], ['root']),
        rule('check', ['thor@example.org'], ['tag:server'], ['root']),
      ],
      { src: 'thor@example.org', dst: ['tag:server'], check: ['root'], accept: ['root'] },
      // Whether check satisfies accept is not known (UNSURE, docs/policy-semantics.md §5.6).
      ['accept root: unknown', 'check root: pass'],
    ],
    [
      'autogroup:nonroot',
      [rule('accept', ['autogroup:member'], ['tag:server'], ['autogroup:nonroot'])],
      { src: 'odin@example.com', dst: ['tag:server'], accept: ['alice'], deny: ['root'] },
      ['accept alice: pass', 'deny root: pass'],
    ],
    [
      'localpart',
      [rule('accept', ['autogroup:member'], ['tag:server'], ['localpart:*@example.com'])],
      { src: 'odin@example.com', dst: ['tag:server'], accept: ['odin'], deny: ['thor'] },
      ['accept odin: pass', 'deny thor: pass'],
    ],
    [
      'localpart of another domain',
      [rule('accept', ['thor@example.org'], ['tag:server'], ['localpart:*@example.com'])],
      { src: 'thor@example.org', dst: ['tag:server'], accept: ['thor'] },
      ['accept thor: fail'],
    ],
    [
      'autogroup:self',
      [rule('accept', ['autogroup:member'], ['autogroup:self'], ['root'])],
      { src: 'thor@example.org', dst: ['thor@example.org'], accept: ['root'] },
      ['accept root: pass'],
    ],
    [
      'autogroup:self, other owner',
      [rule('accept', ['autogroup:member'], ['autogroup:self'], ['root'])],
      { src: 'thor@example.org', dst: ['odin@example.com'], deny: ['root'] },
      ['deny root: pass'],
    ],
    [
      'group source',
      [rule('accept', ['group:developers'], ['tag:server'], ['root'])],
      { src: 'thor@example.org', dst: ['tag:server'], accept: ['root'] },
      ['accept root: pass'],
    ],
    [
      'IP source uses its device',
      [rule('accept', ['thor@example.org'], ['tag:server'], ['root'])],
      { src: '100.64.0.17', dst: ['webserver'], accept: ['root'] },
      ['accept root: pass'],
    ],
    [
      'network rules do not matter',
      [],
      { src: 'thor@example.org', dst: ['tag:server'], deny: ['root'] },
      ['deny root: pass'],
    ],
  ])('%s', (_name, ssh, entry, expected) => {
    expect(login(sshRun(ssh, entry))).toEqual(expected);
  });

  test('failure messages carry the device addresses, or "?" offline', () => {
    const ssh = [rule('accept', ['thor@example.org'], ['tag:server'], ['root'])];
    const entry = { src: 'thor@example.org', dst: ['tag:server'], accept: ['ubuntu'] };
    expect(sshRun(ssh, entry).assertions[0]!.message).toBe(
      '[ssh test error]: src "thor@example.org" at "100.64.0.17", dst "tag:server" at "100.64.0.16", ssh user "ubuntu": want: "accept" got: "deny"',
    );
    expect(sshRun(ssh, entry, false).assertions[0]!.message).toBe(
      '[ssh test error]: src "thor@example.org" at "?", dst "tag:server" at "?", ssh user "ubuntu": want: "accept" got: "deny"',
    );
  });

  test.each([
    [
      'no assertions',
      { src: 'thor@example.org', dst: ['tag:server'] },
      '[ssh test error]: test has no accept, check or deny users',
    ],
    ['empty user', { src: 'thor@example.org', dst: ['tag:server'], accept: [''] }, '[ssh test error]: empty user name'],
    [
      'accept and deny',
      { src: 'thor@example.org', dst: ['tag:server'], accept: ['root'], deny: ['root'] },
      '[ssh test error]: user "root" is in both accept and deny',
    ],
  ])('entry error: %s', (_name, entry, message) => {
    expect(sshRun([], entry).error).toBe(message);
  });

  test('a bare IPv6 destination fails', () => {
    const result = sshRun([rule('accept', ['thor@example.org'], ['tag:server'], ['root'])], {
      src: 'thor@example.org',
      dst: ['fd7a:115c:a1e0::10'],
      accept: ['root'],
    });
    expect(result.assertions.map((a) => a.message)).toEqual([
      '[ssh test error]: dst "fd7a:115c:a1e0::10" is not a valid SSH test destination',
    ]);
  });
  // Whether the server holds SSH rules to defaultSrcPosture is not known (§5.7): where the
  // device meets it the rule applies; elsewhere the verdict it decides is undecided.
  test.each([
    ['meets the default posture', { 'node:os': 'macos' }, 'thor@example.org', 'accept', 'pass'],
    ['misses it, wants accept', { 'node:os': 'linux' }, 'thor@example.org', 'accept', 'unknown'],
    ['misses it, wants deny', {}, 'thor@example.org', 'deny', 'unknown'],
    ['its own empty srcPosture', {}, 'odin@example.com', 'accept', 'pass'],
    ['no rule for the source', {}, 'freya@example.com', 'deny', 'pass'],
  ])('defaultSrcPosture on SSH rules: %s', (_name, srcPostureAttrs, src, kind, outcome) => {
    const policy = {
      postures: { 'posture:mac': ["node:os == 'macos'"] },
      defaultSrcPosture: ['posture:mac'],
      ssh: [
        rule('accept', ['thor@example.org'], ['tag:server'], ['root']),
        { ...rule('accept', ['odin@example.com'], ['tag:server'], ['root']), srcPosture: [] },
      ],
    };
    for (const topology of [true, false]) {
      const result = run(policy, { src, srcPostureAttrs, dst: ['tag:server'], [kind]: ['root'] }, topology, 'sshTests');
      expect(result.assertions.map((a) => [a.outcome, a.outcome === 'unknown' ? a.message : undefined])).toEqual([
        [
          outcome,
          outcome === 'unknown'
            ? '[ssh test error]: dst "tag:server", ssh user "root": cannot be decided offline (it may hang on ' +
              'whether the server holds SSH rules to defaultSrcPosture)'
            : undefined,
        ],
      ]);
    }
  });
});
