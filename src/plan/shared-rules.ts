// The ACLs and grants both sides have. A change touches a few rules of thousands: a rule of the
// new policy that reads as a rule of the old one (paired with it) need not be validated again,
// and, under the same definitions, compiles to the same rule, so the plan compiles it once and
// both sides hold the very same object: that halves the compilation, and lets the plan find
// their targets on both sides by identity (targets.ts).
//
// A compiled rule reads, besides its own texts, only the host and ipset definitions, which group
// names exist (a `group:` no policy group names is a SCIM group) and the posture definitions
// (compile.ts). Rules are shared only where the first three are textually equal on both sides
// and the rule requires no posture on either side: a posture requirement holds the conditions of
// its own side, which the plan names by identity (posture.ts), so such rules stay per side.

import { compileNetworkRules, type NetworkRule } from '../policy/compile.js';
import type { Deadline } from '../policy/deadline.js';
import type { PolicyContext } from '../policy/context.js';
import { pushTo } from '../policy/lists.js';
import type { AclRule, Grant, NamedList, Policy, Text } from '../policy/model.js';

/** The network rules of both sides: those compiled once for both, and each side's own. */
export interface NetworkRules {
  shared: NetworkRule[];
  own: [NetworkRule[], NetworkRule[]];
}

// Every field of a rule but its place in the file: a field added to the model fails the type
// check here until the key below reads it too, so that no difference goes unseen.
const ACL_FIELDS: Record<Exclude<keyof AclRule, 'pos' | 'path'>, true> = {
  action: true,
  src: true,
  dst: true,
  proto: true,
  srcPosture: true,
};
const GRANT_FIELDS: Record<Exclude<keyof Grant, 'pos' | 'path'>, true> = {
  src: true,
  dst: true,
  ip: true,
  app: true,
  srcPosture: true,
  via: true,
};

type FieldValue = Text | Text[] | { name: Text }[] | undefined;

const itemText = (item: Text | { name: Text }): string => ('text' in item ? item.text : item.name.text);

function fieldText(value: FieldValue): unknown {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.map(itemText) : value.text;
}

/** The texts of every field of a rule, as one string: equal keys, equal rules. */
function ruleKey(rule: AclRule | Grant, fields: Record<string, true>): string {
  const values = rule as unknown as Record<string, FieldValue>;
  return JSON.stringify(Object.keys(fields).map((field) => fieldText(values[field])));
}

function sameField(a: FieldValue, b: FieldValue): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (!Array.isArray(a) || !Array.isArray(b)) return !Array.isArray(a) && !Array.isArray(b) && a.text === b.text;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (itemText(a[i]!) !== itemText(b[i]!)) return false;
  return true;
}

/** Whether two rules read the same, field by field (what ruleKey compares, without building it). */
function sameRule(a: AclRule | Grant, b: AclRule | Grant, fields: Record<string, true>): boolean {
  const [x, y] = [a as unknown as Record<string, FieldValue>, b as unknown as Record<string, FieldValue>];
  for (const field in fields) if (!sameField(x[field], y[field])) return false;
  return true;
}

function listsText(lists: readonly NamedList[]): string {
  return JSON.stringify(lists.map((list) => [list.name.text, list.items.map((item) => item.text)]));
}

/** Whether the definitions a compiled rule reads, postures aside, are the same on both sides. */
function sameDefinitions(a: Policy, b: Policy): boolean {
  const hosts = (p: Policy): string => JSON.stringify(p.hosts.map((h) => [h.name.text, h.value.text]));
  const groupNames = (p: Policy): string => JSON.stringify(p.groups.map((g) => g.name.text));
  return hosts(a) === hosts(b) && listsText(a.ipsets) === listsText(b.ipsets) && groupNames(a) === groupNames(b);
}

/** Without acls and grants a policy allows everything: there is no rule to share. */
const allowsAll = (p: Policy): boolean => p.acls === undefined && p.grants === undefined;

/** Whether the rule requires no posture on either side (its own `srcPosture`, or the policy's default). */
function postureFree(rule: AclRule | Grant, contexts: readonly PolicyContext[]): boolean {
  if (rule.srcPosture !== undefined) return rule.srcPosture.length === 0;
  return contexts.every((c) => (c.defaultSrcPosture ?? []).length === 0);
}

/** Each rule of the new policy paired with an equal rule of the old one, and those left unpaired. */
interface Pairing<R> {
  pairs: [R, R][];
  unpaired: [R[], R[]];
}

/** The ACLs and grants of both sides, paired (pairRules). */
export interface RulePairs {
  acls: Pairing<AclRule>;
  grants: Pairing<Grant>;
  /** Whether the definitions a compiled rule reads, postures aside, are the same on both sides. */
  sameDefinitions: boolean;
}

/**
 * Pairs each rule of the new policy with an equal, not yet paired rule of the old one. Most
 * rules keep their place: those are compared in place, the rest by key.
 */
function pairRules<R extends AclRule | Grant>(
  lists: readonly [readonly R[], readonly R[]],
  fields: Record<string, true>,
): Pairing<R> {
  const out: Pairing<R> = { pairs: [], unpaired: [[], []] };
  const rest: [R[], R[]] = [[], []];
  const inPlace = Math.min(lists[0].length, lists[1].length);
  for (let i = 0; i < inPlace; i++) {
    const a: R = lists[0][i]!;
    const b: R = lists[1][i]!;
    if (sameRule(a, b, fields)) {
      out.pairs.push([a, b]);
    } else {
      rest[0].push(a);
      rest[1].push(b);
    }
  }
  for (const side of [0, 1] as const)
    for (let i = inPlace; i < lists[side].length; i++) rest[side].push(lists[side][i]!);
  pairByKey(rest, fields, out);
  return out;
}

/** Pairs the rules of `lists` whose keys are equal, into `out`. */
function pairByKey<R extends AclRule | Grant>(
  lists: readonly [readonly R[], readonly R[]],
  fields: Record<string, true>,
  out: Pairing<R>,
): void {
  const unpaired = new Map<string, R[]>();
  for (const rule of lists[0]) pushTo(unpaired, ruleKey(rule, fields), rule);
  const paired = new Set<R>();
  for (const rule of lists[1]) {
    const match = unpaired.get(ruleKey(rule, fields))?.pop();
    if (match === undefined) {
      out.unpaired[1].push(rule);
      continue;
    }
    paired.add(match);
    out.pairs.push([match, rule]);
  }
  for (const rule of lists[0]) if (!paired.has(rule)) out.unpaired[0].push(rule);
}

export function pairPolicies(policies: readonly [Policy, Policy]): RulePairs {
  return {
    acls: pairRules([policies[0].acls ?? [], policies[1].acls ?? []], ACL_FIELDS),
    grants: pairRules([policies[0].grants ?? [], policies[1].grants ?? []], GRANT_FIELDS),
    sameDefinitions: sameDefinitions(policies[0], policies[1]),
  };
}

/**
 * The new policy's ACLs and grants the engine need not validate again: each reads as a rule of
 * the old policy, which validated without error, and what a rule's validation reads besides its
 * own text is the same on both sides (the tailnet's domains are: one tailnet is given for both).
 * The engine names tags and domains (validate/index.ts); the definitions a rule names are
 * compared too, to stay on the safe side.
 */
export function knownValid(policies: readonly [Policy, Policy], pairs: RulePairs): (rule: AclRule | Grant) => boolean {
  const [a, b] = policies;
  const names = (lists: readonly NamedList[]): string => JSON.stringify(lists.map((l) => l.name.text));
  const same =
    pairs.sameDefinitions &&
    names(a.tagOwners) === names(b.tagOwners) &&
    listsText(a.postures) === listsText(b.postures) &&
    JSON.stringify(a.defaultSrcPosture?.map((t) => t.text)) === JSON.stringify(b.defaultSrcPosture?.map((t) => t.text));
  if (!same) return () => false;
  const valid = new Set<AclRule | Grant>([...pairs.acls.pairs, ...pairs.grants.pairs].map(([, rule]) => rule));
  return (rule) => valid.has(rule);
}

/**
 * The network rules of both sides, those paired compiled once (see the top of this file). Each
 * side's rules are `shared` followed by its `own`: the plan's verdicts are unions over rules,
 * which order does not change.
 */
export function compileBothSides(
  policies: readonly [Policy, Policy],
  contexts: readonly [PolicyContext, PolicyContext],
  pairs: RulePairs,
  deadline?: Deadline,
): NetworkRules {
  if (allowsAll(policies[0]) || allowsAll(policies[1]) || !pairs.sameDefinitions) {
    return {
      shared: [],
      own: [
        compileNetworkRules(policies[0], contexts[0], deadline),
        compileNetworkRules(policies[1], contexts[1], deadline),
      ],
    };
  }
  const split = <R extends AclRule | Grant>({ pairs: paired, unpaired }: Pairing<R>): Pairing<R> => {
    const out: Pairing<R> = { pairs: [], unpaired: [[...unpaired[0]], [...unpaired[1]]] };
    for (const pair of paired) {
      if (postureFree(pair[1], contexts)) out.pairs.push(pair);
      else pair.forEach((rule, side) => out.unpaired[side]!.push(rule));
    }
    return out;
  };
  const [acls, grants] = [split(pairs.acls), split(pairs.grants)];
  // Views of a policy holding only some of its rules: `acls` stays defined, so no view allows everything.
  const view = (side: 0 | 1, a: AclRule[], g: Grant[]): NetworkRule[] =>
    compileNetworkRules({ ...policies[side], acls: a, grants: g }, contexts[side], deadline);
  const shared = <R>(pairing: Pairing<R>): R[] => pairing.pairs.map(([, rule]) => rule);
  return {
    shared: view(0, shared(acls), shared(grants)),
    own: [view(0, acls.unpaired[0], grants.unpaired[0]), view(1, acls.unpaired[1], grants.unpaired[1])],
  };
}
