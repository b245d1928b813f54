import { describe, expect, it } from 'vitest';
import { computeAccessPlan, planJson } from '../../src/plan/index.js';
import { changeLines, planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [], 'tag:server': [], 'tag:router': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });
const acl = (src: string[], dst: string[]): object => ({ action: 'accept', src, dst });

describe('network changes', () => {
  it.each([
    [
      'rule added',
      base(),
      base({ acls: [acl(['alice@example.com'], ['tag:db:5432'])] }),
      [
        'gained network alice@example.com -> tag:db icmp:* untested',
        'gained network alice@example.com -> tag:db tcp:5432 untested',
        'gained network alice@example.com -> tag:db udp:5432 untested',
      ],
    ],
    [
      'rule removed',
      base({ acls: [acl(['alice@example.com'], ['tag:db:5432'])] }),
      base(),
      [
        'lost network alice@example.com -> tag:db icmp:* untested',
        'lost network alice@example.com -> tag:db tcp:5432 untested',
        'lost network alice@example.com -> tag:db udp:5432 untested',
      ],
    ],
    [
      'rule widened',
      base({ acls: [{ ...acl(['alice@example.com'], ['tag:db:22']), proto: 'tcp' }] }),
      base({ acls: [{ ...acl(['alice@example.com'], ['tag:db:22,443,8000-8100']), proto: 'tcp' }] }),
      ['gained network alice@example.com -> tag:db tcp:443,8000-8100 untested'],
    ],
    [
      'rule narrowed',
      base({ grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:*'] }] }),
      base({ grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:5432'] }] }),
      ['lost network tag:web -> tag:db tcp:1-5431,5433-65535 untested'],
    ],
    [
      // Port 0 is written only as part of `*`: a change of it alone still names it.
      'rule narrowed to every port but 0',
      base({ grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:*'] }] }),
      base({ grants: [{ src: ['tag:web'], dst: ['tag:db'], ip: ['tcp:1-65535'] }] }),
      ['lost network tag:web -> tag:db tcp:0 untested'],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(changeLines(planOf(before, after))).toEqual(expected);
  });

  it('changes alike but for port 0 stay apart, and their tests use a port the plan writes', () => {
    const ip = (...ports: string[]): string[] => ports.map((p) => `tcp:${p}`);
    const groups = { 'group:a': ['alice@example.com', 'bob@example.com'] };
    const plan = planOf(
      base({ groups, grants: [{ src: ['group:a'], dst: ['tag:db'], ip: ip('1-4', '11-65535') }] }),
      base({
        groups,
        grants: [
          { src: ['alice@example.com'], dst: ['tag:db'], ip: ip('*') },
          { src: ['bob@example.com'], dst: ['tag:db'], ip: ip('1-65535') },
        ],
      }),
    );
    // Alice gains port 0 too: said apart from Bob's, not once for group:a.
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:db tcp:5-10 untested',
      'gained network bob@example.com -> tag:db tcp:5-10 untested',
    ]);
    expect(plan.proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'tcp', accept: ['tag:db:5'] },
      { src: 'bob@example.com', proto: 'tcp', accept: ['tag:db:5'] },
    ]);
  });

  it('a member added to a group gains what the group has; the others change nothing', () => {
    const groups = (members: string[]): object => ({ 'group:eng': members, 'group:ops': ['dave@example.com'] });
    const rules = [acl(['group:eng'], ['tag:db:5432']), acl(['group:ops'], ['group:eng:22'])];
    const plan = planOf(
      base({ groups: groups(['alice@example.com']), acls: rules }),
      base({ groups: groups(['alice@example.com', 'carol@example.com']), acls: rules }),
    );
    expect(changeLines(plan)).toEqual([
      'gained network carol@example.com -> tag:db icmp:* untested',
      'gained network carol@example.com -> tag:db tcp:5432 untested',
      'gained network carol@example.com -> tag:db udp:5432 untested',
      'gained network dave@example.com -> carol@example.com icmp:* untested',
      'gained network dave@example.com -> carol@example.com tcp:22 untested',
      'gained network dave@example.com -> carol@example.com udp:22 untested',
    ]);
  });

  it('a host address moved: the old address is lost and the new one gained', () => {
    const policy = (address: string): object =>
      base({ hosts: { db1: address }, acls: [{ ...acl(['alice@example.com'], ['db1:5432']), proto: 'tcp' }] });
    const plan = planOf(policy('10.0.0.1'), policy('10.0.0.2'));
    // ICMP reaches any address some rule lets the source reach, whatever the rule's protocol (§4.1).
    expect(changeLines(plan)).toEqual([
      'lost network alice@example.com -> 10.0.0.1 icmp:* untested',
      'lost network alice@example.com -> 10.0.0.1 tcp:5432 untested',
      'gained network alice@example.com -> 10.0.0.2 icmp:* untested',
      'gained network alice@example.com -> 10.0.0.2 tcp:5432 untested',
    ]);
    expect(plan.changes.map((c) => c.dstLabel)).toEqual([
      'db1 (10.0.0.1)',
      'db1 (10.0.0.1)',
      'db1 (10.0.0.2)',
      'db1 (10.0.0.2)',
    ]);
    expect(plan.proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'icmp', deny: ['10.0.0.1:0'] },
      { src: 'alice@example.com', proto: 'tcp', deny: ['10.0.0.1:5432'] },
      { src: 'alice@example.com', proto: 'icmp', accept: ['10.0.0.2:0'] },
      { src: 'alice@example.com', proto: 'tcp', accept: ['10.0.0.2:5432'] },
    ]);
  });

  it('an ipset edited: the range it no longer holds is lost, said as one range', () => {
    const policy = (ops: string[]): object =>
      base({ ipsets: { 'ipset:lab': ops }, grants: [{ src: ['tag:web'], dst: ['ipset:lab'], ip: ['tcp:443'] }] });
    const plan = planOf(policy(['10.0.0.0/16']), policy(['add 10.0.0.0/16', 'remove 10.0.128.0/17']));
    expect(changeLines(plan)).toEqual([
      'lost network tag:web -> 10.0.128.0 icmp:* untested',
      'lost network tag:web -> 10.0.128.0 tcp:443 untested',
    ]);
    expect(plan.changes[0]!.dstLabel).toBe('10.0.128.0/17');
  });

  it("autogroup:internet leaves out the tailnet's own routes, as check does; through an ipset they are undecided", () => {
    const routes = { autoApprovers: { routes: { '8.8.8.0/24': ['tag:router'] } } };
    const internet = base({ ...routes, grants: [{ src: ['tag:web'], dst: ['autogroup:internet'], ip: ['tcp:443'] }] });
    const direct = planOf(base(routes), internet);
    expect(changeLines(direct)).toEqual([
      'gained network tag:web -> 0.0.0.0 icmp:* untested',
      'gained network tag:web -> 0.0.0.0 tcp:443 untested',
    ]);
    expect(direct.changes.map((c) => c.dstLabel)).toEqual(['autogroup:internet', 'autogroup:internet']);
    expect(direct.undecided).toEqual([]);
    const routeToo = { src: ['tag:web'], dst: ['8.8.8.0/24'], ip: ['tcp:443'] };
    const widened = planOf(
      internet,
      base({ ...routes, grants: [...(internet as { grants: object[] }).grants, routeToo] }),
    );
    expect(changeLines(widened)).toEqual([
      'gained network tag:web -> 8.8.8.0 icmp:* untested',
      'gained network tag:web -> 8.8.8.0 tcp:443 untested',
    ]);
    const grant = { src: ['tag:web'], dst: ['ipset:out'], ip: ['tcp:443'] };
    const viaIpset = planOf(
      internet,
      base({ ...routes, ipsets: { 'ipset:out': ['autogroup:internet'] }, grants: [grant] }),
    );
    expect(changeLines(viaIpset)).toEqual([]);
    expect(viaIpset.undecided.map((u) => `${u.dstLabel} ${u.proto}:${u.ports} ${u.before} / ${u.after}`)).toEqual([
      '8.8.8.0/24 icmp:* denied / depends on the tailnet',
      '8.8.8.0/24 tcp:443 denied / depends on the tailnet',
    ]);
  });

  // A public prefix the tailnet routes itself is reached through a subnet router, not the
  // internet: no internet highlight for it (as autogroup:internet leaves it out).
  it.each([
    ['a route of the tailnet', '8.8.8.0/24', []],
    [
      'a public address',
      '9.9.9.9',
      [
        'opens access to public addresses (9.9.9.9), the internet, for tag:web, ' +
          'unless a subnet route the policy does not name holds them',
      ],
    ],
    [
      'a prefix holding a route of the tailnet and public addresses',
      '8.8.8.0/23',
      [
        'opens access to public addresses (8.8.8.0/23), the internet, for tag:web, ' +
          'unless a subnet route the policy does not name holds them',
      ],
    ],
    ['autogroup:internet', 'autogroup:internet', ['opens access to the internet (autogroup:internet) for tag:web']],
  ])('access gained to %s: internet highlight or not', (_name, dst, messages) => {
    const routes = { autoApprovers: { routes: { '8.8.8.0/24': ['tag:router'] } } };
    const plan = planOf(base(routes), base({ ...routes, grants: [{ src: ['tag:web'], dst: [dst], ip: ['tcp:443'] }] }));
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(plan.highlights.filter((h) => h.kind === 'to-internet').map((h) => h.message)).toEqual(messages);
  });

  it('says a public address is the internet without a doubt when the tailnet names its routes', () => {
    const devices = { users: [], nodes: { web: { hostname: 'web', tags: ['tag:web'], ipv4: '100.64.0.1' } } };
    const grants = [{ src: ['tag:web'], dst: ['9.9.9.9'], ip: ['tcp:443'] }];
    const plan = planOf(base(), base({ grants }), { topology: devices });
    expect(plan.highlights.filter((h) => h.kind === 'to-internet').map((h) => h.message)).toEqual([
      'opens access to public addresses (9.9.9.9), the internet, for tag:web (1 device)',
    ]);
  });

  it("a route of the tailnet's own added: autogroup:internet no longer reaches it; through an ipset, undecided", () => {
    const routes = { autoApprovers: { routes: { '8.8.8.0/24': ['tag:router'] } } };
    const direct = base({ grants: [{ src: ['tag:web'], dst: ['autogroup:internet'], ip: ['tcp:443'] }] });
    const plan = planOf(direct, { ...direct, ...routes });
    expect(changeLines(plan)).toEqual([
      'lost network tag:web -> 8.8.8.0 icmp:* untested',
      'lost network tag:web -> 8.8.8.0 tcp:443 untested',
    ]);
    const viaIpset = base({
      ipsets: { 'ipset:out': ['autogroup:internet'] },
      grants: [{ src: ['tag:web'], dst: ['ipset:out'], ip: ['tcp:443'] }],
    });
    const undecided = planOf(viaIpset, { ...viaIpset, ...routes });
    expect(changeLines(undecided)).toEqual([]);
    expect(undecided.undecided.map((u) => `${u.dstLabel} ${u.proto}:${u.ports} ${u.before} / ${u.after}`)).toEqual([
      '8.8.8.0/24 icmp:* allowed / depends on the tailnet',
      '8.8.8.0/24 tcp:443 allowed / depends on the tailnet',
    ]);
  });

  it("a route of the tailnet's own no longer approved: autogroup:internet reaches it again, and says so", () => {
    const routes = { autoApprovers: { routes: { '8.8.8.0/24': ['tag:router'] } } };
    const direct = base({ grants: [{ src: ['tag:web'], dst: ['autogroup:internet'], ip: ['tcp:443'] }] });
    const plan = planOf({ ...direct, ...routes }, direct);
    expect(changeLines(plan)).toEqual([
      'gained network tag:web -> 8.8.8.0 icmp:* untested',
      'gained network tag:web -> 8.8.8.0 tcp:443 untested',
    ]);
    expect(plan.highlights.map((h) => h.message)).toEqual([
      'edits autoApprovers routes for 8.8.8.0/24, which the plan does not turn into access changes ' +
        '(but for what autogroup:internet reaches); review them',
      'opens access to public addresses (8.8.8.0/24), the internet, for tag:web, ' +
        'unless a subnet route the policy does not name holds them',
    ]);
  });

  // `*` reaches Tailscale addresses and approved routes; whether it reaches others is not known
  // (docs/policy-semantics.md §2.2.1): a `*` destination widened is undecided there, and said.
  it('`*` as a destination widened: undecided beyond the tailnet, and a highlight says it may open the internet', () => {
    const star = (ports: string): object => base({ acls: [acl(['tag:web'], [`*:${ports}`])] });
    const plan = planOf(star('443'), star('443,8443'));
    expect(plan.highlights.filter((h) => h.kind === 'maybe-to-internet')).toEqual([
      {
        kind: 'maybe-to-internet',
        message: 'may open access to the internet for tag:web (undecided offline)',
      },
    ]);
    // Neighbouring intervals alike in all else are one row: Tailscale's ranges alone split them.
    expect(plan.undecided.filter((u) => u.proto === 'tcp').map((u) => [u.src, u.dstLabel, u.ports, u.after])).toEqual([
      ['tag:web', '0.0.0.0-100.63.255.255', '8443', 'depends on the tailnet'],
      ['tag:web', '100.115.92.0/23', '8443', 'depends on the tailnet'],
      ['tag:web', '100.128.0.0-255.255.255.255', '8443', 'depends on the tailnet'],
      ['tag:web', '::-fd7a:115c:a1df:ffff:ffff:ffff:ffff:ffff', '8443', 'depends on the tailnet'],
      ['tag:web', 'fd7a:115c:a1e1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '8443', 'depends on the tailnet'],
    ]);
    const devices = { users: [], nodes: { web: { hostname: 'web', tags: ['tag:web'], ipv4: '100.64.0.1' } } };
    const described = planOf(star('443'), star('443,8443'), { topology: devices });
    expect([...new Set(described.undecided.map((u) => u.after))]).toEqual(['not known offline']);
  });

  it('says a change once for a group whose every member shares it, and counts tested changes', () => {
    const groups = { 'group:eng': ['alice@example.com', 'bob@example.com', 'carol@example.com'] };
    const after = base({
      groups,
      acls: [{ ...acl(['group:eng'], ['tag:db:5432']), proto: 'tcp' }],
      tests: [{ src: 'group:eng', proto: 'tcp', accept: ['tag:db:5432'] }],
    });
    const plan = planOf(base({ groups }), after);
    expect(changeLines(plan)).toEqual([
      'gained network group:eng -> tag:db icmp:* untested',
      'gained network group:eng -> tag:db tcp:5432 tested',
    ]);
    expect(plan.changes[1]).toMatchObject({
      srcLabel: 'group:eng (3 users)',
      members: ['alice@example.com', 'bob@example.com', 'carol@example.com'],
    });
    expect(plan.proposed).toEqual({ tests: [{ src: 'group:eng', proto: 'icmp', accept: ['tag:db:0'] }], sshTests: [] });
  });
});

describe('a side the caller has already validated', () => {
  const after = base({ acls: [acl(['alice@example.com'], ['tag:db:5432'])] });
  const sources = (policy: object, validated?: boolean) =>
    [
      { name: 'before.hujson', source: JSON.stringify(base()) },
      { name: 'after.hujson', source: JSON.stringify(policy), ...(validated === undefined ? {} : { validated }) },
    ] as const;

  it('is planned alike, without validating it again', () => {
    const plan = computeAccessPlan(...sources(after, true));
    expect(planJson(plan)).toEqual(planJson(planOf(base(), after)));
  });

  it('is trusted: a policy the engine would refuse is planned as given', () => {
    const invalid = base({ acls: [acl(['alice@example.com'], ['tag:nope:22'])] });
    expect(() => computeAccessPlan(...sources(invalid))).toThrow(
      'after.hujson:1:135: dst="tag:nope": tag not found: "tag:nope" (the policy must be valid to plan its access)',
    );
    expect(computeAccessPlan(...sources(invalid, true)).changes).toEqual([]);
  });
});
