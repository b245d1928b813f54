// The engine's "maybe" for a source known in part (network-index.ts): a tagged device may carry
// tags the policy does not know of, and an address of no known device may be anyone. Such a source
// is let through, unknown, where some target of a rule naming tags (or any identity) may reach
// the destination; these targets are kept in two lists, and the answers shared by destinations
// alike are kept once.

import type { NetworkRule, NetworkTarget } from './compile.js';
import { AnyPasses } from './any-passes.js';
import { NO, SRC_IDENTITY, SRC_TAGS, TARGET_SHIFT, type DestinationProfile } from './network-profiles.js';
import type { PostureCache } from './posture-cache.js';
import type { TargetPasses } from './target-passes.js';
import type { Tri } from './tri.js';
import type { WildcardTargets } from './wildcard-targets.js';

/** What the lists read of the index they belong to, by target id (and rule id). */
export interface IndexedTargets {
  rules: readonly NetworkRule[];
  ruleOf: Int32Array;
  targets: readonly NetworkTarget[];
  /** SRC_* and DST_* flags. */
  flags: Uint8Array;
  wildcards: WildcardTargets;
  passes: TargetPasses;
}

/** Some targets of a list: those of rules without postures by port, and the others by id. */
export interface Reach {
  plain: AnyPasses;
  postured: number[];
}

export class MaybeReach {
  /** Targets (not bare `*`) whose rule's source names tags, or identities. */
  private readonly lists = { srcTags: [] as number[], srcIdentity: [] as number[] };
  /** someWildcard's answers, by list, posture, protocol and port. */
  private readonly reaches = new Map<string, boolean>();
  /** impliedReach's targets, by flags and list. */
  private readonly impliedTargets = new Map<string, Reach>();

  constructor(private readonly index: IndexedTargets) {}

  /** Target `id`, not to a bare `*`, whose rule's source has the SRC_* flags `srcFlags`. */
  add(id: number, srcFlags: number): void {
    if (srcFlags & SRC_TAGS) this.lists.srcTags.push(id);
    if (srcFlags & SRC_IDENTITY) this.lists.srcIdentity.push(id);
  }

  /**
   * `unknown` when some target of the list may reach the destination for this protocol and port:
   * one that selects it directly, or one that may select it through the facts it may have beyond
   * the known ones. The second part depends on the destination only through those facts (its
   * `implied` flags), so it is answered once per flags for all destinations alike: the lists grow
   * with the policy, and so do the destinations asked about. Each part merges its targets' ports
   * once (AnyPasses), so a question costs a search, not a walk over the targets.
   */
  answer(
    list: 'srcTags' | 'srcIdentity',
    destination: DestinationProfile,
    protocols: readonly number[],
    port: number,
    posture: PostureCache,
  ): Tri {
    const bit = list === 'srcTags' ? SRC_TAGS : SRC_IDENTITY;
    let direct = destination.maybe?.get(list);
    if (direct === undefined) {
      const { targets, targetCount } = destination;
      const ids: number[] = [];
      for (let i = 0; i < targetCount; i++) {
        const id = targets[i]! >> TARGET_SHIFT;
        if ((this.index.flags[id]! & bit) !== 0) ids.push(id);
      }
      direct = this.split(ids);
      (destination.maybe ??= new Map()).set(list, direct);
    }
    let found = this.passes(direct, protocols, port, posture);
    // The bare `*` targets select it as `wild` says; those of the list that let the question through.
    const key = `${list}|${posture.key}|${protocols.join(',')}|${port}`;
    if (!found && destination.wild !== NO) found = this.someWildcard(bit, key, protocols, port, posture);
    if (!found && destination.implied !== 0)
      found = this.passes(this.impliedReach(list, destination.implied), protocols, port, posture);
    return found ? 'unknown' : 'no';
  }

  /**
   * The targets `ids` apart: those of rules without postures, their ports merged once (the same for
   * every source); those with postures, asked one by one, since each source has its own.
   */
  private split(ids: readonly number[]): Reach {
    const plain: NetworkTarget[] = [];
    const postured: number[] = [];
    for (const id of ids) {
      if (this.index.rules[this.index.ruleOf[id]!]!.postures === undefined) plain.push(this.index.targets[id]!);
      else postured.push(id);
    }
    return { plain: new AnyPasses(plain), postured };
  }

  /** Whether some target of `reach` lets the question asked through, for this source's posture. */
  private passes(reach: Reach, protocols: readonly number[], port: number, posture: PostureCache): boolean {
    if (reach.plain.lets(protocols, port)) return true;
    for (const id of reach.postured) if (this.lets(id, posture)) return true;
    return false;
  }

  /**
   * Whether some bare `*` target of a rule with the SRC_* flag `bit` lets the question (`key`)
   * through; like impliedReach, the same for every destination they select, so answered once.
   */
  private someWildcard(
    bit: number,
    key: string,
    protocols: readonly number[],
    port: number,
    posture: PostureCache,
  ): boolean {
    const memoKey = `*|${key}`;
    let found = this.reaches.get(memoKey);
    if (found === undefined) {
      found = false;
      for (const bucket of this.index.wildcards.buckets(protocols, port))
        for (let i = 0; i < bucket.length && !found; i++)
          found = (this.index.flags[bucket[i]!]! & bit) !== 0 && this.lets(bucket[i]!, posture);
      this.reaches.set(memoKey, found);
    }
    return found;
  }

  /** The targets of the list whose destination carries one of the `implied` flags; `key` names the list and posture. */
  private impliedReach(list: 'srcTags' | 'srcIdentity', implied: number): Reach {
    const memoKey = `${implied}|${list}`;
    let found = this.impliedTargets.get(memoKey);
    if (found === undefined) {
      const ids = this.lists[list].filter((id) => (this.index.flags[id]! & implied) !== 0);
      this.impliedTargets.set(memoKey, (found = this.split(ids)));
    }
    return found;
  }

  /** Whether target `id` lets the question asked through, its rule's postures allowing. */
  private lets(id: number, posture: PostureCache): boolean {
    if (!this.index.passes.lets(id)) return false;
    const postures = this.index.rules[this.index.ruleOf[id]!]!.postures;
    return postures === undefined || posture.evaluate(postures) !== 'no';
  }
}
