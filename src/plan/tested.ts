// Which changes a test of the new policy already asserts: a `tests` entry whose source and
// destination resolve to the change's atoms, on a port of the change, for its protocol, wanting
// the new verdict; or an `sshTests` entry wanting the new outcome for that login.

import { resolveDestinationHost, resolveSource, type Endpoint, type EvalEnv } from '../policy/endpoints.js';
import type { NetworkTest, SshTest } from '../policy/model.js';
import { splitTestDestination } from '../policy/test-ledger.js';
import { parseProtocol } from '../policy/ports.js';
import { slot, type Principal } from '../policy/principal.js';
import { DEFAULT_TEST_PROTOCOLS } from '../policy/unsure.js';
import { familyless, intervalAt, type Universe } from './atoms.js';
import type { AtomChange } from './convert.js';
import type { Side } from './side.js';

/** A test's `host:port` entry: its port and the changed destinations its host stands for. */
interface Target {
  port: number;
  dsts: number[];
}

interface Assertion {
  protocols: readonly number[];
  port: number;
  kind: 'accept' | 'deny';
}

/** The atom a principal a test resolves to stands for: by key, or the address interval holding its address. */
export function atomOf(universe: Universe, p: Principal): number | undefined {
  const byKey = universe.byKey.get(familyless(p.key));
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

/**
 * Test endpoints as atoms. Tests repeat their endpoints and their `host:port` entries: each is
 * resolved once. A `host:port` entry keeps only the destinations of some change: tests name
 * fewer destinations than sources, so a test none of whose destinations changed is skipped with
 * its source unresolved.
 */
class TestAtoms {
  private readonly memo = new Map<string, number[]>();
  private readonly targets = new Map<string, Target | null>();

  constructor(
    private readonly universe: Universe,
    private readonly env: EvalEnv,
    private readonly changedDestinations: ReadonlySet<number>,
  ) {}

  sources(text: string): number[] {
    return this.remember(`src ${text}`, () => resolveSource(text, this.env));
  }

  destinations(text: string): number[] {
    return this.remember(`dst ${text}`, () => resolveDestinationHost(text, this.env));
  }

  /** A `host:port` entry's port and changed destinations; null when it has none or is no such entry. */
  target(text: string): Target | null {
    let found = this.targets.get(text);
    if (found === undefined) {
      const split = splitTestDestination(text);
      found = null;
      if (split.ok) {
        const dsts = this.destinations(split.value.host).filter((d) => this.changedDestinations.has(d));
        if (dsts.length > 0) found = { port: split.value.port, dsts };
      }
      this.targets.set(text, found);
    }
    return found;
  }

  private remember(key: string, resolve: () => Endpoint): number[] {
    let found = this.memo.get(key);
    if (found === undefined) this.memo.set(key, (found = atomsOf(this.universe, resolve())));
    return found;
  }
}

/** Marks the changes the new policy's tests assert. */
export function markTested(changes: readonly AtomChange[], after: Side, universe: Universe): void {
  // Only pairs with a change are worth recording: tests name groups, and groups many users.
  const network = new Map<string, Assertion[]>(changes.map((c) => [`${c.srcAtoms[0]}|${c.dstAtoms[0]}`, []]));
  if (network.size === 0) return;
  const atoms = new TestAtoms(universe, after.env, new Set(changes.map((c) => c.dstAtoms[0]!)));
  networkAssertions(after.policy.tests, atoms, network);
  const ssh = sshAssertions(after.policy.sshTests, atoms);
  for (const change of changes) change.tested = change.testable && asserted(change, network, ssh);
}

/** Adds what each `tests` entry asserts to the pairs it names that have a change. */
function networkAssertions(tests: readonly NetworkTest[], atoms: TestAtoms, network: Map<string, Assertion[]>): void {
  for (const test of tests) {
    const proto = test.proto === undefined ? undefined : parseProtocol(test.proto.text);
    if (proto !== undefined && !proto.ok) continue;
    const protocols = proto?.ok ? [proto.value] : DEFAULT_TEST_PROTOCOLS;
    const total = test.accept.length + test.deny.length;
    // Indexed, not for-of: this runs for every entry of every test, mostly before V8 optimises it.
    for (let i = 0; i < total; i++) {
      const accept = i < test.accept.length;
      const target = atoms.target((accept ? test.accept[i] : test.deny[i - test.accept.length])!.text);
      if (target === null) continue;
      const kind = accept ? 'accept' : 'deny';
      const srcs = atoms.sources(test.src?.text ?? '');
      target.dsts.forEach((d) =>
        srcs.forEach((s) => network.get(`${s}|${d}`)?.push({ protocols, port: target.port, kind })),
      );
    }
  }
}

/** What the `sshTests` assert, as `source|destination|login|outcome`. */
function sshAssertions(tests: readonly SshTest[], atoms: TestAtoms): Set<string> {
  const ssh = new Set<string>();
  for (const test of tests) {
    const srcs = atoms.sources(test.src?.text ?? '');
    for (const dst of test.dst) {
      const dsts = atoms.destinations(dst.text);
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
  return ssh;
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
