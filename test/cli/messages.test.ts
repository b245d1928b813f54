import { describe, expect, it } from 'vitest';
import { plainError, plainTestMessage } from '../../src/cli/messages.js';

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
