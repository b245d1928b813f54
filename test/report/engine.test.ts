import { describe, expect, it } from 'vitest';
import { parseLocalPolicy } from '../../src/files/local-policy.js';
import { checkOffline } from '../../src/modes/offline.js';
import { offlineFindings, reconcile, unaskedFindings } from '../../src/report/engine.js';
import type { ApiFindings } from '../../src/tailscale/api-findings.js';

const policy = (tests: string) =>
  parseLocalPolicy(
    'policy.hujson',
    Buffer.from(`{
  "groups": {"group:eng": ["alice@example.com"]},
  "tagOwners": {"tag:web": ["group:eng"]},
  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]}],
  "tests": [${tests}],
}
`),
  );

const DEFINITE = '{"src": "alice@example.com", "accept": ["tag:web:443"], "deny": ["tag:web:22"]}';
const UNDECIDED = '{"src": "alice@example.com", "accept": ["100.64.0.9:443"]}';
const FAILING = '{"src": "alice@example.com", "deny": ["tag:web:443"]}';

function apiFindings(failures: number): ApiFindings {
  const found: ApiFindings = { errors: [], testFailures: [], warnings: [] };
  for (let i = 0; i < failures; i++)
    found.testFailures.push({ source: 'alice@example.com', destination: 'tag:web:443', message: 'failed' });
  return found;
}

describe('reconcile', () => {
  it.each([
    ['both accept', DEFINITE, 0, []],
    ['both reject', FAILING, 1, []],
    ['the API rejects what the engine could not decide', UNDECIDED, 1, []],
    [
      'the API rejects what the engine passed',
      DEFINITE,
      1,
      [
        "the offline policy engine disagrees with the Tailscale API: the API rejects this policy, the engine accepts it. The API's verdict stands; please report this difference",
      ],
    ],
    [
      'the API accepts what the engine failed',
      FAILING,
      0,
      [
        'the offline policy engine disagrees with the Tailscale API: the API accepts this policy, the engine rejects it ([acl test error]: address "tag:web:443": want: Drop, got: Accept). The API\'s verdict stands; please report this difference',
      ],
    ],
  ])('%s', (_name, tests, apiFailures, notices) => {
    const reconciled = reconcile(apiFindings(apiFailures), checkOffline(policy(tests)));
    expect(reconciled.notices.map((n) => n.message)).toEqual(notices);
  });

  it("lends the engine's position to an API failure it could not place", () => {
    const reconciled = reconcile(apiFindings(1), checkOffline(policy(FAILING)));
    expect(reconciled.testFailures[0]!.location).toEqual({ line: 5, column: 51 });
  });
});

describe('unaskedFindings: the live policy already is the file, so the API was not asked', () => {
  // It used to be reconciled with an empty answer, as if the API had accepted the policy.
  it.each([
    ['the engine accepts', DEFINITE, []],
    ['the engine cannot decide', UNDECIDED, []],
    [
      'the engine rejects',
      FAILING,
      [
        'the offline policy engine rejects this policy ([acl test error]: address "tag:web:443": want: Drop, got: ' +
          'Accept); it already is the live policy, so the Tailscale API was not asked to validate it again',
      ],
    ],
  ])('%s', (_name, tests, notices) => {
    const found = unaskedFindings(checkOffline(policy(tests)));
    expect(found).toEqual({ errors: [], testFailures: [], warnings: [], notices: notices.map(notice) });
  });

  it('says a check cut short leaves tests undecided, without saying the API checks them', () => {
    const found = unaskedFindings(checkOffline(policy(DEFINITE), undefined, { deadline: 0, now: () => 1 }));
    expect(found.notices.map((n) => n.message)).toEqual([
      'the offline check was cut short by the timeout: the tests it did not reach count as undecided offline; ' +
        "raise the run's timeout to evaluate them",
    ]);
  });
});

describe('offlineFindings: undecided assertions, one notice per reason', () => {
  const STAR = `{
  "groups": {"group:empty": [], "group:eng": ["alice@example.com"]},
  "acls": [{"action": "accept", "src": ["group:eng"], "dst": ["*:443"]}],
  "tests": [
    {"src": "alice@example.com", "accept": ["8.8.8.8:443"], "deny": ["1.1.1.1:443", "9.9.9.9:443"]},
    {"src": "alice@example.com", "accept": ["group:empty:443"]},
  ],
}
`;

  it('says why, where the first one is, and how many share the reason', () => {
    const found = offlineFindings(checkOffline(parseLocalPolicy('policy.hujson', Buffer.from(STAR))));
    expect(found.notices).toEqual([
      {
        severity: 'notice',
        message:
          '3 test assertions undecided offline, the first for "alice@example.com" to "8.8.8.8:443": cannot be ' +
          'decided offline: depends on devices, users or routes in the tailnet, or on whether `*` as a ' +
          'destination reaches addresses outside the tailnet',
        location: { line: 5, column: 45 },
      },
      {
        severity: 'notice',
        message:
          'undecided offline for "alice@example.com" to "group:empty:443": group:empty has no device: whether ' +
          'the server fails the test or passes it is not known',
        location: { line: 6, column: 45 },
      },
    ]);
  });

  it('counts the reasons past the fifth in one notice', () => {
    const groups = Array.from({ length: 7 }, (_, i) => `"group:e${i}": []`).join(', ');
    const tests = Array.from({ length: 7 }, (_, i) => `{"src": "alice@example.com", "accept": ["group:e${i}:1"]}`);
    const text = `{"groups": {${groups}}, "acls": [],\n"tests": [\n${tests.join(',\n')}]}`;
    const found = offlineFindings(checkOffline(parseLocalPolicy('policy.hujson', Buffer.from(text))));
    expect(found.notices).toEqual([
      ...Array.from({ length: 5 }, (_, i) => ({
        severity: 'notice',
        message:
          `undecided offline for "alice@example.com" to "group:e${i}:1": group:e${i} has no device: whether the ` +
          'server fails the test or passes it is not known',
        location: { line: 3 + i, column: 41 },
      })),
      notice('2 more test assertion(s) undecided offline for other reasons'),
    ]);
  });

  it('says an sshTest once per reason, naming its destination and login', () => {
    const text = `{
  "tagOwners": {"tag:web": [], "tag:db": []},
  "ssh": [{"action": "accept", "src": ["autogroup:member"], "dst": ["tag:web", "tag:db"], "users": ["root", "ubuntu"]}],
  "sshTests": [{"src": "alice@example.com", "dst": ["tag:web", "tag:db"], "accept": ["root", "ubuntu"]}],
}
`;
    const found = offlineFindings(checkOffline(parseLocalPolicy('policy.hujson', Buffer.from(text))));
    expect(found.notices).toEqual([
      {
        severity: 'notice',
        message:
          '4 test assertions undecided offline, the first for "alice@example.com" to "tag:web" as "root": ' +
          'cannot be decided offline',
        location: { line: 4, column: 86 },
      },
    ]);
  });
});

const notice = (message: string) => ({ severity: 'notice', message });
