import { describe, expect, it } from 'vitest';
import type { NetworkTarget } from '../../src/policy/compile.js';
import { ICMP, type PortRange } from '../../src/policy/ports.js';
import { Apart, type Hanging } from '../../src/plan/uncertainty.js';

const TCP = 6;
const UDP = 17;

/** A target of the given protocols and port ranges; Apart reads nothing else of it. */
function hanging(said: string, protocols: number[], ports: Array<[number, number]>): Hanging {
  const target = { protocols, ports: ports.map(([first, last]) => ({ first, last })) } as unknown as NetworkTarget;
  return { target, said };
}

/** The rule Apart sweeps for: the descriptions of the targets letting the port through, as sets. */
function naive(sides: Hanging[][], protocol: number, port: number): boolean {
  const [a, b] = sides.map(
    (side) =>
      new Set(
        side
          .filter(({ target }) => {
            const ranges: readonly PortRange[] = target.ports;
            return (
              protocol === ICMP ||
              (target.protocols.includes(protocol) && ranges.some((r) => r.first <= port && port <= r.last))
            );
          })
          .map((h) => h.said),
      ),
  );
  return a!.size !== b!.size || [...a!].some((said) => !b!.has(said));
}

describe('Apart', () => {
  const web = hanging(
    'web',
    [TCP],
    [
      [80, 80],
      [443, 443],
    ],
  );
  const wide = hanging('web', [TCP, UDP], [[1, 1000]]);
  const db = hanging('db', [TCP], [[5432, 5432]]);

  it.each([
    ['the same target on both sides', [[web], [web]], TCP, 80, false],
    ['one side only, on its port', [[web], []], TCP, 443, true],
    ['one side only, off its port', [[web], []], TCP, 81, false],
    ['one side only, on another protocol', [[web], []], UDP, 80, false],
    ['alike descriptions of different ranges, both on the port', [[web], [wide]], TCP, 80, false],
    ['alike descriptions of different ranges, one on the port', [[web], [wide]], TCP, 81, true],
    ['a description both sides have twice and once', [[web, wide], [web]], TCP, 80, false],
    ['ICMP, which passes every target', [[db], []], ICMP, 0, true],
    [
      'ICMP with the same descriptions',
      [
        [db, web],
        [web, db],
      ],
      ICMP,
      0,
      false,
    ],
  ] as const)('%s', (_, sides, protocol, port, expected) => {
    const apart = new Apart((side) => sides[side]);
    expect(apart.at(protocol, port)).toBe(expected);
  });

  it('agrees with the sets of descriptions, asked in order, out of order and across protocols', () => {
    let seed = 7;
    const random = (n: number): number => (((seed = (seed * 1103515245 + 12345) % 2147483648) % n) + n) % n;
    const mismatches: string[] = [];
    for (let round = 0; round < 300; round++) {
      const sides = [0, 1].map(() =>
        Array.from({ length: random(6) }, () => {
          const first = random(40);
          const ranges = Array.from({ length: 1 + random(2) }, (): [number, number] => [first, first + random(15)]);
          return hanging(`t${random(4)}`, random(3) === 0 ? [TCP, UDP] : [TCP], ranges);
        }),
      );
      const apart = new Apart((side) => sides[side]!);
      const questions = Array.from({ length: 30 }, () => [[TCP, TCP, UDP, ICMP][random(4)]!, random(60)] as const);
      // Mostly ascending within a protocol, as the plan asks; now and then a step back.
      questions.sort((x, y) => (random(8) === 0 ? 0 : x[0] - y[0] || x[1] - y[1]));
      for (const [protocol, port] of questions)
        if (apart.at(protocol, port) !== naive(sides, protocol, port)) mismatches.push(`${round} ${protocol}:${port}`);
    }
    expect(mismatches).toEqual([]);
  });
});
