// An inverted index from the identities a selector set names (users, groups, tags...) to the
// rule parts that name them, so a principal finds the few rules that can match it without
// scanning all of them.

import type { SelectorSet } from './compile.js';
import { pushTo } from './lists.js';
import type { Principal } from './principal.js';
import { loginDomain } from './unsure.js';

export class IdentityIndex {
  /** Parts by the user, group, tag or domain they name: one map per kind, keyed by the name itself. */
  private readonly users = new Map<string, number[]>();
  private readonly groups = new Map<string, number[]>();
  private readonly tags = new Map<string, number[]>();
  private readonly domains = new Map<string, number[]>();
  /** Parts naming `*` (or autogroup:danger-all), autogroup:member, autogroup:tagged, autogroup:self. */
  private readonly everyone: number[] = [];
  private readonly members: number[] = [];
  private readonly tagged: number[] = [];
  private readonly self: number[] = [];
  /**
   * Parts that must always be checked: autogroup:internet, roles, SCIM groups, Services
   * (addresses are indexed apart).
   */
  private readonly scan: number[] = [];
  private readonly anyUser: number[] = [];
  private readonly anyGroup: number[] = [];
  private readonly anyTag: number[] = [];
  private readonly anyDomain: number[] = [];
  private count = 0;
  private stamps = new Uint32Array(0);
  /** Ids the last gathering found through a name the principal surely has (see `surely`). */
  private sure = new Uint32Array(0);
  private generation = 0;

  /** Registers part `id` (ids are dense, from 0) under the identities `set` names. */
  add(id: number, set: SelectorSet): void {
    this.count = Math.max(this.count, id + 1);
    if (set.wildcard || set.dangerAll) this.everyone.push(id);
    if (set.member) this.members.push(id);
    if (set.tagged) this.tagged.push(id);
    if (set.self) this.self.push(id);
    // forEach rather than for-of: no iterator objects in code that runs once per rule part.
    if (set.users.size > 0) set.users.forEach((u) => pushTo(this.users, u, id));
    if (set.groups.size > 0) set.groups.forEach((g) => pushTo(this.groups, g, id));
    if (set.tags.size > 0) set.tags.forEach((t) => pushTo(this.tags, t, id));
    if (set.domains.size > 0) set.domains.forEach((d) => pushTo(this.domains, d, id));
    if (set.internet || set.shared || set.roles.size + set.scimGroups.size + set.services.size > 0) this.scan.push(id);
    if (set.users.size > 0) this.anyUser.push(id);
    if (set.groups.size > 0) this.anyGroup.push(id);
    if (set.tags.size > 0) this.anyTag.push(id);
    if (set.domains.size > 0) this.anyDomain.push(id);
  }

  /**
   * Every part that may match `p`, each once; a superset, so callers still match each one that
   * `surely` does not vouch for.
   * Without `otherTags`, parts that match only through identities `p` might have but is not
   * known to (other tags of a tagged device, any identity of an unknown address) are left out.
   */
  gather(p: Principal, otherTags: boolean, extra: readonly (readonly number[])[] = []): number[] {
    this.begin();
    if (p.identity === 'unknown' && otherTags) return Array.from({ length: this.count }, (_, i) => i);
    const out: number[] = [];
    this.collect(this.scan, out);
    this.collect(this.everyone, out);
    for (const list of extra) this.collect(list, out);
    // A Service is matched by its name alone (match.ts), so nothing it is found through is sure.
    const sure = p.service === undefined;
    if (p.identity === 'user') {
      this.collect(this.members, out);
      this.collect(this.self, out);
      if (p.login === undefined) {
        this.collect(this.anyUser, out);
        this.collect(this.anyDomain, out);
      } else {
        this.collect(this.users.get(p.login), out, sure);
        // A domain selects members only: a user known to be shared in is not surely selected.
        this.collect(this.domains.get(loginDomain(p.login)), out, sure && p.member !== 'no');
      }
      p.groups.forEach((g) => this.collect(this.groups.get(g), out, sure));
      if (!p.groupsComplete) this.collect(this.anyGroup, out);
    } else if (p.identity === 'tagged') {
      this.collect(this.tagged, out, sure);
      p.tags.forEach((t) => this.collect(this.tags.get(t), out, sure));
      if (!p.tagsComplete && otherTags) this.collect(this.anyTag, out);
    } else if (p.service !== undefined) {
      // A Service may carry tags, set where it is defined, not in the policy (§2.2.10).
      this.collect(this.tagged, out);
      this.collect(this.anyTag, out);
    }
    return out;
  }

  /**
   * Whether the last gathering found part `id` through a user, domain, group or tag the
   * principal is known to have (or autogroup:tagged for a tagged device): its identity
   * selectors then surely match the principal, and matchIdentity would answer yes.
   */
  surely(id: number): boolean {
    return this.sure[id] === this.generation;
  }

  /** Starts a gathering: no id is marked as collected yet. */
  private begin(): void {
    if (this.stamps.length < this.count) {
      this.stamps = new Uint32Array(this.count);
      this.sure = new Uint32Array(this.count);
    }
    this.generation++;
  }

  /** Appends the ids of `list` not collected yet in this gathering; with `sure`, marks them so. */
  private collect(list: readonly number[] | undefined, out: number[], sure = false): void {
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (sure) this.sure[id] = this.generation;
      if (this.stamps[id] === this.generation) continue;
      this.stamps[id] = this.generation;
      out.push(id);
    }
  }
}
