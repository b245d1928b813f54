// Edits that change what devices may become or do rather than who reaches what: who may tag a
// device (tagOwners), whose routes, exit nodes and Services are approved unasked
// (autoApprovers), node attributes (nodeAttrs) and what an SSH session accepts from its client
// or must record (acceptEnv, recorder, enforceRecorder). The plan has no access changes to show
// for them, yet an owner added to a tag gains, through a device they tag, everything the tag
// reaches. They are named, so that a plan of such an edit never reads as "nothing changed".

import type { NamedList, Text } from '../policy/model.js';
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
 * compares it (§2.2.2), anything else as written.
 */
function principalsKey(list: readonly Text[] | undefined, groups: Groups): string {
  const out = new Set<string>();
  for (const { text } of list ?? []) {
    const item = text.trim();
    const members = groups.get(item);
    if (members !== undefined) members.forEach((login) => out.add(login));
    else out.add(classify(item).kind === 'user' ? normalizeLogin(item) : item);
  }
  return JSON.stringify([...out].sort());
}

/**
 * Each name whose list of principals was added, removed or edited, as `section name`. With
 * `emptyIsAbsent`, a name listing no one is as good as absent (an approval no one gets).
 */
function editedLists(
  section: string,
  lists: readonly [readonly NamedList[], readonly NamedList[]],
  groups: readonly [Groups, Groups],
  emptyIsAbsent: boolean,
): string[] {
  const [old, now] = ([0, 1] as const).map(
    (side) => new Map(lists[side].map((l) => [l.name.text, principalsKey(l.items, groups[side])])),
  ) as [Map<string, string>, Map<string, string>];
  const read = (map: Map<string, string>, name: string): string | undefined =>
    map.get(name) ?? (emptyIsAbsent ? '[]' : undefined);
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names.filter((name) => read(old, name) !== read(now, name)).map((name) => `${section} ${name}`);
}

/** A list of records as a multiset of keys: the same records in another order are no edit. */
const multiset = (keys: string[]): string => JSON.stringify(keys.sort());

function nodeAttrsKey({ policy, env }: Side): string {
  return multiset(
    policy.nodeAttrs.map((a) =>
      JSON.stringify([
        principalsKey(a.target, env.context.groups),
        setKey(a.attr),
        setKey(a.ipPool),
        multiset((a.app ?? []).map((c) => JSON.stringify([c.name.text, [...c.values].sort()]))),
      ]),
    ),
  );
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
  const out = editedLists('tagOwners of', [old.tagOwners, now.tagOwners], groups, false);
  const [approved, approves] = [old.autoApprovers, now.autoApprovers];
  out.push(...editedLists('autoApprovers routes for', [approved.routes, approves.routes], groups, true));
  out.push(...editedLists('autoApprovers services for', [approved.services, approves.services], groups, true));
  if (principalsKey(approved.exitNode, groups[0]) !== principalsKey(approves.exitNode, groups[1]))
    out.push('autoApprovers exitNode');
  if (nodeAttrsKey(before) !== nodeAttrsKey(after)) out.push('nodeAttrs');
  if (sshSessionKey(before) !== sshSessionKey(after)) out.push('ssh acceptEnv or recorder');
  return out;
}
