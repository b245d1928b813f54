import { describe, expect, it } from 'vitest';
import { plainError, plainReport, plainTestMessage } from '../../src/cli/messages.js';
import type { PolicyReport, TestResult } from '../../src/policy/index.js';

describe('plain words for the text output', () => {
  it.each([
    [
      'json: cannot unmarshal array into Go value of type Policy',
      '',
      'the policy must be a JSON object ({...}), not a list',
    ],
    [
      'json: cannot unmarshal string into Go value of type Policy',
      '',
      'the policy must be a JSON object ({...}), not a string',
    ],
    [
      'json: cannot unmarshal bool into Go value of type Policy',
      '',
      'the policy must be a JSON object ({...}), not true or false',
    ],
    [
      'json: cannot unmarshal string into Go struct field Policy.acls of type []ACL',
      'acls',
      'acls must be a list, not a string',
    ],
    [
      'json: cannot unmarshal array into Go struct field Policy.groups of type map[string][]string',
      'groups',
      'groups must be an object, not a list',
    ],
    [
      'json: cannot unmarshal number into Go struct field Policy.acls.src of type []string',
      'acls[0].src',
      'acls[0].src must be a list, not a number',
    ],
    [
      'json: cannot unmarshal object into Go struct field Policy.hosts of type string',
      'hosts["a"]',
      'hosts["a"] must be a string, not an object',
    ],
    [
      'json: cannot unmarshal array into Go value of type map[string]any',
      'nodeAttrs[0].app["x"][0]',
      'nodeAttrs[0].app["x"][0] must be an object, not a list',
    ],
    [
      'json: cannot unmarshal string into Go struct field Policy.randomizeClientPort of type bool',
      'randomizeClientPort',
      'randomizeClientPort must be true or false, not a string',
    ],
    // Without a path there is nothing better to say than the server's words.
    [
      'json: cannot unmarshal string into Go struct field Policy.acls of type []ACL',
      undefined,
      'json: cannot unmarshal string into Go struct field Policy.acls of type []ACL',
    ],
    ['action="deny" is not supported', 'acls[0].action', 'action="deny" is not supported'],
  ])('%s (at %s)', (message, path, plain) => {
    expect(plainError(message, path)).toBe(plain);
  });

  it.each([
    [
      '[ssh test error]: src "a@example.com" at "?", dst "tag:server" at "?", ssh user "root": want: "deny" got: "accept"',
      '[ssh test error]: src "a@example.com", dst "tag:server", ssh user "root": want: "deny" got: "accept"',
    ],
    [
      '[ssh test error]: src "a@example.com" at "100.64.0.1", dst "tag:server" at "?", ssh user "root": want: "deny" got: "accept"',
      '[ssh test error]: src "a@example.com" at "100.64.0.1", dst "tag:server", ssh user "root": want: "deny" got: "accept"',
    ],
    // A quoted name holding the same characters keeps them: its quotes are escaped.
    [
      '[ssh test error]: src "x at \\"?\\"" at "?", dst "d" at "?", ssh user "u": want: "deny" got: "accept"',
      '[ssh test error]: src "x at \\"?\\"", dst "d", ssh user "u": want: "deny" got: "accept"',
    ],
    [
      '[acl test error]: address "tag:web:22": want: Drop, got: Accept',
      '[acl test error]: address "tag:web:22": want: Drop, got: Accept',
    ],
  ])('%s', (message, plain) => {
    expect(plainTestMessage(message)).toBe(plain);
  });
});

describe('plainReport', () => {
  const at = { pos: { offset: 0, line: 1, column: 1 } };
  const test = (message: string): TestResult => ({
    kind: 'sshTest',
    index: 0,
    at,
    src: 'a@example.com',
    outcome: 'fail',
    assertions: [{ kind: 'deny', text: 'root', outcome: 'fail', at, wanted: 'deny', message }],
  });
  const unknown = '[ssh test error]: src "a@example.com" at "?", dst "d" at "?", ssh user "root": want: "deny"';
  const plain = '[ssh test error]: src "a@example.com", dst "d", ssh user "root": want: "deny"';

  it('rewords the tests that need it and keeps the others as they are', () => {
    const kept = test(plain);
    const report: PolicyReport = {
      mode: 'symbolic',
      errors: [],
      warnings: [],
      notices: [],
      tests: [test(unknown), kept],
      summary: { passed: 0, failed: 2, unknown: 0 },
    };
    const result = plainReport(report);
    expect(result.tests.map((t) => t.assertions[0]!.message)).toEqual([plain, plain]);
    expect(result.tests[1]).toBe(kept);
    expect(report.tests[0]!.assertions[0]!.message).toBe(unknown);
  });

  it('keeps the results of tests entries, which name no device address, without reading them', () => {
    const entry = {
      kind: 'test',
      index: 0,
      at,
      src: 'a@example.com',
      outcome: 'fail',
      get assertions(): never {
        throw new Error('read');
      },
    } satisfies TestResult;
    const report: PolicyReport = {
      mode: 'symbolic',
      errors: [],
      warnings: [],
      notices: [],
      tests: [entry],
      summary: { passed: 0, failed: 1, unknown: 0 },
    };
    expect(plainReport(report).tests[0]).toBe(entry);
  });
});
