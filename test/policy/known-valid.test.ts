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
