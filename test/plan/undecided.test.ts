// Differences undecided on both sides: each side depends on the tailnet, on different rules.

import { describe, expect, it } from 'vitest';
import { planOf } from './helpers.js';

const TAGS = { 'tag:db': [], 'tag:web': [], 'tag:server': [], 'tag:router': [] };
const base = (extra: object = {}): object => ({ tagOwners: TAGS, acls: [], ...extra });

describe('undecided on both sides, on different rules', () => {
  // The only user is the one the plan makes up, whose membership is not known offline: either
  // side depends on it, and the sides may differ, so the difference is listed, not dropped.
  const said = (before: object, after: object): string[] =>
    planOf(before, after).undecided.map(
      (u) => `${u.src} -> ${u.dst} ${u.proto ?? 'ssh'}:${u.ports ?? u.sshUser}: ${u.before}, ${u.after}`,
    );

  it('a grant from autogroup:member moved to autogroup:shared', () => {
    const grant = (src: string): object => base({ grants: [{ src: [src], dst: ['tag:web'], ip: ['tcp:443'] }] });
    // So do the devices at the tailnet's addresses, whose owners are not known offline.
    const unknown = (src: string): string[] =>
      ['icmp:*', 'tcp:443'].map((what) => `${src} -> tag:web ${what}: depends on the tailnet, depends on the tailnet`);
    expect(said(grant('autogroup:member'), grant('autogroup:shared'))).toEqual([
      ...unknown('100.115.94.0'),
      ...unknown('100.64.0.0'),
      ...unknown('another-user@example.com'),
      ...unknown('fd7a:115c:a1e0::'),
    ]);
  });

  it('an SSH rule from autogroup:member switched from check to accept', () => {
    const rule = (action: string): object =>
      base({ ssh: [{ action, src: ['autogroup:member'], dst: ['tag:web'], users: ['root'] }] });
    // A device tagged otherwise may carry tag:web too: its outcome may change as well.
    expect(said(rule('check'), rule('accept'))).toEqual(
      ['tag:db', 'tag:router', 'tag:server', 'tag:web'].map(
        (tag) =>
          `another-user@example.com -> ${tag} ssh:root: check or deny (depends on the tailnet), ` +
          'accept or deny (depends on the tailnet)',
      ),
    );
  });

  it('an SSH rule moved from autogroup:member to autogroup:admin: the same outcomes, from other users', () => {
    const rule = (src: string): object =>
      base({ ssh: [{ action: 'accept', src: [src], dst: ['tag:web'], users: ['root'] }] });
    expect(said(rule('autogroup:member'), rule('autogroup:admin'))).toEqual(
      ['tag:db', 'tag:router', 'tag:server', 'tag:web'].map(
        (tag) =>
          `another-user@example.com -> ${tag} ssh:root: accept or deny (depends on the tailnet), ` +
          'accept or deny (depends on the tailnet)',
      ),
    );
  });

  it('a grant alike in whom it selects, on another port: nothing undecided on the ports both leave alike', () => {
    const grants = [{ src: ['autogroup:member'], dst: ['tag:web'], ip: ['tcp:3000'] }];
    const wider = [...grants, { src: ['autogroup:member'], dst: ['tag:web'], ip: ['tcp:3000-3010'] }];
    // ICMP and port 3000 hang on the same selection on both sides; 3001-3010 are new.
    expect(said(base({ grants }), base({ grants: wider }))).toEqual([
      'another-user@example.com -> tag:web tcp:3001-3010: denied, depends on the tailnet',
    ]);
  });
});
