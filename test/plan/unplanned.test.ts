// Edits the plan does not evaluate (who may tag devices, auto-approvals, node attributes, SSH
// session settings) are named, so that a plan of one never reads as "nothing changed".

import { describe, expect, it } from 'vitest';
import { computeAccessPlan, planJson, renderPlanMarkdown, renderPlanText } from '../../src/plan/index.js';
import { planOf } from './helpers.js';

const base = {
  groups: { 'group:admins': ['alice@example.com'] },
  tagOwners: { 'tag:prod': ['group:admins'], 'tag:db': ['group:admins'] },
  acls: [{ action: 'accept', src: ['group:admins'], dst: ['tag:prod:22'] }],
  autoApprovers: { routes: { '10.0.0.0/8': ['group:admins'] }, exitNode: ['group:admins'] },
  nodeAttrs: [{ target: ['tag:prod'], attr: ['funnel', 'mullvad'] }],
  ssh: [{ action: 'accept', src: ['group:admins'], dst: ['tag:prod'], users: ['root'], acceptEnv: ['GIT_*'] }],
};

const edited = (changes: object): object => ({ ...base, ...changes });

describe('edits outside the plan', () => {
  it.each([
    [
      'an owner added to a tag',
      { tagOwners: { ...base.tagOwners, 'tag:prod': ['group:admins', 'mallory@example.com'] } },
      ['tagOwners of tag:prod'],
    ],
    [
      'a tag whose owners are every member',
      { tagOwners: { ...base.tagOwners, 'tag:db': ['autogroup:member'] } },
      ['tagOwners of tag:db'],
    ],
    ['a tag added', { tagOwners: { ...base.tagOwners, 'tag:new': [] } }, ['tagOwners of tag:new']],
    [
      'an approver of a route',
      { autoApprovers: { ...base.autoApprovers, routes: { '10.0.0.0/8': ['group:admins', 'bob@example.com'] } } },
      ['autoApprovers routes for 10.0.0.0/8'],
    ],
    [
      'a route approved unasked',
      {
        autoApprovers: {
          ...base.autoApprovers,
          routes: { ...base.autoApprovers.routes, '0.0.0.0/0': ['bob@example.com'] },
        },
      },
      ['autoApprovers routes for 0.0.0.0/0'],
    ],
    [
      'an approver of exit nodes',
      { autoApprovers: { ...base.autoApprovers, exitNode: ['autogroup:member'] } },
      ['autoApprovers exitNode'],
    ],
    [
      'an approver of a Service',
      { autoApprovers: { ...base.autoApprovers, services: { 'svc:web': ['tag:prod'] } } },
      ['autoApprovers services for svc:web'],
    ],
    [
      'a node attribute given',
      { nodeAttrs: [...base.nodeAttrs, { target: ['bob@example.com'], attr: ['funnel'] }] },
      ['nodeAttrs'],
    ],
    [
      'an SSH rule accepting any environment',
      { ssh: [{ ...base.ssh[0], acceptEnv: ['*'] }] },
      ['ssh acceptEnv or recorder'],
    ],
    [
      'a member added to a group owning a tag',
      { groups: { 'group:admins': ['alice@example.com', 'mallory@example.com'] } },
      [
        'tagOwners of tag:db',
        'tagOwners of tag:prod',
        'autoApprovers routes for 10.0.0.0/8',
        'autoApprovers exitNode',
        'ssh acceptEnv or recorder',
      ],
    ],
    [
      'SSH sessions recorded no longer enforced',
      { ssh: [{ ...base.ssh[0], recorder: ['tag:prod'], enforceRecorder: false }] },
      ['ssh acceptEnv or recorder'],
    ],
    [
      'the same owners written otherwise: a group as its members, a login in capitals, spaces',
      { tagOwners: { 'tag:prod': ['alice@example.com'], 'tag:db': [' Alice@Example.com '] } },
      [],
    ],
    [
      'an empty acceptEnv, and a route no one approves, as good as none',
      {
        ssh: [...base.ssh, { ...base.ssh[0], dst: ['tag:db'], acceptEnv: [] }],
        autoApprovers: { ...base.autoApprovers, routes: { ...base.autoApprovers.routes, '192.168.0.0/16': [] } },
      },
      [],
    ],
    [
      'the same lists in another order',
      {
        tagOwners: { 'tag:db': ['group:admins'], 'tag:prod': ['group:admins'] },
        nodeAttrs: [{ target: ['tag:prod'], attr: ['mullvad', 'funnel'] }],
      },
      [],
    ],
    [
      'a route in capitals with its zeros, a node attribute split and repeated',
      {
        autoApprovers: { ...base.autoApprovers, routes: { ...base.autoApprovers.routes, 'FD00:0::/8': [] } },
        nodeAttrs: [
          { target: ['tag:prod'], attr: ['funnel'] },
          { target: ['tag:prod'], attr: ['mullvad'] },
          { target: ['tag:prod'], attr: ['funnel'] },
        ],
      },
      [],
    ],
    [
      'a route in capitals approved for another, a node attribute split by its targets',
      {
        autoApprovers: { ...base.autoApprovers, routes: { '10.0.0.0/8': ['group:admins'], 'FD00::/8': ['bob@x.com'] } },
        nodeAttrs: [
          { target: ['tag:prod'], attr: ['funnel', 'mullvad'] },
          { target: ['bob@x.com'], attr: ['mullvad', 'funnel'] },
        ],
      },
      ['autoApprovers routes for fd00::/8', 'nodeAttrs'],
    ],
    [
      'a relay added to the DERP map, IPv4 turned off',
      {
        derpMap: { Regions: { '900': { RegionID: 900, Nodes: [{ Name: 'x', HostName: 'derp.evil.example' }] } } },
        disableIPv4: true,
      },
      ['derpMap', 'disableIPv4'],
    ],
  ])('%s', (_name, changes, expected) => {
    const plan = planOf(base, edited(changes));
    expect(plan.unplanned).toEqual(expected);
    expect(plan.highlights.filter((h) => h.kind === 'outside-plan').length).toBe(expected.length > 0 ? 1 : 0);
  });

  it('reads a setting as its value: its keys in another order, or null for absent, are no edit', () => {
    const derp = (map: object): object => ({ ...base, derpMap: map, randomizeClientPort: true });
    const ordered = { OmitDefaultRegions: true, Regions: { '900': { RegionID: 900, RegionCode: 'x' } } };
    const reordered = { Regions: { '900': { RegionCode: 'x', RegionID: 900 } }, OmitDefaultRegions: true };
    expect(planOf(derp(ordered), derp(reordered)).unplanned).toEqual([]);
    expect(planOf(base, { ...base, derpMap: null }).unplanned).toEqual([]);
    expect(planOf(derp(ordered), base).unplanned).toEqual(['derpMap', 'randomizeClientPort']);
  });

  it("reads a node attribute's app value with its numbers as written", () => {
    const policy = (id: string): string =>
      `{"nodeAttrs": [{"target": ["*"], "app": {"example.com/cap/x": [{"id": ${id}}]}}]}`;
    const plan = computeAccessPlan(
      { name: 'before.hujson', source: policy('12345678901234567890') },
      { name: 'after.hujson', source: policy('12345678901234567000') },
    );
    expect(plan.unplanned).toEqual(['nodeAttrs']);
  });

  it('reads an autogroup by either of its names', () => {
    const owners = (owner: string): object => ({ ...base, tagOwners: { ...base.tagOwners, 'tag:db': [owner] } });
    expect(planOf(owners('autogroup:member'), owners('autogroup:members')).unplanned).toEqual([]);
    expect(planOf(owners('autogroup:member'), owners('autogroup:admin')).unplanned).toEqual(['tagOwners of tag:db']);
  });

  it('is highlighted above "No access changes" in every rendering, and listed in the JSON', () => {
    const plan = planOf(base, edited({ tagOwners: { ...base.tagOwners, 'tag:prod': ['autogroup:member'] } }));
    expect(plan.changes).toEqual([]);
    const message = 'edits tagOwners of tag:prod, which the plan does not turn into access changes; review them';
    expect(plan.highlights).toEqual([{ kind: 'outside-plan', message }]);
    expect(planJson(plan).unplanned).toEqual(['tagOwners of tag:prod']);
    expect(renderPlanText(plan)).toBe(
      `Access plan: before.hujson → after.hujson (offline, no tailnet given)\nNo access changes.\n\nHighlights:\n  ! ${message}\n`,
    );
    expect(renderPlanMarkdown(plan, 'against the base')).toBe(
      `### Access changes\n\nNo access changes against the base.\n\n> [!WARNING]\n> - ${message}`,
    );
  });
});

describe('edits outside the plan, in hostile shapes', () => {
  it('keeps a route written with spaces apart from the route: the engine does not read it as one', () => {
    const approve = (route: string): object => ({ acls: [], autoApprovers: { routes: { [route]: ['bob@x.io'] } } });
    expect(planOf(approve(' 10.0.0.0/8'), approve('10.0.0.0/8')).unplanned).toEqual([
      'autoApprovers routes for  10.0.0.0/8',
      'autoApprovers routes for 10.0.0.0/8',
    ]);
  });

  it('follows a node attribute to the address its host alias moves to', () => {
    const at = (address: string): object => ({
      hosts: { r: address },
      acls: [],
      nodeAttrs: [{ target: ['r'], attr: ['funnel'] }],
    });
    expect(planOf(at('100.64.0.1'), at('100.64.0.2')).unplanned).toEqual(['nodeAttrs']);
    expect(
      planOf(at('100.64.0.1'), { ...at('100.64.0.1'), nodeAttrs: [{ target: ['100.64.0.1'], attr: ['funnel'] }] })
        .unplanned,
    ).toEqual([]);
  });

  it('merges 4,000 spellings of one route, each with its own 10 approvers, in one pass', () => {
    // Each spelling copied the union so far: 4,000 of 40 approvers took 290 s, of 10 over a minute. Here the case of its hexadecimal
    // digits and the width of five zero groups tell the spellings apart (fd00:0:00:000:0:0::/8).
    const spelling = (i: number): string => {
      const zeros = Array.from({ length: 5 }, (_, g) => '0'.repeat(1 + ((i >> (2 + 2 * g)) & 3)));
      return `${['fd00', 'FD00', 'Fd00', 'fD00'][i & 3]}:${zeros.join(':')}::/8`;
    };
    const routes = (extra: string): Record<string, string[]> => ({
      ...Object.fromEntries(
        Array.from({ length: 4000 }, (_, i) => [spelling(i), Array.from({ length: 10 }, (_, a) => `u${i}-${a}@x.io`)]),
      ),
      'fd00::/8': [extra],
    });
    expect(Object.keys(routes('a@x.io'))).toHaveLength(4001);
    const side = (extra: string): object => ({ acls: [], autoApprovers: { routes: routes(extra) } });
    expect(planOf(side('a@x.io'), side('b@x.io')).unplanned).toEqual(['autoApprovers routes for fd00::/8']);
  });

  it('compares 3,000 tags each owned by a group of 20,000 without expanding it 3,000 times', () => {
    // Each list was expanded: 60 million names, 56 s. Past a million, a group reads as its set of members.
    const members = (extra: string[]): string[] => [
      ...Array.from({ length: 20_000 }, (_, i) => `u${i}@x.io`),
      ...extra,
    ];
    const tags = (owners: string[]): object =>
      Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`tag:t${i}`, i === 7 ? owners : ['group:big']]));
    const side = (extra: string[], owners: string[]): object => ({
      groups: { 'group:big': members(extra) },
      tagOwners: tags(owners),
      acls: [],
    });
    expect(planOf(side([], ['group:big']), side([], ['group:big'])).unplanned).toEqual([]);
    // A member added to the group is an edit of every tag it owns; tag:t7's owners written out are one too.
    const edited = planOf(side([], ['group:big']), side(['mallory@x.io'], members([]))).unplanned;
    expect(edited).toHaveLength(3000);
    expect(edited.slice(0, 2)).toEqual(['tagOwners of tag:t0', 'tagOwners of tag:t1']);
  });
});

describe('edits outside the plan, read as the engine reads names', () => {
  const attrs = (hosts: object, target: string): object => ({
    hosts,
    acls: [],
    nodeAttrs: [{ target: [target], attr: ['funnel'] }],
  });

  it.each([
    ['a host named *', { '*': '100.64.0.1' }, '100.64.0.1', '*'],
    ['a host named as another address', { '100.64.0.9': '100.64.0.1' }, '100.64.0.1', '100.64.0.9'],
    ['an address with bits past its length', {}, '100.64.0.0/24', '100.64.0.1/24'],
  ])('follows a host only where the engine reads a host: %s', (_name, hosts, before, after) => {
    expect(planOf(attrs(hosts, before), attrs(hosts, after)).unplanned).toEqual(['nodeAttrs']);
  });

  it('reads an address however it is written, and a host as its address', () => {
    const hosts = { r: 'FD7A:115C:A1E0::1' };
    expect(planOf(attrs(hosts, 'r'), attrs(hosts, 'fd7a:115c:a1e0:0::1')).unplanned).toEqual([]);
  });

  it('does not take a tag for the host of its name', () => {
    const owners = (owner: string): object => ({
      hosts: { 'tag:ci': '100.64.0.1' },
      tagOwners: { 'tag:admin': [], 'tag:ci': [], 'tag:prod': [owner] },
      acls: [],
    });
    expect(planOf(owners('tag:admin'), owners('tag:ci')).unplanned).toEqual(['tagOwners of tag:prod']);
  });

  it('keeps the names of a group too large to expand apart from any text a policy can hold', () => {
    // 70 tags owned by a group of 10,000 pass the limit: each group reads as a token for its members.
    const logins = Array.from({ length: 10_000 }, (_, i) => `u${i}@x.io`);
    const side = (owner: string): object => ({
      groups: { 'group:big': logins, 'group:a': ['a@x.io'] },
      tagOwners: {
        ...Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`tag:t${i}`, ['group:big']])),
        'tag:p': [owner],
      },
      acls: [],
    });
    for (const forged of ['#0', '#1', 'members#0'])
      expect(planOf(side('group:a'), side(forged)).unplanned).toEqual(['tagOwners of tag:p']);
  });

  it('does not expand a group of 1,000 logins of 2,000 characters in each of 999 lists', () => {
    // Within a million names, yet 2 GB of keys: the heap ran out. The limit counts characters.
    const logins = Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(1990, 'u')}@x.io`);
    const side = (extra: string[]): object => ({
      groups: { 'group:big': [...logins, ...extra] },
      tagOwners: Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`tag:t${i}`, ['group:big']])),
      acls: [],
    });
    expect(planOf(side([]), side([])).unplanned).toEqual([]);
    expect(planOf(side([]), side(['m@x.io'])).unplanned).toHaveLength(999);
  });
});
