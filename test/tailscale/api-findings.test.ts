import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { findingsFromAnswer, parseTestFailure } from '../../src/tailscale/api-findings.js';
import { Locator, member } from '../../src/tailscale/locate.js';
import { parseValidationAnswer } from '../../src/tailscale/client.js';

const POLICY = `{
  // Who may reach what.
  "ACLs": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},
  ],
  "groups": {"group:eng": ["alice@example.com"]},
  "tests": [
    {
      "src": "alice@example.com",
      "accept": ["tag:web:443"],
      "deny": ["2.2.2.2:22"],
    },
  ],
  "sshTests": [
    {"src": "bob@example.com", "dst": ["tag:server"], "accept": ["root"]},
  ],
}
`;
const root = parse(POLICY);

describe('parseValidationAnswer', () => {
  it.each([
    ['', { message: '', data: [] }],
    ['{}', { message: '', data: [] }],
    [
      '{"message":"test(s) failed","data":[{"user":"a@b.c","errors":["x"]}]}',
      { message: 'test(s) failed', data: [{ user: 'a@b.c', errors: ['x'], warnings: [] }] },
    ],
    [
      '{"message":"test(s) failed","data":["plain string"]}',
      { message: 'test(s) failed', data: [{ user: '', errors: ['plain string'], warnings: [] }] },
    ],
    ['not json', { message: 'not json', data: [] }],
  ])('%j', (body, expected) => {
    expect(parseValidationAnswer(body)).toEqual(expected);
  });
});

describe('locate', () => {
  it('matches member names case-insensitively, as the server does', () => {
    expect(root.position(member(root, root.root, 'acls'))).toEqual({ offset: 37, line: 3, column: 11 });
  });

  it.each([
    ['alice@example.com', '2.2.2.2:22', { entry: { line: 8, column: 5 }, assertion: { line: 11, column: 16 } }],
    ['alice@example.com', 'tag:web:443', { entry: { line: 8, column: 5 }, assertion: { line: 10, column: 18 } }],
    ['alice@example.com', 'not-in-the-file:1', { entry: { line: 8, column: 5 } }],
    ['bob@example.com', 'tag:server', { entry: { line: 15, column: 5 }, assertion: { line: 15, column: 40 } }],
    ['carol@example.com', undefined, undefined],
  ])('the test of %s for %s', (source, destination, place) => {
    expect(new Locator(root).test(source, destination)).toEqual(place);
  });

  it('takes the first entry listing the destination, tests before sshTests, and else the first with the src', () => {
    const doc = parse(`{
  "tests": [
    {"src": "a@b.c", "accept": ["x:1"]},
    {"src": "a@b.c", "deny": ["y:2"], "accept": ["y:2"]},
  ],
  "sshTests": [{"src": "a@b.c", "dst": ["y:2", "z"], "accept": ["root"]}],
}`);
    const locator = new Locator(doc);
    expect([locator.test('a@b.c', 'y:2'), locator.test('a@b.c', 'z'), locator.test('a@b.c', 'w:3')]).toEqual([
      { entry: { line: 4, column: 5 }, assertion: { line: 4, column: 50 } },
      { entry: { line: 6, column: 16 }, assertion: { line: 6, column: 48 } },
      { entry: { line: 3, column: 5 } },
    ]);
  });

  it('finds the first string with a value, in file order', () => {
    const locator = new Locator(root);
    expect(locator.string('group:eng')).toEqual({ line: 4, column: 34 });
    expect(locator.string('nowhere')).toBeUndefined();
  });
});

describe('findingsFromAnswer', () => {
  it('splits failing tests into rows located at the assertion', () => {
    const answer = parseValidationAnswer(
      JSON.stringify({
        message: 'test(s) failed',
        data: [
          { user: 'alice@example.com', errors: ['address "2.2.2.2:22": want: Drop, got: Accept'] },
          {
            user: 'bob@example.com',
            errors: [
              '[ssh test error]: src "bob@example.com" at "100.64.0.1", dst "tag:server" at "100.64.0.2", ssh user "root": want: "accept" got: "deny"',
            ],
          },
        ],
      }),
    );
    expect(findingsFromAnswer(answer, root)).toEqual({
      errors: [],
      warnings: [],
      testFailures: [
        {
          source: 'alice@example.com',
          destination: '2.2.2.2:22',
          wanted: 'Drop',
          got: 'Accept',
          message: 'address "2.2.2.2:22": want: Drop, got: Accept',
          location: { line: 11, column: 16 },
          entry: { line: 8, column: 5 },
        },
        {
          source: 'bob@example.com',
          destination: 'tag:server',
          wanted: 'accept',
          got: 'deny',
          message:
            '[ssh test error]: src "bob@example.com" at "100.64.0.1", dst "tag:server" at "100.64.0.2", ssh user "root": want: "accept" got: "deny"',
          location: { line: 15, column: 40 },
          entry: { line: 15, column: 5 },
        },
      ],
    });
  });

  it('places a positioned parse error at its line and column', () => {
    const answer = parseValidationAnswer('{"message":"line 4, column 7: invalid character \'}\'"}');
    expect(findingsFromAnswer(answer, root).errors).toEqual([
      { severity: 'error', message: "invalid character '}'", location: { line: 4, column: 7 } },
    ]);
  });

  it('points a validation error at the value it quotes', () => {
    const answer = parseValidationAnswer('{"message":"group \\"group:eng\\" is used but nobody is in it"}');
    expect(findingsFromAnswer(answer, root).errors).toEqual([
      {
        severity: 'error',
        message: 'group "group:eng" is used but nobody is in it',
        location: { line: 4, column: 34 },
      },
    ]);
  });

  it('keeps warnings as warnings, never as failures', () => {
    const answer = parseValidationAnswer(
      '{"message":"warning(s) found","data":[{"user":"group:eng","warnings":["group is not syncing from SCIM and will be ignored by rules in the policy file"]}]}',
    );
    expect(findingsFromAnswer(answer, root)).toEqual({
      errors: [],
      testFailures: [],
      warnings: [
        {
          severity: 'warning',
          message: 'group:eng: group is not syncing from SCIM and will be ignored by rules in the policy file',
          location: { line: 4, column: 34 },
        },
      ],
    });
  });

  it('does not lose a "test(s) failed" that came without data', () => {
    expect(findingsFromAnswer(parseValidationAnswer('{"message":"test(s) failed"}'), root).errors).toEqual([
      { severity: 'error', message: 'test(s) failed', location: undefined },
    ]);
  });

  it('reads a failure with a protocol', () => {
    expect(
      parseTestFailure(
        'alice@example.com',
        '[acl test error]: address "tag:web:443" (protocol "tcp"): want: Accept, got: Drop',
        new Locator(root),
      ),
    ).toMatchObject({
      destination: 'tag:web:443',
      wanted: 'Accept',
      got: 'Drop',
      location: { line: 10, column: 18 },
    });
  });
});
