import { describe, expect, it } from 'vitest';
import { collapseSources } from '../../src/plan/collapse.js';
import type { AtomChange } from '../../src/plan/convert.js';

// Sources 1-6 (atoms numbered by their source text), each gaining tcp:22 on one destination or
// another; collections are tried largest first, as collections() orders them.
const change = (src: number, dst = 9): AtomChange => ({
  change: 'gained',
  kind: 'network',
  src: `s${src}`,
  dst: `d${dst}`,
  srcLabel: `s${src}`,
  dstLabel: `d${dst}`,
  proto: 'tcp',
  ports: '22',
  tested: src !== 2,
  testable: true,
  srcAtoms: [src],
  dstAtoms: [dst],
});

const collection = (text: string, members: number[]) => ({ text, label: `${text} (${members.length})`, members });
const ALL = [collection('big', [1, 2, 3]), collection('pair', [3, 4]), collection('other', [5, 6])];

const said = (changes: AtomChange[]): string[] =>
  changes.map((c) => `${c.srcLabel} -> ${c.dst} [${c.srcAtoms.join(',')}]${c.tested ? ' tested' : ''}`);

describe('collapseSources', () => {
  it.each([
    {
      name: 'a collection every member of which shares the change says it once; it is tested only if all are',
      changes: [1, 2, 3].map((s) => change(s)),
      expected: ['big (3) -> d9 [1,2,3]'],
    },
    {
      name: 'a member taken by a larger collection leaves the smaller one incomplete',
      changes: [1, 2, 3, 4].map((s) => change(s)),
      expected: ['big (3) -> d9 [1,2,3]', 's4 -> d9 [4] tested'],
    },
    {
      name: 'a collection missing a member is not used',
      changes: [3, 4, 5].map((s) => change(s)),
      expected: ['pair (2) -> d9 [3,4] tested', 's5 -> d9 [5] tested'],
    },
    {
      name: 'only changes alike are said together: another destination is another change',
      changes: [change(1), change(2), change(3, 8), change(4, 8)],
      expected: ['s1 -> d9 [1] tested', 's2 -> d9 [2]', 'pair (2) -> d8 [3,4] tested'],
    },
  ])('$name', ({ changes, expected }) => {
    expect(said(collapseSources(changes, ALL, 'src'))).toEqual(expected);
  });
});
