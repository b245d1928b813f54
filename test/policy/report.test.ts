// The server-style renderings: serverMessage and toValidateResponse, and test positions.

import { describe, expect, test } from 'vitest';
import { reportJson, serverMessage, toValidateResponse } from '../../src/policy/index.js';
import { check, TOPOLOGY } from './helpers.js';

const ACLS = {
  acls: [{ action: 'accept', src: ['tag:client'], dst: ['webserver:80'] }],
  ssh: [{ action: 'accept', src: ['thor@example.org'], dst: ['tag:server'], users: ['root'] }],
};

describe('server renderings', () => {
  test('a valid policy whose tests pass answers {}', () => {
    const report = check({ ...ACLS, tests: [{ src: 'tag:client', accept: ['webserver:80'] }] }, TOPOLOGY);
    expect([serverMessage(report), toValidateResponse(report)]).toEqual([undefined, {}]);
  });

  test('an invalid policy answers its first error only', () => {
    const report = check({ acls: [{ action: 'deny', src: ['tag:nope'], dst: ['*:*'] }] });
    expect(report.errors.map((e) => e.message)).toEqual([
      'action="deny" is not supported',
      'src=tag not found: "tag:nope"',
    ]);
    expect(toValidateResponse(report)).toEqual({ message: 'action="deny" is not supported' });
  });

  test('failures are grouped by src in order of first appearance, sshTests included', () => {
    const report = check(
      {
        ...ACLS,
        tests: [
          { src: 'tag:client', accept: ['webserver:443'] },
          { src: '', accept: ['webserver:80'] },
          { src: 'thor@example.org', deny: ['webserver:80'] },
          { src: 'tag:client', deny: ['webserver:80'] },
        ],
        sshTests: [{ src: 'thor@example.org', dst: ['tag:server'], accept: ['ubuntu'] }],
      },
      TOPOLOGY,
    );
    expect(serverMessage(report)).toBe('test(s) failed');
    expect(toValidateResponse(report)).toEqual({
      message: 'test(s) failed',
      data: [
        {
          user: 'tag:client',
          errors: [
            '[acl test error]: address "webserver:443": want: Accept, got: Drop',
            '[acl test error]: address "webserver:80": want: Drop, got: Accept',
          ],
        },
        { errors: ['[acl test error]: test has no src'] },
        {
          user: 'thor@example.org',
          errors: [
            '[ssh test error]: src "thor@example.org" at "100.64.0.17", dst "tag:server" at "100.64.0.16", ssh user "ubuntu": want: "accept" got: "deny"',
          ],
        },
      ],
    });
  });

  test('offline-undecided assertions are warnings, and alone do not fail', () => {
    const report = check({
      acls: [{ action: 'accept', src: ['tag:prod'], dst: ['tag:server:22'] }],
      tests: [{ src: 'tag:client', accept: ['tag:server:22'] }],
    });
    expect([serverMessage(report), toValidateResponse(report)]).toEqual([
      undefined,
      {
        message: 'warning(s) found',
        data: [
          {
            user: 'tag:client',
            warnings: [
              '[acl test error]: address "tag:server:22": cannot be decided offline: depends on devices, users or routes in the tailnet',
            ],
          },
        ],
      },
    ]);
  });

  test('an entry undecided as a whole is one warning, not a failure', () => {
    const report = check({ ...ACLS, tests: [{ src: 'group:empty', accept: ['webserver:80', 'webserver:81'] }] });
    expect([serverMessage(report), toValidateResponse(report)]).toEqual([
      undefined,
      {
        message: 'warning(s) found',
        data: [
          {
            user: 'group:empty',
            warnings: [
              '[acl test error]: group:empty has no device: whether the server fails the test or passes it is not known',
            ],
          },
        ],
      },
    ]);
  });

  test('results carry positions of entries and assertions', () => {
    const text =
      '{\n  "tests": [\n    {\n      "src": "odin@example.com",\n      "accept": ["a:1", "b:2"],\n    },\n  ],\n}\n';
    const report = check(text);
    expect(report.tests[0]!.at.pos).toEqual({ offset: 19, line: 3, column: 5 });
    expect(report.tests[0]!.assertions.map((a) => [a.text, a.at.pos.line, a.at.pos.column])).toEqual([
      ['a:1', 5, 18],
      ['b:2', 5, 25],
    ]);
  });

  test('the JSON report keeps the fields of each kind of result in their order', () => {
    const report = check(
      {
        ...ACLS,
        tests: [
          { src: 'tag:client', accept: ['webserver:80'] },
          { src: 'thor@example.org' },
          { src: 'tag:client', accept: ['webserver:8080'] },
        ],
        sshTests: [
          { src: 'thor@example.org', dst: ['tag:server'], accept: ['root'] },
          { src: 'thor@example.org', dst: ['tag:server'], accept: ['root'], deny: ['root'] },
        ],
      },
      TOPOLOGY,
    );
    const tests = reportJson(report, 'policy.hujson').tests;
    expect(tests.map((t) => Object.keys(t).join(','))).toEqual([
      'kind,index,position,src,assertions,outcome',
      'kind,index,position,src,error,outcome,assertions',
      'kind,index,position,src,assertions,outcome',
      'kind,index,position,src,assertions,outcome',
      'kind,index,position,src,error,assertions,outcome',
    ]);
    const assertions = tests.map((t) =>
      (t.assertions as Record<string, unknown>[]).map((a) => Object.keys(a).join(',')),
    );
    expect(assertions).toEqual([
      ['kind,text,wanted,destination,port,outcome,got,position'],
      [],
      ['kind,text,wanted,destination,port,outcome,got,message,position'],
      ['kind,text,destination,user,wanted,outcome,got,position'],
      [
        'kind,text,outcome,message,destination,user,wanted,position',
        'kind,text,outcome,message,destination,user,wanted,position',
      ],
    ]);
  });

  test('warnings name group members missing from the tailnet', () => {
    const report = check({ groups: { 'group:a': ['ghost@example.com', 'odin@example.com'] } }, TOPOLOGY);
    expect(report.warnings.map((w) => w.message)).toEqual(['"group:a": user not found: "ghost@example.com"']);
    expect(report.mode).toBe('topology');
  });
});
