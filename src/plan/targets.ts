// The rule targets of both sides (a rule's source with one destination, its protocols, ports
// and posture), each distinct target once, with a key saying everything about it that can
// decide a verdict, and indexes to find the targets whose source or destination may select a
// principal. A target with equal keys on both sides, matched against equal principals,
// contributes identically to every verdict: the plan evaluates only where keys or principals
// differ between the sides.

import type { NetworkRule, NetworkTarget, SelectorSet } from '../policy/compile.js';
import { AddressIndex } from '../policy/address-index.js';
import { IdentityIndex } from '../policy/identity-index.js';
import type { Range } from '../policy/ip.js';
import { numberOf } from '../policy/lists.js';
import { matchAddress, matchIdentity, matchSet, type MatchEnv } from '../policy/match.js';
import { slot, type Principal } from '../policy/principal.js';
import type { PlanBudget } from './budget.js';

export interface Target {
  rule: NetworkRule;
  target: NetworkTarget;
}

/** Bit 1: the policy before has the target; bit 2: the policy after. */
export type Presence = 1 | 2 | 3;

export const presentOn = (presence: Presence, side: 0 | 1): boolean => (presence & (side + 1)) !== 0;

export interface Targets {
  /** Distinct targets (one of each key, from either side), by id. */
  list: Target[];
  presence: Presence[];
  /** Ids whose source is `*` (or autogroup:danger-all). */
  everyone: number[];
  /** Built on first use (only endpoints whose principal differs between the sides need them). */
  indexes?: Indexes;
}

interface Indexes {
  srcIdentity: IdentityIndex;
  srcAddresses: AddressIndex;
  dstIdentity: IdentityIndex;
  dstAddresses: AddressIndex;
}

function indexesOf(targets: Targets): Indexes {
  if (targets.indexes !== undefined) return targets.indexes;
  const indexes: Indexes = {
    srcIdentity: new IdentityIndex(),
    srcAddresses: new AddressIndex(),
    dstIdentity: new IdentityIndex(),
    dstAddresses: new AddressIndex(),
  };
  targets.list.forEach(({ rule, target }, id) => {
    indexes.srcIdentity.add(id, rule.src);
    indexes.srcAddresses.add(id, rule.src);
    indexes.dstIdentity.add(id, target.dst);
    indexes.dstAddresses.add(id, target.dst);
  });
  return (targets.indexes = indexes);
}

export const FAMILIES = [4, 6] as const;

/** Short ids for keys: equal ids, equal contents. */
export class Keys {
  private readonly ids = new Map<string, number>();
  private readonly sets = new WeakMap<SelectorSet, number>();
  private readonly postures = new WeakMap<NetworkRule, number>();
  private readonly reaches = new WeakMap<Target, string>();

  id(text: string): number {
    return numberOf(this.ids, text);
  }

  /** Everything matching reads of a selector set (JSON, so that no two different sets share a key). */
  selectors(set: SelectorSet): number {
    let id = this.sets.get(set);
    if (id === undefined) {
      const names = [set.users, set.groups, set.scimGroups, set.tags, set.roles, set.domains, set.services];
      let text = `${+set.wildcard}${+set.dangerAll}${+set.member}${+set.tagged}${+set.shared}${+set.self}`;
      text += `${+set.internet}${set.tailscale[4]}${set.tailscale[6]}`;
      for (const items of names)
        text += `;${items.size === 0 ? '' : JSON.stringify(items.size === 1 ? [...items] : [...items].sort())}`;
      text += `;${ranges(set.addresses.v4)};${ranges(set.addresses.v6)}`;
      const dependent = set.internetDependent;
      if (dependent !== undefined) text += `;${ranges(dependent.v4)};${ranges(dependent.v6)}`;
      this.sets.set(set, (id = this.id(text)));
    }
    return id;
  }

  /** The posture requirement's content: an edited condition changes the key of every rule using it. */
  posture(rule: NetworkRule): number {
    let id = this.postures.get(rule);
    if (id === undefined) this.postures.set(rule, (id = this.id(JSON.stringify(rule.postures ?? null))));
    return id;
  }

  target({ rule, target }: Target): string {
    const ports = target.ports.map((r) => `${r.first}-${r.last}`).join(',');
    return `${this.reachOf(rule, target)} ${target.protocols.join(',')} ${ports} ${target.allPorts}`;
  }

  /** A target's key but its protocols and ports: whom it selects, under which postures and routes. */
  reach(target: Target): string {
    let key = this.reaches.get(target);
    // Asked again for every pair the target connects (evaluate.ts): made once.
    if (key === undefined) this.reaches.set(target, (key = this.reachOf(target.rule, target.target)));
    return key;
  }

  private reachOf(rule: NetworkRule, target: NetworkTarget): string {
    // A `via` list edited changes the routes, not the verdicts: evaluate.ts compares those.
    const via = rule.via === undefined ? '' : ` ${this.id(JSON.stringify(rule.via))}`;
    return `${this.selectors(rule.src)} ${this.selectors(target.dst)} ${this.posture(rule)}${via}`;
  }
}

const ranges = (list: readonly Range[]): string =>
  list.map((r) => `${r.lo.toString(16)}-${r.hi.toString(16)}`).join(',');

const mix = (hash: number, value: number): number => (Math.imul(hash, 31) + value) | 0;

/**
 * Numbers that equal targets share, cheap to compute (built from what their keys hold, names by
 * number, sets by sums): a target can equal another only when their shapes are equal.
 */
class Shapes {
  private readonly names = new Map<string, number>();
  /** Rules share selector sets (a compilation makes one per selector text): each is shaped once. */
  private readonly sets = new Map<SelectorSet, number>();

  private name(text: string): number {
    let id = this.names.get(text);
    if (id === undefined) this.names.set(text, (id = this.names.size + 1));
    return id;
  }

  private set(set: SelectorSet): number {
    let known = this.sets.get(set);
    if (known === undefined) this.sets.set(set, (known = this.setShape(set)));
    return known;
  }

  private setShape(set: SelectorSet): number {
    let hash = +set.wildcard | (+set.dangerAll << 1) | (+set.member << 2) | (+set.tagged << 3) | (+set.shared << 4);
    hash |= (+set.self << 5) | (+set.internet << 6);
    const lists = [set.users, set.groups, set.scimGroups, set.tags, set.roles, set.domains, set.services];
    for (let kind = 0; kind < lists.length; kind++) {
      // A sum, since a set's order is not part of it.
      let sum = 0;
      lists[kind]!.forEach((item) => (sum = (sum + Math.imul(this.name(item), 0x9e3779b1)) | 0));
      hash = mix(hash, sum);
    }
    return mix(mix(hash, set.addresses.v4.length), set.addresses.v6.length);
  }

  of({ rule, target }: Target): number {
    let hash = mix(this.set(rule.src), this.set(target.dst));
    // forEach, not for-of: this runs for every target of both sides, mostly before V8 optimises it.
    target.protocols.forEach((protocol) => (hash = mix(hash, protocol)));
    target.ports.forEach((range) => (hash = mix(mix(hash, range.first), range.last)));
    return mix(hash, +target.allPorts * 2 + (rule.postures === undefined ? 0 : 1));
  }
}

/**
 * The distinct targets of both sides' rules, indexed. `shared` rules are in both lists, as the
 * same objects (shared-rules.ts): their targets are on both sides without a key, and need one
 * only to be told equal to a target of one side's own rules (a rule moved or duplicated), which
 * needs an equal shape. Two equal shared targets may keep two ids: both are on both sides, so
 * neither makes a difference, and they select the same endpoints.
 */
export function targetsOf(
  rules: readonly [readonly NetworkRule[], readonly NetworkRule[]],
  budget: PlanBudget,
  shared: readonly NetworkRule[] = [],
): Targets {
  const targets: Targets = { list: [], presence: [], everyone: [] };
  const keys = new Keys();
  const byKey = new Map<string, number>();
  const isShared = new Set(shared);
  const shapes = new Shapes();
  const ownShapes = new Set<number>();
  // forEach here and below, not for-of: they run once per rule and target of both sides, mostly
  // before V8 optimises them, where each step of a for-of makes an iterator result.
  for (const list of rules)
    list.forEach((rule) => {
      if (!isShared.has(rule)) rule.targets.forEach((target) => ownShapes.add(shapes.of({ rule, target })));
    });
  // The ids of the targets of each rule already seen: shared rules come again on the other side.
  const byRule = new Map<NetworkRule, number[]>();
  const add = (side: 0 | 1, id: number): void => {
    targets.presence[id] = (targets.presence[id]! | (side + 1)) as Presence;
  };
  const create = (side: 0 | 1, target: Target): number => {
    const id = targets.list.push(target) - 1;
    targets.presence.push((side + 1) as Presence);
    if (target.rule.src.wildcard || target.rule.src.dangerAll) targets.everyone.push(id);
    return id;
  };
  for (const side of [0, 1] as const) {
    for (let r = 0; r < rules[side].length; r++) {
      const rule = rules[side][r]!;
      const known = byRule.get(rule);
      if (known !== undefined) {
        budget.step();
        known.forEach((id) => add(side, id));
        continue;
      }
      const ids = rule.targets.map((target) => {
        budget.step();
        if (isShared.has(rule) && !ownShapes.has(shapes.of({ rule, target }))) return create(side, { rule, target });
        const key = keys.target({ rule, target });
        const id = byKey.get(key);
        if (id === undefined) {
          const created = create(side, { rule, target });
          byKey.set(key, created);
          return created;
        }
        add(side, id);
        return id;
      });
      byRule.set(rule, ids);
    }
  }
  return targets;
}

/**
 * Ids of targets that may select `p` (each once): identities it has for sure, and addresses (an
 * unknown address in the Tailscale range only through sets covering the range), in every
 * family it has an address in. Like the engine's index, this follows direct matches, not
 * "may carry other tags" ones.
 */
export function candidateIds(identity: IdentityIndex, addresses: AddressIndex, p: Principal): number[] {
  const extra: number[][] = [];
  for (const family of FAMILIES) {
    const at = slot(p, family);
    if (at !== undefined) extra.push(at.kind === 'known' ? addresses.lookup(at.address) : addresses.covering[family]);
  }
  return identity.gather(p, false, extra);
}

/** How a source selector set selects `p` per family (`4y6u`...); '' when it does not. */
export function sourceMatch(src: SelectorSet, p: Principal, env: MatchEnv): string {
  let out = '';
  for (const f of FAMILIES) {
    if (slot(p, f) === undefined) continue;
    const tri = matchSet(src, p, f, 'src', env);
    if (tri !== 'no') out += `${f}${tri[0]}`;
  }
  return out;
}

/** How a destination selects `p` per family, by address and by identity, and through autogroup:self. */
export function destinationMatch(dst: SelectorSet, p: Principal, env: MatchEnv): string {
  let out = '';
  for (const f of FAMILIES) {
    if (slot(p, f) === undefined) continue;
    const byAddress = matchAddress(dst, p, f, 'dst', env);
    const byIdentity = matchIdentity(dst, p);
    if (byAddress !== 'no' || byIdentity !== 'no') out += `${f}${byAddress[0]}${byIdentity[0]}`;
  }
  return dst.self && p.identity === 'user' ? `${out}s` : out;
}

/**
 * Targets of one side that may select both `s` as their source and `d` as their destination, with
 * how each end matches: as matchesOf for each end and the two joined, with the source matched only
 * for targets that select the destination (a user in many groups is a candidate of many targets).
 */
export function connectingTargets(
  targets: Targets,
  side: 0 | 1,
  s: Principal,
  d: Principal,
  env: MatchEnv,
  budget: PlanBudget,
): { id: number; from: string; how: string }[] {
  const indexes = indexesOf(targets);
  const sources = new Set(candidateIds(indexes.srcIdentity, indexes.srcAddresses, s));
  const out: { id: number; from: string; how: string }[] = [];
  matchesOf(targets, side, d, 'dst', env, budget).forEach((how, id) => {
    if (!sources.has(id)) return;
    budget.step();
    const from = sourceMatch(targets.list[id]!.rule.src, s, env);
    if (from !== '') out.push({ id, from, how });
  });
  return out;
}

/** Targets of one side whose source (or destination) may select `p`, with how: target id → match text. */
export function matchesOf(
  targets: Targets,
  side: 0 | 1,
  p: Principal,
  role: 'src' | 'dst',
  env: MatchEnv,
  budget: PlanBudget,
): Map<number, string> {
  const out = new Map<number, string>();
  const indexes = indexesOf(targets);
  const [identity, addresses] =
    role === 'src' ? [indexes.srcIdentity, indexes.srcAddresses] : [indexes.dstIdentity, indexes.dstAddresses];
  for (const id of candidateIds(identity, addresses, p)) {
    if (!presentOn(targets.presence[id]!, side)) continue;
    budget.step();
    const { rule, target } = targets.list[id]!;
    const how = role === 'src' ? sourceMatch(rule.src, p, env) : destinationMatch(target.dst, p, env);
    if (how !== '') out.set(id, how);
  }
  return out;
}
