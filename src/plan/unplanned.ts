// Edits that change what devices may become or do rather than who reaches what: who may tag a
// device (tagOwners), whose routes, exit nodes and Services are approved unasked
// (autoApprovers), node attributes (nodeAttrs) and what an SSH session accepts from its client
// or records (acceptEnv, recorder). The plan has no access changes to show for them, yet an edit
// giving a user a tag's ownership gives that user, through a device they tag, everything the tag
// reaches. They are named, so that a plan of such an edit never reads as "nothing changed".

import type { NamedList, Policy, SshRule, Text } from '../policy/model.js';

/** A list's texts as one key, its order left out (the server reads these lists as sets). */
const setKey = (list: readonly Text[] | undefined): string =>
  JSON.stringify([...new Set((list ?? []).map((t) => t.text))].sort());

function lists(named: readonly NamedList[]): Map<string, string> {
  return new Map(named.map((l) => [l.name.text, setKey(l.items)]));
}

/** Each name whose list was added, removed or edited, as `section name`. */
function editedLists(section: string, before: readonly NamedList[], after: readonly NamedList[]): string[] {
  const [old, now] = [lists(before), lists(after)];
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names.filter((name) => old.get(name) !== now.get(name)).map((name) => `${section} ${name}`);
}

/** A list of records as a multiset of keys: the same records in another order are no edit. */
const multiset = (keys: string[]): string => JSON.stringify(keys.sort());

function nodeAttrsKey(policy: Policy): string {
  return multiset(
    policy.nodeAttrs.map((a) =>
      JSON.stringify([
        setKey(a.target),
        setKey(a.attr),
        setKey(a.ipPool),
        multiset((a.app ?? []).map((c) => JSON.stringify([c.name.text, [...c.values].sort()]))),
      ]),
    ),
  );
}

/** The SSH rules' accepted environment and recorders, by the rule they belong to. */
function sshSessionKey(rules: readonly SshRule[]): string {
  const keyed = rules.filter((r) => r.acceptEnv !== undefined || r.recorder !== undefined);
  return multiset(
    keyed.map((r) =>
      JSON.stringify([setKey(r.src), setKey(r.dst), setKey(r.users), setKey(r.acceptEnv), setKey(r.recorder)]),
    ),
  );
}

/** What the new policy edits outside the plan, as short names (`tagOwners of tag:prod`, `nodeAttrs`), sorted by section. */
export function unplannedEdits(before: Policy, after: Policy): string[] {
  const out = editedLists('tagOwners of', before.tagOwners, after.tagOwners);
  out.push(...editedLists('autoApprovers routes for', before.autoApprovers.routes, after.autoApprovers.routes));
  out.push(...editedLists('autoApprovers services for', before.autoApprovers.services, after.autoApprovers.services));
  if (setKey(before.autoApprovers.exitNode) !== setKey(after.autoApprovers.exitNode))
    out.push('autoApprovers exitNode');
  if (nodeAttrsKey(before) !== nodeAttrsKey(after)) out.push('nodeAttrs');
  if (sshSessionKey(before.ssh) !== sshSessionKey(after.ssh)) out.push('ssh acceptEnv or recorder');
  return out;
}
