// Properties over randomly generated policies and tailnets (seeded, so every run checks the
// same cases and a failure names its seed).

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, type Outcome, type PolicyReport, type Topology } from '../../src/policy/index.js';
import { seededRandom } from '../hujson/generator.js';

const USERS = ['u0@example.com', 'u1@example.com', 'u2@example.com', 'u3@example.org'];
const TAGS = ['tag:t0', 'tag:t1', 'tag:t2'];
const GROUPS = ['group:g0', 'group:g1'];

interface Generated {
  policy: Record<string, unknown>;
  topology: Topology;
}

function generate(seed: number): Generated {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] =>
    Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(items));
  const groups = Object.fromEntries(GROUPS.map((g) => [g, [...new Set(some(USERS, 3))]]));
  const ports = ['22', '80', '443', '*', '80-443', '22,8080'];
  const sources = [
    '*',
    ...USERS,
    ...GROUPS,
    ...TAGS,
    'autogroup:member',
    'autogroup:tagged',
    'h0',
    '100.64.0.0/10',
    '100.64.0.0/12',
  ];
  const hosts = [...USERS, ...GROUPS, ...TAGS, 'h0', '*', 'autogroup:member', 'autogroup:tagged'];
  const rule = (): object => {
    const self = next() < 0.15;
    const src = self ? some(['*', ...USERS, ...GROUPS, 'autogroup:member'], 2) : some(sources, 2);
    const dst = self ? [`autogroup:self:${pick(ports)}`] : some(hosts, 2).map((h) => `${h}:${pick(ports)}`);
    return { action: 'accept', src, dst, ...(next() < 0.2 && { proto: pick(['tcp', 'udp']) }) };
  };
  const destinations = [...USERS, ...GROUPS, ...TAGS, 'h0'].flatMap((h) =>
    ['22', '80', '443', '8080'].map((p) => `${h}:${p}`),
  );
  const tests = Array.from({ length: 6 }, () => ({
    src: pick([...USERS, ...GROUPS, ...TAGS, 'h0']),
    accept: some(destinations, 3),
    deny: next() < 0.5 ? some(destinations, 2) : [],
    ...(next() < 0.2 && { proto: pick(['tcp', 'udp']) }),
  }));
  const policy = {
    groups,
    tagOwners: Object.fromEntries(TAGS.map((t) => [t, []])),
    hosts: { h0: '100.64.0.10' },
    acls: Array.from({ length: 1 + Math.floor(next() * 6) }, rule),
    tests,
  };
  return { policy, topology: generateTopology(next) };
}

/** Every user and tag has a device (so offline assumptions hold); some devices carry two tags. */
function generateTopology(next: () => number): Topology {
  const nodes: Topology['nodes'] = {};
  let n = 10;
  const address = (): { ipv4: string; ipv6: string } => ({
    ipv4: `100.64.0.${n}`,
    ipv6: `fd7a:115c:a1e0::${(n++).toString(16)}`,
  });
  USERS.forEach((_email, i) => {
    for (let k = 0; k < 1 + Math.floor(next() * 2); k++)
      nodes[`user${i}-${k}`] = { hostname: `user${i}-${k}`, tags: [], user: `user${i}`, ...address() };
  });
  TAGS.forEach((tag, i) => {
    const extra = next() < 0.4 ? [TAGS[(i + 1) % TAGS.length]!] : [];
    nodes[`server${i}`] = { hostname: `server${i}`, tags: [tag, ...extra], ...address() };
  });
  return { users: USERS.map((email, i) => ({ id: i + 1, name: `user${i}`, email })), nodes };
}

function run(policy: object, topology?: Topology): PolicyReport {
  return checkPolicy(parse(JSON.stringify(policy)), topology === undefined ? {} : { topology });
}

const acceptOutcomes = (report: PolicyReport): Outcome[] =>
  report.tests.flatMap((t) => t.assertions.filter((a) => a.kind === 'accept').map((a) => a.outcome));

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

describe('properties', () => {
  test.each(SEEDS)('seed %i: adding an accept rule never breaks a passing accept assertion', (seed) => {
    const { policy, topology } = generate(seed);
    const extra = generate(seed + 10_000).policy.acls as object[];
    const widened = { ...policy, acls: [...(policy.acls as object[]), extra[0]!] };
    for (const tailnet of [topology, undefined]) {
      const before = acceptOutcomes(run(policy, tailnet));
      const after = acceptOutcomes(run(widened, tailnet));
      before.forEach((outcome, i) => {
        if (outcome === 'pass') expect(after[i]).toBe('pass');
      });
    }
  });

  test.each(SEEDS)('seed %i: empty acls and no grants deny every accept assertion', (seed) => {
    const { policy, topology } = generate(seed);
    const closed = { ...policy, acls: [] };
    for (const tailnet of [topology, undefined]) {
      expect(new Set(acceptOutcomes(run(closed, tailnet)))).toEqual(new Set(['fail']));
    }
  });

  test.each(SEEDS)('seed %i: offline, fail and pass only when the tailnet agrees', (seed) => {
    const { policy, topology } = generate(seed);
    const offline = run(policy).tests.flatMap((t) => t.assertions);
    const exact = run(policy, topology).tests.flatMap((t) => t.assertions);
    expect(offline.length).toBe(exact.length);
    offline.forEach((assertion, i) => {
      if (assertion.outcome !== 'unknown')
        expect([assertion.text, exact[i]!.outcome]).toEqual([assertion.text, assertion.outcome]);
    });
  });
});
