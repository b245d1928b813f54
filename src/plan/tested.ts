// Which changes a test of the new policy already asserts: a `tests` entry whose source and
// destination resolve to the change's atoms, on a port of the change, for its protocol, wanting
// the new verdict; or an `sshTests` entry wanting the new outcome for that login.

import { resolveDestinationHost, resolveSource, type Endpoint } from '../policy/endpoints.js';
import { parseProtocol, splitDestination, TCP, UDP } from '../policy/ports.js';
import { slot, type Principal } from '../policy/principal.js';
import { intervalAt, type Universe } from './atoms.js';
import type { AtomChange } from './convert.js';
import type { Side } from './side.js';

interface Assertion {
  protocols: readonly number[];
  port: number;
  kind: 'accept' | 'deny';
}

/** The atom a principal a test resolves to stands for: by key, or the address interval holding its address. */
export function atomOf(universe: Universe, p: Principal): number | undefined {
  const byKey = universe.byKey.get(p.key.replace(/\/[46]$/, ''));
  if (byKey !== undefined) return byKey;
  if (p.key.startsWith('user:') && p.login !== undefined) {
    const domain = p.login.slice(p.login.lastIndexOf('@') + 1);
    return universe.otherUsers.get(domain) ?? universe.otherUsers.get('');
  }
  for (const family of [4, 6] as const) {
    const at = slot(p, family);
    if (at?.kind === 'known') return intervalAt(universe, family, at.address.value)?.id;
  }
  return undefined;
}

function atomsOf(universe: Universe, endpoint: Endpoint): number[] {
  if (!endpoint.ok) return [];
  return endpoint.principals.flatMap((p) => atomOf(universe, p) ?? []);
}

/** Marks the changes the new policy's tests assert. */
export function markTested(changes: readonly AtomChange[], after: Side, universe: Universe): void {
  // Only pairs with a change are worth recording: tests name groups, and groups many users.
  const network = new Map<string, Assertion[]>(changes.map((c) => [`${c.srcAtoms[0]}|${c.dstAtoms[0]}`, []]));
  if (network.size === 0) return;
  const ssh = new Set<string>();
  const env = after.env;
  // Tests repeat their endpoints: each is resolved to atoms once.
  const memo = new Map<string, number[]>();
  const remember = (key: string, resolve: () => Endpoint): number[] => {
    let found = memo.get(key);
    if (found === undefined) memo.set(key, (found = atomsOf(universe, resolve())));
    return found;
  };
  const sourceAtoms = (text: string): number[] => remember(`src ${text}`, () => resolveSource(text, env));
  const destinationAtoms = (text: string): number[] => remember(`dst ${text}`, () => resolveDestinationHost(text, env));
  // Tests name fewer destinations than sources: a test none of whose destinations changed is skipped unresolved.
  const changedDestinations = new Set(changes.map((c) => c.dstAtoms[0]!));
  for (const test of after.policy.tests) {
    const proto = test.proto === undefined ? undefined : parseProtocol(test.proto.text);
    if (proto !== undefined && !proto.ok) continue;
    const protocols = proto?.ok ? [proto.value] : [TCP, UDP];
    for (const [kind, list] of [
      ['accept', test.accept],
      ['deny', test.deny],
    ] as const) {
      for (const entry of list) {
        const split = splitDestination(entry.text);
        if (!split.ok || !/^[0-9]+$/.test(split.value.ports)) continue;
        const port = Number(split.value.ports);
        const dsts = destinationAtoms(split.value.host).filter((d) => changedDestinations.has(d));
        if (dsts.length === 0) continue;
        const srcs = sourceAtoms(test.src?.text ?? '');
        for (const d of dsts) for (const s of srcs) network.get(`${s}|${d}`)?.push({ protocols, port, kind });
      }
    }
  }
  for (const test of after.policy.sshTests) {
    const srcs = sourceAtoms(test.src?.text ?? '');
    for (const dst of test.dst) {
      const dsts = destinationAtoms(dst.text);
      for (const [kind, list] of [
        ['accept', test.accept],
        ['check', test.check],
        ['deny', test.deny],
      ] as const) {
        for (const login of list)
          for (const s of srcs) for (const d of dsts) ssh.add(`${s}|${d}|${login.text}|${kind}`);
      }
    }
  }
  for (const change of changes) change.tested = change.testable && asserted(change, network, ssh);
}

function asserted(change: AtomChange, network: ReadonlyMap<string, Assertion[]>, ssh: ReadonlySet<string>): boolean {
  const s = change.srcAtoms[0]!;
  const d = change.dstAtoms[0]!;
  switch (change.kind) {
    case 'network': {
      const wanted = change.change === 'gained' ? 'accept' : 'deny';
      return (network.get(`${s}|${d}`) ?? []).some(
        (a) =>
          a.kind === wanted &&
          a.protocols.includes(change.protocol!) &&
          change.ranges!.some((r) => r.first <= a.port && a.port <= r.last),
      );
    }
    case 'ssh': {
      // A lost action is locked in by a test of whatever replaced it: deny, or the other action.
      const wanted =
        change.change === 'gained' ? [change.action!] : ['deny', change.action === 'accept' ? 'check' : 'accept'];
      return wanted.some((kind) => ssh.has(`${s}|${d}|${change.sshUser}|${kind}`));
    }
    case 'app':
      return false;
  }
}
