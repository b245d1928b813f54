import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { compileSelectors, type NetworkTarget } from '../../src/policy/compile.js';
import { buildContext } from '../../src/policy/context.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { DEFAULT_TEST_PROTOCOLS } from '../../src/policy/unsure.js';
import { isBareWildcard, WildcardTargets } from '../../src/policy/wildcard-targets.js';

const TCP = 6;
const UDP = 17;
const ICMP = 1;
const GRE = 47;

const target = (protocols: number[], ports: [number, number][], allPorts = false): NetworkTarget =>
  ({ protocols, ports: ports.map(([first, last]) => ({ first, last })), allPorts }) as unknown as NetworkTarget;

// Ids 0..5, each a target to `*` alone.
const TARGETS = [
  target([TCP], [[22, 22]]),
  target(
    [TCP, UDP],
    [
      [80, 80],
      [443, 443],
    ],
  ),
  target([UDP], [[53, 53]]),
  target([TCP, UDP], [[0, 65535]], true),
  target([GRE], [[0, 65535]], true),
  target(
    [TCP],
    [
      [1000, 2000],
      [30000, 65535],
    ],
  ),
];

function index(): WildcardTargets {
  const wild = new WildcardTargets(TARGETS);
  TARGETS.forEach((_, id) => wild.add(id));
  return wild;
}

/** The distinct ids the buckets hold, ascending. */
const passing = (wild: WildcardTargets, protocols: readonly number[], port: number): number[] =>
  [...new Set(wild.buckets(protocols, port).flat())].sort((a, b) => a - b);

const CASES: [string, readonly number[], number, number[]][] = [
  ['tcp:22', [TCP], 22, [0, 3]],
  ['tcp:80', [TCP], 80, [1, 3]],
  ['udp:80', [UDP], 80, [1, 3]],
  ['udp:22', [UDP], 22, [3]],
  ['the default pair on 53', DEFAULT_TEST_PROTOCOLS, 53, [2, 3]],
  ['the default pair on 443', DEFAULT_TEST_PROTOCOLS, 443, [1, 3]],
  ['tcp:1000, a range start', [TCP], 1000, [3, 5]],
  ['tcp:2000, a range end', [TCP], 2000, [3, 5]],
  ['tcp:2001, past it', [TCP], 2001, [3]],
  ['tcp:65535', [TCP], 65535, [3, 5]],
  ['tcp:0', [TCP], 0, [3]],
  ['GRE, a protocol without ports, on any port', [GRE], 5, [4]],
  ['ICMP: every target', [ICMP], 0, [0, 1, 2, 3, 4, 5]],
  ['tcp and udp given apart', [TCP, UDP], 80, [1, 3]],
  ['a protocol no target allows', [132], 80, []],
];

describe('WildcardTargets.buckets', () => {
  it.each(CASES)('%s', (_label, protocols, port, expected) => {
    expect(passing(index(), protocols, port)).toEqual(expected);
  });

  it('answers every question alike from one index, in any order', () => {
    const wild = index();
    for (const [, protocols, port, expected] of [...CASES, ...CASES.slice().reverse()])
      expect(passing(wild, protocols, port)).toEqual(expected);
  });

  it('holds a target once per protocol: its ranges lie at different nodes', () => {
    expect(index().buckets([TCP], 1500).flat().sort()).toEqual([3, 5]);
  });

  it('answers nothing without targets', () => {
    expect(new WildcardTargets(TARGETS).buckets([TCP], 22)).toEqual([]);
  });
});

describe('isBareWildcard', () => {
  const context = buildContext(decodePolicy(parse('{"tagOwners": {"tag:web": []}}'), new Reader()));
  it.each([
    [['*'], true],
    [['*', '*'], true],
    // A host or ipset the policy does not define adds nothing.
    [['*', 'nohost'], true],
    [['*', 'svc:web'], false],
    [['*', 'autogroup:member'], false],
    [['*', 'autogroup:tagged'], false],
    [['*', 'tag:web'], false],
    [['*', '100.64.0.1'], false],
    [['*', 'autogroup:self'], false],
    [['*', 'autogroup:internet'], false],
    [['autogroup:danger-all'], false],
    [['tag:web'], false],
    [['100.64.0.0/10'], false],
  ])('%j: %s', (selectors, bare) => {
    expect(isBareWildcard(compileSelectors(selectors, context))).toBe(bare);
  });
});
