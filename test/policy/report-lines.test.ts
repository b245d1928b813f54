// The text lines of a report when undecided assertions are many: failures all listed, undecided
// assertions up to the limit, then how many tests have undecided assertions left out.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, reportLines } from '../../src/policy/index.js';

const UNDECIDED = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
const LIMIT = (shown: number): { shown: number; rest: (n: number) => string } => ({
  shown,
  rest: (n) => `${n} more`,
});

/** A policy whose `tests` are the given entries, one per line from line 5. */
function linesOf(tests: string[], shown: number | undefined): string[] {
  const source =
    '{\n  "tagOwners": {"tag:a": [], "tag:b": []},\n' +
    '  "acls": [{"action": "accept", "src": ["tag:a"], "dst": ["100.64.0.1:*"]}],\n' +
    '  "tests": [\n' +
    tests.map((t) => `    ${t},\n`).join('') +
    '  ],\n}\n';
  const lines: string[] = [];
  reportLines(checkPolicy(parse(source)), 'p', lines, shown === undefined ? undefined : LIMIT(shown));
  return lines;
}

const TWO = '{"src": "tag:a", "accept": ["tag:b:1", "tag:b:2"]}';
const FAILING = '{"src": "tag:a", "accept": ["100.64.0.2:1", "tag:b:3"]}';
const FAILING_ONLY = '{"src": "tag:a", "accept": ["100.64.0.2:1"]}';
const at = (line: number, column: number, port: number): string =>
  `p:${line}:${column}: undecided offline for "tag:a": [acl test error]: address "tag:b:${port}": ${UNDECIDED}`;

describe('reportLines with a limit on undecided assertions', () => {
  test.each([
    {
      name: 'no limit lists every one',
      tests: [TWO, TWO],
      shown: undefined,
      out: [at(5, 33, 1), at(5, 44, 2), at(6, 33, 1), at(6, 44, 2), 'p: 2 test(s): 0 passed, 0 failed, 2 undecided'],
    },
    {
      name: 'exactly at the limit, nothing is left out',
      tests: [TWO, TWO],
      shown: 4,
      out: [at(5, 33, 1), at(5, 44, 2), at(6, 33, 1), at(6, 44, 2), 'p: 2 test(s): 0 passed, 0 failed, 2 undecided'],
    },
    {
      name: 'a test cut at the limit counts as left out',
      tests: [TWO, TWO],
      shown: 3,
      out: [at(5, 33, 1), at(5, 44, 2), at(6, 33, 1), 'p: 1 more', 'p: 2 test(s): 0 passed, 0 failed, 2 undecided'],
    },
    {
      name: 'tests past the limit are counted',
      tests: [TWO, TWO, TWO, TWO],
      shown: 2,
      out: [at(5, 33, 1), at(5, 44, 2), 'p: 3 more', 'p: 4 test(s): 0 passed, 0 failed, 4 undecided'],
    },
    {
      name: 'failures are all listed, and a failed test with undecided assertions past the limit is counted',
      tests: [TWO, FAILING],
      shown: 1,
      out: [
        'p:6:33: test failed for "tag:a": [acl test error]: address "100.64.0.2:1": want: Accept, got: Drop',
        at(5, 33, 1),
        'p: 2 more',
        'p: 2 test(s): 0 passed, 1 failed, 1 undecided',
      ],
    },
    {
      name: 'a failed test without undecided assertions past the limit is not counted',
      tests: [TWO, FAILING_ONLY],
      shown: 2,
      out: [
        'p:6:33: test failed for "tag:a": [acl test error]: address "100.64.0.2:1": want: Accept, got: Drop',
        at(5, 33, 1),
        at(5, 44, 2),
        'p: 2 test(s): 0 passed, 1 failed, 1 undecided',
      ],
    },
  ])('$name', ({ tests, shown, out }) => {
    expect(linesOf(tests, shown)).toEqual(
      out.map((line) => (line.endsWith('undecided') ? `${line} (offline, no tailnet given)` : line)),
    );
  });
});
