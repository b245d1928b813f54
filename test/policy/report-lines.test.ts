// The text lines of a report when notices or undecided assertions are many: failures all listed,
// notices and undecided assertions up to the limit, then how many were left out.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, reportLines } from '../../src/policy/index.js';
import type { ListLimit } from '../../src/policy/render.js';

const UNDECIDED = 'cannot be decided offline: depends on devices, users or routes in the tailnet';
const LIMIT = (shown: number): ListLimit => ({
  shown,
  notices: (n) => `${n} more notices`,
  undecided: (n) => `${n} more`,
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

describe('reportLines with a limit on notices', () => {
  const NOTICE = 'notice: duplicate object key "h" (accepted: not confirmed against the Tailscale server)';
  /** A policy with `count` extra values of one host, one per line from line 3: each is a notice. */
  function noticeLines(count: number, shown: number | undefined): string[] {
    const hosts = Array.from({ length: count + 1 }, (_, i) => `  "h": "100.64.0.${i + 1}",\n`).join('');
    const lines: string[] = [];
    reportLines(
      checkPolicy(parse(`{"hosts": {\n${hosts}}}`)),
      'p',
      lines,
      shown === undefined ? undefined : LIMIT(shown),
    );
    return lines;
  }
  const notice = (line: number): string => `p:${line}:3: ${NOTICE}`;
  const summary = 'p: 0 test(s): 0 passed, 0 failed, 0 undecided (offline, no tailnet given)';

  test.each([
    { name: 'no limit lists every one', count: 3, shown: undefined, out: [notice(3), notice(4), notice(5)] },
    { name: 'exactly at the limit, nothing is left out', count: 3, shown: 3, out: [notice(3), notice(4), notice(5)] },
    { name: 'past the limit, the rest are counted', count: 3, shown: 1, out: [notice(3), 'p: 2 more notices'] },
  ])('$name', ({ count, shown, out }) => {
    expect(noticeLines(count, shown)).toEqual([...out, summary]);
  });
});
