// A verdict whose walk over rules or targets grows long looks only at the targets on the port
// asked, kept by port once for the whole index (port-buckets.ts, network-index.ts `onPort`): to a
// destination known in part (an offline tag) through the source's targets, to one known in full
// (a device of the tailnet) through both lists. A verdict is the most any one rule gives, so the
// whole policy must answer each port as the best of its rules taken one at a time, where no
// verdict walks enough entries to look by port.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, type Outcome, type Topology } from '../../src/policy/index.js';
import { seededRandom } from '../hujson/generator.js';

const PORTS = [0, 1, 21, 22, 23, 79, 80, 81, 100, 443, 1000, 1023, 1024, 5000, 65535];
/** A rule's ports start at 1. */
const RULE_PORTS = PORTS.slice(1);

/** alice's laptop, and the devices of the tags (db's address is the host's). */
const TAILNET: Topology = {
  users: [{ id: 1, name: 'alice', email: 'alice@example.com' }],
  nodes: {
    laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.2', ipv6: 'fd7a:115c:a1e0::2' },
    db: { hostname: 'db', tags: ['tag:db'], ipv4: '100.64.0.9', ipv6: 'fd7a:115c:a1e0::9' },
    web: { hostname: 'web', tags: ['tag:web'], ipv4: '100.64.0.10', ipv6: 'fd7a:115c:a1e0::a' },
    other: { hostname: 'other', tags: ['tag:other'], ipv4: '100.64.0.11', ipv6: 'fd7a:115c:a1e0::b' },
  },
};

/** Times the whole policy is asked every question. */
const ROUNDS = 8;

/** Each port asked over TCP, UDP, and the default pair of a test without `proto`. */
const PROTOS = ['tcp', 'udp', undefined] as const;

/** The outcomes of the rules (grants are those with `ip`) asked every question `rounds` times. */
function outcomes(rules: object[], topology: Topology | undefined, rounds: number): Outcome[] {
  const policy = {
    tagOwners: { 'tag:db': [], 'tag:web': [], 'tag:other': [] },
    hosts: { db: '100.64.0.9' },
    acls: rules.filter((rule) => !('ip' in rule)),
    grants: rules.filter((rule) => 'ip' in rule),
    // No rule names tag:other: offline, a device of it may carry the other tags too.
    tests: Array.from({ length: rounds }, () =>
      PROTOS.flatMap((proto) =>
        PORTS.map((port) => ({
          src: 'alice@example.com',
          proto,
          accept: [`tag:db:${port}`, `db:${port}`, `tag:other:${port}`],
        })),
      ),
    ).flat(),
  };
  const report = checkPolicy(parse(JSON.stringify(policy)), topology === undefined ? {} : { topology });
  return report.tests.flatMap((t) => t.assertions.map((a) => a.outcome));
}

/** The best of the outcomes, as a union of rules gives it: pass over unknown over fail. */
function best(lists: Outcome[][]): Outcome[] {
  return lists[0]!.map((_, i) => {
    const here = lists.map((list) => list[i]!);
    return here.includes('pass') ? 'pass' : here.includes('unknown') ? 'unknown' : 'fail';
  });
}

function randomRules(seed: number): object[] {
  const next = seededRandom(seed);
  const int = (n: number): number => Math.floor(next() * n);
  // Most rules open ports no test asks, and few open every port: a verdict walks many rules
  // before one lets its port through, so it comes to look by port.
  const rulePort = (): number => (int(4) === 0 ? RULE_PORTS[int(RULE_PORTS.length)]! : 2000 + int(1000));
  const port = (): string => {
    const first = rulePort();
    const kind = int(40);
    if (kind === 0) return '*';
    if (kind < 5) return `${first}-${Math.min(65535, first + int(600))}`;
    return kind < 10 ? `${first},${rulePort()}` : String(first);
  };
  const hosts = ['tag:db', 'tag:web', 'db', '100.64.0.0/10'];
  return Array.from({ length: 200 }, () => {
    // autogroup:member selects alice offline only maybe (she may be a guest), and tags no device.
    const src = [['alice@example.com'], ['autogroup:member'], ['tag:web', 'alice@example.com']][int(3)]!;
    if (int(4) === 0) {
      // A grant's destinations share its ip list, one list per protocol: the port index keeps
      // them as groups, whose target ids interleave (d1 tcp, d1 udp, d2 tcp…).
      const dst = Array.from({ length: 1 + int(3) }, () => hosts[int(4)]!);
      const ip = Array.from({ length: 1 + int(3) }, () => {
        const ports = port().split(',')[0]!;
        return [`tcp:${ports}`, `udp:${ports}`, `sctp:${ports}`, ports][int(4)]!;
      });
      return { src, dst, ip };
    }
    const dst = [hosts[int(4)]!].map((host) => `${host}:${port()}`);
    const rule: Record<string, unknown> = { action: 'accept', src, dst };
    const proto = ['tcp', 'udp', 'sctp', undefined][int(4)];
    if (proto !== undefined) rule.proto = proto;
    return rule;
  });
}

describe('a verdict over many rules, by port', () => {
  const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
  test.each(seeds)('seed %i: each port as the best of its rules, offline and in a tailnet', (seed) => {
    const acls = randomRules(seed);
    for (const topology of [undefined, TAILNET]) {
      // Asked over and over: the index keeps its targets by port only once its verdicts have
      // walked many, and a verdict looks there only after 64 steps.
      const whole = outcomes(acls, topology, ROUNDS);
      expect(whole.length).toBe(ROUNDS * PROTOS.length * 3 * PORTS.length);
      const once = best(acls.map((rule) => outcomes([rule], topology, 1)));
      expect(whole).toEqual(Array.from({ length: ROUNDS }, () => once).flat());
    }
  });
});
