// The engine's verdicts for one channel on both sides. The engine's NetworkIndex answers with
// the most permissive of what the targets of its rules allow (a union: each target adds what it
// lets through, "maybe" included), so a side's answer is also the union of the answers over any
// split of its rules. The rules both sides share (shared-rules.ts) are indexed once, and what the
// index learns of a principal there serves both sides; each side's own rules have an index of
// their own, small when the change is.

import type { NetworkRule } from '../policy/compile.js';
import type { Family } from '../policy/ip.js';
import type { MatchEnv } from '../policy/match.js';
import { NetworkIndex, type PostureCache } from '../policy/network-index.js';
import type { Principal } from '../policy/principal.js';
import { or, type Tri } from '../policy/tri.js';
import { POSTURE_UNKNOWN } from './posture.js';
import { fingerprint, samePrincipal } from './relations.js';
import type { Channel } from './side.js';

// Indexes already built, by rule list: the plan asks a side's channel again when tags are dropped (tags.ts).
const built = new WeakMap<readonly NetworkRule[], { env: MatchEnv; index: NetworkIndex }>();

function indexOf(rules: readonly NetworkRule[], env: MatchEnv): NetworkIndex {
  const known = built.get(rules);
  if (known !== undefined && known.env === env) return known.index;
  const index = new NetworkIndex(rules, env);
  built.set(rules, { env, index });
  return index;
}

/** An endpoint's principal before and after (undefined where the side cannot name it). */
type Endpoints = readonly [Principal | undefined, Principal | undefined];

export class ChannelVerdicts {
  /** The rules both sides share (undefined when they share none), and each side's own. */
  private readonly shared: readonly NetworkRule[] | undefined;
  private readonly own: readonly [readonly NetworkRule[], readonly NetworkRule[]];
  /** Indexes, built on first use: where the endpoints match alike, the shared one is seldom asked. */
  private sharedIndex: NetworkIndex | undefined;
  private readonly ownIndexes: [NetworkIndex | undefined, NetworkIndex | undefined] = [undefined, undefined];
  /**
   * The index memoises what it learns of a principal by its key, and a principal's key is the
   * same on both sides while its groups or tags may not be: in the index both sides share, a
   * principal goes by its fingerprint, which differs wherever its matching may; principals
   * with equal fingerprints go by one object.
   */
  private readonly keyed = new Map<Principal, Principal>();
  private readonly byFingerprint = new Map<string, Principal>();
  /** Where a rule has a posture the plan asks each side in full, in turn: alike principals are asked once. */
  private readonly last = {
    src: undefined as unknown,
    dst: undefined as unknown,
    cell: NaN,
    posture: undefined as unknown,
  };
  private lastAnswer: Tri = 'no';

  constructor(
    channels: readonly [Channel, Channel],
    private readonly envs: readonly [MatchEnv, MatchEnv],
  ) {
    const [a, b] = channels;
    const sharing = a.shared === b.shared && a.shared.length > 0 && envs[0] === envs[1];
    this.shared = sharing ? a.shared : undefined;
    this.own = sharing ? [a.own, b.own] : [a.rules, b.rules];
  }

  private ownIndex(side: 0 | 1): NetworkIndex {
    return (this.ownIndexes[side] ??= indexOf(this.own[side], this.envs[side]));
  }

  private canonical(p: Principal): Principal {
    let found = this.keyed.get(p);
    if (found === undefined) {
      const key = fingerprint(p);
      found = this.byFingerprint.get(key);
      if (found === undefined) this.byFingerprint.set(key, (found = { ...p, key }));
      this.keyed.set(p, found);
    }
    return found;
  }

  /**
   * Whether the endpoints match alike on both sides (equal fingerprints), so that the rules the
   * sides share answer alike for them: then the sides differ only where their own rules do.
   */
  alike(src: Endpoints, dst: Endpoints): boolean {
    const [s0, s1] = src;
    const [d0, d1] = dst;
    if (this.shared === undefined || s0 === undefined || s1 === undefined || d0 === undefined || d1 === undefined)
      return false;
    return samePrincipal(s0, s1) && samePrincipal(d0, d1);
  }

  /**
   * Both sides' verdicts for endpoints `alike`, asking the sides' own rules first: where they
   * answer the same, so do the sides (each the union with the shared rules' same answer), and
   * the shared rules need not be asked. The posture is not asked: the caller knows no rule of
   * either side has one.
   */
  alikeVerdicts(src: Endpoints, dst: Endpoints, family: Family, protocol: number, port: number): [Tri, Tri] {
    const protocols = [protocol];
    const before = this.ownIndex(0).verdict(src[0]!, dst[0]!, family, protocols, port, POSTURE_UNKNOWN);
    const after = this.ownIndex(1).verdict(src[1]!, dst[1]!, family, protocols, port, POSTURE_UNKNOWN);
    if (before === after) return [before, after];
    this.sharedIndex ??= indexOf(this.shared!, this.envs[0]);
    const shared = this.sharedIndex.verdict(
      this.canonical(src[0]!),
      this.canonical(dst[0]!),
      family,
      protocols,
      port,
      POSTURE_UNKNOWN,
    );
    return [or(shared, before), or(shared, after)];
  }

  /** The engine's verdict on `side` from `src` to `dst` for one protocol and port. */
  verdict(
    side: 0 | 1,
    src: Principal,
    dst: Principal,
    family: Family,
    protocol: number,
    port: number,
    posture: PostureCache,
  ): Tri {
    const protocols = [protocol];
    let shared: Tri = 'no';
    if (this.shared !== undefined) {
      const s = this.canonical(src);
      const d = this.canonical(dst);
      const last = this.last;
      const cell = (protocol * 65536 + port) * 8 + family;
      if (last.src === s && last.dst === d && last.cell === cell && last.posture === posture) shared = this.lastAnswer;
      else {
        this.sharedIndex ??= indexOf(this.shared, this.envs[0]);
        shared = this.lastAnswer = this.sharedIndex.verdict(s, d, family, protocols, port, posture);
        last.src = s;
        last.dst = d;
        last.cell = cell;
        last.posture = posture;
      }
    }
    if (shared === 'yes') return shared;
    return or(shared, this.ownIndex(side).verdict(src, dst, family, protocols, port, posture));
  }
}
