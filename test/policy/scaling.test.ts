// Lists a hostile pull request can make long, each checked against another list of the same
// policy: every such check must take one pass, not a walk of one list per entry of the other.
// Each test here timed out (past 20 s) when it was a walk.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, type PolicyReport, type Topology } from '../../src/policy/index.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function check(policy: object, options: Parameters<typeof checkPolicy>[1] = {}): PolicyReport {
  return checkPolicy(parse(JSON.stringify(policy)), options);
}

describe('long lists checked against each other', () => {
  it('finds each of 80,000 defaultSrcPosture names among 80,000 postures', () => {
    const n = 80_000;
    const postures = Object.fromEntries(range(n).map((i) => [`posture:p${i}`, ['node:os == "linux"']]));
    const report = check({ postures, defaultSrcPosture: [...range(n).map((i) => `posture:p${i}`), 'posture:none'] });
    expect(report.errors).toEqual([]);
    expect(report.notices.map((f) => [f.message, f.path])).toEqual([
      [
        'posture not found: "posture:none" (accepted: not confirmed against the Tailscale server)',
        `defaultSrcPosture[${n}]`,
      ],
    ]);
  });

  it('finds the one login of 60,000 an sshTest both accepts and denies', () => {
    const n = 60_000;
    const logins = (prefix: string): string[] => range(n).map((i) => `${'x'.repeat(40)}${prefix}${i}`);
    const report = check({
      tagOwners: { 'tag:a': [] },
      ssh: [],
      sshTests: [{ src: 'u@example.com', dst: ['tag:a'], accept: logins('a'), deny: [...logins('d'), 'both'] }],
    });
    // No rule lets the logins in: the accepted ones fail, and nothing names both lists.
    expect(report.tests.map((t) => [t.outcome, t.error])).toEqual([['fail', undefined]]);
    const clash = check({
      tagOwners: { 'tag:a': [] },
      ssh: [],
      sshTests: [
        { src: 'u@example.com', dst: ['tag:a'], accept: [...logins('a'), 'both'], deny: [...logins('d'), 'both'] },
      ],
    });
    expect(clash.tests.map((t) => [t.outcome, t.error])).toEqual([
      ['fail', '[ssh test error]: user "both" is in both accept and deny'],
    ]);
  });
});

describe('an sshTest of many logins against a rule of many users', () => {
  it('looks each of 30,000 logins up among 30,000 users once', () => {
    const n = 30_000;
    const report = check({
      tagOwners: { 'tag:a': [] },
      ssh: [{ action: 'accept', src: ['u@example.com'], dst: ['tag:a'], users: range(n).map((i) => `r${i}`) }],
      sshTests: [
        { src: 'u@example.com', dst: ['tag:a'], accept: ['r5', `r${n - 1}`], deny: range(n).map((i) => `l${i}`) },
      ],
    });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: 1, failed: 0, unknown: 0 }]);
  });
});

describe('many sshTests against many SSH rules', () => {
  it('finds for each of 24,000 sshTests only the rules naming its source, of 24,000', () => {
    const n = 24_000;
    const report = check({
      tagOwners: { 'tag:a': [] },
      ssh: range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: ['tag:a'], users: ['root'] })),
      sshTests: [
        ...range(n).map((i) => ({ src: `v${i}@example.com`, dst: ['tag:a'], deny: ['root'] })),
        { src: 'u7@example.com', dst: ['tag:a'], accept: ['root'], deny: ['admin'] },
      ],
    });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: n + 1, failed: 0, unknown: 0 }]);
  });
});

describe('many rules to * against many tests', () => {
  it('weighs for each of 32,000 tests of distinct destinations only the rules to * that let its port through', () => {
    // Each destination's profile held every target to `*`: 32,000 profiles of 32,000 targets took
    // 15 s and 500 MB before the size limit cut the run short.
    const n = 32_000;
    const half = n / 2;
    const address = (i: number): string => `100.64.${i >> 8}.${i & 255}`;
    const report = check({
      acls: range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: [`*:${i + 1}`] })),
      tests: [
        // A named user: only its own rule's port is open to it (u5's, port 6).
        ...range(half).map((i) => ({ src: 'u5@example.com', deny: [`${address(i)}:${i + 1}`] })),
        // Any device's address, on ports no rule opens.
        ...range(half).map((i) => ({ src: '100.100.0.2', deny: [`${address(half + i)}:${n + 1 + (i % 1000)}`] })),
        // The same address on a port u0's rule opens: it may be u0's device.
        { src: '100.100.0.2', deny: ['100.64.0.1:1'] },
        { src: 'u7@example.com', accept: ['100.64.0.2:8'] },
      ],
    });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: n, failed: 1, unknown: 1 }]);
    const at = (outcome: string): number[] => report.tests.filter((t) => t.outcome === outcome).map((t) => t.index);
    expect([at('fail'), at('unknown')]).toEqual([[5], [n]]);
  });
});

describe('many rules to * on every port', () => {
  // A verdict stops at its first answer: gathering every target to `*` that lets a port through
  // before looking at any took 31 s for each shape here.
  it('answers each of 8,000 ports from the first of 8,000 rules from * to *:*', () => {
    const n = 8000;
    const report = check({
      acls: range(n).map(() => ({ action: 'accept', src: ['*'], dst: ['*:*'] })),
      tests: [{ src: 'alice@example.com', accept: range(n).map((i) => `100.64.0.1:${i + 1}`) }],
    });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: 1, failed: 0, unknown: 0 }]);
  });

  it('counts the port index of 2,000 rules to * on wide ranges against the size limit', () => {
    // Each range sits at some 30 nodes of the index: 60,000 entries, 5,000 ranges' worth.
    const report = check(
      {
        acls: range(2000).map(() => ({ action: 'accept', src: ['*'], dst: ['*:2-65534'] })),
        tests: [{ src: 'alice@example.com', accept: ['100.64.0.1:80'] }],
      },
      { rangeLimit: 1000 },
    );
    expect([report.cutShort, report.cutShortBy]).toEqual([true, 'size']);
  });

  it("walks only the source's own rule among 8,000 to *:1-65535, for each of 8,000 ports", () => {
    const n = 8000;
    const report = check({
      acls: range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: ['*:1-65535'] })),
      tests: [{ src: 'u0@example.com', accept: range(n).map((i) => `100.64.0.1:${i + 1}`) }],
    });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: 1, failed: 0, unknown: 0 }]);
  });
});

describe('many rules to a range against many tests', () => {
  it('stops at the size limit when 2,000 tests of distinct destinations each weigh 2,000 rules to a /10', () => {
    const n = 2000;
    const address = (i: number): string => `100.64.${i >> 8}.${i & 255}`;
    const report = check(
      {
        acls: range(n).map((i) => ({ action: 'accept', src: [`u${i}@example.com`], dst: [`100.64.0.0/10:${i + 1}`] })),
        tests: range(n).map((i) => ({ src: '100.100.0.2', deny: [`${address(i)}:80`] })),
      },
      // Twelve candidates count as one range: 2,000 profiles of 2,000 are some 333,000.
      { rangeLimit: 100_000 },
    );
    expect([report.cutShort, report.cutShortBy, report.summary.passed + report.summary.failed]).toEqual([
      true,
      'size',
      0,
    ]);
  });
});

describe('one assertion of millions of pairs', () => {
  it('stops at the deadline inside an assertion from a group of 16,000 to itself', () => {
    const members = range(16_000).map((i) => `u${i}@example.com`);
    const report = check(
      {
        groups: { 'group:g': members },
        acls: [{ action: 'accept', src: ['group:g'], dst: ['group:g:*'] }],
        tests: [{ src: 'group:g', accept: ['group:g:80'] }],
      },
      { deadline: Date.now() + 1000 },
    );
    expect([report.cutShort, report.summary]).toEqual([true, { passed: 0, failed: 0, unknown: 1 }]);
  });
});

describe('an ipset naming a large ipset over and over', () => {
  it('stops at the size limit before applying 8,000 entries of an ipset of 8,000 ranges', () => {
    const big = range(8000).map((i) => `10.${(2 * i) >> 8}.${(2 * i) & 255}.1`);
    const report = check(
      {
        ipsets: { 'ipset:big': big, 'ipset:user': range(8000).map(() => 'ipset:big') },
        acls: [{ action: 'accept', src: ['ipset:user'], dst: ['10.0.0.1:22'] }],
        tests: [{ src: '10.0.0.1', accept: ['10.0.0.1:22'] }],
      },
      { rangeLimit: 1_000_000 },
    );
    expect([report.cutShort, report.cutShortBy, report.summary]).toEqual([
      true,
      'size',
      { passed: 0, failed: 0, unknown: 1 },
    ]);
  });
});

describe('rules naming a large ipset beside another address', () => {
  it('stops at the size limit while compiling 16,000 rules, each a union of the ipset and one address', () => {
    const report = check(
      {
        // Addresses one every other, so no two merge into one range.
        ipsets: {
          'ipset:big': range(16_000).map((i) => `10.${(2 * i) >> 16}.${((2 * i) >> 8) & 255}.${(2 * i) & 255}`),
        },
        acls: range(16_000).map((i) => ({
          action: 'accept',
          src: ['ipset:big', `1.2.${i >> 8}.${i & 255}`],
          dst: ['10.200.0.1:22'],
        })),
        tests: [{ src: '10.0.0.2', accept: ['10.200.0.1:22'] }],
      },
      { rangeLimit: 1_000_000 },
    );
    expect([report.cutShort, report.cutShortBy, report.summary]).toEqual([
      true,
      'size',
      { passed: 0, failed: 0, unknown: 1 },
    ]);
  });
});

describe('a long name over many members', () => {
  it("quotes a group name of 16,000 characters cut short in each of its 2,000 members' errors", () => {
    const name = `group:${'a'.repeat(16_000)}`;
    const report = check({ groups: { [name]: range(2000).map(() => 1) } });
    const path = (i: number): string => `groups["group:${'a'.repeat(94)}…"][${i}]`;
    expect(report.errors.map((f) => [f.path, f.message])).toEqual(
      range(2000).map((i) => [
        path(i),
        'json: cannot unmarshal number into Go struct field Policy.groups of type string',
      ]),
    );
  });
});

describe('rules each from autogroup:admin and a user of their own, to one tag on ports of their own', () => {
  const n = 3000;
  const adminRules = range(n).map((i) => ({
    action: 'accept',
    src: ['autogroup:admin', `u${i}@example.com`],
    dst: [`tag:x:${i + 1}`],
  }));
  const ports = range(n).map((i) => `tag:x:${i + 1}`);
  const tests = range(100).map((u) => ({ src: `u${u}@example.com`, accept: ports }));

  /** The outcomes of each user's own port and of the others' ports, counted. */
  function outcomesOf(acls: readonly object[]): Array<[string, number]> {
    const report = check({ tagOwners: { 'tag:x': [] }, acls, tests });
    const seen = new Map<string, number>();
    for (const [u, test] of report.tests.entries())
      for (const [i, a] of test.assertions.entries()) {
        const key = `${i === u ? 'own' : 'other'} ${a.outcome}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    return [...seen].sort();
  }

  it('answers each port asked from the rules on that port', () => {
    // 3,000 such rules, and 100 tests each from one of the users asserting every port. Every
    // user may be an admin offline, so each rule may let any of them through: each verdict
    // merged the user's 3,000 rules with the tag's 3,000 targets, 48 s in all (a helper's attack,
    // cubic in the plan). A verdict now looks at the targets on its port, kept once for the index.
    expect(outcomesOf(adminRules)).toEqual([
      ['other unknown', 100 * (n - 1)],
      ['own pass', 100],
    ]);
  });

  it('still looks by port when a few rules open every port', () => {
    // The same, beside 30 rules from a user no test names to the tag on every port. Kept port
    // interval by port interval, those 30 targets cost 6,000 entries each, and the index was given
    // up: every verdict merged again (34 s). A tree over the ports keeps each range at a few nodes.
    const open = range(30).map(() => ({ action: 'accept', src: ['nobody@example.com'], dst: ['tag:x:*'] }));
    expect(outcomesOf([...adminRules, ...open])).toEqual([
      ['other unknown', 100 * (n - 1)],
      ['own pass', 100],
    ]);
  });

  it("finds a user's own rule among every port's rules they may reach as an admin", () => {
    // Each rule opens every port: a verdict of a user is "maybe" from the first rule on, and only
    // the user's own rule can make it "yes". The merge walked all 3,000 rules of the port on every
    // question (12 s for 100,000 questions); it now merges only the rules naming the user surely.
    const open = range(n).map((i) => ({
      action: 'accept',
      src: ['autogroup:admin', `u${i}@example.com`],
      dst: ['tag:x:*'],
    }));
    const asked = range(3000).map((p) => `tag:x:${p + 1}`);
    const last = range(100).map((u) => ({ src: `u${n - 1 - u}@example.com`, accept: asked }));
    const report = check({ tagOwners: { 'tag:x': [] }, acls: open, tests: last });
    const outcomes = report.tests.flatMap((test) => test.assertions.map((a) => a.outcome));
    expect(outcomes).toEqual(Array<string>(100 * 3000).fill('pass'));
  });

  it('keeps its targets by port without counting them against the size limit', () => {
    // The same rules asked by 20 users need 10,250 ranges' worth of the limit; the port index, if
    // counted, would add 6,000 entries (500 ranges) and cut the run short at 10,500.
    const twenty = tests.slice(0, 20);
    const policy = { tagOwners: { 'tag:x': [] }, acls: adminRules, tests: twenty };
    const at = (rangeLimit: number): unknown[] => {
      const report = check(policy, { rangeLimit });
      return [report.cutShort === true, report.summary];
    };
    expect([at(10_249), at(10_500)]).toEqual([
      [true, { passed: 0, failed: 0, unknown: 20 }],
      [false, { passed: 0, failed: 0, unknown: 20 }],
    ]);
  });
});

describe('long walks that end at once, beside many targets on each port', () => {
  // Eight blocks of 5,000 ports, each opened by an eighth of the rules. A verdict that compared
  // the targets on its port with the lengths of the lists walked those targets, where merging the
  // lists ends after a step or two: each of these took over 20 s (vitest's limit here) that way,
  // 0.4 s now that it looks by port only once its walk has taken more steps than the port has targets.
  const n = 40_000;
  const block = (r: number): string => `${(r % 8) * 5000 + 1}-${(r % 8) * 5000 + 5000}`;
  const ports = range(40_000).map((i) => i + 1);

  it("merges alice's 20,000 rules with the 20,000 targets of bob's device, which no rule of hers has", () => {
    const topology: Topology = {
      users: [
        { id: 1, name: 'alice', email: 'alice@example.com' },
        { id: 2, name: 'bob', email: 'bob@example.com' },
      ],
      nodes: {
        laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.3', ipv6: 'fd7a:115c:a1e0::3' },
        a: { hostname: 'a', tags: ['tag:a'], ipv4: '100.64.0.1', ipv6: 'fd7a:115c:a1e0::1' },
        b: { hostname: 'b', tags: ['tag:b'], ipv4: '100.64.0.2', ipv6: 'fd7a:115c:a1e0::2' },
      },
    };
    // Her rules first, bob's after: the merge gallops past hers at its first step.
    const acls = range(n).map((r) =>
      r < n / 2
        ? { action: 'accept', src: ['alice@example.com'], dst: [`tag:a:${block(r)}`] }
        : { action: 'accept', src: ['bob@example.com'], dst: [`tag:b:${block(r)}`] },
    );
    const tests = [{ src: 'alice@example.com', deny: ports.map((port) => `tag:b:${port}`) }];
    const report = check({ tagOwners: { 'tag:a': [], 'tag:b': [] }, acls, tests }, { topology });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: 1, failed: 0, unknown: 0 }]);
  });

  it("stops at the first of alice's 48,001 rules that may reach an offline tag, then finds the one that does", () => {
    // Her rules to tag:c may reach a device of tag:b that has tag:c too ("maybe"); the last, to
    // tag:b on every port, does.
    const acls = [
      ...range(48_000).map((r) => ({ action: 'accept', src: ['alice@example.com'], dst: [`tag:c:${block(r)}`] })),
      { action: 'accept', src: ['alice@example.com'], dst: ['tag:b:*'] },
    ];
    const tests = [{ src: 'alice@example.com', accept: ports.map((port) => `tag:b:${port}`) }];
    const report = check({ tagOwners: { 'tag:b': [], 'tag:c': [] }, acls, tests });
    expect([report.cutShort === true, report.summary]).toEqual([false, { passed: 1, failed: 0, unknown: 0 }]);
  });
});

describe('a grant of many destinations sharing a long ip list', () => {
  it('keeps the 8,000 destinations of a grant by port once for its 8,000 ranges, not once each', () => {
    // alice's acl of 8,000 single ports makes her verdicts long, so they look by port. Kept
    // target by target, the grant's 8,000 addresses each held its 8,000 ranges: 64 million
    // entries from 367 KB of text, 60 s and 576 MB whatever the timeout (a helper's attack).
    const n = 8000;
    const policy = {
      tagOwners: { 'tag:t': [] },
      acls: [{ action: 'accept', src: ['alice@example.com'], dst: range(n).map((k) => `tag:t:${40000 + 2 * k}`) }],
      grants: [
        {
          src: ['alice@example.com'],
          dst: range(n).map((i) => `100.64.${(i + 1) >> 8}.${(i + 1) & 255}`),
          ip: range(n).map((k) => `${4 * k + 1}-${4 * k + 2}`),
        },
      ],
      tests: [
        ...range(40).map((k) => ({ src: 'alice@example.com', proto: 'tcp', deny: [`tag:t:${4 * k + 3}`] })),
        { src: 'alice@example.com', proto: 'tcp', accept: ['tag:t:40002', '100.64.31.64:31998'] },
      ],
    };
    const report = check(policy);
    expect(report.cutShort).toBeUndefined();
    expect(report.tests.map((t) => t.outcome)).toEqual(Array<string>(41).fill('pass'));
  });
});
