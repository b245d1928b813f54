// NetworkIndex.reach answers, for one source and destination, every question `verdict` answers,
// with the two lists merged once (pair-reach.ts): the same verdict for every protocol and port,
// offline and in a tailnet, through every path of `verdict` (targets selecting the destination
// directly or through facts an offline tag may have, bare `*` targets, autogroup:self, postures,
// and the "maybe" of a source known in part).

import { describe, expect, test } from 'vitest';
import { resolveDestinationHost, resolveSource } from '../../src/policy/endpoints.js';
import { NetworkIndex } from '../../src/policy/network-index.js';
import { ICMP, TCP, UDP } from '../../src/policy/ports.js';
import { pairFamily, type Principal } from '../../src/policy/principal.js';
import { POSTURE_UNKNOWN } from '../../src/plan/posture.js';
import { tailnetOf } from '../../src/plan/side.js';
import { DEFAULT_TEST_PROTOCOLS, PREFERRED_FAMILY } from '../../src/policy/unsure.js';
import type { Topology } from '../../src/policy/topology.js';
import { seededRandom } from '../hujson/generator.js';
import { prepareSide } from '../plan/helpers.js';

const USERS = ['u0@example.com', 'u1@example.com', 'u2@example.com'];
const SOURCES = [...USERS, 'group:g0', 'tag:t0', 'tag:t1', '*', '100.64.0.1', 'autogroup:member', 'autogroup:admin'];
const DESTINATIONS = [...USERS, 'group:g0', 'tag:t0', 'tag:t1', 'h0', '100.64.0.0/24', '*', 'autogroup:self'];
/** Asked as sources and destinations: users, tags, addresses of devices and of none. */
const ENDPOINTS = [...USERS, 'tag:t0', 'tag:t1', '100.64.0.1', '100.64.0.2', '100.64.0.9'];
const PORTS = [0, 1, 22, 23, 80, 443, 1000, 5000, 65535];
const QUESTIONS = [[TCP], [UDP], [ICMP], [132], [47], DEFAULT_TEST_PROTOCOLS] as const;

const TAILNET: Topology = {
  users: USERS.map((email, i) => ({ name: `u${i}`, email, role: i === 0 ? 'admin' : 'member' })),
  nodes: {
    laptop0: { hostname: 'laptop0', tags: [], user: 'u0', ipv4: '100.64.0.1' },
    laptop1: { hostname: 'laptop1', tags: [], user: 'u1', ipv4: '100.64.0.3' },
    db: { hostname: 'db', tags: ['tag:t0'], ipv4: '100.64.0.2' },
    web: { hostname: 'web', tags: ['tag:t0', 'tag:t1'], ipv4: '100.64.0.6' },
  },
};

function randomPolicy(seed: number): string {
  const next = seededRandom(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[]): T[] => Array.from({ length: 1 + int(2) }, () => pick(list));
  const ports = (): string => pick(['22', '80,443', '1-1000', '*', '23-5000', String(1 + int(6000))]);
  const rule = (): [string, object] => {
    const src = some(SOURCES);
    // autogroup:self takes sources that are users alone.
    const users = src.every((x) => x.includes('@') || x === 'group:g0' || x === 'autogroup:member');
    const dst = some(DESTINATIONS.filter((d) => d !== 'autogroup:self' || users));
    const posture = int(5) === 0 ? { srcPosture: ['posture:linux'] } : {};
    if (int(2) === 0) {
      const proto = pick([{}, {}, { proto: 'tcp' }, { proto: 'udp' }, { proto: 'sctp' }, { proto: 'gre' }]);
      return ['acls', { action: 'accept', src, dst: dst.map((d) => `${d}:${ports()}`), ...proto, ...posture }];
    }
    const ip = some(['tcp:22', '443', '*', 'udp:53', 'tcp:1-100', 'icmp:*', `tcp:${ports()}`]);
    return ['grants', { src, dst, ip, ...posture }];
  };
  const policy = {
    groups: { 'group:g0': some(USERS) },
    hosts: { h0: pick(['100.64.0.2', '100.64.0.9']) },
    tagOwners: { 'tag:t0': [], 'tag:t1': [] },
    postures: { 'posture:linux': ['node:os == "linux"'] },
    acls: [] as object[],
    grants: [] as object[],
  };
  for (let i = 0; i < 30; i++) {
    const [kind, made] = rule();
    policy[kind as 'acls' | 'grants'].push(made);
  }
  return JSON.stringify(policy);
}

/** Every question on which reach and verdict disagree, and how many gave each answer. */
function compare(seed: number, topology: Topology | undefined): { differences: string[]; answers: Set<string> } {
  const side = prepareSide({ name: 'p.hujson', source: randomPolicy(seed) }, topology && tailnetOf(topology));
  const index = new NetworkIndex(side.network.rules, side.env.match);
  const principals = (endpoint: ReturnType<typeof resolveSource>): Principal[] =>
    endpoint.ok ? endpoint.principals : [];
  const differences: string[] = [];
  const answers = new Set<string>();
  for (const from of ENDPOINTS)
    for (const to of ENDPOINTS)
      for (const s of principals(resolveSource(from, side.env)))
        for (const d of principals(resolveDestinationHost(to, side.env))) {
          const family = pairFamily(s, d, PREFERRED_FAMILY);
          if (family === undefined) continue;
          const reach = index.reach(s, d, family, POSTURE_UNKNOWN);
          for (const protocols of QUESTIONS)
            for (const port of PORTS) {
              // reach first: the index's last question must not be what answers it.
              const got = reach.verdict(protocols, port);
              const expected = index.verdict(s, d, family, protocols, port, POSTURE_UNKNOWN);
              answers.add(expected);
              if (got !== expected)
                differences.push(`${from} -> ${to} ${protocols.join('+')}:${port} ${got} ${expected}`);
            }
        }
  return { differences, answers };
}

describe('the verdicts of one pair at once', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
  test.each(seeds)('seed %i: the same as each verdict, offline and in a tailnet', (seed) => {
    const seen = new Set<string>();
    for (const topology of [undefined, TAILNET]) {
      const { differences, answers } = compare(seed, topology);
      expect(differences).toEqual([]);
      for (const answer of answers) seen.add(answer);
    }
    expect([...seen].sort()).toEqual(['no', 'unknown', 'yes']);
  });
});
