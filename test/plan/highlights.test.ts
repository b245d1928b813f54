import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../src/plan/model.js';
import { planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });
const acl = (src: string[], dst: string[]): object => ({ action: 'accept', src, dst });
// The default policy's grant: every user reaches their own devices.
const SELF = { src: ['autogroup:member'], dst: ['autogroup:self'], ip: ['*'] };

const messages = (highlights: readonly Highlight[], kind: Highlight['kind']): string[] =>
  highlights.filter((h) => h.kind === kind).map((h) => h.message);

describe('highlights', () => {
  it('access opened from *', () => {
    const plan = planOf(base(), base({ grants: [{ src: ['*'], dst: ['tag:db'], ip: ['tcp:5432'] }] }));
    expect(messages(plan.highlights, 'from-everyone')).toEqual(['opens access from * to tag:db (icmp, tcp:5432)']);
  });

  it('quotes a name of at most 300 code points: a huge one must not push the highlights out of a comment', () => {
    const huge = `h${'a'.repeat(66_000)}`;
    const hosts = { [huge]: '10.1.2.3' };
    const plan = planOf(base({ hosts }), base({ hosts, acls: [acl(['*'], [`${huge}:22`])] }));
    expect(messages(plan.highlights, 'from-everyone')).toEqual([
      `opens access from * to ${huge.slice(0, 299)}… (icmp, tcp:22, udp:22)`,
    ]);
  });

  it('access opened from * says each protocol once, with the ports any source gained', () => {
    // alice had port 443 already: she gains the rest of TCP, everyone else all of it.
    const before = base({ acls: [{ ...acl(['alice@example.com'], ['tag:db:443']), proto: 'tcp' }] });
    const plan = planOf(before, base({ grants: [{ src: ['*'], dst: ['tag:db'], ip: ['tcp:*'] }] }));
    const tcp = plan.changes.filter((c) => c.proto === 'tcp');
    expect(tcp.find((c) => c.src === 'alice@example.com')?.ports).toBe('1-442,444-65535');
    expect(tcp.find((c) => c.src === 'another-user@example.com')?.ports).toBe('*');
    expect(messages(plan.highlights, 'from-everyone')).toEqual(['opens access from * to tag:db (icmp, tcp:*)']);
  });

  it.each([
    [
      'its only rule removed',
      base({ acls: [acl(['alice@example.com'], ['tag:db:5432'])] }),
      base(),
      ['takes all network access away from alice@example.com'],
    ],
    [
      'one of its two rules removed',
      base({ acls: [acl(['alice@example.com'], ['tag:db:5432']), acl(['alice@example.com'], ['tag:web:443'])] }),
      base({ acls: [acl(['alice@example.com'], ['tag:web:443'])] }),
      [],
    ],
  ])('a user loses access, %s', (_name, before, after, expected) => {
    expect(messages(planOf(before, after).highlights, 'all-access-removed')).toEqual(expected);
  });

  it('a user keeping only the default grant to their own devices has lost all other access, and is told so', () => {
    const rules = (acls: object[]): object =>
      base({ groups: { 'group:eng': ['alice@example.com'] }, grants: [SELF], acls });
    const plan = planOf(rules([acl(['group:eng'], ['tag:db:5432'])]), rules([]));
    expect(messages(plan.highlights, 'all-access-removed')).toEqual([
      'takes all network access away from alice@example.com, but to their own devices (autogroup:self)',
    ]);
  });

  it('a tag that only a rule to autogroup:self still selects has lost all access: the rule gives it nothing', () => {
    const everyoneToSelf = acl(['*'], ['autogroup:self:*']);
    const before = base({ acls: [everyoneToSelf, acl(['tag:web'], ['tag:db:5432'])] });
    const plan = planOf(before, base({ acls: [everyoneToSelf] }));
    expect(messages(plan.highlights, 'all-access-removed')).toEqual(['takes all network access away from tag:web']);
  });

  it('no highlight where a user loses only some access to their own devices', () => {
    const narrowed = { ...SELF, ip: ['tcp:22'] };
    const groups = { 'group:eng': ['alice@example.com'] };
    const plan = planOf(base({ groups, grants: [SELF] }), base({ groups, grants: [narrowed] }));
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(messages(plan.highlights, 'all-access-removed')).toEqual([]);
  });

  it("with a tailnet: a user's devices left with their own devices only, a tag's device with nothing", () => {
    const topology = {
      users: [{ id: 1, name: 'alice', email: 'alice@example.com' }],
      nodes: {
        laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.1' },
        phone: { hostname: 'phone', tags: [], user: 'alice', ipv4: '100.64.0.2' },
        db: { hostname: 'db', tags: ['tag:db'], ipv4: '100.64.0.3' },
        web: { hostname: 'web', tags: ['tag:web'], ipv4: '100.64.0.4' },
      },
    };
    const rules = [acl(['alice@example.com'], ['tag:db:5432']), acl(['tag:web'], ['tag:db:5432'])];
    const plan = planOf(base({ grants: [SELF], acls: rules }), base({ grants: [SELF] }), { topology });
    // One of a user's devices alone is said as itself.
    const laptopOnly = planOf(base({ acls: [acl(['100.64.0.1'], ['tag:db:5432'])] }), base(), { topology });
    expect(messages(laptopOnly.highlights, 'all-access-removed')).toEqual([
      'takes all network access away from laptop (100.64.0.1)',
    ]);
    expect(messages(plan.highlights, 'all-access-removed')).toEqual([
      'takes all network access away from tag:web (1 device)',
      'takes all network access away from alice@example.com (2 devices), but to their own devices (autogroup:self)',
    ]);
  });

  it('a change touching more principals than the threshold', () => {
    const groups = { 'group:eng': ['alice@example.com', 'bob@example.com', 'carol@example.com'] };
    const after = base({ groups, acls: [acl(['group:eng'], ['tag:db:5432'])] });
    expect(messages(planOf(base({ groups }), after, { highlightThreshold: 2 }).highlights, 'many-principals')).toEqual([
      'changes the access of 3 sources, each member of a group counted (more than 2)',
    ]);
    expect(messages(planOf(base({ groups }), after, { highlightThreshold: 3 }).highlights, 'many-principals')).toEqual(
      [],
    );
  });

  it('with a tailnet, counts the devices the change reaches', () => {
    const groups = { 'group:eng': ['alice@example.com', 'bob@example.com'] };
    const device = (user: string, i: number) => ({ hostname: `d${i}`, tags: [], user, ipv4: `100.64.0.${i}` });
    const topology = {
      users: [
        { id: 1, name: 'alice', email: 'alice@example.com' },
        { id: 2, name: 'bob', email: 'bob@example.com' },
      ],
      nodes: { d1: device('alice', 1), d2: device('alice', 2), d3: device('bob', 3) },
    };
    const after = base({ groups, acls: [acl(['group:eng'], ['100.64.0.9:5432'])] });
    const plan = planOf(base({ groups }), after, { topology, highlightThreshold: 2 });
    expect(messages(plan.highlights, 'many-principals')).toEqual([
      'changes the access of 3 sources, each device counted (more than 2)',
    ]);
  });
});
