// Which changes the new policy's tests lock in, and the tests the plan proposes for the others.

import { describe, expect, it } from 'vitest';
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
