// Rules compiled once for both sides (shared-rules.ts) and the targets found on them by identity
// (targets.ts): what is shared, what must not be, and plans that hang on it.

import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/policy/principal.js';
import { familyless } from '../../src/plan/atoms.js';
import { samePrincipal } from '../../src/plan/relations.js';
import { compileBothSides, pairPolicies, type NetworkRules } from '../../src/plan/shared-rules.js';
import { PlanInputError } from '../../src/plan/index.js';
import { changeLines, planOf, prepareSide } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [] };
const acl = (src: string[], dst: string[]): object => ({ action: 'accept', src, dst });
const policy = (extra: object): object => ({ tagOwners: TAGS, ...extra });

function compiled(before: object, after: object): NetworkRules {
  const sides = [before, after].map((p, i) => prepareSide({ name: `${i}`, source: JSON.stringify(p) }, undefined));
  const policies = [sides[0]!.policy, sides[1]!.policy] as const;
  return compileBothSides(policies, [sides[0]!.env.context, sides[1]!.env.context], pairPolicies(policies));
}

/** Per part, the first source and destination selector of each rule: `alice@example.com>tag:db`. */
function shape(rules: NetworkRules): { shared: string[]; own: string[][] } {
  const name = (set: { users: ReadonlySet<string>; tags: ReadonlySet<string>; groups: ReadonlySet<string> }): string =>
    [...set.users, ...set.groups, ...set.tags].join(',');
  const of = (list: NetworkRules['shared']): string[] =>
    list.map((r) => `${name(r.src)}>${r.targets.map((t) => name(t.dst)).join('+')}`);
  return { shared: of(rules.shared), own: rules.own.map(of) };
}

describe('rules compiled once for both sides', () => {
  const kept = acl(['alice@example.com'], ['tag:db:22']);
  const edited = (port: number): object => acl(['bob@example.com'], [`tag:web:${port}`]);

  it('shares the rules that read the same, and keeps edited ones per side', () => {
    const rules = compiled(policy({ acls: [kept, edited(80)] }), policy({ acls: [kept, edited(443)] }));
    expect(shape(rules)).toEqual({
      shared: ['alice@example.com>tag:db'],
      own: [['bob@example.com>tag:web'], ['bob@example.com>tag:web']],
    });
    expect(rules.own[0][0]!.targets[0]!.ports).toEqual([{ first: 80, last: 80 }]);
    expect(rules.own[1][0]!.targets[0]!.ports).toEqual([{ first: 443, last: 443 }]);
  });

  it('pairs rules that moved, and a rule one side has twice only once', () => {
    const rules = compiled(
      policy({ acls: [kept], grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:5432'] }] }),
      policy({ acls: [edited(80), kept, kept], grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:5432'] }] }),
    );
    expect(shape(rules)).toEqual({
      shared: ['alice@example.com>tag:db', 'tag:web>tag:db'],
      own: [[], ['bob@example.com>tag:web', 'alice@example.com>tag:db']],
    });
  });

  it.each([
    ['a host address', { hosts: { h: '10.0.0.1' } }, { hosts: { h: '10.0.0.2' } }],
    ['an ipset', { ipsets: { 'ipset:s': ['10.0.0.0/8'] } }, { ipsets: { 'ipset:s': ['10.0.0.0/16'] } }],
    ['a group defined on one side only', { groups: { 'group:x': [] } }, {}],
  ])('shares nothing when %s differs', (_what, before, after) => {
    const rules = compiled(policy({ ...before, acls: [kept] }), policy({ ...after, acls: [kept] }));
    expect(shape(rules)).toEqual({ shared: [], own: [['alice@example.com>tag:db'], ['alice@example.com>tag:db']] });
  });

  it('never shares a rule requiring a posture: each side holds its own conditions', () => {
    const postures = { 'posture:latest': ['node:tsVersion >= "1.60"'] };
    const withPosture = { ...(kept as Record<string, unknown>), srcPosture: ['posture:latest'] };
    const rules = compiled(
      policy({ postures, acls: [withPosture, edited(80)] }),
      policy({ postures, acls: [withPosture, edited(80)] }),
    );
    expect(shape(rules).shared).toEqual(['bob@example.com>tag:web']);
    const defaulted = compiled(
      policy({ postures, defaultSrcPosture: ['posture:latest'], acls: [kept] }),
      policy({ postures, defaultSrcPosture: ['posture:latest'], acls: [kept] }),
    );
    expect(shape(defaulted).shared).toEqual([]);
  });

  it('shares nothing with a policy that has neither acls nor grants (it allows everything)', () => {
    const rules = compiled(policy({}), policy({ acls: [kept] }));
    expect(rules.shared).toEqual([]);
    expect(rules.own[0]).toHaveLength(1);
  });
});

describe('rules of the new policy validated again or not', () => {
  const rule = acl(['alice@example.com'], ['tag:db:22']);

  it('validates a rule read as before when a tag it names is no longer defined', () => {
    expect(() => planOf(policy({ acls: [rule] }), { tagOwners: { 'tag:web': [] }, acls: [rule] })).toThrow(
      PlanInputError,
    );
  });

  it('validates the rules the old policy does not have', () => {
    const bad = acl(['alice@example.com'], ['tag:nowhere:22']);
    expect(() => planOf(policy({ acls: [rule] }), policy({ acls: [rule, bad] }))).toThrow(/tag:nowhere/);
  });
});

describe('plans over shared rules', () => {
  it('a member added to a group the shared rule names gains its access', () => {
    const rules = [acl(['group:eng'], ['tag:db:5432'])];
    const plan = planOf(
      policy({ groups: { 'group:eng': ['alice@example.com'] }, acls: rules }),
      policy({ groups: { 'group:eng': ['alice@example.com', 'carol@example.com'] }, acls: rules }),
    );
    expect(changeLines(plan)).toEqual([
      'gained network carol@example.com -> tag:db icmp:* untested',
      'gained network carol@example.com -> tag:db tcp:5432 untested',
      'gained network carol@example.com -> tag:db udp:5432 untested',
    ]);
  });

  it('a member taken out of the group the shared rules name loses their access', () => {
    const rules = [acl(['group:eng'], ['tag:db:5432']), acl(['tag:web'], ['group:eng:22'])];
    const plan = planOf(
      policy({ groups: { 'group:eng': ['alice@example.com', 'carol@example.com'] }, acls: rules }),
      policy({ groups: { 'group:eng': ['alice@example.com'] }, acls: rules }),
    );
    expect(changeLines(plan)).toEqual([
      'lost network carol@example.com -> tag:db icmp:* untested',
      'lost network carol@example.com -> tag:db tcp:5432 untested',
      'lost network carol@example.com -> tag:db udp:5432 untested',
      'lost network tag:web -> carol@example.com icmp:* untested',
      'lost network tag:web -> carol@example.com tcp:22 untested',
      'lost network tag:web -> carol@example.com udp:22 untested',
    ]);
  });

  it('a rule added that only repeats what a shared rule allows changes nothing', () => {
    const wide = acl(['alice@example.com'], ['tag:db:*']);
    const plan = planOf(policy({ acls: [wide] }), policy({ acls: [wide, acl(['alice@example.com'], ['tag:db:22'])] }));
    expect(changeLines(plan)).toEqual([]);
  });

  it('a rule copied, and a rule whose other destination changed, change only what differs', () => {
    const kept = acl(['alice@example.com'], ['tag:db:22']);
    const plan = planOf(
      policy({ acls: [kept, acl(['bob@example.com'], ['tag:db:22', 'tag:web:80'])] }),
      policy({ acls: [acl(['bob@example.com'], ['tag:db:22', 'tag:web:443']), kept, kept] }),
    );
    expect(changeLines(plan)).toEqual([
      'gained network bob@example.com -> tag:web tcp:443 untested',
      'gained network bob@example.com -> tag:web udp:443 untested',
      'lost network bob@example.com -> tag:web tcp:80 untested',
      'lost network bob@example.com -> tag:web udp:80 untested',
    ]);
  });

  it('a group no longer defined becomes a SCIM group: the rule naming it is compiled anew, for the tailnet to decide', () => {
    const rules = [{ ...(acl(['group:eng@example.com'], ['tag:db:5432']) as Record<string, unknown>), proto: 'tcp' }];
    const plan = planOf(
      policy({ groups: { 'group:eng@example.com': ['alice@example.com'] }, acls: rules }),
      policy({ acls: rules }),
    );
    expect(changeLines(plan)).toEqual([]);
    // A device of the tailnet's addresses may be alice's (allowed before) or a SCIM member's: both
    // sides depend on the tailnet, on different rules, so they may differ.
    const unknown = (src: string): string[] =>
      ['icmp:*', 'tcp:5432'].map((what) => `${src} ${what} depends on the tailnet, depends on the tailnet`);
    expect(plan.undecided.map((u) => `${u.src} ${u.proto}:${u.ports} ${u.before}, ${u.after}`)).toEqual([
      ...unknown('100.115.94.0'),
      ...unknown('100.64.0.0'),
      'alice@example.com icmp:* allowed, depends on the tailnet',
      'alice@example.com tcp:5432 allowed, depends on the tailnet',
      'another-user@example.com icmp:* denied, depends on the tailnet',
      'another-user@example.com tcp:5432 denied, depends on the tailnet',
      ...unknown('fd7a:115c:a1e0::'),
    ]);
  });
});

describe('principals compared field by field', () => {
  const base: Principal = {
    key: 'user:alice@example.com',
    identity: 'user',
    login: 'alice@example.com',
    groups: new Set(['group:a', 'group:b']),
    groupsComplete: true,
    tags: new Set(),
    tagsComplete: true,
    member: 'yes',
    v4: { kind: 'tailscale' },
  };
  const address = { family: 4 as const, value: 0x64400001n };

  it.each<[string, Partial<Principal>]>([
    ['a group more', { groups: new Set(['group:a', 'group:b', 'group:c']) }],
    ['another group', { groups: new Set(['group:a', 'group:c']) }],
    ['groups incomplete', { groupsComplete: false }],
    ['a tag', { tags: new Set(['tag:x']) }],
    ['tags incomplete', { tagsComplete: false }],
    ['another identity', { identity: 'unknown' }],
    ['another login', { login: 'bob@example.com' }],
    ['a SCIM group', { scimGroup: 'group:x@example.com' }],
    ['membership unknown', { member: 'unknown' }],
    ['roles', { roles: new Set(['autogroup:admin']) }],
    ['a known address', { v4: { kind: 'known', address } }],
    ['an IPv6 slot', { v6: { kind: 'tailscale' } }],
    ['another key', { key: 'user:alice@example.org' }],
  ])('tells apart %s', (_what, change) => {
    const other = { ...base, ...change };
    expect(samePrincipal(base, other)).toBe(false);
  });

  it('finds equal a copy whose sets list the same items in another order', () => {
    const copy = { ...base, groups: new Set(['group:b', 'group:a']) };
    expect(samePrincipal(base, copy)).toBe(true);
  });
});

describe("the old policy's tests", () => {
  const base = acl(['tag:web'], ['tag:db:80']);
  const added = acl(['user:*@example.com'], ['tag:db:22']);
  const test = (src: string): object => ({ src, accept: ['tag:web:80'] });
  // dave is named by the tests only: without them, only the stand-in for unnamed users shows.
  const GAINED = ['icmp:*', 'tcp:22', 'udp:22']
    .flatMap((what) =>
      ['another-user', 'dave'].map((user) => `gained network ${user}@example.com -> tag:db ${what} untested`),
    )
    .sort();

  it('are read for the names they hold when they differ from the new policy tests', () => {
    const plan = planOf(
      policy({ acls: [base], tests: [test('dave@example.com')] }),
      policy({ acls: [base, added], tests: [] }),
    );
    expect(changeLines(plan)).toEqual(GAINED);
  });

  it('are left unread when they are the new policy tests byte for byte, whose names are the same', () => {
    const tests = [test('dave@example.com')];
    const plan = planOf(policy({ acls: [base], tests }), policy({ acls: [base, added], tests }));
    expect(changeLines(plan)).toEqual(GAINED);
  });
});

describe('principal keys without their family', () => {
  it.each([
    ['device:100.64.0.1/4', 'device:100.64.0.1'],
    ['device:fd7a:115c:a1e0::1/6', 'device:fd7a:115c:a1e0::1'],
    ['user:alice@example.com', 'user:alice@example.com'],
    ['addr:10.0.0.0/8', 'addr:10.0.0.0/8'],
    ['addr:10.0.0.0/16', 'addr:10.0.0.0/16'],
    ['/4', ''],
    ['4', '4'],
    ['', ''],
  ])('%s → %s', (key, expected) => {
    expect(familyless(key)).toBe(expected);
  });
});
