// SSH rules and sshTests where the engine used to refuse what the server accepts, or may accept
// (docs/policy-semantics.md §1.4.3, §5.5, §5.6). The captured verdicts are headscale's public
// capture set of Tailscale's server, hscontrol/policy/v2/testdata/ssh_results (2026-05); the
// rest has no source either way, so the engine accepts with a notice or leaves the test undecided.

import { describe, expect, test } from 'vitest';
import type { PolicyReport, TestResult } from '../../src/policy/index.js';
import { check, TOPOLOGY } from './helpers.js';

const ACCEPTED = ' (accepted: not confirmed against the Tailscale server)';

const rule = (fields: object): object => ({
  action: 'accept',
  src: ['autogroup:member'],
  dst: ['tag:server'],
  users: ['root'],
  ...fields,
});

const verdict = (report: PolicyReport): [string[], string[]] => [
  report.errors.map((e) => e.message),
  report.notices.map((n) => n.message),
];

/** The entry's outcome and each assertion's outcome and message. */
const answer = (result: TestResult): [string, [string, string | undefined][]] => [
  result.outcome,
  result.assertions.map((a) => [a.outcome, a.message]),
];

describe('surrounding whitespace in SSH rule strings', () => {
  // Captured: ssh-malformed-action-whitespace (" accept", compiled as accept), and " Accept"
  // stays refused because case is not folded (ssh-malformed-action-mixedcase / -uppercase).
  test.each([
    [' accept', [], []],
    ['accept ', [], []],
    ['\taccept\t', [], []],
    [' check', [], []],
    ['Accept', ['"Accept" is not a valid action'], []],
    ['ACCEPT', ['"ACCEPT" is not a valid action'], []],
    [' Accept', ['"Accept" is not a valid action'], []],
    [' deny', ['"deny" is not a valid action'], []],
    [' ', ['action must be specified'], []],
  ])('action %j', (action, errors, notices) => {
    const src = ['odin@example.com'];
    expect(verdict(check({ ssh: [rule({ action, src })] }))).toEqual([errors, notices]);
  });

  test('" check" keeps the check rule\'s refusal of tag sources', () => {
    const report = check({ ssh: [rule({ action: ' check', src: ['tag:client'] })] });
    expect(verdict(report)).toEqual([['[ssh] "check" action does not support tags in src'], []]);
  });

  // Captured: ssh-src-leading-whitespace, ssh-dst-trailing-whitespace,
  // ssh-malformed-user-whitespace-leading and ssh-tab-in-user (compiled sshUsers {"root": "root"}).
  test.each([
    ['src', { src: [' thor@example.org'] }],
    ['dst', { dst: ['tag:server '] }],
    ['users, leading space', { users: [' root'] }],
    ['users, tab', { users: ['\troot'] }],
    ['action', { action: ' accept' }],
  ])('%s is read trimmed in validation and in sshTests', (_name, fields) => {
    const policy = {
      ssh: [rule({ src: ['thor@example.org'], ...fields })],
      sshTests: [{ src: 'thor@example.org', dst: ['tag:server'], accept: ['root'], deny: ['admin'] }],
    };
    for (const topology of [TOPOLOGY, undefined]) {
      const report = check(policy, topology);
      expect(verdict(report)).toEqual([[], []]);
      expect(answer(report.tests[0]!)).toEqual([
        'pass',
        [
          ['pass', undefined],
          ['pass', undefined],
        ],
      ]);
    }
  });

  // `""` and `"*"` are refused (captured); padded, they are too only if the server trims users
  // before that check, which no capture shows.
  test.each([
    [' *', 'user "*" is not valid'],
    ['* ', 'user "*" is not valid'],
    [' ', 'user "" is not valid'],
  ])('user %j: a notice', (user, notice) => {
    expect(verdict(check({ ssh: [rule({ users: ['root', user] })] }))).toEqual([[], [notice + ACCEPTED]]);
  });

  test.each([
    ['', 'user "" is not valid'],
    ['*', 'user "*" is not valid'],
  ])('user %j: still refused', (user, error) => {
    expect(verdict(check({ ssh: [rule({ users: [user] })] }))).toEqual([[error], []]);
  });
});

describe('surrounding whitespace in checkPeriod', () => {
  // No capture: by analogy with the other SSH strings, read trimmed, with a notice.
  const whitespace = (period: string): string => `checkPeriod "${period}": surrounding whitespace ignored${ACCEPTED}`;

  test.each([
    [' always', [], [whitespace(' always')]],
    ['12h ', [], [whitespace('12h ')]],
    ['\t168h', [], [whitespace('\\t168h')]],
    ['always', [], []],
    ['12h', [], []],
    // Refused whether or not the server trims; the wording assumes it does.
    [' abc', ['time: invalid duration "abc"'], []],
    [' 200h', ['checkPeriod 200h0m0s is above the max (168h)'], []],
    [' -1m', ['checkPeriod -1m0s must be a positive duration'], []],
    [' ', ['time: invalid duration ""'], []],
    // The documentation's minimum is a minute; the server's answer below it is not known, but 0s
    // was captured accepted.
    ['30s', [], [`checkPeriod 30s is below the documented minimum (1m0s)${ACCEPTED}`]],
    ['0s', [], []],
    ['1m', [], []],
  ])('%j', (checkPeriod, errors, notices) => {
    const report = check({ ssh: [rule({ action: 'check', src: ['odin@example.com'], checkPeriod })] });
    expect(verdict(report)).toEqual([errors, notices]);
  });
});

describe('sshTests autogroup destinations', () => {
  const unknown = (name: string): string =>
    `[ssh test error]: whether the server accepts ${name} as an sshTests destination is not known`;

  // No source refuses them (docs list users, groups, tags and hosts; the captured refusals are
  // CIDRs, autogroup:internet and unknown tags), and none says which devices they stand for.
  test.each(['autogroup:self', 'autogroup:member', 'autogroup:tagged', 'autogroup:nonroot', 'autogroup:admin'])(
    '%s is undecided',
    (dst) => {
      const policy = {
        ssh: [rule({ dst: ['autogroup:self'] }), rule({ dst: ['autogroup:tagged'] })],
        sshTests: [{ src: 'odin@example.com', dst: [dst], accept: ['root'], deny: ['admin'] }],
      };
      for (const topology of [TOPOLOGY, undefined]) {
        const report = check(policy, topology);
        expect(verdict(report)).toEqual([[], []]);
        expect(answer(report.tests[0]!)).toEqual([
          'unknown',
          [
            ['unknown', unknown(dst)],
            ['unknown', unknown(dst)],
          ],
        ]);
      }
    },
  );

  test('one undecided destination leaves the others decided', () => {
    const policy = {
      ssh: [rule({})],
      sshTests: [{ src: 'odin@example.com', dst: ['autogroup:self', 'tag:server'], accept: ['root'] }],
    };
    expect(answer(check(policy, TOPOLOGY).tests[0]!)).toEqual([
      'unknown',
      [
        ['unknown', unknown('autogroup:self')],
        ['pass', undefined],
      ],
    ]);
  });

  test('autogroup:internet stays refused (captured: sshtest-malformed-dst-autogroup-internet)', () => {
    const policy = { sshTests: [{ src: 'odin@example.com', dst: ['autogroup:internet'], accept: ['root'] }] };
    expect(verdict(check(policy))).toEqual([['SSH tests dst contains disallowed element "autogroup:internet"'], []]);
  });
});

describe('sshTests full-length prefix destinations', () => {
  const unknown = (dst: string): string =>
    `[ssh test error]: whether the server accepts the single-address prefix ${dst} as an sshTests destination is not known`;

  // Only 100.64.0.0/24 is captured (refused); a bare IPv4 address is captured as a destination.
  test.each(['100.64.0.16/32', 'fd7a:115c:a1e0::10/128'])('%s: a notice, and undecided', (dst) => {
    const policy = {
      ssh: [rule({})],
      sshTests: [{ src: 'odin@example.com', dst: [dst], accept: ['root'] }],
    };
    for (const topology of [TOPOLOGY, undefined]) {
      const report = check(policy, topology);
      expect(verdict(report)).toEqual([[], [`SSH tests dst contains disallowed element "${dst}"${ACCEPTED}`]]);
      expect(answer(report.tests[0]!)).toEqual(['unknown', [['unknown', unknown(dst)]]]);
    }
  });

  test.each(['100.64.0.0/24', '100.64.0.16/31', 'fd7a:115c:a1e0::/127', '0.0.0.0/0'])('%s stays refused', (dst) => {
    const policy = { sshTests: [{ src: 'odin@example.com', dst: [dst], accept: ['root'] }] };
    expect(verdict(check(policy))).toEqual([[`SSH tests dst contains disallowed element "${dst}"`], []]);
  });

  test('a host alias for one address is that address, as before', () => {
    const policy = {
      hosts: { one: '100.64.0.16/32' },
      ssh: [rule({})],
      sshTests: [{ src: 'odin@example.com', dst: ['one'], accept: ['root'] }],
    };
    const report = check(policy, TOPOLOGY);
    expect([verdict(report), answer(report.tests[0]!)]).toEqual([
      [[], []],
      ['pass', [['pass', undefined]]],
    ]);
  });
});

describe('a padded action is read trimmed when the rule is compiled too', () => {
  test.each([
    [' check', 'check', 'pass'],
    // Read as accept, it would pass; as check, whether it satisfies accept is not known.
    [' check', 'accept', 'unknown'],
    ['accept\t', 'accept', 'pass'],
  ])('%j, a test wanting %s', (action, wanted, outcome) => {
    const report = check(
      {
        ssh: [rule({ action, src: ['thor@example.org'] })],
        sshTests: [{ src: 'thor@example.org', dst: ['tag:server'], [wanted]: ['root'] }],
      },
      TOPOLOGY,
    );
    expect(report.tests.map((t) => t.outcome)).toEqual([outcome]);
  });
});

describe("a user's device takes SSH from its owner only, whatever the destination names", () => {
  // The SSH documentation: a user-owned device never takes a connection from another user's
  // source; a group or autogroup:member as a destination is accepted with a notice (§2.3).
  test.each([['group:developers'], ['autogroup:member']])('%s as the destination', (dst) => {
    const policy = {
      ssh: [rule({ src: ['group:developers'], dst: [dst] })],
      sshTests: [
        { src: 'odin@example.com', dst: ['thor@example.org'], deny: ['root'] },
        { src: 'odin@example.com', dst: ['odin@example.com'], accept: ['root'] },
      ],
    };
    expect(check(policy, TOPOLOGY).tests.map((t) => t.outcome)).toEqual(['pass', 'pass']);
  });
});

describe('`*` as an SSH destination', () => {
  // Accepted with a notice (the documentation rules it out, the server's message is not known),
  // and what it stands for is not known: undecided, but for another user's device (above).
  test("leaves its tests undecided, but for another user's device", () => {
    const policy = {
      ssh: [rule({ src: ['odin@example.com'], dst: ['*'] })],
      sshTests: [
        { src: 'odin@example.com', dst: ['tag:server'], accept: ['root'] },
        { src: 'odin@example.com', dst: ['odin@example.com'], accept: ['root'] },
        { src: 'odin@example.com', dst: ['thor@example.org'], deny: ['root'] },
      ],
    };
    for (const topology of [TOPOLOGY, undefined]) {
      expect(check(policy, topology).tests.map((t) => t.outcome)).toEqual(['unknown', 'unknown', 'pass']);
    }
  });
});
