// Device posture in the plan: no device's attributes are known offline (a tailnet description
// carries none), so a difference that hangs on a posture is listed as undecided, naming the
// postures and their conditions, never guessed as a gain or a loss.

import { describe, expect, it } from 'vitest';
import { planJson, renderPlanText, type UndecidedChange } from '../../src/plan/index.js';
import { PostureNames } from '../../src/plan/posture.js';
import { planOf, prepareSide } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:server': [] };
const LINUX = { 'posture:latest': ["node:os == 'linux'"] };
const grant = (extra: object = {}): object => ({
  src: ['alice@example.com'],
  dst: ['tag:db'],
  ip: ['tcp:5432'],
  ...extra,
});
// alice is listed in a group, so taken for a member: a login the policy does not list may be a
// user shared in, whom postures do not hold (the last tests).
const policy = (extra: object): object => ({
  tagOwners: TAGS,
  groups: { 'group:eng': ['alice@example.com'] },
  ...extra,
});

/** Each undecided difference as one line: `alice@example.com -> tag:db tcp:5432: BEFORE | AFTER [postures]`. */
function undecidedLines(list: readonly UndecidedChange[]): string[] {
  return list.map((u) => {
    const what = u.kind === 'network' ? `${u.proto}:${u.ports}` : `ssh as ${u.sshUser}`;
    return `${u.src} -> ${u.dst} ${what}: ${u.before} | ${u.after} [${(u.postures ?? []).join(',')}]`;
  });
}

describe('posture changes are listed as undecided, naming the postures', () => {
  it('a posture condition edited', () => {
    const before = policy({ postures: LINUX, grants: [grant({ srcPosture: ['posture:latest'] })] });
    const after = policy({
      postures: { 'posture:latest': ["node:os IN ['linux', 'macos']"] },
      grants: [grant({ srcPosture: ['posture:latest'] })],
    });
    const plan = planOf(before, after);
    expect(plan.changes).toEqual([]);
    const was = "allowed where posture:latest (node:os == 'linux') holds";
    const now = "allowed where posture:latest (node:os IN ['linux', 'macos']) holds";
    expect(undecidedLines(plan.undecided)).toEqual([
      `alice@example.com -> tag:db icmp:*: ${was} | ${now} [posture:latest]`,
      `alice@example.com -> tag:db tcp:5432: ${was} | ${now} [posture:latest]`,
    ]);
    expect(renderPlanText(plan)).toBe(
      [
        'Access plan: before.hujson → after.hujson (offline, no tailnet given)',
        '',
        'Undecided offline:',
        `  alice@example.com → tag:db icmp, tcp:5432: before ${was}, after ${now}`,
        '',
        '0 change(s): 0 gained, 0 lost, 0 untested, 2 undecided offline',
        '',
      ].join('\n'),
    );
  });

  it('srcPosture added to a grant: access kept only where the posture holds', () => {
    const plan = planOf(
      policy({ postures: LINUX, grants: [grant()] }),
      policy({ postures: LINUX, grants: [grant({ srcPosture: ['posture:latest'] })] }),
    );
    expect(plan.changes).toEqual([]);
    const now = "allowed where posture:latest (node:os == 'linux') holds";
    expect(undecidedLines(plan.undecided)).toEqual([
      `alice@example.com -> tag:db icmp:*: allowed | ${now} [posture:latest]`,
      `alice@example.com -> tag:db tcp:5432: allowed | ${now} [posture:latest]`,
    ]);
    expect(planJson(plan).undecided[1]).toEqual({
      kind: 'network',
      src: 'alice@example.com',
      dst: 'tag:db',
      srcLabel: 'alice@example.com',
      dstLabel: 'tag:db',
      before: 'allowed',
      after: now,
      postures: ['posture:latest'],
      proto: 'tcp',
      ports: '5432',
    });
  });

  it('a rule without posture removed beside one with posture kept: the posture named on the new side too', () => {
    // The kept rule's target is shared by both sides and carries the old side's rule: its
    // posture was printed as the engine's JSON when the names were looked up by identity alone.
    const postured = grant({ ip: ['tcp:8080'], srcPosture: ['posture:latest'] });
    const plan = planOf(
      policy({ postures: LINUX, grants: [grant(), postured] }),
      policy({ postures: LINUX, grants: [postured] }),
    );
    const now = "allowed where posture:latest (node:os == 'linux') holds";
    expect(undecidedLines(plan.undecided)).toEqual([
      `alice@example.com -> tag:db icmp:*: allowed | ${now} [posture:latest]`,
    ]);
  });

  it('defaultSrcPosture added: every rule without its own srcPosture now needs it', () => {
    const postures = { ...LINUX, 'posture:managed': ['ip:country IN ["CH"]'] };
    const rules = [grant(), grant({ dst: ['tag:server'], ip: ['tcp:22'], srcPosture: ['posture:managed'] })];
    const plan = planOf(
      policy({ postures, grants: rules }),
      policy({ postures, grants: rules, defaultSrcPosture: ['posture:latest'] }),
    );
    expect(plan.changes).toEqual([]);
    // The grant with its own srcPosture keeps it: nothing changes for tag:server.
    const now = "allowed where posture:latest (node:os == 'linux') holds";
    expect(undecidedLines(plan.undecided)).toEqual([
      `alice@example.com -> tag:db icmp:*: allowed | ${now} [posture:latest]`,
      `alice@example.com -> tag:db tcp:5432: allowed | ${now} [posture:latest]`,
    ]);
  });

  it('an unchanged posture requirement reports nothing, and a change elsewhere is still decided', () => {
    const rules = [grant({ srcPosture: ['posture:latest'] })];
    const plan = planOf(
      policy({ postures: LINUX, grants: rules }),
      policy({ postures: LINUX, grants: [...rules, grant({ src: ['bob@example.com'] })] }),
    );
    expect(plan.undecided).toEqual([]);
    expect(plan.changes.map((c) => `${c.change} ${c.src} ${c.proto}:${c.ports}`)).toEqual([
      'gained bob@example.com icmp:*',
      'gained bob@example.com tcp:5432',
    ]);
  });

  it('a user shared in is not held to postures; offline, a login the policy does not list may be one', () => {
    const rules = (src: string): object[] => [grant({ src: [src], srcPosture: ['posture:latest'] })];
    const guest = 'guest@other.org';
    const before = { tagOwners: TAGS, postures: LINUX, grants: rules(guest) };
    const change = planOf({ ...before, grants: [] }, before);
    expect(undecidedLines(change.undecided)).toEqual([
      `${guest} -> tag:db icmp:*: denied | depends on the tailnet and on posture:latest (node:os == 'linux') [posture:latest]`,
      `${guest} -> tag:db tcp:5432: denied | depends on the tailnet and on posture:latest (node:os == 'linux') [posture:latest]`,
    ]);
    const devices = {
      users: [{ name: 'guest', email: guest, type: 'shared' as const }],
      nodes: {
        laptop: { hostname: 'laptop', tags: [], user: 'guest', ipv4: '100.64.0.9' },
        db: { hostname: 'db', tags: ['tag:db'], ipv4: '100.64.0.1' },
      },
    };
    const shared = planOf({ ...before, grants: [] }, before, { topology: devices });
    expect(shared.undecided).toEqual([]);
    expect(shared.changes.map((c) => `${c.change} ${c.srcLabel} ${c.dstLabel} ${c.proto}:${c.ports}`)).toEqual([
      'gained guest@other.org (1 device) tag:db (1 device) icmp:*',
      'gained guest@other.org (1 device) tag:db (1 device) tcp:5432',
    ]);
  });

  it('a source behind a subnet router is not held to postures: its change is decided', () => {
    const subnet = grant({ src: ['192.168.1.0/24'], srcPosture: ['posture:latest'] });
    const plan = planOf(
      policy({ postures: LINUX, grants: [grant({ srcPosture: ['posture:latest'] })] }),
      policy({ postures: LINUX, grants: [grant({ srcPosture: ['posture:latest'] }), subnet] }),
    );
    expect(plan.undecided).toEqual([]);
    // `src` is an address a test accepts; the label names the range.
    expect(plan.changes.map((c) => `${c.change} ${c.srcLabel} (${c.src}) ${c.dst} ${c.proto}:${c.ports}`)).toEqual([
      'gained 192.168.1.0/24 (192.168.1.0) tag:db icmp:*',
      'gained 192.168.1.0/24 (192.168.1.0) tag:db tcp:5432',
    ]);
  });

  it('srcPosture added to an SSH rule', () => {
    const ssh = (extra: object): object => ({
      action: 'accept',
      src: ['alice@example.com'],
      dst: ['tag:server'],
      users: ['root'],
      ...extra,
    });
    const plan = planOf(
      policy({ postures: LINUX, ssh: [ssh({})] }),
      policy({ postures: LINUX, ssh: [ssh({ srcPosture: ['posture:latest'] })] }),
    );
    expect(plan.changes).toEqual([]);
    const condition = "posture:latest (node:os == 'linux')";
    // Offline, a tag:db device may also carry tag:server: its SSH access was undecided, and
    // now also hangs on the posture.
    expect(undecidedLines(plan.undecided)).toEqual([
      'alice@example.com -> tag:db ssh as root: accept or deny (depends on the tailnet) | ' +
        `depends on the tailnet and on ${condition} [posture:latest]`,
      `alice@example.com -> tag:server ssh as root: accept | accept where ${condition} holds [posture:latest]`,
    ]);
  });
});

describe('undecided differences in the text', () => {
  it('are listed 20 lines at a time, the rest counted in entries, as the summary counts them', () => {
    // 25 destinations, each with two entries (ICMP and TCP) on one line: 20 lines hold 40 entries.
    const tags = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`tag:h${i}`, []]));
    const dst = Object.keys(tags);
    const grants = (extra: object) => [{ src: ['alice@example.com'], dst, ip: ['tcp:5432'], ...extra }];
    const plan = planOf(
      policy({ tagOwners: tags, postures: LINUX, grants: grants({}) }),
      policy({ tagOwners: tags, postures: LINUX, grants: grants({ srcPosture: ['posture:latest'] }) }),
    );
    const lines = renderPlanText(plan).split('\n');
    const listed = lines.slice(lines.indexOf('Undecided offline:') + 1, lines.indexOf('Undecided offline:') + 22);
    expect(listed.filter((line) => line.includes(' icmp, tcp:5432: '))).toHaveLength(20);
    expect(listed.at(-1)).toBe('  ... and 10 more of the 50 (--json lists them all)');
    expect(lines.at(-2)).toBe('0 change(s): 0 gained, 0 lost, 0 untested, 50 undecided offline');
  });
});

describe('the words for a set of postures', () => {
  it('are made once for each set and outcome, however many cells ask: a condition may be long', () => {
    const side = prepareSide({ name: 'p.hujson', source: JSON.stringify(policy({ postures: LINUX })) }, undefined);
    const names = new PostureNames(side);
    const conditions = side.env.context.postures.get('posture:latest')!;
    const first = names.terms([[conditions]], 'allowed');
    expect(first).toEqual({
      key: JSON.stringify([JSON.stringify(conditions)]),
      words: "allowed where posture:latest (node:os == 'linux') holds",
      names: ['posture:latest'],
    });
    expect(names.terms([[conditions]], 'allowed')).toBe(first);
    expect(names.terms([[conditions]], undefined).words).toBe(
      "depends on the tailnet and on posture:latest (node:os == 'linux')",
    );
  });
});
