// Lists of strings as the decoder reads them (Reader.strings): each element in order, null as
// "", and an element of another type reported and left out. And where decoded records start.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';

describe('lists of strings', () => {
  const cases: [string, string, string[], string[]][] = [
    ['empty', '[]', [], []],
    ['one', '["a@example.com"]', ['a@example.com'], []],
    ['two', '["a@example.com", "tag:db"]', ['a@example.com', 'tag:db'], []],
    ['null is ""', '["a@example.com", null, "tag:db"]', ['a@example.com', '', 'tag:db'], []],
    [
      'a number is reported and left out',
      '["a@example.com", 1, "tag:db"]',
      ['a@example.com', 'tag:db'],
      ['json: cannot unmarshal number into Go struct field Policy.acls.src of type string'],
    ],
  ];

  it.each(cases)('%s', (_, list, texts, errors) => {
    const reader = new Reader();
    const policy = decodePolicy(parse(`{"acls": [{"action": "accept", "src": ${list}, "dst": []}]}`), reader);
    expect(policy.acls?.[0]?.src.map((t) => t.text)).toEqual(texts);
    expect(reader.errors.map((e) => e.message)).toEqual(errors);
  });
});

// Records keep their document and work out where they start only when asked.
describe('positions of decoded records', () => {
  const source = [
    '{',
    '  "groups": {"group:eng": ["a@example.com"]},',
    '  "acls": [',
    '    {"action": "accept", "src": ["*"], "dst": ["*:*"]},',
    '  ],',
    '  "grants": [{"src": ["*"], "dst": ["*"], "ip": ["*"]}],',
    '  "ssh": [{"action": "accept", "src": ["*"], "dst": ["*"], "users": ["root"]}],',
    '  "nodeAttrs": [{"target": ["*"], "attr": ["funnel"]}],',
    '  "tests": [',
    '      {"src": "a@example.com", "accept": ["b@example.com:22"]},',
    '  ],',
    '  "sshTests": [{"src": "a@example.com", "dst": ["b@example.com"], "accept": ["root"]}],',
    '}',
  ].join('\n');
  const policy = decodePolicy(parse(source), new Reader());
  const cases: [string, { line: number; column: number } | undefined, [number, number]][] = [
    ['groups', policy.groups[0]?.pos, [2, 27]],
    ['acls', policy.acls?.[0]?.pos, [4, 5]],
    ['grants', policy.grants?.[0]?.pos, [6, 14]],
    ['ssh', policy.ssh[0]?.pos, [7, 11]],
    ['nodeAttrs', policy.nodeAttrs[0]?.pos, [8, 17]],
    ['tests', policy.tests[0]?.pos, [10, 7]],
    ['sshTests', policy.sshTests[0]?.pos, [12, 16]],
  ];

  it.each(cases)('%s', (_, pos, expected) => {
    expect(pos === undefined ? undefined : [pos.line, pos.column]).toEqual(expected);
  });
});
