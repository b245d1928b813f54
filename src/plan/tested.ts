// Which changes a test of the new policy already asserts: a `tests` entry whose source and
// destination resolve to the change's atoms, on a port of the change, for its protocol, wanting
// the new verdict; or an `sshTests` entry wanting the new outcome for that login. Either only
// where it passes on the new policy (after-tests.ts).

import { resolveDestinationHost, resolveSource, type Endpoint, type EvalEnv } from '../policy/endpoints.js';
import type { NetworkTest, SshTest } from '../policy/model.js';
import { addTo, pushTo } from '../policy/lists.js';
import { parseProtocol, splitTestDestination, type PortRange } from '../policy/ports.js';
import { slot, type Principal } from '../policy/principal.js';
import type { Tri } from '../policy/tri.js';
import { DEFAULT_TEST_PROTOCOLS, loginDomain } from '../policy/unsure.js';
import type { AfterTests } from './after-tests.js';
import { familyless, intervalAt, type Universe } from './atoms.js';
import type { PlanBudget } from './budget.js';
import type { AtomChange } from './convert.js';
import type { Side } from './side.js';

/** A test's `host:port` entry: its port and the changed destinations its host stands for. */
interface Target {
  port: number;
  dsts: number[];
  /** Of those, the IPv6 atoms of devices the host names in both families (see Resolved). */
  viaDual: ReadonlySet<number>;
}

/**
 * A test endpoint as atoms. A device it names in both families (by its owner, a tag, a group)
 * stands for its atom and, where the device's IPv6 address is an atom of its own (atoms.ts,
 * `twin`), for that one too, listed in `viaDual`: a test between two such endpoints asks IPv4,
 * so a pair of two `viaDual` atoms is none it asks about.
 */
interface Resolved {
  atoms: ReadonlySet<number>;
  viaDual: ReadonlySet<number>;
}

type SshKind = 'accept' | 'check' | 'deny';

interface Assertion {
  protocols: readonly number[];
  port: number;
  kind: 'accept' | 'deny';
}

/** The atom a principal a test resolves to stands for: by key, or the address interval holding its address. */
export function atomOf(universe: Universe, p: Principal): number | undefined {
  const byKey = universe.byKey.get(p.key) ?? universe.byKey.get(familyless(p.key));
  if (byKey !== undefined) return byKey;
  if (p.key.startsWith('user:') && p.login !== undefined) {
    return universe.otherUsers.get(loginDomain(p.login)) ?? universe.otherUsers.get('');
  }
  for (const family of [4, 6] as const) {
    const at = slot(p, family);
    if (at?.kind === 'known') return intervalAt(universe, family, at.address.value)?.id;
  }
  return undefined;
}

function atomsOf(universe: Universe, endpoint: Endpoint): Resolved {
  const atoms = new Set<number>();
  const viaDual = new Set<number>();
  if (!endpoint.ok) return { atoms, viaDual };
  for (const p of endpoint.principals) {
    const at = atomOf(universe, p);
    if (at === undefined) continue;
    atoms.add(at);
    // A principal of both families has a key without a family suffix (principal.ts).
    const twin = familyless(p.key) === p.key ? universe.byKey.get(`${p.key}/6`) : undefined;
    if (twin !== undefined && !atoms.has(twin)) {
      atoms.add(twin);
      viaDual.add(twin);
    }
  }
  return { atoms, viaDual };
}

/**
 * Test endpoints as atoms. Tests repeat their endpoints and their `host:port` entries: each is
 * resolved once. A `host:port` entry keeps only the destinations of some change: tests name
 * fewer destinations than sources, so a test none of whose destinations changed is skipped with
 * its source unresolved.
 */
class TestAtoms {
  private readonly memo = new Map<string, Resolved>();
  private readonly targets = new Map<string, Target | null>();

  constructor(
    private readonly universe: Universe,
    private readonly env: EvalEnv,
    private readonly changedDestinations: ReadonlySet<number>,
  ) {}

  sources(text: string): Resolved {
    return this.remember(`src ${text}`, () => resolveSource(text, this.env));
  }

  destinations(text: string): Resolved {
    return this.remember(`dst ${text}`, () => resolveDestinationHost(text, this.env));
  }

  /** A `host:port` entry's port and changed destinations; null when it has none or is no such entry. */
  target(text: string): Target | null {
    let found = this.targets.get(text);
    if (found === undefined) {
      const split = splitTestDestination(text);
      found = null;
      if (split.ok) {
        const { atoms, viaDual } = this.destinations(split.value.host);
        const dsts = [...atoms].filter((d) => this.changedDestinations.has(d));
        if (dsts.length > 0) found = { port: split.value.port, dsts, viaDual };
      }
      this.targets.set(text, found);
    }
    return found;
  }

  /** Sets: a test's source is looked up once per changed pair of its destinations. */
  private remember(key: string, resolve: () => Endpoint): Resolved {
    let found = this.memo.get(key);
    if (found === undefined) this.memo.set(key, (found = atomsOf(this.universe, resolve())));
    return found;
  }
}

/**
 * The changed pairs, as sources by destination: a test entry looks only at these, never at the
 * product of the principals it names (a group of thousands as the source of thousands of tests).
 */
type ChangedPairs = Map<number, Set<number>>;

function changedPairs(changes: readonly AtomChange[]): ChangedPairs {
  const pairs: ChangedPairs = new Map();
  changes.forEach((c) => addTo(pairs, c.dstAtoms[0]!, c.srcAtoms[0]!));
  return pairs;
}

/** Calls `each` with every changed pair of `dsts` whose source is one of `srcs`, walking the smaller side. */
function eachChangedPair(
  pairs: ChangedPairs,
  srcs: ReadonlySet<number>,
  dsts: ReadonlySet<number> | readonly number[],
  budget: PlanBudget,
  each: (s: number, d: number) => void,
): void {
  dsts.forEach((d) => {
    const changed = pairs.get(d);
    if (changed === undefined) return;
    const [walked, other] = changed.size <= srcs.size ? [changed, srcs] : [srcs, changed];
    walked.forEach((s) => {
      budget.step();
      if (other.has(s)) each(s, d);
    });
  });
}

/** Whether the new policy lets a source atom reach a destination atom on one protocol and port. */
export type AcceptedAfter = (src: number, dst: number, protocol: number, port: number) => Tri;

/** The new policy's side, and its tests as the engine evaluates them. */
export interface AfterSide {
  side: Side;
  tests: AfterTests;
}

/** Marks the changes the new policy's tests assert. */
export function markTested(
  changes: readonly AtomChange[],
  after: AfterSide,
  universe: Universe,
  budget: PlanBudget,
  acceptedAfter: AcceptedAfter,
): void {
  if (changes.length === 0) return;
  const { policy, env } = after.side;
  const atoms = new TestAtoms(universe, env, new Set(changes.map((c) => c.dstAtoms[0]!)));
  const of = (kind: AtomChange['kind']): AtomChange[] => changes.filter((c) => c.kind === kind);
  const network = networkAssertions(policy.tests, { atoms, after: after.tests }, of('network'), budget);
  const ssh = sshAssertions(policy.sshTests, { atoms, after: after.tests }, of('ssh'), budget);
  // Gains by pair and protocol: a test without proto asks TCP and UDP together, so it locks in a
  // gain of one where the other is gained at that port too (it passed on neither before).
  const gains = new Map<string, AtomChange[]>();
  for (const c of changes) {
    if (c.kind === 'network' && c.change === 'gained')
      pushTo(gains, `${c.srcAtoms[0]}|${c.dstAtoms[0]}|${c.protocol}`, c);
  }
  const ranges = new Map<AtomChange, PortRange[]>();
  const rangesOf = (c: AtomChange): PortRange[] => {
    let sorted = ranges.get(c);
    if (sorted === undefined) ranges.set(c, (sorted = [...c.ranges!].sort((a, b) => a.first - b.first)));
    return sorted;
  };
  const gainedAt = (s: number, d: number, protocol: number, port: number): boolean =>
    (gains.get(`${s}|${d}|${protocol}`) ?? []).some((c) => holds(rangesOf(c), port));
  const asks = { network, ssh, acceptedAfter, gainedAt, rangesOf, budget };
  for (const change of changes) change.tested = change.testable && asserted(change, asks);
}

/** How the tests are read: their endpoints as atoms, their outcomes on the new policy. */
interface Readers {
  atoms: TestAtoms;
  after: AfterTests;
}

/** What each `tests` entry that passes asserts of the changed pairs it names, by `source|destination`. */
function networkAssertions(
  tests: readonly NetworkTest[],
  { atoms, after }: Readers,
  changes: readonly AtomChange[],
  budget: PlanBudget,
): Map<string, Assertion[]> {
  const network = new Map<string, Assertion[]>();
  const pairs = changedPairs(changes);
  // Entries said again (same source, entry, outcome and protocol) assert nothing new; only a
  // source of many atoms is worth the key (a single one walks no more than the entry's targets).
  const seen = new Set<string>();
  for (const test of tests) {
    const proto = test.proto === undefined ? undefined : parseProtocol(test.proto.text);
    if (proto !== undefined && !proto.ok) continue;
    const protocols = proto?.ok ? [proto.value] : DEFAULT_TEST_PROTOCOLS;
    const total = test.accept.length + test.deny.length;
    let srcs: Resolved | undefined;
    // Indexed, not for-of: this runs for every entry of every test, mostly before V8 optimises it.
    for (let i = 0; i < total; i++) {
      const accept = i < test.accept.length;
      const entry = (accept ? test.accept[i] : test.deny[i - test.accept.length])!.text;
      const target = atoms.target(entry);
      if (target === null) continue;
      srcs ??= atoms.sources(test.src?.text ?? '');
      // Posture attributes can make the same entry pass in one test and fail in another.
      if (srcs.atoms.size > 1 && test.srcPostureAttrs.size === 0) {
        const said = `${test.src?.text}\u0000${entry}\u0000${accept}\u0000${test.proto?.text}`;
        if (seen.has(said)) continue;
        seen.add(said);
      }
      const assertion: Assertion = { protocols, port: target.port, kind: accept ? 'accept' : 'deny' };
      let passes: boolean | undefined;
      const viaDual = srcs.viaDual;
      eachChangedPair(pairs, srcs.atoms, target.dsts, budget, (s, d) => {
        if (viaDual.has(s) && target.viaDual.has(d)) return;
        // Evaluated only for an entry that names a changed pair.
        passes ??= after.passes(test);
        if (passes) pushTo(network, `${s}|${d}`, assertion);
      });
    }
  }
  return network;
}

/** What the `sshTests` assert (and pass) of the changed logins of the pairs they name, as `source|destination|login|outcome`. */
function sshAssertions(
  tests: readonly SshTest[],
  { atoms, after }: Readers,
  changes: readonly AtomChange[],
  budget: PlanBudget,
): Set<string> {
  const ssh = new Set<string>();
  const pairs = changedPairs(changes);
  const users = new Map<string, Set<string>>();
  changes.forEach((c) => addTo(users, `${c.srcAtoms[0]}|${c.dstAtoms[0]}`, c.sshUser!));
  for (const test of tests) {
    // A test's logins by outcome, read once: a pair then looks up only its changed logins.
    const kinds = new Map<string, SshKind[]>();
    (['accept', 'check', 'deny'] as const).forEach((kind) => test[kind].forEach((l) => pushTo(kinds, l.text, kind)));
    const srcs = atoms.sources(test.src?.text ?? '').atoms;
    // A destination listed again asserts nothing new.
    for (const dst of new Set(test.dst.map((d) => d.text))) {
      eachChangedPair(pairs, srcs, atoms.destinations(dst).atoms, budget, (s, d) => {
        const changed = users.get(`${s}|${d}`)!;
        // The fewer of the pair's changed logins and the test's, each looked up in the other.
        const each = (user: string, kind: SshKind): void => {
          budget.step();
          if (after.sshPasses(test)) ssh.add(`${s}|${d}|${user}|${kind}`);
        };
        if (changed.size <= kinds.size) changed.forEach((user) => kinds.get(user)?.forEach((kind) => each(user, kind)));
        else kinds.forEach((list, user) => changed.has(user) && list.forEach((kind) => each(user, kind)));
      });
    }
  }
  return ssh;
}

/** Whether one of a change's port ranges, in port order, holds the port. */
function holds(ranges: readonly PortRange[], port: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const range = ranges[mid]!;
    if (port < range.first) high = mid - 1;
    else if (port > range.last) low = mid + 1;
    else return true;
  }
  return false;
}

/** What the tests assert, and what the new policy allows, for asserted(). */
interface Asks {
  network: ReadonlyMap<string, Assertion[]>;
  ssh: ReadonlySet<string>;
  acceptedAfter: AcceptedAfter;
  gainedAt: (src: number, dst: number, protocol: number, port: number) => boolean;
  /** A change's port ranges in port order. */
  rangesOf: (change: AtomChange) => readonly PortRange[];
  budget: PlanBudget;
}

/**
 * Whether a test locks the change in: it would no longer pass were the change undone. A test
 * without `proto` asks TCP or UDP: its accept passes on either, its deny needs both dropped
 * (§5.3). So it locks a change of one of them where the new policy drops the other, or, for a
 * gain, where the other is gained too: TCP kept open, a gained UDP port is not what makes the
 * accept pass.
 */
function asserted(change: AtomChange, asks: Asks): boolean {
  const s = change.srcAtoms[0]!;
  const d = change.dstAtoms[0]!;
  switch (change.kind) {
    case 'network':
      return networkAsserted(change, asks);
    case 'ssh': {
      // A lost action is locked in by a test wanting deny: one replaced by the other action is
      // not testable (convert.ts).
      const wanted = change.change === 'gained' ? change.action! : 'deny';
      return asks.ssh.has(`${s}|${d}|${change.sshUser}|${wanted}`);
    }
    case 'app':
      return false;
  }
}

function networkAsserted(change: AtomChange, { network, acceptedAfter, gainedAt, rangesOf, budget }: Asks): boolean {
  const s = change.srcAtoms[0]!;
  const d = change.dstAtoms[0]!;
  const wanted = change.change === 'gained' ? 'accept' : 'deny';
  const protocol = change.protocol!;
  const ranges = rangesOf(change);
  for (const a of network.get(`${s}|${d}`) ?? []) {
    // A pair may be named by tens of thousands of entries, each weighed against as many ranges.
    budget.step();
    if (a.kind !== wanted || !a.protocols.includes(protocol) || !holds(ranges, a.port)) continue;
    const locks = a.protocols.every(
      (other) =>
        other === protocol ||
        acceptedAfter(s, d, other, a.port) === 'no' ||
        (wanted === 'accept' && gainedAt(s, d, other, a.port)),
    );
    if (locks) return true;
  }
  return false;
}
