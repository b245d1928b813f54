// A grant's `via`: access through routers counts as access; a via list added, edited or removed
// changes only the routes, which the plan lists as undecided (docs/policy-semantics.md §4).

import { describe, expect, it } from 'vitest';
import { changeLines, planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [], 'tag:server': [], 'tag:router': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });

describe('via', () => {
  it('a grant with via counts as access: through the router, the destination is reached', () => {
    const grant = { src: ['alice@example.com'], dst: ['192.168.1.0/24'], ip: ['tcp:22'], via: ['tag:router'] };
    const plan = planOf(base(), base({ grants: [grant] }));
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> 192.168.1.0 icmp:* untested',
      'gained network alice@example.com -> 192.168.1.0 tcp:22 untested',
    ]);
    expect(plan.changes[0]!.dstLabel).toBe('192.168.1.0/24');
  });

  it('a via list added, edited or removed is undecided: the routes change, not the verdicts', () => {
    const grant = (via?: string[] | null, extra: object = { ip: ['tcp:22'] }): object => ({
      src: ['alice@example.com'],
      dst: ['192.168.1.0/24'],
      ...extra,
      ...(via === undefined ? {} : { via }),
    });
    const routes = (before: object[], after: object[]): string[] => {
      const plan = planOf(base({ grants: before }), base({ grants: after }));
      expect(plan.changes).toEqual([]);
      return plan.undecided.map((u) => {
        const what = u.kind === 'app' ? `app ${u.capability}` : `${u.proto}:${u.ports}`;
        return `${u.srcLabel} -> ${u.dstLabel} ${what}: ${u.before} / ${u.after}`;
      });
    };
    const [any, router] = ['allowed by any route', 'allowed only through tag:router (via)'];
    expect(routes([grant()], [grant(['tag:router'])])).toEqual([
      `alice@example.com -> 192.168.1.0/24 icmp:*: ${any} / ${router}`,
      `alice@example.com -> 192.168.1.0/24 tcp:22: ${any} / ${router}`,
    ]);
    expect(routes([grant(['tag:router'])], [grant(['tag:web', 'tag:router'])])).toEqual([
      `alice@example.com -> 192.168.1.0/24 icmp:*: ${router} / allowed only through tag:router, tag:web (via)`,
      `alice@example.com -> 192.168.1.0/24 tcp:22: ${router} / allowed only through tag:router, tag:web (via)`,
    ]);
    // A rule without via beside the via one: any route, whichever its via says.
    expect(routes([grant(['tag:router'])], [grant(['tag:router']), grant()])).toEqual([
      `alice@example.com -> 192.168.1.0/24 icmp:*: ${router} / ${any}`,
      `alice@example.com -> 192.168.1.0/24 tcp:22: ${router} / ${any}`,
    ]);
    expect(routes([grant(['tag:router']), grant()], [grant(['tag:web']), grant()])).toEqual([]);
    // `[]` and `null` restrict nothing, as no via.
    expect(routes([grant()], [grant([])])).toEqual([]);
    expect(routes([grant()], [grant(null)])).toEqual([]);
    const app = { app: { 'example.com/cap/admin': [] } };
    expect(routes([grant(undefined, app)], [grant(['tag:router'], app)])).toEqual([
      `alice@example.com -> 192.168.1.0/24 app example.com/cap/admin: ${any} / ${router}`,
    ]);
  });

  it('an exit node via on an internet grant is one undecided row per protocol, for autogroup:internet', () => {
    const grant = (src: string, via?: string[]): object =>
      base({ grants: [{ src: [src], dst: ['autogroup:internet'], ip: ['*'], ...(via ? { via } : {}) }] });
    const rows = (src: string): string[] => {
      const plan = planOf(grant(src), grant(src, ['tag:router']));
      expect(plan.changes).toEqual([]);
      // The same verdict on both sides: no highlight says the internet may open.
      expect(plan.highlights).toEqual([]);
      return plan.undecided.map((u) => `${u.srcLabel} -> ${u.dstLabel} ${u.proto}: ${u.before} / ${u.after}`);
    };
    const via = 'only through tag:router (via)';
    expect(rows('alice@example.com')).toEqual(
      ['icmp', 'tcp', 'udp'].map(
        (p) => `alice@example.com -> autogroup:internet ${p}: allowed by any route / allowed ${via}`,
      ),
    );
    // Whether any other user is a member depends on the tailnet: on both sides alike.
    const other = 'any other user (another-user@example.com)';
    expect(rows('autogroup:member')).toEqual(
      ['icmp', 'tcp', 'udp'].map(
        (p) =>
          `${other} -> autogroup:internet ${p}: depends on the tailnet, by any route / depends on the tailnet, ${via}`,
      ),
    );
  });

  // Routes said of the pair where it is allowed, even where a posture or the tailnet decides that.
  const rows = (before: object, after: object): string[] => {
    const plan = planOf(before, after);
    expect(plan.changes).toEqual([]);
    return plan.undecided.map((u) => `${u.srcLabel} ${u.proto}: ${u.before} / ${u.after}`);
  };
  const ssh22 = (extra: object): object => ({ src: ['alice@example.com'], dst: ['tag:db'], ip: ['tcp:22'], ...extra });
  const POSTURE = { 'posture:ok': ["node:os == 'linux'"] };

  it('a via list edited on a grant with a posture: the posture words, then the routes', () => {
    const side = (via: string): object =>
      // alice in a group, so a member: a user shared in would not be held to the posture.
      base({
        groups: { 'group:eng': ['alice@example.com'] },
        postures: POSTURE,
        grants: [ssh22({ srcPosture: ['posture:ok'], via: [via] })],
      });
    const held = "allowed where posture:ok (node:os == 'linux') holds";
    expect(rows(side('tag:router'), side('tag:web'))).toEqual(
      ['icmp', 'tcp'].map(
        (p) => `alice@example.com ${p}: ${held}, only through tag:router (via) / ${held}, only through tag:web (via)`,
      ),
    );
  });

  it('a via grant beside a rule without via that may or may not apply: routes that depend on the tailnet', () => {
    const before = base({ postures: POSTURE, grants: [ssh22({})] });
    const after = base({
      postures: POSTURE,
      grants: [ssh22({ via: ['tag:router'] }), ssh22({ srcPosture: ['posture:ok'] })],
    });
    const open = 'allowed only through tag:router (via), or by any route depending on the tailnet';
    expect(rows(before, after)).toEqual(
      ['icmp', 'tcp'].map((p) => `alice@example.com ${p}: allowed by any route / ${open}`),
    );
  });

  it('via lists swapped between a rule that selects the source and one that may', () => {
    const side = (own: string, members: string): object =>
      base({ grants: [ssh22({ via: [own] }), ssh22({ src: ['autogroup:member'], via: [members] })] });
    const either = (first: string, second: string): string =>
      `allowed only through ${first} (via), or only through ${second} depending on the tailnet`;
    const other = 'any other user (another-user@example.com)';
    const only = (tag: string): string => `depends on the tailnet, only through ${tag} (via)`;
    expect(rows(side('tag:web', 'tag:router'), side('tag:router', 'tag:web'))).toEqual([
      `alice@example.com icmp: ${either('tag:web', 'tag:router')} / ${either('tag:router', 'tag:web')}`,
      `alice@example.com tcp: ${either('tag:web', 'tag:router')} / ${either('tag:router', 'tag:web')}`,
      `${other} icmp: ${only('tag:router')} / ${only('tag:web')}`,
      `${other} tcp: ${only('tag:router')} / ${only('tag:web')}`,
    ]);
  });
});
