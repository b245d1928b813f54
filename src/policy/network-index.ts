// Answers "may this source reach that destination?" for many tests without rescanning every
// rule. Each distinct destination gets one pass over the rule targets that can reach it (found
// through an identity index) and keeps a byte per target; each distinct source keeps the few
// targets whose `src` selects it. A verdict then walks the source's short list. Work grows with
// rules × distinct destinations, not with tests × rules × group members.

import { namesIdentities, type NetworkRule, type NetworkTarget } from './compile.js';
import { AddressIndex } from './address-index.js';
import { IdentityIndex } from './identity-index.js';
import type { Family } from './ip.js';
import { matchAddress, matchIdentity, matchSet, sameOwner, type MatchEnv } from './match.js';
import type { PostureValue } from './model.js';
import { ICMP, ICMPV6, portsContain, protocolHasPorts } from './ports.js';
import { evaluateAnyPosture, type PostureCondition } from './posture.js';
import { slot, type Principal } from './principal.js';
import { and, or, type Tri } from './tri.js';

// Per-target codes of a destination: how the target selects it, plus a flag for autogroup:self.
const NO = 0;
const MAYBE = 1;
const YES = 2;
const SELF = 4;

interface Target {
  rule: NetworkRule;
  target: NetworkTarget;
}

interface SourceProfile {
  /** Targets whose `src` selects the source, and how surely. */
  entries: { id: number; tri: Tri }[];
  /** The source may carry tags beyond the known one (offline tagged device). */
  otherTags: boolean;
  /** The source is an address that may belong to any device (offline). */
  anyIdentity: boolean;
}

interface DestinationProfile {
  codes: Uint8Array;
  /** Memoised answers of the shared "maybe" lists, by list, protocol, port and posture. */
  maybe: Map<string, Tri>;
}

export class NetworkIndex {
  private readonly targets: Target[] = [];
  private readonly bySource = new IdentityIndex();
  private readonly byDestination = new IdentityIndex();
  private readonly bySourceAddress = new AddressIndex();
  private readonly byDestinationAddress = new AddressIndex();
  /** Targets offline principals may match through facts not known: other tags, any identity, an address. */
  private readonly lists = {
    dstTags: [] as number[], dstIdentity: [] as number[], dstPartial: { 4: [] as number[], 6: [] as number[] },
    srcTags: [] as number[], srcIdentity: [] as number[],
  };
  private readonly sources = new Map<string, SourceProfile>();
  private readonly destinations = new Map<string, DestinationProfile>();

  constructor(rules: readonly NetworkRule[], private readonly env: MatchEnv) {
    for (const rule of rules) {
      for (const target of rule.targets) {
        const id = this.targets.push({ rule, target }) - 1;
        this.bySource.add(id, rule.src);
        this.byDestination.add(id, target.dst);
        this.bySourceAddress.add(id, rule.src);
        this.byDestinationAddress.add(id, target.dst);
        if (target.dst.tags.size > 0) this.lists.dstTags.push(id);
        if (namesIdentities(target.dst) || target.dst.self) this.lists.dstIdentity.push(id);
        for (const family of [4, 6] as const) if (target.dst.tailscale[family] === 'unknown') this.lists.dstPartial[family].push(id);
        if (rule.src.tags.size > 0) this.lists.srcTags.push(id);
        if (namesIdentities(rule.src)) this.lists.srcIdentity.push(id);
      }
    }
  }

  private source(src: Principal, family: Family): SourceProfile {
    const key = `${src.key}|${family}`;
    let profile = this.sources.get(key);
    if (profile === undefined) {
      const entries = this.bySource.gather(src, false, addressCandidates(this.bySourceAddress, src, family, true)).flatMap((id) => {
        const tri = matchSet(this.targets[id]!.rule.src, src, family, 'src', this.env);
        return tri === 'no' ? [] : [{ id, tri }];
      });
      profile = { entries, otherTags: src.identity === 'tagged' && !src.tagsComplete, anyIdentity: src.identity === 'unknown' };
      this.sources.set(key, profile);
    }
    return profile;
  }

  private destination(dst: Principal, family: Family): DestinationProfile {
    const key = `${dst.key}|${family}`;
    let profile = this.destinations.get(key);
    if (profile !== undefined) return profile;
    const codes = new Uint8Array(this.targets.length);
    const unknownAddress = slot(dst, family)?.kind === 'tailscale';
    const mark = (ids: readonly number[]): void => ids.forEach((id) => (codes[id] = MAYBE));
    if (dst.identity === 'unknown') mark(this.lists.dstIdentity);
    if (dst.identity === 'tagged' && !dst.tagsComplete) mark(this.lists.dstTags);
    if (unknownAddress) mark(this.lists.dstPartial[family]);
    for (const id of this.byDestination.gather(dst, false, addressCandidates(this.byDestinationAddress, dst, family, false))) {
      const target = this.targets[id]!.target;
      const byAddress = matchAddress(target.dst, dst, family, 'dst', this.env);
      const byIdentity = byAddress === 'yes' ? 'yes' : matchIdentity(target.dst, dst);
      // A partial address match of an unknown address is already marked MAYBE above.
      const direct = byAddress === 'unknown' && unknownAddress ? byIdentity : or(byAddress, byIdentity);
      const code = direct === 'yes' ? YES : direct === 'unknown' ? MAYBE : NO;
      codes[id] = Math.max(codes[id]! & 3, code) | (target.dst.self && dst.identity === 'user' ? SELF : 0);
    }
    profile = { codes, maybe: new Map() };
    this.destinations.set(key, profile);
    return profile;
  }

  /**
   * Accept (yes), Drop (no) or unknown from `src` to `dst` on `port` for any of `protocols`
   * (§4.1; a test without `proto` passes on TCP or UDP).
   */
  verdict(src: Principal, dst: Principal, family: Family, protocols: readonly number[], port: number, posture: PostureCache): Tri {
    const source = this.source(src, family);
    const destination = this.destination(dst, family);
    const codes = destination.codes;
    let result: Tri = 'no';
    for (const { id, tri } of source.entries) {
      const code = codes[id]!;
      if (code === NO) continue;
      const { rule, target } = this.targets[id]!;
      if (!allows(target, protocols, port)) continue;
      let reach: Tri = (code & 3) === YES ? 'yes' : (code & 3) === MAYBE ? 'unknown' : 'no';
      if (code & SELF) reach = or(reach, sameOwner(src, dst));
      let allowed = and(tri, reach);
      if (allowed !== 'no' && rule.postures !== undefined) allowed = and(allowed, posture.evaluate(rule.postures));
      result = or(result, allowed);
      if (result === 'yes') return result;
    }
    if (result === 'no' && source.otherTags) result = this.maybe('srcTags', destination, protocols, port, posture);
    if (result === 'no' && source.anyIdentity) result = this.maybe('srcIdentity', destination, protocols, port, posture);
    return result;
  }

  /** `unknown` when some target of the list may reach the destination for this protocol and port. */
  private maybe(list: 'srcTags' | 'srcIdentity', destination: DestinationProfile, protocols: readonly number[], port: number, posture: PostureCache): Tri {
    const key = `${list}|${protocols.join(',')}|${port}|${posture.key}`;
    let result = destination.maybe.get(key);
    if (result === undefined) {
      result = 'no';
      for (const id of this.lists[list]) {
        const { rule, target } = this.targets[id]!;
        if (destination.codes[id] === NO || !allows(target, protocols, port)) continue;
        if (rule.postures === undefined || posture.evaluate(rule.postures) !== 'no') {
          result = 'unknown';
          break;
        }
      }
      destination.maybe.set(key, result);
    }
    return result;
  }
}

/** Ids whose addresses may hold the principal's address; partial matches of an unknown address only when asked. */
function addressCandidates(index: AddressIndex, p: Principal, family: Family, withPartial: boolean): number[][] {
  const at = slot(p, family);
  if (at === undefined) return [];
  if (at.kind === 'known') return [index.lookup(at.address)];
  return withPartial ? [index.covering[family], index.partial[family]] : [index.covering[family]];
}

/** Whether a target lets a packet of one of the protocols through; ICMP needs only the addresses. */
function allows(target: NetworkTarget, protocols: readonly number[], port: number): boolean {
  for (const protocol of protocols) {
    if (protocol === ICMP || protocol === ICMPV6) return true;
    if (!target.protocols.includes(protocol)) continue;
    if (protocolHasPorts(protocol) ? portsContain(target.ports, port) : target.allPorts) return true;
  }
  return false;
}

/** Posture results for one test's srcPostureAttrs, computed once per rule requirement. */
export class PostureCache {
  private readonly cache = new Map<readonly (readonly PostureCondition[])[], Tri>();
  /** Identifies the attributes, so that verdicts can be shared between tests with equal ones. */
  readonly key: string;

  constructor(private readonly attrs: ReadonlyMap<string, PostureValue>) {
    this.key = attrs.size === 0 ? '' : JSON.stringify([...attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

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
  const other: Family = preferred === 4 ? 6 : 4;
  if (slot(src, preferred) !== undefined && slot(dst, preferred) !== undefined) return preferred;
  return slot(src, other) !== undefined && slot(dst, other) !== undefined ? other : undefined;
}
