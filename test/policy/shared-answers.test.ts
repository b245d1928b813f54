// The engine shares work between tests: a destination is parsed and resolved once, a question
// (source, destination, accept or deny, protocol, posture attributes) is answered once, and a
// target's protocol and port check is memoised per question. None of it may change an answer:
// every test evaluated among many must read as the same test evaluated alone.

import { describe, expect, test } from 'vitest';
import type { NetworkTarget } from '../../src/policy/compile.js';
import type { AssertionResult, Topology } from '../../src/policy/index.js';
import { allows, TargetPasses } from '../../src/policy/target-passes.js';
import { DEFAULT_TEST_PROTOCOLS } from '../../src/policy/unsure.js';
import { check, TOPOLOGY } from './helpers.js';

const RULES = {
  postures: { 'posture:linux': ['node:os == "linux"'] },
  acls: [
    { action: 'accept', src: ['group:developers'], dst: ['tag:server:22,80-90', 'webserver:443'] },
    { action: 'accept', src: ['thor@example.org'], dst: ['tag:prod:*'], proto: 'udp' },
    { action: 'accept', src: ['tag:client'], dst: ['internal:8080'], srcPosture: ['posture:linux'] },
    { action: 'accept', src: ['autogroup:member'], dst: ['autogroup:self:*'] },
  ],
  grants: [{ src: ['odin@example.com'], dst: ['tag:router'], ip: ['tcp:5432', 'icmp:*'] }],
};

/** Tests that repeat sources, destinations and questions, with each condition varied once. */
const TESTS = [
  { src: 'thor@example.org', accept: ['tag:server:22', 'tag:server:85'], deny: ['tag:server:443'] },
  { src: 'thor@example.org', accept: ['tag:server:22'], deny: ['tag:server:22'] },
  { src: 'thor@example.org', proto: 'udp', accept: ['tag:prod:53'], deny: ['tag:server:22'] },
  { src: 'thor@example.org', proto: 'tcp', accept: ['tag:prod:53', 'tag:server:80'] },
  { src: 'group:developers', accept: ['tag:server:90', 'webserver:443'], deny: ['webserver:444'] },
  { src: 'group:developers', accept: ['tag:server:91'] },
  { src: 'tag:client', accept: ['10.1.2.3:8080'], srcPostureAttrs: { 'node:os': 'linux' } },
  { src: 'tag:client', accept: ['10.1.2.3:8080'], srcPostureAttrs: { 'node:os': 'windows' } },
  { src: 'tag:client', accept: ['10.1.2.3:8080'] },
  { src: 'odin@example.com', proto: 'icmp', accept: ['tag:router:0'], deny: ['tag:server:0'] },
  { src: 'odin@example.com', accept: ['tag:router:5432', 'odin@example.com:22', 'thor@example.org:22'] },
  { src: 'thor@example.org', accept: ['tag:server:22', 'tag:server:85'], deny: ['tag:server:443'] },
  { src: 'thor@example.org', accept: ['tag:server:x', 'nosuchhost:22'] },
];

/** An assertion without its file position, which differs between the policies compared. */
function answer({ at: _, ...rest }: AssertionResult): unknown {
  return rest;
}

/** Each assertion of an entry as a test of its own: the same source and conditions, one destination. */
function singles(entry: (typeof TESTS)[number]): object[] {
  const { accept = [], deny = [], ...rest } = entry as { accept?: string[]; deny?: string[] };
  return [...accept.map((dst) => ({ ...rest, accept: [dst] })), ...deny.map((dst) => ({ ...rest, deny: [dst] }))];
}

describe.each([
  ['offline', undefined],
  ['on a described tailnet', TOPOLOGY],
] as [string, Topology | undefined][])('tests evaluated together, %s', (_, topology) => {
  test('answer as each assertion evaluated alone', () => {
    const together = check({ ...RULES, tests: TESTS }, topology);
    expect(together.errors).toEqual([]);
    expect(together.tests).toHaveLength(TESTS.length);
    const outcomes = new Set(together.tests.flatMap((t) => t.assertions.map((a) => a.outcome)));
    expect([...outcomes].sort()).toEqual(topology === undefined ? ['fail', 'pass', 'unknown'] : ['fail', 'pass']);
    TESTS.forEach((entry, i) => {
      const alone = singles(entry).map((single) => check({ ...RULES, tests: [single] }, topology).tests[0]!);
      expect(together.tests[i]!.assertions.map(answer)).toEqual(alone.map((t) => answer(t.assertions[0]!)));
    });
  });
});

describe('target passes', () => {
  const target = (protocols: number[], ports: [number, number][]): NetworkTarget => ({
    dst: undefined as never,
    protocols,
    ports: ports.map(([first, last]) => ({ first, last })),
    allPorts: ports.some(([first, last]) => first === 0 && last === 65535),
  });
  const targets = [target([6], [[22, 22]]), target([17], [[80, 90]]), target([6, 17, 1, 58], [[0, 65535]])];

  test.each([
    ['TCP or UDP on 22', DEFAULT_TEST_PROTOCOLS, 22, [true, false, true]],
    ['TCP or UDP on 85', DEFAULT_TEST_PROTOCOLS, 85, [false, true, true]],
    ['UDP on 22', [17], 22, [false, false, true]],
    ['ICMP, whatever the port', [1], 9, [true, true, true]],
    ['GRE, a protocol without ports', [47], 0, [false, false, false]],
  ] as [string, readonly number[], number, boolean[]][])('%s', (_, protocols, port, expected) => {
    const passes = new TargetPasses(targets);
    // Asked twice, in between another question: the memoised answers stay per question.
    for (const round of [0, 1]) {
      passes.ask(protocols, port);
      expect(targets.map((_t, id) => passes.lets(id))).toEqual(expected);
      if (round === 0) passes.ask([6], 65000);
    }
  });

  test('past its memory bound it answers without memoising, the same', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => target([6], [[i % 1000, i % 1000]]));
    const passes = new TargetPasses(many);
    for (let port = 0; port < 150; port++) {
      passes.ask([6], port);
      for (const id of [port, port + 1, 99_999]) expect(passes.lets(id)).toBe(allows(many[id]!, [6], port));
    }
  });
});
