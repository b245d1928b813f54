import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/policy/context.js';
import { formatAddress } from '../../src/policy/ip.js';
import type { Policy } from '../../src/policy/model.js';
import { devicePrincipal } from '../../src/policy/principal.js';
import { buildTailnet } from '../../src/policy/tailnet.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { parse } from '../../src/hujson/index.js';
import { TOPOLOGY } from './helpers.js';

const policyOf = (groups: Record<string, string[]>): Policy =>
  decodePolicy(parse(JSON.stringify({ groups })), new Reader());

describe('devicePrincipal', () => {
  const tailnet = buildTailnet(TOPOLOGY);
  const device = tailnet.userDevices('odin@example.com')[0]!;
  const before = buildContext(policyOf({ 'group:admins': ['odin@example.com'] }));
  const after = buildContext(policyOf({ 'group:ops': ['odin@example.com'] }));

  it('makes one principal per policy, device and family, which every later call shares', () => {
    expect(devicePrincipal(device, before)).toBe(devicePrincipal(device, before));
    expect(devicePrincipal(device, before, 4)).toBe(devicePrincipal(device, before, 4));
    expect(devicePrincipal(device, before, 4)).not.toBe(devicePrincipal(device, before, 6));
    expect(devicePrincipal(device, before)).not.toBe(devicePrincipal(device, before, 4));
  });

  it("reads each policy's own groups", () => {
    expect([...devicePrincipal(device, before).groups]).toEqual(['group:admins']);
    expect([...devicePrincipal(device, after).groups]).toEqual(['group:ops']);
  });

  it.each([
    [undefined, 'dev:bulbasaur', ['100.64.0.19', 'fd7a:115c:a1e0::13']],
    [4, 'dev:bulbasaur/4', ['100.64.0.19', undefined]],
    [6, 'dev:bulbasaur/6', [undefined, 'fd7a:115c:a1e0::13']],
  ] as const)('family %s: key %s, addresses %j', (only, key, addresses) => {
    const p = devicePrincipal(device, before, only);
    const address = (slot: typeof p.v4): string | undefined =>
      slot?.kind === 'known' ? formatAddress(slot.address) : undefined;
    expect([p.key, address(p.v4), address(p.v6)]).toEqual([key, ...addresses]);
  });
});
