// Answers "may this source reach that destination?" for many tests without rescanning every
// rule: per destination, the rules that can reach it, indexed by the source identities they
// name. Work grows with rules × distinct destinations, not tests × rules × group members.

import type { NetworkRule, NetworkTarget, SelectorSet } from './compile.js';
import type { Family } from './ip.js';
import { matchSet, sameOwner, type MatchEnv } from './match.js';
import type { PostureValue } from './model.js';
import { ICMP, ICMPV6, portsContain, protocolHasPorts } from './ports.js';
import { evaluateAnyPosture, type PostureCondition } from './posture.js';
import { slot, type Principal } from './principal.js';
import { and, or, type Tri } from './tri.js';

interface Candidate {
  rule: NetworkRule;
  target: NetworkTarget;
  /** Whether the target selects the destination by itself (autogroup:self aside). */
  direct: Tri;
  self: boolean;
}

/** A candidate rule target that matches a given source, and how surely. */
export interface Match {
  candidate: Candidate;
  tri: Tri;
}

interface DestinationIndex {
  candidates: Candidate[];
  byKey: Map<string, number[]>;
  /** Candidates naming any user / group / tag / domain: for sources whose identity is incomplete. */
  anyUser: number[];
  anyGroup: number[];
  anyTag: number[];
  anyDomain: number[];
  scan: number[];
  matches: Map<string, Match[]>;
}

function sourceKeys(set: SelectorSet): { keys: string[]; scan: boolean } {
  const keys: string[] = [];
  if (set.wildcard || set.dangerAll) keys.push('*');
  if (set.member) keys.push('m');
  if (set.tagged) keys.push('T');
  for (const u of set.users) keys.push(`u:${u}`);
  for (const g of set.groups) keys.push(`g:${g}`);
  for (const t of set.tags) keys.push(`t:${t}`);
  for (const d of set.domains) keys.push(`d:${d}`);
  const scan = set.scimGroups.size + set.roles.size + set.services.size > 0 || set.shared || set.addresses.v4.length + set.addresses.v6.length > 0;
  return { keys, scan };
}

function principalKeys(p: Principal, index: DestinationIndex): number[][] | undefined {
  if (p.identity === 'unknown') return undefined;
  const lists: number[][] = [index.scan];
  const add = (key: string): void => {
    const list = index.byKey.get(key);
    if (list !== undefined) lists.push(list);
  };
  add('*');
  if (p.identity === 'user') {
    add('m');
    if (p.login === undefined) lists.push(index.anyUser, index.anyDomain);
    else {
      add(`u:${p.login}`);
      add(`d:${p.login.slice(p.login.lastIndexOf('@') + 1)}`);
    }
    for (const g of p.groups) add(`g:${g}`);
    if (!p.groupsComplete) lists.push(index.anyGroup);
  } else if (p.identity === 'tagged') {
    add('T');
    for (const t of p.tags) add(`t:${t}`);
    if (!p.tagsComplete) lists.push(index.anyTag);
  }
  return lists;
}

export class NetworkIndex {
  private readonly destinations = new Map<string, DestinationIndex>();

  constructor(private readonly rules: readonly NetworkRule[], private readonly env: MatchEnv) {}

  private destination(dst: Principal, family: Family): DestinationIndex {
    const key = `${dst.key}|${family}`;
    const cached = this.destinations.get(key);
    if (cached !== undefined) return cached;
    const index: DestinationIndex = { candidates: [], byKey: new Map(), anyUser: [], anyGroup: [], anyTag: [], anyDomain: [], scan: [], matches: new Map() };
    const selfPossible = dst.identity === 'user' || dst.identity === 'unknown';
    for (const rule of this.rules) {
      const { keys, scan } = sourceKeys(rule.src);
      for (const target of rule.targets) {
        const direct = matchSet(target.dst, dst, family, 'dst', this.env);
        const self = target.dst.self && selfPossible;
        if (direct === 'no' && !self) continue;
        const id = index.candidates.push({ rule, target, direct, self }) - 1;
        for (const k of keys) {
          const list = index.byKey.get(k);
          if (list === undefined) index.byKey.set(k, [id]);
          else list.push(id);
        }
        if (scan) index.scan.push(id);
        if (rule.src.users.size > 0) index.anyUser.push(id);
        if (rule.src.groups.size > 0) index.anyGroup.push(id);
        if (rule.src.tags.size > 0) index.anyTag.push(id);
        if (rule.src.domains.size > 0) index.anyDomain.push(id);
      }
    }
    this.destinations.set(key, index);
    return index;
  }

  /** The rule targets through which `src` may reach `dst` at their `family` addresses. */
  matches(src: Principal, dst: Principal, family: Family): Match[] {
    const index = this.destination(dst, family);
    const cached = index.matches.get(src.key);
    if (cached !== undefined) return cached;
    const lists = principalKeys(src, index);
    const ids = lists === undefined ? index.candidates.map((_, i) => i) : [...new Set(lists.flat())];
    const out: Match[] = [];
    for (const id of ids) {
      const candidate = index.candidates[id]!;
      const viaSelf = candidate.self ? sameOwner(src, dst) : 'no';
      const tri = and(matchSet(candidate.rule.src, src, family, 'src', this.env), or(candidate.direct, viaSelf));
      if (tri !== 'no') out.push({ candidate, tri });
    }
    index.matches.set(src.key, out);
    return out;
  }
}

/** Accept (yes), Drop (no) or unknown for one protocol and port, per the client filter (§4.1). */
export function verdict(matches: readonly Match[], protocol: number, port: number, posture: PostureCache): Tri {
  let result: Tri = 'no';
  for (const { candidate, tri } of matches) {
    const { target, rule } = candidate;
    const icmp = protocol === ICMP || protocol === ICMPV6;
    if (!icmp) {
      if (!target.protocols.includes(protocol)) continue;
      if (protocolHasPorts(protocol) ? !portsContain(target.ports, port) : !target.allPorts) continue;
    }
    const allowed = rule.postures === undefined ? tri : and(tri, posture.evaluate(rule.postures));
    result = or(result, allowed);
    if (result === 'yes') return result;
  }
  return result;
}

/** Posture results for one test's srcPostureAttrs, computed once per rule requirement. */
export class PostureCache {
  private readonly cache = new Map<readonly (readonly PostureCondition[])[], Tri>();

  constructor(private readonly attrs: ReadonlyMap<string, PostureValue>) {}

  evaluate(postures: readonly (readonly PostureCondition[])[]): Tri {
    let result = this.cache.get(postures);
    if (result === undefined) {
      result = evaluateAnyPosture(postures, this.attrs);
      this.cache.set(postures, result);
    }
    return result;
  }
}

/** The address family a pair is tested in; undefined when they share none. */
export function pairFamily(src: Principal, dst: Principal, preferred: Family): Family | undefined {
  const shared = ([4, 6] as const).filter((f) => slot(src, f) !== undefined && slot(dst, f) !== undefined);
  return shared.includes(preferred) ? preferred : shared[0];
}
