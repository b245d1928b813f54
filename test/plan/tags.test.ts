// A tag taken out of tagOwners while devices of the described tailnet carry it: the rules that
// named it are gone (reported as losses); whether the server keeps the tag on the devices is not
// established, so where the new policy's answer depends on it, the plan lists it as undecided.

import { describe, expect, it } from 'vitest';
import type { Topology } from '../../src/policy/topology.js';
import { planJson, renderPlanText } from '../../src/plan/index.js';
import { changeLines, planOf } from './helpers.js';

const devices: Topology = {
  users: [{ name: 'alice', email: 'alice@example.com' }],
  nodes: {
    laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.1' },
    legacy: { hostname: 'legacy', tags: ['tag:old'], ipv4: '100.64.0.9' },
    db: { hostname: 'db', tags: ['tag:db', 'tag:old'], ipv4: '100.64.0.5' },
  },
};

const grant = (dst: string, ip: string): object => ({ src: ['alice@example.com'], dst: [dst], ip: [ip] });

describe('a tag taken out of tagOwners, with a tailnet description', () => {
  const before = {
    tagOwners: { 'tag:db': [], 'tag:old': [] },
    grants: [grant('tag:old', 'tcp:22'), grant('autogroup:tagged', 'tcp:443')],
  };
  const after = { tagOwners: { 'tag:db': [] }, grants: [grant('autogroup:tagged', 'tcp:443')] };

  it('the rules naming it are lost; what depends on the devices keeping it is undecided', () => {
    const plan = planOf(before, after, { topology: devices });
    // Said once for alice's devices and tag:old's (ICMP stays: autogroup:tagged still reaches them).
    expect(changeLines(plan)).toEqual(['lost network alice@example.com -> tag:old tcp:22 untested']);
    // db keeps tag:db, so autogroup:tagged still selects it; legacy carried tag:old alone.
    expect(planJson(plan).undecided).toEqual([
      {
        kind: 'network',
        src: '100.64.0.1',
        dst: '100.64.0.9',
        srcLabel: 'laptop (100.64.0.1)',
        dstLabel: 'legacy (100.64.0.9)',
        before: 'allowed (the device keeps tag:old)',
        after: 'denied (the server drops tag:old, which tagOwners no longer defines)',
        tags: ['tag:old'],
        proto: 'icmp',
        ports: '*',
      },
      {
        kind: 'network',
        src: '100.64.0.1',
        dst: '100.64.0.9',
        srcLabel: 'laptop (100.64.0.1)',
        dstLabel: 'legacy (100.64.0.9)',
        before: 'allowed (the device keeps tag:old)',
        after: 'denied (the server drops tag:old, which tagOwners no longer defines)',
        tags: ['tag:old'],
        proto: 'tcp',
        ports: '443',
      },
    ]);
    expect(renderPlanText(plan)).toContain(
      '  laptop (100.64.0.1) → legacy (100.64.0.9) icmp:*, tcp:443: before allowed (the device keeps tag:old), ' +
        'after denied (the server drops tag:old, which tagOwners no longer defines)\n',
    );
  });

  it('without a tailnet description no device carries it: nothing undecided', () => {
    expect(planOf(before, after).undecided).toEqual([]);
  });
});
