// Edits that change what devices may become or do rather than who reaches what: who may tag a
// device (tagOwners), whose routes, exit nodes and Services are approved unasked
// (autoApprovers), node attributes (nodeAttrs), what an SSH session accepts from its client
// or must record (acceptEnv, recorder, enforceRecorder), and the tailnet-wide settings (derpMap,
// the relays traffic may take; disableIPv4; OneCGNATRoute; …). The plan has no access changes to show
// for them, yet an owner added to a tag gains, through a device they tag, everything the tag
// reaches. They are named, so that a plan of such an edit never reads as "nothing changed".

import type { NamedList, Text } from '../policy/model.js';
import { formatAddress, parseAddress, parsePrefix } from '../policy/ip.js';
import { classify } from '../policy/selectors.js';
import { normalizeLogin } from '../policy/unsure.js';
import type { Side } from './side.js';

type Groups = ReadonlyMap<string, readonly string[]>;

/** A list's texts as one key, their order and repeats left out (the server reads these lists as sets). */
const setKey = (list: readonly Text[] | undefined): string =>
  JSON.stringify([...new Set((list ?? []).map((t) => t.text.trim()))].sort());

/**
 * A list of owners, approvers or targets as the principals it names: a group as its members (so a
 * member added to a group owning a tag is an edit of that tag's owners), a login as the engine
 * compares it (§2.2.2), an autogroup by the one name its aliases share, anything else as written.
 */
function principals(list: readonly Text[] | undefined, groups: Groups): Set<string> {
  const out = new Set<string>();
  for (const { text } of list ?? []) {
    const item = text.trim();
    const members = groups.get(item);
    if (members !== undefined) {
      members.forEach((login) => out.add(login));
      continue;
    }
    const selector = classify(item);
    if (selector.kind === 'user') out.add(normalizeLogin(item));
    else if (selector.kind === 'autogroup') out.add(`autogroup:${selector.name}`);
    else out.add(item);
  }
  return out;
}

const sortedKey = (items: Iterable<string>): string => JSON.stringify([...items].sort());

const principalsKey = (list: readonly Text[] | undefined, groups: Groups): string =>
  sortedKey(principals(list, groups));

/**
 * A route as one text for all the ways to write it: hexadecimal digits in either case, zeros
 * compressed or not (`FD00::/8`, `fd00:0::/8`). A prefix with bits past its length is kept as
 * written: whether the server reads it as the masked route is not known here.
 */
function routeKey(text: string): string {
  const route = text.trim();
  const prefix = parsePrefix(route);
  const address = parseAddress(route.slice(0, route.indexOf('/')));
  if (prefix === undefined || address === undefined || address.value !== prefix.value) return text;
  return `${formatAddress(address)}/${prefix.bits}`;
}

/**
 * Each name whose list of principals was added, removed or edited, as `section name`. With
 * `emptyIsAbsent`, a name listing no one is as good as absent (an approval no one gets).
 */
function editedLists(
  section: string,
  lists: readonly [readonly NamedList[], readonly NamedList[]],
  groups: readonly [Groups, Groups],
  options: { emptyIsAbsent: boolean; nameKey?: (name: string) => string },
): string[] {
  const { emptyIsAbsent, nameKey = (name: string) => name } = options;
  const [old, now] = ([0, 1] as const).map((side) => {
    // Names written two ways on one side (a route in capitals and in lower case) hold the union.
    const byName = new Map<string, Set<string>>();
    for (const list of lists[side]) {
      const name = nameKey(list.name.text);
      const known = byName.get(name);
      const found = principals(list.items, groups[side]);
      byName.set(name, known === undefined ? found : new Set([...known, ...found]));
    }
    return new Map([...byName].map(([name, set]) => [name, sortedKey(set)]));
  }) as [Map<string, string>, Map<string, string>];
  const read = (map: Map<string, string>, name: string): string | undefined =>
    map.get(name) ?? (emptyIsAbsent ? '[]' : undefined);
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names.filter((name) => read(old, name) !== read(now, name)).map((name) => `${section} ${name}`);
}

/** A list of records as a multiset of keys: the same records in another order are no edit. */
const multiset = (keys: string[]): string => JSON.stringify(keys.sort());

/**
 * Node attributes as what they give to whom: entries naming the same principals hold the union of
 * what they give, then entries giving the same hold the union of their principals. An entry
 * repeated, or split in two by its attributes or by its targets, reads as the one it was.
 */
function nodeAttrsKey({ policy, env }: Side): string {
  const byTargets = new Map<string, Set<string>>();
  for (const a of policy.nodeAttrs) {
    const targets = principalsKey(a.target, env.context.groups);
    const given = byTargets.get(targets) ?? new Set<string>();
    for (const t of a.attr) given.add(JSON.stringify(['attr', t.text.trim()]));
    for (const t of a.ipPool ?? []) given.add(JSON.stringify(['ipPool', t.text.trim()]));
    for (const c of a.app ?? []) {
      given.add(JSON.stringify(['app', c.name.text]));
      for (const v of c.values) given.add(JSON.stringify(['app', c.name.text, v]));
    }
    byTargets.set(targets, given);
  }
  const byGiven = new Map<string, Set<string>>();
  for (const [targets, given] of byTargets) {
    const key = sortedKey(given);
    const all = byGiven.get(key) ?? new Set<string>();
    for (const p of JSON.parse(targets) as string[]) all.add(p);
    byGiven.set(key, all);
  }
  return multiset([...byGiven].map(([given, targets]) => `${sortedKey(targets)}${given}`));
}

/** The SSH rules' accepted environment and recording, by the rule they belong to. */
function sshSessionKey({ policy, env }: Side): string {
  const groups = env.context.groups;
  const keyed = policy.ssh.filter(
    (r) => (r.acceptEnv?.length ?? 0) > 0 || (r.recorder?.length ?? 0) > 0 || r.enforceRecorder === true,
  );
  return multiset(
    keyed.map((r) =>
      JSON.stringify([
        principalsKey(r.src, groups),
        principalsKey(r.dst, groups),
        setKey(r.users),
        setKey(r.acceptEnv),
        principalsKey(r.recorder, groups),
        r.enforceRecorder === true,
      ]),
    ),
  );
}

/** What the new policy edits outside the plan, as short names (`tagOwners of tag:prod`, `nodeAttrs`). */
export function unplannedEdits(before: Side, after: Side): string[] {
  const groups = [before.env.context.groups, after.env.context.groups] as const;
  const [old, now] = [before.policy, after.policy];
  const out = editedLists('tagOwners of', [old.tagOwners, now.tagOwners], groups, { emptyIsAbsent: false });
  const [approved, approves] = [old.autoApprovers, now.autoApprovers];
  const routes = { emptyIsAbsent: true, nameKey: routeKey };
  out.push(...editedLists('autoApprovers routes for', [approved.routes, approves.routes], groups, routes));
  const services = { emptyIsAbsent: true };
  out.push(...editedLists('autoApprovers services for', [approved.services, approves.services], groups, services));
  if (principalsKey(approved.exitNode, groups[0]) !== principalsKey(approves.exitNode, groups[1]))
    out.push('autoApprovers exitNode');
  if (nodeAttrsKey(before) !== nodeAttrsKey(after)) out.push('nodeAttrs');
  if (sshSessionKey(before) !== sshSessionKey(after)) out.push('ssh acceptEnv or recorder');
  const settings = new Set([...old.settings.keys(), ...now.settings.keys()]);
  out.push(...[...settings].sort().filter((name) => old.settings.get(name) !== now.settings.get(name)));
  return out;
}
