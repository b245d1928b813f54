// Table tests of the access plan's SSH and app capability changes (network ones: table.test.ts).

import { describe, expect, it } from 'vitest';
import { computeAccessPlan, renderPlanText } from '../../src/plan/index.js';
import { changeLines, planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [], 'tag:server': [], 'tag:router': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });

describe('SSH and app changes', () => {
  const ssh = (action: string, extra: object = {}): object =>
    base({ ssh: [{ action, src: ['alice@example.com'], dst: ['tag:server'], users: ['root', 'ubuntu'], ...extra }] });

  it('accept → check is the accept lost and the check gained, with its period', () => {
    const plan = planOf(ssh('accept'), ssh('check', { checkPeriod: '1h' }));
    expect(changeLines(plan)).toEqual([
      'gained ssh alice@example.com -> tag:server root check 1h untested',
      'gained ssh alice@example.com -> tag:server ubuntu check 1h untested',
      'lost ssh alice@example.com -> tag:server root accept untested',
      'lost ssh alice@example.com -> tag:server ubuntu accept untested',
    ]);
    // Whether check satisfies an accept assertion is not known: no test decides the accept lost.
    expect(plan.changes.map((c) => [c.change, c.action, c.testable])).toEqual([
      ['gained', 'check', true],
      ['gained', 'check', true],
      ['lost', 'accept', false],
      ['lost', 'accept', false],
    ]);
    expect(plan.proposed.sshTests).toEqual([
      { src: 'alice@example.com', dst: ['tag:server'], check: ['root', 'ubuntu'] },
    ]);
  });

  it('accept → check is tested by a check test of the new policy, and said so once', () => {
    const after = { ...ssh('check'), sshTests: [{ src: 'alice@example.com', dst: ['tag:server'], check: ['root'] }] };
    const plan = planOf(ssh('accept'), after);
    expect(plan.changes.map((c) => [c.change, c.sshUser, c.tested])).toEqual([
      ['gained', 'root', true],
      ['gained', 'ubuntu', false],
      ['lost', 'root', false],
      ['lost', 'ubuntu', false],
    ]);
    expect(renderPlanText(plan)).toContain(
      'alice@example.com\n  ~ ssh to tag:server as root: accept → check (12h) (tested)\n' +
        '  ~ ssh to tag:server as ubuntu: accept → check (12h)\n',
    );
  });

  it('check → accept: no test of the new policy locks it in, so none is proposed', () => {
    const plan = planOf(ssh('check'), ssh('accept'));
    expect(plan.changes.map((c) => [c.change, c.action, c.testable])).toEqual([
      ['gained', 'accept', false],
      ['gained', 'accept', false],
      ['lost', 'check', false],
      ['lost', 'check', false],
    ]);
    expect(plan.proposed.sshTests).toEqual([]);
    expect(renderPlanText(plan)).toContain(
      '  ~ ssh to tag:server as root: check (12h) → accept (no test can assert this)\n',
    );
  });

  it('a check period change alone is reported, as something no test can assert', () => {
    const plan = planOf(ssh('check'), ssh('check', { checkPeriod: '2h' }));
    expect(plan.changes.map((c) => [c.change, c.sshUser, c.checkPeriod, c.testable])).toEqual([
      ['gained', 'root', '2h', false],
      ['gained', 'ubuntu', '2h', false],
      ['lost', 'root', '12h', false],
      ['lost', 'ubuntu', '12h', false],
    ]);
    expect(plan.proposed.sshTests).toEqual([]);
  });

  it.each([
    ['', {}, undefined],
    [', a posture or not', { srcPosture: ['posture:mac'] }, ['posture:mac']],
  ])('a check rule from a device to itself is undecided, saying why%s', (_name, extra, postures) => {
    const topology = {
      users: [{ name: 'alice', email: 'alice@example.com' }],
      nodes: { laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.5' } },
    };
    const rule = { action: 'check', src: ['autogroup:member'], dst: ['autogroup:self'], users: ['root'], ...extra };
    const self = { postures: { 'posture:mac': ["node:os == 'macos'"] }, ssh: [rule] };
    const plan = planOf(base(), base(self), { topology });
    expect(plan.changes).toEqual([]);
    expect(plan.undecided.map((u) => [u.src, u.dst, u.sshUser, u.before, u.after, u.postures])).toEqual([
      [
        '100.64.0.5',
        '100.64.0.5',
        'root',
        'deny',
        'check, or deny: the server answered deny to a check from a device to itself (tailscale#14222)',
        postures,
      ],
    ]);
  });

  it('offline, a check rule from a user to their own devices is undecided: their only device may be both', () => {
    const rule = { action: 'check', src: ['alice@example.com'], dst: ['autogroup:self'], users: ['root'] };
    const plan = planOf(base(), base({ ssh: [rule] }));
    expect(plan.changes).toEqual([]);
    expect(plan.undecided.map((u) => [u.src, u.dst, u.sshUser, u.before, u.after])).toEqual([
      [
        'alice@example.com',
        'alice@example.com',
        'root',
        'deny',
        'check, or deny: the server answered deny to a check from a device to itself (tailscale#14222)',
      ],
    ]);
  });

  it('a check period written another way is no change', () => {
    expect(planOf(ssh('check', { checkPeriod: '12h' }), ssh('check', { checkPeriod: '720m' })).changes).toEqual([]);
    expect(planOf(ssh('check'), ssh('check', { checkPeriod: '12h0m0s' })).changes).toEqual([]);
  });

  it('a rule naming the login ssh-user leaves another name for the logins no rule names', () => {
    const users = (list: string[]): object =>
      base({ ssh: [{ action: 'accept', src: ['alice@example.com'], dst: ['tag:server'], users: list }] });
    expect(changeLines(planOf(users(['ssh-user']), users(['autogroup:nonroot'])))).toEqual([
      'gained ssh alice@example.com -> tag:server ssh-user-2 accept untested',
    ]);
  });

  it('an app capability added', () => {
    const grant = { src: ['tag:web'], dst: ['tag:db'], app: { 'example.com/cap/read': [{}] } };
    const plan = planOf(base(), base({ grants: [grant] }));
    expect(changeLines(plan)).toEqual(['gained app tag:web -> tag:db example.com/cap/read {} untested']);
    expect(plan.changes[0]!.testable).toBe(false);
  });

  // What an app reads is the capability's values: a share widened from `docs` to `*` is a change
  // of access, though the capability's name stays.
  const drive = (...values: object[]): object =>
    base({ grants: [{ src: ['alice@example.com'], dst: ['tag:db'], app: { 'tailscale.com/cap/drive': values } }] });
  it.each([
    [
      'a value widened',
      drive({ shares: ['docs'], access: 'ro' }),
      drive({ shares: ['*'], access: 'ro' }),
      [
        'gained app alice@example.com -> tag:db tailscale.com/cap/drive {"access":"ro","shares":["*"]} untested',
        'lost app alice@example.com -> tag:db tailscale.com/cap/drive {"access":"ro","shares":["docs"]} untested',
      ],
    ],
    [
      'the same value, its keys in another order',
      drive({ shares: ['docs'], access: 'ro' }),
      drive({ access: 'ro', shares: ['docs'] }),
      [],
    ],
    [
      'a value added beside one kept: the capability itself is not gained again',
      drive({ shares: ['docs'] }),
      drive({ shares: ['docs'] }, { shares: ['home'] }),
      ['gained app alice@example.com -> tag:db tailscale.com/cap/drive {"shares":["home"]} untested'],
    ],
    [
      'a capability with no values, then one: the value is what is gained',
      drive(),
      drive({ shares: ['docs'] }),
      ['gained app alice@example.com -> tag:db tailscale.com/cap/drive {"shares":["docs"]} untested'],
    ],
    [
      'granted with no values at all',
      base(),
      drive(),
      ['gained app alice@example.com -> tag:db tailscale.com/cap/drive untested'],
    ],
  ])('app values: %s', (_name, before, after, lines) => {
    expect(changeLines(planOf(before, after))).toEqual(lines);
  });
});

describe('app values with numbers, compared as written', () => {
  // A JavaScript number would make each pair one value; the apps reading them (in Go: an int64,
  // a uint64, an int that refuses 1.0) do not.
  const policy = (value: string): string =>
    `{"tagOwners": {"tag:idp": []}, "grants": [{"src": ["alice@example.com"], "dst": ["tag:idp"],
      "app": {"tailscale.com/cap/tsidp": [{"extraClaims": {"account_id": ${value}}}]}}]}`;
  const plan = (before: string, after: string): string[] =>
    changeLines(
      computeAccessPlan(
        { name: 'before.hujson', source: policy(before) },
        { name: 'after.hujson', source: policy(after) },
      ),
    );
  it.each([
    ['12345678901234567890', '12345678901234567000'],
    ['1', '1.0'],
    ['100', '1e2'],
    ['0', '-0'],
  ])('%s → %s', (before, after) => {
    const claim = (value: string): string => `tailscale.com/cap/tsidp {"extraClaims":{"account_id":${value}}}`;
    expect(plan(before, after)).toEqual([
      `gained app alice@example.com -> tag:idp ${claim(after)} untested`,
      `lost app alice@example.com -> tag:idp ${claim(before)} untested`,
    ]);
  });

  it('a value written the same way is no change', () => {
    expect(plan('9007199254740993', '9007199254740993')).toEqual([]);
  });
});
