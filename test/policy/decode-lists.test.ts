// Lists of strings as the decoder reads them (Reader.strings): each element in order, null as
// "", and an element of another type reported and left out.

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
