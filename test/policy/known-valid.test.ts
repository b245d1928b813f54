// What the access plan asks of the engine beyond a check: validating without the rules of the
// new policy that read as rules of the old one, already validated.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { validatePolicy, type KnownValid } from '../../src/policy/validate/index.js';

describe('validatePolicy with rules known valid', () => {
  const source = `{
    "tagOwners": {"tag:db": []},
    "acls": [
      {"action": "accept", "src": ["tag:nowhere"], "dst": ["tag:db:5432"]},
      {"action": "accept", "src": ["tag:db"], "dst": ["tag:gone:22"]},
    ],
    "grants": [{"src": ["*"], "dst": ["tag:db"], "ip": []}],
  }`;

  function errors(knownValid?: KnownValid): string[] {
    const policy = decodePolicy(parse(source), new Reader());
    return validatePolicy(policy, {}, undefined, knownValid).findings.errors.map((e) => e.message);
  }

  it('validates every rule by default', () => {
    expect(errors()).toEqual([
      'src=tag not found: "tag:nowhere"',
      'dst="tag:gone": tag not found: "tag:gone"',
      'ip and app can not both be empty',
    ]);
  });

  it('skips the rules the caller knows valid', () => {
    expect(errors((rule) => rule.src[0]!.text !== 'tag:db')).toEqual(['dst="tag:gone": tag not found: "tag:gone"']);
  });
});

describe('decodePolicy with the tests of another document', () => {
  const tests = `"tests": [{"src": "a@example.com", "accept": ["b@example.com:22"]}]`;
  const sshTests = `"sshTests": [{"src": "a@example.com", "dst": ["tag:db"], "accept": ["root"]}]`;

  // Each case: this document's sections, the other's, and how many tests and sshTests are read.
  const cases: [string, string, string, [number, number]][] = [
    ['the same bytes: neither read', `${tests}, ${sshTests}`, `${tests}, ${sshTests}`, [0, 0]],
    ['tests differ by one byte', tests.replace(':22', ':23'), tests, [1, 0]],
    ['sshTests differ, tests alike', `${tests}, ${sshTests}`, `${tests}, ${sshTests.replace('root', 'admin')}`, [0, 1]],
    ['the other has none', `${tests}, ${sshTests}`, `"acls": []`, [1, 1]],
    ['spacing differs', tests, tests.replace('[{', '[ {'), [1, 0]],
    ['the key in another case', tests.replace('"tests"', '"Tests"'), tests, [0, 0]],
    ['the other repeats the key, the last one differs', tests, `${tests}, ${tests.replace(':22', ':80')}`, [1, 0]],
  ];

  it.each(cases)('%s', (_, mine, others, [network, ssh]) => {
    const other = parse(`{${others}}`);
    const policy = decodePolicy(parse(`{${mine}}`), new Reader(), [], { testsOf: other });
    expect([policy.tests.length, policy.sshTests.length]).toEqual([network, ssh]);
  });

  it('reads both sections without another document', () => {
    const policy = decodePolicy(parse(`{${tests}, ${sshTests}}`), new Reader());
    expect(policy.tests.map((t) => t.src?.text)).toEqual(['a@example.com']);
    expect(policy.sshTests.map((t) => t.dst.map((d) => d.text))).toEqual([['tag:db']]);
  });
});
