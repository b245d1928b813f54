// What the access plan asks of the engine beyond a check: decoding without tests (it reads no
// tests of the policy it compares against), and validating without the rules already known valid.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { validatePolicy, type KnownValid } from '../../src/policy/validate/index.js';

const SOURCE = `{
  "groups": {"group:eng": ["alice@example.com"]},
  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:db:5432"]}],
  "tests": [{"src": "alice@example.com", "accept": ["tag:db:5432"]}, {"src": 7}],
  "sshTests": [{"src": "alice@example.com", "dst": ["tag:db"], "accept": ["root"]}],
}`;

function decode(tests?: boolean): { texts: unknown; errors: string[]; tests: number; sshTests: number } {
  const reader = new Reader();
  const policy = decodePolicy(parse(SOURCE), reader, [], tests === undefined ? {} : { tests });
  const acl = policy.acls![0]!;
  return {
    texts: [acl.action?.text, acl.src.map((s) => s.text), acl.dst.map((d) => d.text), policy.groups[0]!.name.text],
    errors: reader.errors.map((e) => e.message),
    tests: policy.tests.length,
    sshTests: policy.sshTests.length,
  };
}

describe('decodePolicy without tests', () => {
  const texts = ['accept', ['group:eng'], ['tag:db:5432'], 'group:eng'];

  it('decodes tests and reports their errors by default', () => {
    expect(decode()).toEqual({
      texts,
      errors: ['json: cannot unmarshal number into Go struct field Policy.tests.src of type string'],
      tests: 2,
      sshTests: 1,
    });
  });

  it('leaves tests and sshTests unread with tests: false, and decodes everything else the same', () => {
    expect(decode(false)).toEqual({ texts, errors: [], tests: 0, sshTests: 0 });
  });
});

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
