// IdentityIndex.surely: a part found through a name the principal surely has is one matchIdentity
// selects, so the network index skips matching it. Checked on random selector sets against the
// matcher itself, for every kind of principal, and across gatherings.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { compileSelectors } from '../../src/policy/compile.js';
import { buildContext } from '../../src/policy/context.js';
import { decodePolicy } from '../../src/policy/decode/policy.js';
import { Reader } from '../../src/policy/decode/reader.js';
import { IdentityIndex } from '../../src/policy/identity-index.js';
import { parseAddress } from '../../src/policy/ip.js';
import { matchIdentity } from '../../src/policy/match.js';
import {
  addressPrincipal,
  devicePrincipal,
  servicePrincipal,
  syntheticScimMember,
  syntheticTagged,
  syntheticUser,
  type Principal,
} from '../../src/policy/principal.js';
import { buildTailnet } from '../../src/policy/tailnet.js';
import { seededRandom } from '../hujson/generator.js';

const context = buildContext(
  decodePolicy(
    parse(
      JSON.stringify({
        groups: { 'group:a': ['u1@x.com', 'u2@x.com'], 'group:b': ['u2@x.com'] },
        tagOwners: { 'tag:t1': [], 'tag:t2': [] },
      }),
    ),
    new Reader(),
  ),
);

const SELECTORS = [
  'u1@x.com',
  'u2@x.com',
  'u3@x.com',
  'u4@x.com',
  'group:a',
  'group:b',
  'tag:t1',
  'tag:t2',
  'autogroup:tagged',
  'autogroup:member',
  'user:*@x.com',
  '*',
  '100.64.0.1',
  'svc:web',
];

const tailnet = buildTailnet({
  users: [
    { name: 'u2', email: 'u2@x.com' },
    { name: 'u4', email: 'u4@x.com', type: 'shared' },
  ],
  nodes: {
    laptop: { hostname: 'laptop', tags: [], user: 'u2', ipv4: '100.64.0.2' },
    server: { hostname: 'server', tags: ['tag:t2'], ipv4: '100.64.0.3' },
    guest: { hostname: 'guest', tags: [], user: 'u4', ipv4: '100.64.0.4' },
  },
});

const PRINCIPALS: [string, Principal][] = [
  ['a user in two groups', syntheticUser('u2@x.com', context)],
  ['a user in no group', syntheticUser('u3@x.com', context)],
  ['a SCIM group member, whose login is not known', syntheticScimMember('group:scim@x.com')],
  ['a tagged device', syntheticTagged('tag:t1')],
  ['a user device of a tailnet', devicePrincipal(tailnet.devices[0]!, context)],
  ['a tagged device of a tailnet', devicePrincipal(tailnet.devices[1]!, context)],
  ["a shared-in user's device", devicePrincipal(tailnet.devices[2]!, context)],
  ['a Service', servicePrincipal('svc:web')],
  // Not made by the engine today: a Service is matched by its name alone, whatever else it has.
  ['a tagged principal that is a Service', { ...syntheticTagged('tag:t1'), service: 'svc:web' }],
  ['an address', addressPrincipal(parseAddress('100.64.0.1')!, true)],
];

describe('IdentityIndex.surely', () => {
  const next = seededRandom(11);
  const sets = Array.from({ length: 400 }, () =>
    compileSelectors(
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => SELECTORS[Math.floor(next() * SELECTORS.length)]!),
      context,
    ),
  );
  const index = new IdentityIndex();
  sets.forEach((set, id) => index.add(id, set));

  test.each(PRINCIPALS)('%s: what it marks sure, matchIdentity selects', (_name, p) => {
    const gathered = new Set(index.gather(p, false));
    const sure = sets.flatMap((_set, id) => (index.surely(id) ? [id] : []));
    for (const id of sure) {
      expect(gathered.has(id)).toBe(true);
      expect(matchIdentity(sets[id]!, p)).toBe('yes');
    }
    // Users with a login and tagged devices are found by name; nothing else surely is.
    const named =
      p.service === undefined && ((p.identity === 'user' && p.login !== undefined) || p.identity === 'tagged');
    expect(sure.length > 0).toBe(named);
  });

  test('a later gathering forgets the marks of the one before, the everything branch too', () => {
    index.gather(syntheticTagged('tag:t1'), false);
    expect(sets.some((_set, id) => index.surely(id))).toBe(true);
    index.gather(addressPrincipal(parseAddress('100.64.0.9')!, true), true);
    expect(sets.some((_set, id) => index.surely(id))).toBe(false);
  });
});
