// Shapes of a hostile pull request against the plan: a group of tens of thousands of members
// kept as it is, and tests or sshTests naming it, each once or over and over. Each took the
// square of the group's size, past this suite's 20 s timeout, before these steps looked only at
// the changed pairs and at distinct entries. Then large ipsets, many SSH rules, and many rules
// to `*` against many destinations, each cut short by a size limit before it was indexed once.

import { describe, expect, it } from 'vitest';
import { MAX_ATOMS, MAX_PAIRS, PlanCutShortError } from '../../src/plan/index.js';
import { planOf } from './helpers.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const members = (n: number): string[] => range(n).map((i) => `u${i}@example.com`);

/** Both sides share the group; the new policy lets it reach tag:x on TCP port 80, with `extra` added. */
function sides(n: number, extra: object = {}): [object, object] {
  const before = { groups: { 'group:g': members(n) }, tagOwners: { 'tag:x': [] }, acls: [] };
  const rule = { action: 'accept', src: ['group:g'], proto: 'tcp', dst: ['tag:x:80'] };
  return [before, { ...before, acls: [rule], ...extra }];
}

describe('a large group in the plan', () => {
  it('finds a group of 60,000 members unchanged in one pass', () => {
    // Long logins with one prefix: comparing two takes as long as it can.
    const logins = range(60_000).map((i) => `u${'x'.repeat(40)}${String(i).padStart(6, '0')}@example.com`);
    const before = { groups: { 'group:g': logins }, tagOwners: { 'tag:x': [] }, acls: [] };
    const rule = { action: 'accept', src: [logins[0]], proto: 'tcp', dst: ['tag:x:80'] };
    const plan = planOf(before, { ...before, acls: [rule] });
    expect(plan.changes.map((c) => [c.src, c.change, c.dst, c.proto, c.ports])).toEqual([
      [logins[0], 'gained', 'tag:x', 'icmp', '*'],
      [logins[0], 'gained', 'tag:x', 'tcp', '80'],
    ]);
  });

  it('marks the change tested by 20,000 identical tests naming the group', () => {
    const tests = range(20_000).map(() => ({ src: 'group:g', accept: ['tag:x:80'] }));
    const plan = planOf(...sides(20_000, { tests }));
    expect(plan.changes.map((c) => [c.srcLabel, c.proto, c.tested])).toEqual([
      ['group:g (20000 users)', 'icmp', false],
      ['group:g (20000 users)', 'tcp', true],
    ]);
  });

  it('stops at its deadline while matching 20,000 distinct tests of the group to its changes', () => {
    const tests = range(20_000).map((i) => ({ src: 'group:g', accept: [`tag:x:${1000 + i}`] }));
    const [before, after] = sides(20_000, { tests });
    expect(() => planOf(before, after, { deadline: Date.now() + 1500 })).toThrow(PlanCutShortError);
  });

  it('looks up 3,000 sshTests logins of the group only for its SSH changes', () => {
    const ssh = [{ action: 'accept', src: ['group:g'], dst: ['tag:x'], users: ['root'] }];
    const sshTests = [{ src: 'group:g', dst: ['tag:x'], accept: ['root'], deny: range(3000).map((i) => `l${i}`) }];
    const plan = planOf(...sides(3000, { ssh, sshTests }));
    expect(plan.changes.map((c) => [c.kind, c.srcLabel, c.proto ?? c.sshUser, c.tested])).toEqual([
      ['network', 'group:g (3000 users)', 'icmp', false],
      ['network', 'group:g (3000 users)', 'tcp', false],
      ['ssh', 'group:g (3000 users)', 'root', true],
    ]);
  });
});

describe('a large ipset in the plan', () => {
  it("stops at the index's size limit when 2,000 rules name one ipset of 2,000 ranges", () => {
    const n = 2000;
    const big = range(n).map((i) => `10.${(2 * i) >> 8}.${(2 * i) & 255}.0/24`);
    const acls = range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: ['ipset:big:22'] }));
    const before = { ipsets: { 'ipset:big': big }, acls };
    const after = { ...before, acls: [...acls, { action: 'accept', src: ['u@example.com'], dst: ['10.0.0.1:80'] }] };
    const caps = { atoms: MAX_ATOMS, pairs: MAX_PAIRS, indexed: 1_000_000 };
    expect(() => planOf(before, after, { caps })).toThrow(
      new PlanCutShortError('size', 'more address ranges than the plan holds'),
    );
  });
});

describe('a large ipset in the plan: resolving and compiling', () => {
  // Addresses one every other, so no two merge into one range.
  const spaced = (n: number): string[] =>
    range(n).map((i) => `10.${(2 * i) >> 16}.${((2 * i) >> 8) & 255}.${(2 * i) & 255}`);
  const caps = { atoms: MAX_ATOMS, pairs: MAX_PAIRS, indexed: 1_000_000 };
  const cut = new PlanCutShortError('size', 'more address ranges than the plan holds');

  it('stops at the size limit while validating an ipset that names one of 8,000 ranges 8,000 times', () => {
    const before = {
      ipsets: { 'ipset:big': spaced(8000), 'ipset:user': range(8000).map(() => 'ipset:big') },
      acls: [],
    };
    const after = { ...before, acls: [{ action: 'accept', src: ['u@example.com'], dst: ['10.0.0.1:80'] }] };
    expect(() => planOf(before, after, { caps })).toThrow(cut);
  });

  it('stops at the size limit while compiling 12,000 rules, each a union of an ipset of 12,000 and one address', () => {
    const acls = range(12_000).map((i) => ({
      action: 'accept',
      src: ['ipset:big', `1.2.${i >> 8}.${i & 255}`],
      dst: ['10.200.0.1:22'],
    }));
    const before = { ipsets: { 'ipset:big': spaced(12_000) }, acls };
    const after = { ...before, acls: [...acls, { action: 'accept', src: ['u@example.com'], dst: ['10.0.0.1:80'] }] };
    expect(() => planOf(before, after, { caps })).toThrow(cut);
  });
});

describe('many SSH rules in the plan', () => {
  it('relates 8,000 SSH rules to the endpoints they name, beside a group of 8,000 members', () => {
    const n = 8000;
    const ssh = range(n).map((i) => ({
      action: 'accept',
      src: [`s${i}@example.com`],
      dst: ['tag:x'],
      users: ['root'],
    }));
    const [before, after] = sides(n, { ssh });
    const plan = planOf({ ...before, ssh }, after);
    // The SSH rules are the same on both sides: only the network rule changes.
    expect(plan.changes.map((c) => [c.kind, c.src, c.change, c.dst, c.proto, c.ports])).toEqual([
      ['network', 'group:g', 'gained', 'tag:x', 'icmp', '*'],
      ['network', 'group:g', 'gained', 'tag:x', 'tcp', '80'],
    ]);
  });
});

describe('many rules to * in the plan', () => {
  it('plans moving one of 8,000 rules to *, each on its own port, past 8,000 tests of distinct destinations', () => {
    // Each destination's profile held every target to `*`: the plan was cut short by the size limit.
    const n = 8000;
    const address = (i: number): string => `100.64.${i >> 8}.${i & 255}`;
    const acls = range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: [`*:${i + 1}`] }));
    const tests = range(n).map((i) => ({ src: 'u5@example.com', deny: [`${address(i)}:${n + 1}`] }));
    const moved = acls.map((rule, i) => (i === 10 ? { ...rule, dst: ['*:9999'] } : rule));
    const plan = planOf({ acls, tests }, { acls: moved, tests });
    const summary = new Map<string, number>();
    for (const c of plan.changes) {
      const key = `${c.src} ${c.change} ${c.proto}:${c.ports}`;
      summary.set(key, (summary.get(key) ?? 0) + 1);
    }
    // Each test's address is a destination of its own, and four intervals of addresses around them.
    expect([...summary]).toEqual([
      ['u10@example.com gained tcp:9999', n + 4],
      ['u10@example.com gained udp:9999', n + 4],
      ['u10@example.com lost tcp:11', n + 4],
      ['u10@example.com lost udp:11', n + 4],
    ]);
  });
});

describe('rules on ports of their own, all moved', () => {
  // N rules, each on a port of its own to one destination, all moved to other ports. Every source
  // was asked about the ports of every rule to that destination, and each question walked every
  // rule to it: N² steps, 8,000 rules in 27 s (a helper's attack). Each source is now asked about
  // the ports of its own rules, and a verdict finds the destination's targets by search; a source
  // of many rules to a tag (which may be any device offline) looks only at those on the port asked
  // (4,000 rules of one user took 10 s).
  const n = 4000;
  function moved(source: (i: number) => string, destination: string, extra: object = {}, count = n): [object, object] {
    const acls = (offset: number): object[] =>
      range(count).map((i) => ({ action: 'accept', src: [source(i)], dst: [`${destination}:${offset + i}`] }));
    const base = { hosts: { h: '10.0.0.1' }, tagOwners: { 'tag:db': [] }, ...extra };
    return [
      { ...base, acls: acls(1000) },
      { ...base, acls: acls(30000) },
    ];
  }
  const tags = Object.fromEntries(range(n).map((i) => [`tag:s${i}`, []]));

  it.each([
    ['a user of its own, to a tag', (i: number) => `u${i}@example.com`, 'tag:db', {}, 'u7@example.com', 4 * n],
    [
      'a tag of its own, to a tag',
      (i: number) => `tag:s${i}`,
      'tag:db',
      { tagOwners: { 'tag:db': [], ...tags } },
      'tag:s7',
      4 * n,
    ],
    ['one of 50 users, to a host', (i: number) => `u${i % 50}@example.com`, 'h', {}, 'u7@example.com', 200],
  ])('from %s: every move planned', (_name, source, destination, extra, who, count) => {
    const plan = planOf(...moved(source, destination, extra));
    expect(plan.changes.length).toBe(count);
    expect(plan.undecided).toEqual([]);
    const ports = (change: string, proto: string): string | undefined =>
      plan.changes.find((c) => c.src === who && c.change === change && c.proto === proto)?.ports;
    const own = range(n).filter((i) => source(i) === who);
    // No two of a source's ports adjoin: the plan lists each.
    const expected = (offset: number): string => own.map((i) => offset + i).join(',');
    expect([ports('lost', 'tcp'), ports('gained', 'tcp'), ports('lost', 'udp')]).toEqual([
      expected(1000),
      expected(30000),
      expected(1000),
    ]);
  });
  it('from one user, 8,000 rules to a tag: each port asked looks only at the rules on it', () => {
    const plan = planOf(...moved(() => 'u0@example.com', 'tag:db', {}, 8000));
    expect(plan.changes.map((c) => [c.change, c.proto, c.ports])).toEqual([
      ['gained', 'tcp', '30000-37999'],
      ['gained', 'udp', '30000-37999'],
      ['lost', 'tcp', '1000-8999'],
      ['lost', 'udp', '1000-8999'],
    ]);
  });
});

describe('grants each with a posture of its own, on overlapping ports', () => {
  it('finds the rules that may connect a pair once, not once per port', () => {
    // 300 grants from 50 users to tag:db, grant i on ports 1000+i to 5000+i under posture:p<i>,
    // whose condition changes. Each port asked matched every grant to tag:db again: 264,517 reads
    // of a clock read every 64 steps here, and 95 s for 1,000 grants (a helper's attack).
    const policy = (os: string): object => ({
      tagOwners: { 'tag:db': [] },
      postures: Object.fromEntries(range(300).map((i) => [`posture:p${i}`, [`node:os == '${os}${i}'`]])),
      grants: range(300).map((i) => ({
        src: [`u${i % 50}@example.com`],
        dst: ['tag:db'],
        ip: [`tcp:${1000 + i}-${5000 + i}`],
        srcPosture: [`posture:p${i}`],
      })),
    });
    let reads = 0;
    const clock = { deadline: Number.MAX_SAFE_INTEGER, now: () => reads++ };
    const plan = planOf(policy('macos'), policy('linux'), clock);
    expect(plan.changes).toEqual([]);
    expect(plan.undecided.length).toBe(600);
    expect(plan.undecided.slice(0, 2).map((u) => [u.src, u.proto, u.ports, u.postures])).toEqual([
      [
        'u0@example.com',
        'icmp',
        '*',
        ['posture:p0', 'posture:p100', 'posture:p150', 'posture:p200', 'posture:p250', 'posture:p50'],
      ],
      ['u0@example.com', 'tcp', '1000-1049', ['posture:p0']],
    ]);
    expect(reads).toBeLessThan(4000);
  });
});

describe('long text said in every change', () => {
  // A capability value or a posture condition is repeated in each change of each pair: 15 KB of
  // policy made a plan of gigabytes in minutes, past the longest string it could be written as.
  const users = (n: number): string[] => range(n).map((i) => `u${i}@example.com`);
  // Every other address, so that none merge into one range.
  const addresses = (n: number): string[] => range(n).map((i) => `100.64.${i >> 7}.${(i & 127) * 2}`);
  const cut = new PlanCutShortError('size', 'more than 64 MiB of text in the access changes');

  function appGrant(n: number): object {
    const value = { note: 'x'.repeat(15_000) };
    return { grants: [{ src: users(n), dst: addresses(n), app: { 'example.com/cap/x': [value] } }] };
  }

  function postured(n: number, conditions: number, requirement: boolean): object {
    const rule = { action: 'accept', src: ['group:all'], dst: range(n).map((i) => `h${i}:22`) };
    return {
      groups: { 'group:all': users(n) },
      hosts: Object.fromEntries(addresses(n).map((address, i) => [`h${i}`, address])),
      postures: { 'posture:big': range(conditions).map((i) => `custom:attr${i} == 'value${i}'`) },
      acls: [requirement ? { ...rule, srcPosture: ['posture:big'] } : rule],
    };
  }

  it('stops at the text limit when a 15,000-character capability value goes to 200 users on 200 addresses', () => {
    expect(() => planOf({ grants: [] }, appGrant(200))).toThrow(cut);
    expect(planOf({ grants: [] }, appGrant(20)).changes.map((c) => [c.srcLabel, c.dstLabel])).toHaveLength(400);
  });

  it('stops at the text limit, without comparing keys of a long capability name, for 120 users on 120 hosts', () => {
    // A key over 16,383 characters is hashed by its length alone: keys holding the name, one per
    // change, all shared a bucket, and the plan took five minutes to get to the limit.
    const hosts = Object.fromEntries(addresses(120).map((address, i) => [`h${i}`, address]));
    const capability = `example.com/cap/${'c'.repeat(17_000)}`;
    const grant = { src: users(120), dst: Object.keys(hosts), app: { [capability]: [{ x: 1 }] } };
    expect(() => planOf({ hosts, grants: [] }, { hosts, grants: [grant] })).toThrow(cut);
  });

  it('stops at the text limit when a group of a 100,000-character name, said once per change, reaches 1,000 hosts', () => {
    // The members' names are short; the group's, given to each change that collapsing makes, is not.
    const hosts = Object.fromEntries(addresses(1_000).map((address, i) => [`h${i}`, address]));
    const group = `group:${'a'.repeat(100_000)}`;
    const before = { hosts, groups: { [group]: users(2) }, acls: [] };
    const rule = { action: 'accept', src: [group], dst: Object.keys(hosts).map((h) => `${h}:22`) };
    expect(() => planOf(before, { ...before, acls: [rule] })).toThrow(cut);
  });

  it('counts a control character in a name as the escape it is printed as', () => {
    // 60 users to 60 tags as a login of 6,500 controls: 23 million characters, 230 million printed.
    const tags = range(60).map((i) => `tag:t${i}`);
    const tagOwners = Object.fromEntries(tags.map((tag) => [tag, []]));
    const ssh = [{ action: 'accept', src: users(60), dst: tags, users: ['\u0001'.repeat(6_500)] }];
    expect(() => planOf({ tagOwners }, { tagOwners, ssh })).toThrow(cut);
  });

  it('stops at the text limit when 100 users on 100 hosts come to hang on a posture of 250 conditions', () => {
    expect(() => planOf(postured(100, 250, false), postured(100, 250, true))).toThrow(cut);
    const plan = planOf(postured(20, 250, false), postured(20, 250, true));
    expect(plan.undecided).toHaveLength(20 * 20 * 3);
    const conditions = range(250)
      .map((i) => `custom:attr${i} == 'value${i}'`)
      .join(' && ');
    expect(new Set(plan.undecided.map((u) => u.after))).toEqual(
      new Set([`allowed where posture:big (${conditions}) holds`]),
    );
  });
});

describe('tests that name a change over and over', () => {
  it('weighs 32,000 entries of a test against changes of 32,000 port ranges each, once per entry', () => {
    // Every member gains the odd ports; the test accepts each even one. Each entry was weighed
    // against every range of the member's change: entries × ranges × members, past this suite's
    // timeout (and past the plan's deadline, which that loop did not read).
    const n = 32_000;
    const even = range(n).map((i) => 2 * (i + 1));
    const base = { groups: { 'group:g': members(8) }, hosts: { h: '100.64.0.1' } };
    const before = { ...base, acls: [{ action: 'accept', src: ['group:g'], dst: [`h:${even.join(',')}`] }] };
    const tests = [{ src: 'group:g', accept: even.map((port) => `h:${port}`) }];
    const after = { ...base, acls: [{ action: 'accept', src: ['group:g'], dst: [`h:1-${2 * n}`] }], tests };
    const plan = planOf(before, after);
    expect(plan.changes.map((c) => [c.srcLabel, c.proto, c.ports?.split(',').length, c.tested])).toEqual([
      ['group:g (8 users)', 'tcp', n, false],
      ['group:g (8 users)', 'udp', n, false],
    ]);
  });

  it('looks at each destination of an sshTest once, however often it is listed', () => {
    // Each listing walked every changed login of the pair: listings × logins.
    const logins = range(40_000).map((i) => `l${i}`);
    const rule = (users: string[]): object => ({ action: 'accept', src: ['a@example.com'], dst: ['tag:x'], users });
    const base = { tagOwners: { 'tag:x': [] } };
    const sshTests = [{ src: 'a@example.com', dst: range(40_000).map(() => 'tag:x'), accept: ['root'] }];
    const plan = planOf({ ...base, ssh: [rule(['root'])] }, { ...base, ssh: [rule(['root', ...logins])], sshTests });
    expect(plan.changes.length).toBe(40_000);
    expect(plan.changes.every((c) => c.kind === 'ssh' && c.change === 'gained' && !c.tested)).toBe(true);
  });
});
