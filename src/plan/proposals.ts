// Test entries that would lock untested changes in: each asserts the new verdict, so it passes
// on the new policy and fails on the old one. TCP and UDP changes on the same port become one
// entry without `proto` (a test without it checks TCP or UDP, as the engine does).

import type { NetworkTest } from '../policy/model.js';
import { parseAddress } from '../policy/ip.js';
import { parseProtocol, protocolName } from '../policy/ports.js';
import type { AfterTests } from './after-tests.js';
import type { Atom } from './atoms.js';
import type { AtomChange } from './convert.js';
import { sshChangeKey, type AccessChange, type ProposedTests } from './model.js';

/**
 * The entries of the policy's own tests that fail on the new policy, each as
 * `source|entry|proto|kind` (proto by its name, as proposals write it): a proposal that says the
 * opposite of one would only sit beside a failing test, which the report lists above the plan.
 * Only entries some proposal makes are evaluated: the policy's tests may be thousands, its
 * untested changes few.
 */
function failingEntries(tests: readonly NetworkTest[], proposed: ReadonlySet<string>, after: AfterTests): Set<string> {
  const said = new Set<string>();
  for (const test of tests) {
    const proto = test.proto === undefined || test.proto.text === '' ? undefined : parseProtocol(test.proto.text);
    if (proto?.ok === false) continue;
    const name = proto === undefined ? '' : protocolName(proto.value);
    const entries = [...test.accept, ...test.deny];
    entries.forEach((item, i) => {
      const entry = item.text.trim();
      if (!proposed.has(entry) || after.entry(test, i) !== 'fail') return;
      const kind = i < test.accept.length ? 'accept' : 'deny';
      said.add(`${test.src?.text.trim() ?? ''}|${entry}|${name}|${kind}`);
    });
  }
  return said;
}

/** Whether a failing test of the policy says the opposite of `kind` for this entry, on a protocol the proposal asks too. */
function contradicted(said: ReadonlySet<string>, src: string, entry: string, proto: string, kind: string): boolean {
  const opposite = kind === 'accept' ? 'deny' : 'accept';
  const key = (p: string): string => `${src}|${entry}|${p}|${opposite}`;
  // A test without proto asks TCP and UDP, as a proposal without proto does.
  const tcpOrUdp = proto === '' || proto === 'tcp' || proto === 'udp';
  if (said.has(key(proto)) || (tcpOrUdp && said.has(key('')))) return true;
  return proto === '' && (said.has(key('tcp')) || said.has(key('udp')));
}

/** A host as a test's `host:port` entry: an IPv6 address in brackets (a login may hold a colon too). */
function hostPort(host: string, port: number | undefined): string {
  return `${parseAddress(host)?.family === 6 ? `[${host}]` : host}:${port ?? 0}`;
}

/**
 * The change's destinations as `host:port` entries: one per address interval a merged range is
 * made of (the plan cuts a range where some rule treats its addresses apart, and an entry asserts
 * the interval of its address only), else the one destination.
 */
function destinations(change: AtomChange, atoms: readonly Atom[]): string[] {
  const parts = change.dstAtoms;
  if (parts.length > 1 && parts.every((id) => atoms[id]!.kind === 'address'))
    return parts.map((id) => hostPort(atoms[id]!.text, change.port));
  return [hostPort(change.dst, change.port)];
}

function networkTests(
  changes: readonly AtomChange[],
  said: ReadonlySet<string>,
  atoms: readonly Atom[],
): Record<string, unknown>[] {
  const byTarget = new Map<string, { change: AccessChange; entry: string; protos: Set<string> }>();
  for (const c of changes) {
    for (const entry of destinations(c, atoms)) {
      const key = `${c.src}|${c.change}|${entry}`;
      const found = byTarget.get(key) ?? { change: c, entry, protos: new Set<string>() };
      found.protos.add(c.proto!);
      byTarget.set(key, found);
    }
  }
  // Each list a set: a source can gain thousands of destinations, and insertion order is kept.
  const bySource = new Map<string, Record<string, unknown> & { list: Set<string> }>();
  for (const { change, entry, protos } of byTarget.values()) {
    const kind = change.change === 'gained' ? 'accept' : 'deny';
    // TCP and UDP together as one entry without proto; apart where a failing test says the
    // opposite of one of them only.
    const both =
      protos.has('tcp') &&
      protos.has('udp') &&
      !contradicted(said, change.src, entry, 'tcp', kind) &&
      !contradicted(said, change.src, entry, 'udp', kind);
    const list = both ? [undefined, ...[...protos].filter((p) => p !== 'tcp' && p !== 'udp')] : [...protos];
    for (const proto of list) {
      if (contradicted(said, change.src, entry, proto ?? '', kind)) continue;
      const key = `${change.src}|${proto ?? ''}|${kind}`;
      let test = bySource.get(key);
      if (test === undefined)
        bySource.set(
          key,
          (test = { src: change.src, ...(proto === undefined ? {} : { proto }), list: new Set(), kind }),
        );
      test.list.add(entry);
    }
  }
  return [...bySource.values()].map(({ list, kind, ...rest }) => ({ ...rest, [kind as string]: [...list] }));
}

function sshTests(changes: readonly AccessChange[]): Record<string, unknown>[] {
  const gained = new Set(changes.filter((c) => c.change === 'gained').map(sshChangeKey));
  const bySource = new Map<string, { src: string; dst: string; lists: Record<string, Set<string>> }>();
  for (const c of changes) {
    // A lost action the new policy replaces by the other one is asserted by that gain's test.
    if (c.change === 'lost' && gained.has(sshChangeKey(c))) continue;
    const kind = c.change === 'gained' ? c.action! : 'deny';
    const key = JSON.stringify([c.src, c.dst]);
    const entry = bySource.get(key) ?? { src: c.src, dst: c.dst, lists: {} };
    (entry.lists[kind] ??= new Set()).add(c.sshUser!);
    bySource.set(key, entry);
  }
  const merged = new Map<string, { src: string; dst: string[]; lists: Record<string, string[]> }>();
  for (const { src, dst, lists: sets } of bySource.values()) {
    const lists = Object.fromEntries(Object.entries(sets).map(([kind, users]) => [kind, [...users]]));
    const key = `${src}|${JSON.stringify(lists)}`;
    const same = merged.get(key);
    if (same === undefined) merged.set(key, { src, dst: [dst], lists });
    else same.dst.push(dst);
  }
  return [...merged.values()].map(({ src, dst, lists }) => ({
    src,
    dst,
    ...(lists.accept && { accept: lists.accept }),
    ...(lists.check && { check: lists.check }),
    ...(lists.deny && { deny: lists.deny }),
  }));
}

/**
 * Proposed entries for the changes no test asserts yet (and that a test can assert), but for
 * those a test of the new policy contradicts.
 */
export function proposeTests(
  changes: readonly AtomChange[],
  tests: readonly NetworkTest[],
  after: AfterTests,
  atoms: readonly Atom[],
): ProposedTests {
  const open = changes.filter((c) => !c.tested && c.testable);
  const network = open.filter((c) => c.kind === 'network');
  const entries = new Set(network.flatMap((c) => destinations(c, atoms)));
  return {
    tests: networkTests(network, failingEntries(tests, entries, after), atoms),
    sshTests: sshTests(open.filter((c) => c.kind === 'ssh')),
  };
}
