// Which changes the new policy's tests lock in, and the tests the plan proposes for the others.

import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/plan/index.js';
import { changeLines, planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });
const acl = (src: string[], dst: string[]): object => ({ action: 'accept', src, dst });

describe('the user the plan makes up for users no policy names', () => {
  it('gains as everyone does, and no test is proposed for it: the server fails a test of a user with no device', () => {
    const after = base({ acls: [{ ...acl(['*'], ['tag:db:443']), proto: 'tcp' }] });
    const plan = planOf(base(), after);
    const madeUp = plan.changes.filter((c) => c.src.startsWith('another-user@'));
    expect(madeUp.map((c) => [c.src, c.proto, c.testable])).toEqual([
      ['another-user@example.com', 'icmp', false],
      ['another-user@example.com', 'tcp', false],
    ]);
    expect(JSON.stringify(plan.proposed.tests)).not.toContain('another-user@');
  });
});

describe('what a test without proto locks in (it asks TCP or UDP)', () => {
  const grantOf = (...ip: string[]): object => ({ src: ['alice@example.com'], dst: ['tag:db'], ip });
  const policy = (ip: string[], test: object): object => base({ grants: [grantOf(...ip)], tests: [test] });
  const accept = { src: 'alice@example.com', accept: ['tag:db:53'] };
  const deny = { src: 'alice@example.com', deny: ['tag:db:53'] };
  it.each([
    ['TCP gained, UDP dropped: the accept needs TCP', ['tcp:80'], ['tcp:80', 'tcp:53'], accept, ['tcp:53 tested']],
    [
      'UDP gained, TCP open before and after: the accept passed already',
      ['tcp:53'],
      ['tcp:53', 'udp:53'],
      accept,
      ['udp:53 untested'],
    ],
    [
      'both gained: the accept passed on neither before',
      ['tcp:80'],
      ['tcp:80', '53'],
      accept,
      ['tcp:53 tested', 'udp:53 tested'],
    ],
    ['TCP lost, UDP dropped: the deny passes because of it', ['tcp:80', 'tcp:53'], ['tcp:80'], deny, ['tcp:53 tested']],
    ['TCP lost, UDP still open: the deny fails', ['tcp:80', '53'], ['tcp:80', 'udp:53'], deny, ['tcp:53 untested']],
  ])('%s', (_name, before, after, test, expected) => {
    const lines = changeLines(planOf(policy(before, test), policy(after, test)));
    expect(lines.map((line) => line.split(' ').slice(-2).join(' '))).toEqual(expected);
  });
});

describe('the proposed tests, pasted into the new policy', () => {
  it('lock in every change they were proposed for', () => {
    const before = base({ grants: [{ src: ['alice@example.com'], dst: ['tag:db'], ip: ['tcp:80', 'udp:53'] }] });
    const after = base({
      groups: { 'group:eng': ['bob@example.com'] },
      grants: [
        { src: ['alice@example.com'], dst: ['tag:db'], ip: ['53', 'tcp:5432'] },
        { src: ['group:eng'], dst: ['tag:web'], ip: ['*'] },
      ],
    });
    const plan = planOf(before, after);
    expect(plan.changes.filter((c) => c.testable && !c.tested)).not.toEqual([]);
    const pasted = planOf(before, { ...after, ...plan.proposed });
    expect(pasted.changes.filter((c) => c.testable && !c.tested).map((c) => `${c.src} ${c.dst} ${c.proto}`)).toEqual(
      [],
    );
    expect(pasted.proposed).toEqual({ tests: [], sshTests: [] });
  });

  it('name each interval of a range another rule cuts, so that they lock in the range shown once', () => {
    const after = base({
      acls: [acl(['alice@example.com'], ['10.0.0.0/24:*']), acl(['bob@example.com'], ['10.0.0.5:443'])],
    });
    const plan = planOf(base(), after);
    expect(plan.changes.filter((c) => c.src === 'alice@example.com').map((c) => `${c.dstLabel} ${c.proto}`)).toEqual([
      '10.0.0.0/24 icmp',
      '10.0.0.0/24 tcp',
      '10.0.0.0/24 udp',
    ]);
    expect(plan.proposed.tests.filter((t) => t.src === 'alice@example.com')).toEqual([
      { src: 'alice@example.com', proto: 'icmp', accept: ['10.0.0.0:0', '10.0.0.5:0', '10.0.0.6:0'] },
      { src: 'alice@example.com', accept: ['10.0.0.0:1', '10.0.0.5:1', '10.0.0.6:1'] },
    ]);
    const pasted = planOf(base(), { ...after, ...plan.proposed });
    expect(pasted.changes.filter((c) => !c.tested)).toEqual([]);
    expect(pasted.proposed).toEqual({ tests: [], sshTests: [] });
  });

  it('are none when the caller asks for none (drift), the changes still marked untested', () => {
    const after = base({ grants: [{ src: ['alice@example.com'], dst: ['tag:db'], ip: ['tcp:5432'] }] });
    // Any rule between two addresses lets ICMP echo through (docs/policy-semantics.md §4.1).
    expect(planOf(base(), after).proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'icmp', accept: ['tag:db:0'] },
      { src: 'alice@example.com', proto: 'tcp', accept: ['tag:db:5432'] },
    ]);
    const plan = planOf(base(), after, { propose: false });
    expect(plan.proposed).toEqual({ tests: [], sshTests: [] });
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:db icmp:* untested',
      'gained network alice@example.com -> tag:db tcp:5432 untested',
    ]);
  });
});

describe('a change a test of the new policy says the opposite of', () => {
  // The test fails on the new policy, and the report lists it: a proposal saying the opposite
  // would be a second failing test. A test of another protocol is no contradiction.
  const after = (test: object): object =>
    base({ acls: [{ ...acl(['alice@example.com'], ['tag:db:22']), proto: 'tcp' }], tests: [test] });
  it.each([
    ['the same entry, without proto', { src: 'alice@example.com', deny: ['tag:db:22'] }, []],
    ['the same entry, for TCP', { src: 'alice@example.com', proto: 'tcp', deny: ['tag:db:22'] }, []],
    [
      'the same entry, for UDP only',
      { src: 'alice@example.com', proto: 'udp', deny: ['tag:db:22'] },
      [{ src: 'alice@example.com', proto: 'tcp', accept: ['tag:db:22'] }],
    ],
    [
      'another entry',
      { src: 'alice@example.com', deny: ['tag:db:23'] },
      [{ src: 'alice@example.com', proto: 'tcp', accept: ['tag:db:22'] }],
    ],
  ])('%s: %j', (_name, test, proposed) => {
    const plan = planOf(base(), after(test));
    expect(plan.changes.filter((c) => c.proto === 'tcp').map((c) => [c.change, c.tested])).toEqual([['gained', false]]);
    expect(plan.proposed.tests.filter((t) => 'proto' in t && t.proto === 'tcp')).toEqual(proposed);
  });
});

describe('a test that does not pass on the new policy', () => {
  // It locks nothing in: undoing the change would not make a passing test fail (after-tests.ts).
  const eng = { 'group:eng': ['alice@example.com', 'bob@example.com'] };
  const before = base({ groups: eng, acls: [acl(['tag:web'], ['tag:web:80'])] });
  const gained = (tests: object): object =>
    base({
      groups: eng,
      acls: [acl(['tag:web'], ['tag:web:80']), { ...acl(['alice@example.com'], ['tag:web:22']), proto: 'tcp' }],
      ...tests,
    });

  it('a group whose members disagree (undecided): the change stays untested and gets its proposal', () => {
    const plan = planOf(before, gained({ tests: [{ src: 'group:eng', accept: ['tag:web:22'] }] }));
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:web icmp:* untested',
      'gained network alice@example.com -> tag:web tcp:22 untested',
    ]);
    expect(plan.proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'icmp', accept: ['tag:web:0'] },
      { src: 'alice@example.com', proto: 'tcp', accept: ['tag:web:22'] },
    ]);
  });

  it('the same test of the user alone passes, and locks the change in', () => {
    const plan = planOf(before, gained({ tests: [{ src: 'alice@example.com', accept: ['tag:web:22'] }] }));
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:web icmp:* untested',
      'gained network alice@example.com -> tag:web tcp:22 tested',
    ]);
  });

  it('a test of the user whose other assertion fails: the test fails, and locks nothing in', () => {
    const tests = [{ src: 'alice@example.com', proto: 'tcp', accept: ['tag:web:22'], deny: ['tag:web:80'] }];
    const rules = [
      acl(['tag:web'], ['tag:web:80']),
      { ...acl(['alice@example.com'], ['tag:web:22']), proto: 'tcp' },
      acl(['alice@example.com'], ['tag:web:80']),
    ];
    const plan = planOf(before, base({ groups: eng, acls: rules, tests }));
    expect(changeLines(plan).filter((line) => line.includes('tcp'))).toEqual([
      'gained network alice@example.com -> tag:web tcp:22,80 untested',
    ]);
  });

  it('an sshTest of the group, which fails for bob: the SSH change stays untested', () => {
    const ssh = (users: string[]): object => ({
      action: 'accept',
      src: ['alice@example.com'],
      dst: ['tag:web'],
      users,
    });
    const sshTests = [{ src: 'group:eng', dst: ['tag:web'], accept: ['root'] }];
    const old = base({ groups: eng, ssh: [ssh(['admin'])] });
    const plan = planOf(old, base({ groups: eng, ssh: [ssh(['admin', 'root'])], sshTests }));
    expect(changeLines(plan)).toEqual(['gained ssh alice@example.com -> tag:web root accept untested']);
    expect(plan.proposed.sshTests).toEqual([{ src: 'alice@example.com', dst: ['tag:web'], accept: ['root'] }]);
    const alone = [{ src: 'alice@example.com', dst: ['tag:web'], accept: ['root'] }];
    const tested = planOf(old, base({ groups: eng, ssh: [ssh(['admin', 'root'])], sshTests: alone }));
    expect(changeLines(tested)).toEqual(['gained ssh alice@example.com -> tag:web root accept tested']);
  });
});

describe('a proposal beside a test of the new policy that passes', () => {
  it('TCP lost, UDP kept: a test without proto accepting the entry passes on UDP, so the deny for TCP is proposed', () => {
    const rule = (proto?: string): object => ({
      ...acl(['alice@example.com'], ['tag:db:5432']),
      ...(proto && { proto }),
    });
    const test = { src: 'alice@example.com', accept: ['tag:db:5432'] };
    const plan = planOf(base({ acls: [rule()] }), base({ acls: [rule('udp')], tests: [test] }));
    expect(changeLines(plan).filter((line) => line.includes('tcp'))).toEqual([
      'lost network alice@example.com -> tag:db tcp:5432 untested',
    ]);
    expect(plan.proposed.tests.filter((t) => 'proto' in t && t.proto === 'tcp')).toEqual([
      { src: 'alice@example.com', proto: 'tcp', deny: ['tag:db:5432'] },
    ]);
  });

  it('TCP and UDP gained, a failing test denies UDP: TCP is proposed apart, with its proto', () => {
    const after = base({
      acls: [acl(['alice@example.com'], ['tag:db:5432'])],
      tests: [{ src: 'alice@example.com', proto: 'udp', deny: ['tag:db:5432'] }],
    });
    expect(planOf(base(), after).proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'icmp', accept: ['tag:db:0'] },
      { src: 'alice@example.com', proto: 'tcp', accept: ['tag:db:5432'] },
    ]);
  });

  it('a failing test that names its protocol by number says the opposite as one naming it does', () => {
    const after = base({
      acls: [{ ...acl(['alice@example.com'], ['tag:db:22']), proto: 'tcp' }],
      tests: [{ src: 'alice@example.com', proto: '6', deny: ['tag:db:22'] }],
    });
    expect(planOf(base(), after).proposed.tests.filter((t) => 'proto' in t && t.proto === 'tcp')).toEqual([]);
  });
});

describe('proposed entries for unusual names', () => {
  it('a login holding a colon is no IPv6 address: its entry has no brackets, and locks the change in', () => {
    const after = base({ acls: [{ ...acl(['tag:web'], ['a:b@example.com:22']), proto: 'tcp' }] });
    const plan = planOf(base(), after);
    expect(plan.proposed.tests).toEqual([
      { src: 'tag:web', proto: 'icmp', accept: ['a:b@example.com:0'] },
      { src: 'tag:web', proto: 'tcp', accept: ['a:b@example.com:22'] },
    ]);
    const pasted = planOf(base(), { ...after, ...plan.proposed });
    expect(pasted.changes.map((c) => [c.proto, c.tested])).toEqual([
      ['icmp', true],
      ['tcp', true],
    ]);
  });

  it('a line separator in a login is escaped in the text to paste, as everywhere else', () => {
    const ssh = [{ action: 'accept', src: ['alice@example.com'], dst: ['tag:web'], users: ['x\u2028y'] }];
    const plan = planOf(base(), base({ ssh }));
    const markdown = renderPlanMarkdown(plan, 'against the base branch');
    expect(markdown).toContain('{"src": "alice@example.com", "dst": ["tag:web"], "accept": ["x\\u2028y"]},');
    expect(markdown).not.toContain('\u2028');
  });
});
