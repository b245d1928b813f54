// A guard against false rejections. Each case is one construct that real, publicly shared
// policy files applied with GitOps use, written here as a minimal synthetic policy of our own
// (nobody's file is copied), with the verdict the Tailscale server gives and the documentation
// page or public report that backs it. Verdicts are checked offline (no tailnet), where the
// engine must never invent a failure: `accept` means no error, no failing test and no notice;
// `notice` means accepted with exactly these notices; `error` is the server's message.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, reportJson, reportLines, serverMessage } from '../../src/policy/index.js';

type Verdict = { accept: true } | { notice: string[] } | { error: string };

interface Case {
  construct: string;
  policy: object;
  verdict: Verdict;
  /** The documentation page (title and address) or public report backing the verdict. */
  source: string;
}

const DOCS = {
  syntax: 'Syntax reference for the tailnet policy file, https://tailscale.com/s/acl-format',
  targets: 'Targets and selectors, https://tailscale.com/kb/1396/targets',
  grants: 'Grants syntax, https://tailscale.com/kb/1538/grants-syntax',
  posture: 'Device posture management, https://tailscale.com/kb/1288/device-posture',
  ssh: 'Tailscale SSH, https://tailscale.com/kb/1193/tailscale-ssh',
  ipsets: 'IP sets, https://tailscale.com/docs/features/tailnet-policy-file/ip-sets',
  captures: 'captured server verdicts, test/fixtures/conformance/policy',
};

const ISSUE = {
  sshTestsSrc: 'tailscale/tailscale#14102 (autogroups accepted in ssh[].src, refused in sshTests[].src)',
  sshRoles:
    'tailscale/tailscale#19531 (2026 policy saved with role autogroups in ssh src); #8194 (2023 refusal, since lifted)',
  testAutogroups: 'tailscale/tailscale#5954 ("ACL tests do not currently support autogroups")',
  issue11: 'issue 11 of this repository (server accepts these; found in public GitOps policies)',
};

const ACCEPTED = ' (accepted: not confirmed against the Tailscale server)';

const TAGS = {
  tagOwners: { 'tag:server': ['autogroup:admin'], 'tag:router': ['autogroup:admin'], 'tag:exit': ['autogroup:admin'] },
};
const SSH = { action: 'accept', dst: ['tag:server'], users: ['autogroup:nonroot', 'root'] };

const CASES: Case[] = [
  ...['admin', 'owner', 'it-admin', 'network-admin', 'billing-admin', 'auditor'].map((role): Case => ({
    construct: `autogroup:${role} in ssh[].src`,
    policy: { ...TAGS, ssh: [{ ...SSH, action: 'check', src: [`autogroup:${role}`] }] },
    verdict: { accept: true },
    source: `${ISSUE.sshTestsSrc}; ${ISSUE.sshRoles}`,
  })),
  {
    construct: 'autogroup in sshTests[].src',
    policy: {
      ...TAGS,
      ssh: [{ ...SSH, src: ['autogroup:admin'] }],
      sshTests: [{ src: 'autogroup:admin', dst: ['tag:server'], accept: ['root'] }],
    },
    verdict: { error: 'SSH tests src contains disallowed element "autogroup:admin"' },
    source: ISSUE.sshTestsSrc,
  },
  {
    construct: '`*:*` (wildcard protocol) in a grant ip, as the console grant editor writes it',
    policy: {
      grants: [
        { src: ['*'], dst: ['*'], ip: ['*:*'] },
        { src: ['autogroup:member'], dst: ['tag:server'], ip: ['*:443'] },
      ],
      ...TAGS,
    },
    verdict: { accept: true },
    source: `${DOCS.grants}; ${ISSUE.issue11}`,
  },
  {
    construct: "autogroup:internet does not reach into the tailnet's own (public) subnet route",
    policy: {
      ...TAGS,
      autoApprovers: {
        routes: { '2001:db8:1234::/48': ['tag:router'], '0.0.0.0/0': ['tag:exit'], '::/0': ['tag:exit'] },
      },
      grants: [{ src: ['*'], dst: ['autogroup:internet'], ip: ['*'] }],
      tests: [{ src: 'tag:server', deny: ['[2001:db8:1234::10]:443'], accept: ['[2001:db9::1]:443'] }],
    },
    verdict: { accept: true },
    source: `${DOCS.targets} (autogroup:internet: public addresses through exit nodes); ${ISSUE.issue11}`,
  },
  {
    construct: 'posture conditions IS SET / NOT SET',
    policy: {
      postures: { 'posture:public': ['ip:publicAddress IS SET', 'custom:quarantined NOT SET'] },
      grants: [{ src: ['*'], dst: ['*'], ip: ['*'], srcPosture: ['posture:public'] }],
    },
    verdict: { accept: true },
    source: DOCS.posture,
  },
  {
    construct: 'posture conditions with IN, numeric and version comparisons, and a bare boolean',
    policy: {
      postures: {
        'posture:ok': [
          "node:os IN ['macos', 'windows']",
          "node:tsVersion >= '1.60'",
          'falcon:ztaScore >= 70',
          "ip:country NOT IN ['XX']",
          'node:tsAutoUpdate',
        ],
      },
      defaultSrcPosture: ['posture:ok'],
      acls: [{ action: 'accept', src: ['*'], dst: ['*:*'] }],
    },
    verdict: { accept: true },
    source: DOCS.posture,
  },
  {
    construct: 'legacy users/ports fields and the autogroup:members spelling',
    policy: { ...TAGS, acls: [{ action: 'accept', users: ['autogroup:members'], ports: ['tag:server:*'] }] },
    verdict: { accept: true },
    source: `${DOCS.syntax} (legacy fields users and ports)`,
  },
  {
    construct: 'exit-node access with autogroup:internet:* and own-device access with autogroup:self:*',
    policy: {
      acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['autogroup:internet:*', 'autogroup:self:*'] }],
    },
    verdict: { accept: true },
    source: DOCS.targets,
  },
  {
    construct: 'per-protocol ACLs with named and numbered protocols',
    policy: {
      ...TAGS,
      acls: [
        { action: 'accept', src: ['autogroup:member'], proto: 'udp', dst: ['tag:server:53,123'] },
        { action: 'accept', src: ['autogroup:member'], proto: '6', dst: ['tag:server:443'] },
      ],
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'nodeAttrs with only an ipPool, one pool for two targets',
    policy: {
      groups: { 'group:ops': ['ops@example.com'], 'group:dev': ['dev@example.com'] },
      nodeAttrs: [
        { target: ['group:ops'], ipPool: ['100.80.0.0/24'] },
        { target: ['group:dev'], ipPool: ['100.80.0.0/24'] },
      ],
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'nodeAttrs attributes (funnel, nextdns, mullvad) and app connectors',
    policy: {
      ...TAGS,
      nodeAttrs: [
        { target: ['autogroup:member'], attr: ['funnel', 'nextdns:abc123', 'mullvad'] },
        {
          target: ['tag:server'],
          app: {
            'tailscale.com/app-connectors': [{ name: 'saas', connectors: ['tag:server'], domains: ['example.com'] }],
          },
        },
      ],
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'ssh check with checkPeriod, acceptEnv and session recording',
    policy: {
      tagOwners: { ...TAGS.tagOwners, 'tag:recorder': ['autogroup:admin'] },
      ssh: [
        {
          ...SSH,
          action: 'check',
          src: ['autogroup:member'],
          checkPeriod: '1m',
          acceptEnv: ['GIT_*', 'LANG'],
          recorder: ['tag:recorder'],
          enforceRecorder: true,
        },
      ],
    },
    verdict: { accept: true },
    source: DOCS.ssh,
  },
  {
    construct: 'ssh to own devices and to tagged devices from a group',
    policy: {
      ...TAGS,
      groups: { 'group:ops': ['ops@example.com'] },
      ssh: [
        { action: 'check', src: ['autogroup:member'], dst: ['autogroup:self'], users: ['autogroup:nonroot'] },
        { ...SSH, src: ['group:ops'], dst: ['tag:server', 'autogroup:tagged'] },
      ],
    },
    verdict: { accept: true },
    source: DOCS.ssh,
  },
  {
    construct: 'tag owners that are role autogroups, tags and groups; tags owning themselves',
    policy: {
      groups: { 'group:ops': ['ops@example.com'] },
      tagOwners: {
        'tag:a': ['autogroup:admin', 'group:ops'],
        'tag:b': ['tag:a', 'autogroup:member'],
        'tag:c': ['tag:c'],
        'tag:d': [],
      },
    },
    verdict: { accept: true },
    source: `${DOCS.syntax}; ${DOCS.captures}`,
  },
  {
    construct: 'grants with application capabilities and via routing',
    policy: {
      ...TAGS,
      grants: [
        {
          src: ['autogroup:admin'],
          dst: ['tag:server'],
          app: { 'tailscale.com/cap/kubernetes': [{ impersonate: { groups: ['system:masters'] } }] },
        },
        { src: ['autogroup:member'], dst: ['10.1.0.0/16'], ip: ['tcp:22'], via: ['tag:router'] },
      ],
    },
    verdict: { accept: true },
    source: DOCS.grants,
  },
  {
    construct: 'autoApprovers for routes, exit nodes and services',
    policy: {
      ...TAGS,
      autoApprovers: {
        routes: { '10.0.0.0/8': ['tag:router', 'autogroup:admin'] },
        exitNode: ['tag:exit'],
        services: { 'svc:web': ['tag:server'] },
      },
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'network-wide settings: derpMap, disableIPv4, randomizeClientPort, OneCGNATRoute',
    policy: {
      derpMap: { OmitDefaultRegions: false, Regions: {} },
      disableIPv4: false,
      randomizeClientPort: true,
      OneCGNATRoute: 'mac-always',
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'ipsets with add/remove, host references and autogroup:internet',
    policy: {
      hosts: { nas: '192.168.1.10' },
      ipsets: {
        'ipset:lan': ['add 192.168.0.0/16', 'remove 192.168.9.0/24', 'add host:nas'],
        'ipset:out': ['autogroup:internet'],
      },
      acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['ipset:lan:*', 'ipset:out:443'] }],
    },
    verdict: { accept: true },
    source: DOCS.ipsets,
  },
  {
    construct: 'hosts for subnets and single addresses, tested with a protocol',
    policy: {
      hosts: { lan: '10.21.0.0/16', proxy: '10.21.127.254/32' },
      groups: { 'group:ops': ['ops@example.com'] },
      acls: [{ action: 'accept', src: ['group:ops'], dst: ['proxy:443', 'lan:5432'] }],
      tests: [{ src: 'ops@example.com', proto: 'tcp', accept: ['proxy:443', '10.21.4.4:5432'] }],
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'a deny test for a user the policy does not list (possibly an external, shared-in user)',
    policy: {
      ...TAGS,
      acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['tag:server:*'] }],
      tests: [{ src: 'visitor@github', deny: ['tag:server:80'] }],
    },
    verdict: { accept: true },
    source: `${DOCS.targets} (autogroup:member excludes shared-in users)`,
  },
  {
    construct: "identity providers' synced groups, domain wildcards, Services and the risky source autogroups",
    policy: {
      ...TAGS,
      acls: [
        {
          action: 'accept',
          src: ['group:eng@example.com', 'user:*@example.com', 'autogroup:shared', 'autogroup:danger-all'],
          dst: ['svc:web:443', 'tag:server:22'],
        },
      ],
    },
    verdict: { accept: true },
    source: DOCS.targets,
  },
  {
    construct: 'tests and sshTests entries that pass offline',
    policy: {
      ...TAGS,
      groups: { 'group:ops': ['ops@example.com'] },
      acls: [{ action: 'accept', src: ['group:ops'], dst: ['tag:server:22'] }],
      ssh: [{ ...SSH, src: ['group:ops'] }],
      tests: [{ src: 'ops@example.com', accept: ['tag:server:22'], deny: ['tag:server:80'] }],
      sshTests: [{ src: 'ops@example.com', dst: ['tag:server'], accept: ['root'] }],
    },
    verdict: { accept: true },
    source: DOCS.syntax,
  },
  {
    construct: 'a group used in a rule but never defined',
    policy: { acls: [{ action: 'accept', src: ['group:gone'], dst: ['*:*'] }] },
    verdict: { notice: ['src=group not defined in policy: "group:gone"' + ACCEPTED] },
    source: 'no observed refusal (docs/policy-semantics.md §2.2.3); found in public GitOps policies',
  },
  {
    construct: 'an undefined group as a tag owner',
    policy: { tagOwners: { 'tag:a': ['group:gone'] } },
    verdict: { notice: ['tagOwners["tag:a"]: group not defined in policy: "group:gone"' + ACCEPTED] },
    source: 'no observed refusal (docs/policy-semantics.md §6.2, tagOwners); found in public GitOps policies',
  },
  {
    construct: 'an ssh destination that is neither a tag, a user nor an autogroup',
    policy: { ssh: [{ action: 'accept', src: ['autogroup:member'], dst: ['printer'], users: ['root'] }] },
    verdict: { notice: ['invalid dst "printer"' + ACCEPTED] },
    source: 'refusal observed only for defined host aliases (docs/policy-semantics.md §6.2, ssh)',
  },
  {
    construct: 'a test whose source is an autogroup',
    policy: {
      acls: [{ action: 'accept', src: ['autogroup:member'], dst: ['*:*'] }],
      tests: [{ src: 'autogroup:member', accept: ['100.64.0.1:22'] }],
    },
    verdict: { error: 'test(s) failed' },
    source: ISSUE.testAutogroups,
  },
  {
    construct: '`*` as an ssh login',
    policy: { ...TAGS, ssh: [{ ...SSH, src: ['autogroup:member'], users: ['*'] }] },
    verdict: { error: 'user "*" is not valid' },
    source: DOCS.captures,
  },
  {
    construct: 'a bare protocol name in a grant ip',
    policy: { grants: [{ src: ['*'], dst: ['*'], ip: ['icmp'] }] },
    verdict: { error: 'port range "icmp": invalid first integer' },
    source: DOCS.captures,
  },
];

function verdictOf(policy: object): Verdict {
  const report = checkPolicy(parse(JSON.stringify(policy)));
  const message = serverMessage(report);
  if (message !== undefined) return { error: message };
  expect(report.tests.flatMap((t) => t.assertions).filter((a) => a.outcome === 'fail')).toEqual([]);
  return report.notices.length === 0 ? { accept: true } : { notice: report.notices.map((n) => n.message) };
}

describe("constructs of public GitOps policies get the server's verdict offline", () => {
  test('every case names its source', () => {
    for (const c of CASES) expect(c.source.length, c.construct).toBeGreaterThan(10);
  });

  test.each(CASES.map((c) => [c.construct, c] as const))('%s', (_construct, c) => {
    expect(verdictOf(c.policy)).toEqual(c.verdict);
  });
});

describe('notices in the renderings', () => {
  const report = checkPolicy(parse('{\n  "acls": [{"action": "accept", "src": ["group:gone"], "dst": ["*:*"]}],\n}\n'));

  test('text lines name the position and say notice', () => {
    const lines: string[] = [];
    reportLines(report, 'policy.hujson', lines);
    expect(lines).toEqual([
      'policy.hujson:2:41: notice: src=group not defined in policy: "group:gone"' + ACCEPTED,
      'policy.hujson: 0 test(s): 0 passed, 0 failed, 0 undecided (offline, no tailnet given)',
    ]);
  });

  test('the JSON report lists them, and only when there are any', () => {
    expect(reportJson(report, 'policy.hujson').notices).toEqual([
      {
        message: 'src=group not defined in policy: "group:gone"' + ACCEPTED,
        position: { line: 2, column: 41 },
        path: 'acls[0].src[0]',
      },
    ]);
    expect(reportJson(checkPolicy(parse('{}')), 'p').notices).toBeUndefined();
  });
});
