// An ordinary policy of a few thousand rules, not an attack: random sources and destinations of
// every kind, ports and ranges up to 30,000 wide, on TCP, UDP, SCTP and ICMP, against a copy with
// one rule in fifty added, removed or replaced. Its plan asks each pair about every port interval
// its rules draw; each verdict merged the pair's two lists again, and 2,400 rules took 31 s (a
// helper's review: 4,800 rules ran past the default two-minute timeout). The pair's verdicts are
// now made once (src/policy/pair-reach.ts).

import { describe, expect, it } from 'vitest';
import { computeAccessPlan } from '../../src/plan/index.js';
import { seededRandom } from '../hujson/generator.js';

const USERS = Array.from({ length: 12 }, (_, i) => `u${i}@example.com`);
const TAGS = Array.from({ length: 8 }, (_, i) => `tag:t${i}`);
const GROUPS = { 'group:g0': USERS.slice(0, 4), 'group:g1': USERS.slice(3, 8), 'group:g2': USERS.slice(8) };
const HOSTS = { h0: '100.64.1.1', h1: '100.64.1.2', h6: '10.1.0.0/24', h7: '100.64.2.0/28' };
const ASKED = [1, 21, 22, 53, 80, 443, 1000, 3000, 8080, 40000, 65535];

/** Picks by weight: `[value, weight]` pairs. */
type Weighted<T> = ReadonlyArray<readonly [T, number]>;

function generator(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const weighted = <T>(pairs: Weighted<() => T>): T => {
    let x = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((x -= w) < 0) return value();
    return pairs.at(-1)![0]();
  };
  const src = (): string =>
    weighted<string>([
      [() => USERS[0]!, 8],
      [() => pick(USERS), 3],
      [() => pick(Object.keys(GROUPS)), 3],
      [() => pick(TAGS.slice(0, 3)), 3],
      [() => pick(['autogroup:member', 'autogroup:admin', 'autogroup:tagged', '*', 'h0', '100.64.0.0/24']), 4],
    ]);
  const host = (): string =>
    weighted<string>([
      [() => 'tag:t0', 8],
      [() => 'tag:t1', 4],
      [() => pick(TAGS), 3],
      [() => pick(['h0', 'h1', 'h6', 'h7', '100.64.0.0/16', '*', 'autogroup:member', USERS[1]!, 'group:g1']), 6],
    ]);
  const port = (): number =>
    weighted<number>([
      [() => pick(ASKED), 3],
      [() => 1 + int(4000), 6],
      [() => 1 + int(65535), 1],
    ]);
  const ports = (): string =>
    weighted<string>([
      [() => '*', 1],
      [() => String(port()), 8],
      [() => ((a) => `${a}-${Math.min(65535, a + pick([int(10), int(1000), int(30000)]))}`)(port()), 3],
      [() => [...new Set([port(), port(), port()])].sort((a, b) => a - b).join(','), 2],
    ]);
  const sources = (): string[] => Array.from({ length: 1 + int(2) }, src);
  const acl = (): object => {
    const proto = pick([undefined, undefined, undefined, 'tcp', 'udp', 'sctp', 'icmp']);
    const dst = Array.from({ length: 1 + int(2) }, () => `${host()}:${proto === 'icmp' ? '*' : ports()}`);
    return { action: 'accept', src: sources(), dst, ...(proto === undefined ? {} : { proto }) };
  };
  const ip = (): string => pick([`tcp:${ports()}`, `udp:${ports()}`, ports(), 'icmp:*', `sctp:${ports()}`, '*']);
  const grant = (): object => ({
    src: sources(),
    dst: Array.from({ length: 1 + int(2) }, host),
    ip: [...new Set(Array.from({ length: 1 + int(3) }, ip))],
  });
  return { next, int, acl, grant };
}

/** The policy of `rules` rules, and the copy with one in fifty added, removed or replaced. */
function policies(rules: number): [string, string] {
  const { next, int, acl, grant } = generator(2);
  const acls: object[] = [];
  const grants: object[] = [];
  for (let i = 0; i < rules; i++) (next() < 0.6 ? acls : grants).push(next() < 0.6 ? acl() : acl());
  for (let i = 0; i < grants.length; i++) grants[i] = grant();
  const mutated = (list: object[], make: () => object): object[] => {
    const out = [...list];
    for (let n = 0; n < Math.max(1, Math.floor(out.length / 50)); n++) {
      const op = int(3);
      if (op === 0) out.splice(int(out.length), 1);
      else if (op === 1) out.splice(int(out.length + 1), 0, make());
      else out[int(out.length)] = make();
    }
    return out;
  };
  const text = (a: object[], g: object[]): string =>
    JSON.stringify({
      groups: GROUPS,
      tagOwners: Object.fromEntries(TAGS.map((t) => [t, []])),
      hosts: HOSTS,
      acls: a,
      grants: g,
    });
  return [text(acls, grants), text(mutated(acls, acl), mutated(grants, grant))];
}

describe('the plan of an ordinary large policy', () => {
  it('plans 3,600 random rules against a copy with one in fifty changed', () => {
    const [before, after] = policies(3600);
    const plan = computeAccessPlan({ name: 'before', source: before }, { name: 'after', source: after });
    // Offline, rules from autogroup:member, tags and addresses leave most ports "maybe" on some side.
    const counts = new Map<string, number>();
    for (const change of [
      ...plan.changes.map((c) => c.change),
      ...plan.undecided.map((u) => `${u.before} → ${u.after}`),
    ])
      counts.set(change, (counts.get(change) ?? 0) + 1);
    expect([...counts].sort()).toEqual([
      ['allowed → depends on the tailnet', 210],
      ['depends on the tailnet → allowed', 40],
      ['depends on the tailnet → denied', 221],
      ['depends on the tailnet → depends on the tailnet', 1357],
    ]);
    const line = (u: (typeof plan.undecided)[number]): string =>
      `${u.src} -> ${u.dst} ${u.proto}:${u.ports} ${u.before} → ${u.after}`;
    expect(
      plan.undecided
        .filter((u) => u.dst.startsWith('tag:'))
        .map(line)
        .slice(0, 3),
    ).toEqual([
      '0.0.0.0 -> tag:t0 tcp:35873-35877 depends on the tailnet → depends on the tailnet',
      '0.0.0.0 -> tag:t0 udp:1000 depends on the tailnet → depends on the tailnet',
      '0.0.0.0 -> tag:t1 icmp:* depends on the tailnet → depends on the tailnet',
    ]);
  });
});

describe('many pairs, each asked about a few port intervals', () => {
  it('asks each of 10,000 device pairs about its few intervals without walking all 8,000 rules of each', () => {
    // 8,000 rules from autogroup:member to a tag, each on its own port, and a rule added on two of
    // them: 100 users' devices against 100 tagged devices, each pair asked about two or three
    // intervals. Made for every pair, the pair's reach walked all 8,000 rules each time, where a
    // verdict stops at the first that lets the port through (a helper's review: 0.74 s → 32 s).
    const acls = Array.from({ length: 8000 }, (_, i) => ({
      action: 'accept',
      src: ['autogroup:member'],
      dst: [`tag:x:${1000 + i}`],
    }));
    const policy = (extra: object[]): string =>
      JSON.stringify({ tagOwners: { 'tag:x': [] }, acls: [...acls, ...extra] });
    const added = { action: 'accept', src: ['autogroup:member'], dst: ['tag:x:1000-1001'] };
    const users = Array.from({ length: 100 }, (_, i) => ({ name: `u${i}`, email: `u${i}@example.com` }));
    const nodes = Object.fromEntries([
      ...users.map((u, i) => [`p${i}`, { hostname: `p${i}`, tags: [], user: u.name, ipv4: `100.65.0.${i + 1}` }]),
      ...users.map((_, i) => [`n${i}`, { hostname: `n${i}`, tags: ['tag:x'], ipv4: `100.64.0.${i + 1}` }]),
    ]);
    const plan = computeAccessPlan(
      { name: 'before', source: policy([]) },
      { name: 'after', source: policy([added]) },
      { topology: { users, nodes } },
    );
    // Ports 1000 and 1001 were open already: nothing changes.
    expect([plan.changes, plan.undecided]).toEqual([[], []]);
  });
});
