// A tag taken out of tagOwners while devices of the described tailnet carry it: the rules that
// named it are gone (reported as losses); whether the server keeps the tag on the devices is not
// established, so where the new policy's answer depends on it, the plan lists it as undecided.

import { describe, expect, it } from 'vitest';
import type { Topology } from '../../src/policy/topology.js';
import { planJson, renderPlanMarkdown, renderPlanText } from '../../src/plan/index.js';
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
    // Said once for alice's devices, and for each device by a name the new policy's tests take: not
    // tag:old, which it no longer defines (`tag not found`), but db's tag:db and legacy's address.
    // ICMP stays: autogroup:tagged still reaches them.
    expect(changeLines(plan)).toEqual([
      'lost network alice@example.com -> 100.64.0.9 tcp:22 untested',
      'lost network alice@example.com -> tag:db tcp:22 untested',
    ]);
    expect(plan.proposed.tests).toEqual([
      { src: 'alice@example.com', proto: 'tcp', deny: ['100.64.0.9:22', 'tag:db:22'] },
    ]);
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
      '  laptop (100.64.0.1) → legacy (100.64.0.9) icmp, tcp:443: after allowed (the device keeps tag:old) ' +
        'or denied (the server drops tag:old, which tagOwners no longer defines)\n',
    );
    // The Markdown table says the same in its After column, the Before one left empty.
    expect(renderPlanMarkdown(plan, 'against the base')).toContain(
      '| allowed (the device keeps tag:old) or denied (the server drops tag:old, which tagOwners no longer defines) |',
    );
  });

  it('without a tailnet description no device carries it: nothing undecided', () => {
    expect(planOf(before, after).undecided).toEqual([]);
  });
});

// A Service may carry tags, set where it is defined; neither the policy nor a tailnet description
// holds them, so a rule naming a tag, or autogroup:tagged, may reach it (docs/policy-semantics.md §2.2.10).
describe('a Service and the tags it may carry', () => {
  const tagOwners = { 'tag:db': [], 'tag:old': [] };
  const before = { tagOwners, grants: [{ src: ['tag:db'], dst: ['svc:web'], ip: ['443'] }] };
  const widened = (dst: string): object => ({
    tagOwners,
    grants: [...before.grants, { src: ['tag:db'], dst: [dst], ip: ['tcp:22'] }],
  });

  it.each([
    ['tag:old', {}, 'tag:db', 'tag:db'],
    ['autogroup:tagged', {}, 'tag:db', 'tag:db'],
    ['tag:old', { topology: devices }, '100.64.0.5', 'db (100.64.0.5)'],
    ['autogroup:tagged', { topology: devices }, '100.64.0.5', 'db (100.64.0.5)'],
  ])('a rule to %s may reach it: undecided, not left out (%o)', (dst, options, src, srcLabel) => {
    const plan = planOf(before, widened(dst), options);
    expect(planJson(plan).undecided).toEqual([
      {
        kind: 'network',
        src,
        dst: 'svc:web',
        srcLabel,
        dstLabel: 'svc:web',
        before: 'denied',
        after: 'depends on the tailnet, or on the tags the Service carries',
        proto: 'tcp',
        ports: '22',
      },
    ]);
  });

  it('a rule to a user does not reach it', () => {
    expect(planOf(before, widened('alice@example.com')).undecided).toEqual([]);
  });
});
