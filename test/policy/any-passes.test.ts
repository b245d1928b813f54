import { describe, expect, it } from 'vitest';
import { AnyPasses } from '../../src/policy/any-passes.js';
import type { NetworkTarget, SelectorSet } from '../../src/policy/compile.js';
import { gallop } from '../../src/policy/network-profiles.js';
import { ICMP, ICMPV6, TCP, UDP, type PortRange } from '../../src/policy/ports.js';
import { allows } from '../../src/policy/target-passes.js';
import { seededRandom } from '../hujson/generator.js';

const GRE = 47;
const NO_SET = {} as SelectorSet;

function target(protocols: number[], ports: PortRange[]): NetworkTarget {
  const allPorts = ports.some((r) => r.first === 0 && r.last === 65535);
  return { dst: NO_SET, protocols, ports, allPorts };
}

const range = (first: number, last = first): PortRange => ({ first, last });

describe('AnyPasses', () => {
  const targets = [
    target([TCP], [range(22), range(80, 90)]),
    target([TCP, UDP], [range(89, 100), range(443)]),
    target([GRE], [range(0, 65535)]),
    target([UDP], [range(5000)]),
  ];
  const any = new AnyPasses(targets);

  it.each([
    [[TCP], 22, true],
    [[TCP], 23, false],
    [[TCP], 80, true],
    [[TCP], 95, true],
    [[TCP], 100, true],
    [[TCP], 101, false],
    [[UDP], 90, true],
    [[UDP], 88, false],
    [[UDP], 5000, true],
    [[TCP, UDP], 5000, true],
    [[GRE], 0, true],
    [[ICMP], 7, true],
    [[ICMPV6], 7, true],
    [[132], 22, false],
  ])('%j port %i: %s', (protocols, port, expected) => {
    expect(any.lets(protocols, port)).toBe(expected);
  });

  it('lets nothing through, ICMP included, for no targets', () => {
    expect(new AnyPasses([]).lets([ICMP], 0)).toBe(false);
    expect(new AnyPasses([]).lets([TCP], 22)).toBe(false);
  });

  it('answers as `allows` does for some target of the list, on random lists', () => {
    const random = seededRandom(7);
    const int = (n: number): number => Math.floor(random() * n);
    for (let round = 0; round < 300; round++) {
      const list = Array.from({ length: int(6) }, () => {
        const protocols = [[TCP], [UDP], [TCP, UDP], [GRE]][int(4)]!;
        // Sorted and disjoint, as a compiled target's ports are.
        const ports: PortRange[] = [];
        for (let first = int(20), n = 1 + int(3); n > 0; n--, first = ports.at(-1)!.last + 2 + int(15))
          ports.push(range(first, first + int(10)));
        return target(protocols, int(8) === 0 ? [range(0, 65535)] : ports);
      });
      const any = new AnyPasses(list);
      for (const protocols of [[TCP], [UDP], [TCP, UDP], [GRE], [ICMP]])
        for (let port = 0; port < 110; port++)
          expect(any.lets(protocols, port), `${JSON.stringify(list)} ${protocols} ${port}`).toBe(
            list.some((t) => allows(t, protocols, port)),
          );
    }
  });
});

describe('gallop', () => {
  const list = Int32Array.from([1, 3, 3, 5, 8, 13, 21, 34, 55, 89]);

  it.each([
    [0, 2, 1],
    [0, 3, 1],
    [0, 4, 3],
    [1, 5, 3],
    [0, 9, 5],
    [0, 55, 8],
    [0, 89, 9],
    [0, 90, 10],
    [4, 100, 10],
  ])('from %i, the first entry at least %i is at %i', (from, key, expected) => {
    expect(gallop(list, from, list.length, key, 0)).toBe(expected);
  });

  it('reads entries shifted, and stops at the count given', () => {
    const shifted = Int32Array.from([1, 3, 5, 8].map((id) => (id << 2) | 3));
    expect(gallop(shifted, 0, 4, 5, 2)).toBe(2);
    expect(gallop(shifted, 0, 3, 8, 2)).toBe(3);
  });
});
