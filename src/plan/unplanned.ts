// Edits that change what devices may become or do rather than who reaches what: who may tag a
// device (tagOwners), whose routes, exit nodes and Services are approved unasked
// (autoApprovers), node attributes (nodeAttrs), what an SSH session accepts from its client
// or must record (acceptEnv, recorder, enforceRecorder), and the tailnet-wide settings (derpMap,
// the relays traffic may take; disableIPv4; OneCGNATRoute; …). The plan has no access changes to show
// for them, yet an owner added to a tag gains, through a device they tag, everything the tag
// reaches. They are named, so that a plan of such an edit never reads as "nothing changed".

import type { NamedList, Policy, Text } from '../policy/model.js';
import { formatAddress, parseAddress, parseAddressOrPrefix } from '../policy/ip.js';
import { classify } from '../policy/selectors.js';
import { normalizeLogin } from '../policy/unsure.js';
import type { Side } from './side.js';

type Groups = ReadonlyMap<string, readonly string[]>;

/** Strings as one key, in sorted order: a set's, or a multiset's (a list of records in any order). */
const sortedKey = (items: Iterable<string>): string => JSON.stringify([...items].sort());

/** A list's texts as one key, their order and repeats left out (the server reads these lists as sets). */
const setKey = (list: readonly Text[] | undefined): string =>
  sortedKey(new Set((list ?? []).map((t) => t.text.trim())));

/**
 * Characters a side's lists may come to with groups expanded, past which groups are not expanded:
 * 3,000 tags each owned by a group of 20,000 would be 60 million names to compare, and a million
 * long logins gigabytes of keys.
 */
const EXPANSION_LIMIT = 8_000_000;

/**
 * How one side's lists read: its groups and host aliases. A principal is a string starting with
 * `=` (a name as read) or `#` (a group's set of members, below), so no text in a policy can pass
 * for a token.
 */
class Reading {
  private readonly groupTokens = new Map<string, string>();

  /**
   * With `expand`, a group reads as its members; without, as a token for its set of members,
   * numbered in `memberSets`, which both sides share (a group written as its members then reads
   * as an edit: said, never hidden).
   */
  constructor(
    private readonly groups: Groups,
    private readonly hosts: ReadonlyMap<string, string>,
    private readonly expand: boolean,
    private readonly memberSets: Map<string, number>,
  ) {}

  /**
   * A list of owners, approvers or targets as the principals it names: a group as its members (so a
   * member added to a group owning a tag is an edit of that tag's owners), a login as the engine
   * compares it (§2.2.2), an autogroup by the one name its aliases share, an address and a host by
   * the address (a nodeAttrs target follows its host), anything else as written.
   */
  principals(list: readonly Text[] | undefined): Set<string> {
    const out = new Set<string>();
    for (const { text } of list ?? []) {
      const item = text.trim();
      const members = this.groups.get(item);
      if (members !== undefined) {
        if (this.expand) members.forEach((login) => out.add(`=${login}`));
        else out.add(this.groupToken(item, members));
      } else out.add(`=${this.principal(item)}`);
    }
    return out;
  }

  key(list: readonly Text[] | undefined): string {
    return sortedKey(this.principals(list));
  }

  private principal(item: string): string {
    const selector = classify(item);
    if (selector.kind === 'user') return normalizeLogin(item);
    if (selector.kind === 'autogroup') return `autogroup:${selector.name}`;
    if (selector.kind === 'prefix') return addressKey(item);
    if (selector.kind !== 'host' && selector.kind !== 'hostRef') return item;
    const address = this.hosts.get(selector.name);
    return address === undefined ? item : addressKey(address);
  }

  private groupToken(group: string, members: readonly string[]): string {
    let token = this.groupTokens.get(group);
    if (token === undefined) {
      const key = sortedKey(new Set(members));
      let id = this.memberSets.get(key);
      if (id === undefined) this.memberSets.set(key, (id = this.memberSets.size));
      this.groupTokens.set(group, (token = `#${id}`));
    }
    return token;
  }
}

/** Every list of principals the comparisons below read on a side. */
function listsOf(policy: Policy): (readonly Text[] | undefined)[] {
  const { tagOwners, autoApprovers: approvers, nodeAttrs, ssh } = policy;
  return [
    ...[...tagOwners, ...approvers.routes, ...approvers.services].map((list) => list.items),
    approvers.exitNode,
    ...nodeAttrs.map((a) => a.target),
    ...ssh.flatMap((rule) => [rule.src, rule.dst, rule.recorder]),
  ];
}

/** How many characters a side's lists come to with groups expanded, counted as far as the limit. */
function expandedSize(policy: Policy, groups: Groups): number {
  const sizes = new Map<string, number>();
  const groupSize = (members: readonly string[]): number => members.reduce((sum, login) => sum + login.length + 3, 0);
  let size = 0;
  for (const list of listsOf(policy))
    for (const { text } of list ?? []) {
      const item = text.trim();
      const members = groups.get(item);
      if (members === undefined) size += item.length + 3;
      else {
        let known = sizes.get(item);
        if (known === undefined) sizes.set(item, (known = groupSize(members)));
        size += known;
      }
      if (size > EXPANSION_LIMIT) return size;
    }
  return size;
}

function readings(sides: readonly [Side, Side]): [Reading, Reading] {
  const groups = sides.map((side) => side.env.context.groups);
  const expand = sides.every((side, i) => expandedSize(side.policy, groups[i]!) <= EXPANSION_LIMIT);
  const memberSets = new Map<string, number>();
  const [before, after] = sides.map((side, i) => {
    const hosts = new Map(side.policy.hosts.map((host) => [host.name.text, host.value.text.trim()]));
    return new Reading(groups[i]!, hosts, expand, memberSets);
  });
  return [before!, after!];
}

/**
 * An address or prefix as one text for all the ways to write it: hexadecimal digits in either
 * case, zeros compressed or not (`FD00::/8`, `fd00:0::/8`). One with bits past its length, or
 * with spaces around it (which the engine does not read as an address), is kept as written:
 * whether the server reads it as the masked prefix is not known here.
 */
function addressKey(text: string): string {
  const slash = text.indexOf('/');
  const address = parseAddress(slash === -1 ? text : text.slice(0, slash));
  const prefix = parseAddressOrPrefix(text);
  if (address === undefined || prefix === undefined || address.value !== prefix.value) return text;
  return `${formatAddress(address)}/${prefix.bits}`;
}

/** A route (a prefix, written with its length) as addressKey reads it. */
const routeKey = (route: string): string => (route.includes('/') ? addressKey(route) : route);

/**
 * Each name whose list of principals was added, removed or edited, as `section name`. With
 * `emptyIsAbsent`, a name listing no one is as good as absent (an approval no one gets).
 */
function editedLists(
  section: string,
  lists: readonly [readonly NamedList[], readonly NamedList[]],
  sides: readonly [Reading, Reading],
  options: { emptyIsAbsent: boolean; nameKey?: (name: string) => string },
): string[] {
  const { emptyIsAbsent, nameKey = (name: string) => name } = options;
  const [old, now] = ([0, 1] as const).map((side) => {
    // Names written two ways on one side (a route in capitals and in lower case) hold the union.
    const byName = new Map<string, Set<string>>();
    for (const list of lists[side]) {
      const name = nameKey(list.name.text);
      const found = sides[side].principals(list.items);
      const known = byName.get(name);
      if (known === undefined) byName.set(name, found);
      else found.forEach((principal) => known.add(principal));
    }
    return new Map([...byName].map(([name, set]) => [name, sortedKey(set)]));
  }) as [Map<string, string>, Map<string, string>];
  const read = (map: Map<string, string>, name: string): string | undefined =>
    map.get(name) ?? (emptyIsAbsent ? '[]' : undefined);
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names.filter((name) => read(old, name) !== read(now, name)).map((name) => `${section} ${name}`);
}

/**
 * Node attributes as what they give to whom: entries naming the same principals hold the union of
 * what they give, then entries giving the same hold the union of their principals. An entry
 * repeated, or split in two by its attributes or by its targets, reads as the one it was.
 */
function nodeAttrsKey(policy: Policy, reading: Reading): string {
  const byTargets = new Map<string, { targets: Set<string>; given: Set<string> }>();
  for (const a of policy.nodeAttrs) {
    const targets = reading.principals(a.target);
    const key = sortedKey(targets);
    let entry = byTargets.get(key);
    if (entry === undefined) byTargets.set(key, (entry = { targets, given: new Set() }));
    const { given } = entry;
    for (const t of a.attr) given.add(JSON.stringify(['attr', t.text.trim()]));
    for (const t of a.ipPool ?? []) given.add(JSON.stringify(['ipPool', t.text.trim()]));
    for (const c of a.app ?? []) {
      given.add(JSON.stringify(['app', c.name.text]));
      for (const v of c.values) given.add(JSON.stringify(['app', c.name.text, v]));
    }
  }
  const byGiven = new Map<string, Set<string>>();
  for (const { targets, given } of byTargets.values()) {
    const key = sortedKey(given);
    const all = byGiven.get(key) ?? new Set<string>();
    targets.forEach((principal) => all.add(principal));
    byGiven.set(key, all);
  }
  return sortedKey([...byGiven].map(([given, targets]) => `${sortedKey(targets)}${given}`));
}

/** The SSH rules' accepted environment and recording, by the rule they belong to. */
function sshSessionKey(policy: Policy, reading: Reading): string {
  const keyed = policy.ssh.filter(
    (r) => (r.acceptEnv?.length ?? 0) > 0 || (r.recorder?.length ?? 0) > 0 || r.enforceRecorder === true,
  );
  return sortedKey(
    keyed.map((r) =>
      JSON.stringify([
        reading.key(r.src),
        reading.key(r.dst),
        setKey(r.users),
        setKey(r.acceptEnv),
        reading.key(r.recorder),
        r.enforceRecorder === true,
      ]),
    ),
  );
}

/** What the new policy edits outside the plan, as short names (`tagOwners of tag:prod`, `nodeAttrs`). */
export function unplannedEdits(before: Side, after: Side): string[] {
  const sides = readings([before, after]);
  const [old, now] = [before.policy, after.policy];
  const out = editedLists('tagOwners of', [old.tagOwners, now.tagOwners], sides, { emptyIsAbsent: false });
  const [approved, approves] = [old.autoApprovers, now.autoApprovers];
  const routes = { emptyIsAbsent: true, nameKey: routeKey };
  out.push(...editedLists('autoApprovers routes for', [approved.routes, approves.routes], sides, routes));
  const services = { emptyIsAbsent: true };
  out.push(...editedLists('autoApprovers services for', [approved.services, approves.services], sides, services));
  if (sides[0].key(approved.exitNode) !== sides[1].key(approves.exitNode)) out.push('autoApprovers exitNode');
  if (nodeAttrsKey(old, sides[0]) !== nodeAttrsKey(now, sides[1])) out.push('nodeAttrs');
  if (sshSessionKey(old, sides[0]) !== sshSessionKey(now, sides[1])) out.push('ssh acceptEnv or recorder');
  const settings = new Set([...old.settings.keys(), ...now.settings.keys()]);
  out.push(...[...settings].sort().filter((name) => old.settings.get(name) !== now.settings.get(name)));
  return out;
}
