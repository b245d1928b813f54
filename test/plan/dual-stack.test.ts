// A tailnet's devices have an IPv4 and an IPv6 address. A rule that names one of them lets the
// device through in that family only, and tests ask the family the addresses they name force
// (IPv4 where neither does). So where rules name device addresses, each dual-stack device's IPv6
// address is planned as an endpoint of its own, listed where its access differs from the device's.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, parseTopology } from '../../src/policy/index.js';
import { changeLines, planOf } from './helpers.js';

const devices = {
  users: [{ name: 'alice', email: 'alice@example.com' }],
  nodes: {
    laptop: { hostname: 'laptop', tags: [], user: 'alice', ipv4: '100.64.0.1', ipv6: 'fd7a:115c:a1e0::1' },
    web: { hostname: 'web', tags: ['tag:web'], ipv4: '100.64.0.10', ipv6: 'fd7a:115c:a1e0::10' },
  },
};
const base = (extra: object): object => ({ tagOwners: { 'tag:web': [] }, ...extra });
const acl = (src: string, dst: string): object => ({ action: 'accept', src: [src], dst: [dst] });

/** The outcome of one test on a policy, as `check --devices` runs it. */
function outcome(policy: object, test: object): string {
  const source = JSON.stringify({ ...policy, tests: [test] });
  const report = checkPolicy(parse(source), { topology: parseTopology(devices) });
  return report.tests[0]!.outcome;
}

describe('a rule naming a device by its IPv6 address', () => {
  const before = base({ acls: [acl('alice@example.com', '[fd7a:115c:a1e0::10]:22')] });
  const after = base({ acls: [acl('alice@example.com', '[fd7a:115c:a1e0::10]:443')] });

  it('moved to another port: the IPv6 pair gains and loses, with tests that name its addresses', () => {
    const plan = planOf(before, after, { topology: devices });
    expect(changeLines(plan)).toEqual([
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:443 untested',
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 udp:443 untested',
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:22 untested',
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 udp:22 untested',
    ]);
    expect(plan.changes.map((c) => `${c.srcLabel} -> ${c.dstLabel}`)[0]).toBe(
      'laptop (fd7a:115c:a1e0::1) -> web (fd7a:115c:a1e0::10)',
    );
    // Each proposal is a witness: it passes on the new policy and fails on the old.
    const proposed = plan.proposed.tests as object[];
    expect(proposed).toEqual([
      { src: 'fd7a:115c:a1e0::1', accept: ['[fd7a:115c:a1e0::10]:443'] },
      { src: 'fd7a:115c:a1e0::1', deny: ['[fd7a:115c:a1e0::10]:22'] },
    ]);
    expect(proposed.map((test) => [outcome(before, test), outcome(after, test)])).toEqual([
      ['fail', 'pass'],
      ['fail', 'pass'],
    ]);
  });

  it("a test of the owner against the address locks the change in (it asks IPv6, from the owner's devices)", () => {
    const tests = [{ src: 'alice@example.com', accept: ['[fd7a:115c:a1e0::10]:443'] }];
    const plan = planOf(before, base({ ...after, tests }), { topology: devices });
    expect(changeLines(plan).filter((line) => line.startsWith('gained'))).toEqual([
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:443 tested',
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 udp:443 tested',
    ]);
  });
});

describe('a rule naming a device address beside rules of names', () => {
  it('a change by tag is said once for the devices, and what differs in IPv6 for their IPv6 addresses', () => {
    const pinned = acl('alice@example.com', '100.64.0.10:80');
    const plan = planOf(base({ acls: [pinned] }), base({ acls: [pinned, acl('alice@example.com', 'tag:web:22')] }), {
      topology: devices,
    });
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:web tcp:22 untested',
      'gained network alice@example.com -> tag:web udp:22 untested',
      // The address rule lets ICMP through between the IPv4 addresses only: IPv6 gains it too.
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 icmp:* untested',
    ]);
  });

  it('a test of the owner and the tag asks IPv4, and locks in no change of the IPv6 addresses', () => {
    const before = base({ acls: [acl('alice@example.com', '100.64.0.10:22')] });
    const tests = [{ src: 'alice@example.com', proto: 'tcp', accept: ['tag:web:22'] }];
    const after = base({ acls: [acl('alice@example.com', 'tag:web:22')], tests });
    const plan = planOf(before, after, { topology: devices });
    expect(changeLines(plan)).toEqual([
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 icmp:* untested',
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:22 untested',
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 udp:22 untested',
    ]);
    expect(outcome(before, tests[0]!)).toBe('pass');
  });

  it('an IPv6 range of sources: each device in it, by its IPv6 address', () => {
    const grant = (ip: string): object => ({ src: ['fd7a:115c:a1e0::/48'], dst: ['tag:web'], ip: [ip] });
    const plan = planOf(base({ grants: [grant('tcp:22')] }), base({ grants: [grant('tcp:443')] }), {
      topology: devices,
    });
    const laptop = changeLines(plan).filter((line) => line.includes(' fd7a:115c:a1e0::1 '));
    expect(laptop).toEqual([
      'gained network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:443 untested',
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::10 tcp:22 untested',
    ]);
  });

  it('a public IPv6 address gained by a tag: its devices, by their IPv6 addresses', () => {
    const grant = { src: ['tag:web'], dst: ['2001:db8::1'], ip: ['tcp:22'] };
    const plan = planOf(base({ acls: [] }), base({ grants: [grant] }), { topology: devices });
    expect(changeLines(plan)).toEqual([
      'gained network fd7a:115c:a1e0::10 -> 2001:db8::1 icmp:* untested',
      'gained network fd7a:115c:a1e0::10 -> 2001:db8::1 tcp:22 untested',
    ]);
  });

  it('a device with an IPv6 address only: the others reach it by theirs', () => {
    const v6only = { hostname: 'v6only', tags: ['tag:web'], ipv6: 'fd7a:115c:a1e0::20' };
    const tailnet = { ...devices, nodes: { ...devices.nodes, v6only } };
    const before = base({ acls: [acl('alice@example.com', 'tag:web:22')] });
    const plan = planOf(before, base({ acls: [] }), { topology: tailnet });
    expect(changeLines(plan).filter((line) => line.includes('::20'))).toEqual([
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::20 icmp:* untested',
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::20 tcp:22 untested',
      'lost network fd7a:115c:a1e0::1 -> fd7a:115c:a1e0::20 udp:22 untested',
    ]);
  });

  it('no rule names a device address: a device is one endpoint, its IPv4 address', () => {
    const plan = planOf(base({ acls: [] }), base({ acls: [acl('alice@example.com', 'tag:web:22')] }), {
      topology: devices,
    });
    expect(changeLines(plan)).toEqual([
      'gained network alice@example.com -> tag:web icmp:* untested',
      'gained network alice@example.com -> tag:web tcp:22 untested',
      'gained network alice@example.com -> tag:web udp:22 untested',
    ]);
  });
});
