// A source of many rules to a destination known in part (an offline tag) has its targets kept by
// port (port-buckets.ts). A verdict is the most any one rule gives, so the whole policy must
// answer each port as the best of its rules taken one at a time, where no source has enough
// targets to be kept by port.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, type Outcome } from '../../src/policy/index.js';
import { seededRandom } from '../hujson/generator.js';

const PORTS = [0, 1, 21, 22, 23, 79, 80, 81, 100, 443, 1000, 1023, 1024, 5000, 65535];
/** A rule's ports start at 1. */
const RULE_PORTS = PORTS.slice(1);

function outcomes(acls: object[], proto: 'tcp' | 'udp'): Outcome[] {
  const policy = {
    tagOwners: { 'tag:db': [], 'tag:web': [] },
    hosts: { db: '100.64.0.9' },
    acls,
    tests: PORTS.map((port) => ({ src: 'alice@example.com', proto, accept: [`tag:db:${port}`, `db:${port}`] })),
  };
  return checkPolicy(parse(JSON.stringify(policy))).tests.flatMap((t) => t.assertions.map((a) => a.outcome));
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
  const port = (): string => {
    const first = RULE_PORTS[int(RULE_PORTS.length)]!;
    switch (int(5)) {
      case 0:
        return '*';
      case 1:
        return `${first}-${Math.min(65535, first + int(600))}`;
      case 2:
        return `${first},${RULE_PORTS[int(RULE_PORTS.length)]}`;
      default:
        return String(first);
    }
  };
  return Array.from({ length: 100 }, () => {
    const dst = [['tag:db', 'tag:web', 'db', '100.64.0.0/10'][int(4)]!].map((host) => `${host}:${port()}`);
    const rule: Record<string, unknown> = { action: 'accept', src: ['alice@example.com'], dst };
    const proto = ['tcp', 'udp', 'sctp', undefined][int(4)];
    if (proto !== undefined) rule.proto = proto;
    return rule;
  });
}

describe('a source of many rules, kept by port', () => {
  test.each(Array.from({ length: 12 }, (_, i) => i + 1))('seed %i: each port as the best of its rules', (seed) => {
    const acls = randomRules(seed);
    for (const proto of ['tcp', 'udp'] as const) {
      const whole = outcomes(acls, proto);
      expect(whole.length).toBe(2 * PORTS.length);
      expect(whole).toEqual(best(acls.map((rule) => outcomes([rule], proto))));
    }
  });
});
