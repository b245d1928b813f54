// An inverted index from the identities a selector set names (users, groups, tags...) to the
// rule parts that name them, so a principal finds the few rules that can match it without
// scanning all of them.

import type { SelectorSet } from './compile.js';
import type { Principal } from './principal.js';

export class IdentityIndex {
  private readonly byKey = new Map<string, number[]>();
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
  private generation = 0;

  private push(key: string, id: number): void {
    const list = this.byKey.get(key);
    if (list === undefined) this.byKey.set(key, [id]);
    else list.push(id);
  }

  /** Registers part `id` (ids are dense, from 0) under the identities `set` names. */
  add(id: number, set: SelectorSet): void {
    this.count = Math.max(this.count, id + 1);
    if (set.wildcard || set.dangerAll) this.push('*', id);
    if (set.member) this.push('m', id);
    if (set.tagged) this.push('T', id);
    if (set.self) this.push('self', id);
    for (const u of set.users) this.push(`u:${u}`, id);
    for (const g of set.groups) this.push(`g:${g}`, id);
    for (const t of set.tags) this.push(`t:${t}`, id);
    for (const d of set.domains) this.push(`d:${d}`, id);
    if (set.internet || set.shared || set.roles.size + set.scimGroups.size + set.services.size > 0) this.scan.push(id);
    if (set.users.size > 0) this.anyUser.push(id);
    if (set.groups.size > 0) this.anyGroup.push(id);
    if (set.tags.size > 0) this.anyTag.push(id);
    if (set.domains.size > 0) this.anyDomain.push(id);
  }

  /**
   * Every part that may match `p`, each once; a superset, so callers still match each one.
   * Without `otherTags`, parts that match only through identities `p` might have but is not
   * known to (other tags of a tagged device, any identity of an unknown address) are left out.
   */
  gather(p: Principal, otherTags: boolean, extra: readonly (readonly number[])[] = []): number[] {
    if (p.identity === 'unknown' && otherTags) return Array.from({ length: this.count }, (_, i) => i);
    const lists: (readonly number[] | undefined)[] = [this.scan, this.byKey.get('*'), ...extra];
    if (p.identity === 'user') {
      lists.push(this.byKey.get('m'), this.byKey.get('self'));
      if (p.login === undefined) lists.push(this.anyUser, this.anyDomain);
      else
        lists.push(this.byKey.get(`u:${p.login}`), this.byKey.get(`d:${p.login.slice(p.login.lastIndexOf('@') + 1)}`));
      for (const g of p.groups) lists.push(this.byKey.get(`g:${g}`));
      if (!p.groupsComplete) lists.push(this.anyGroup);
    } else if (p.identity === 'tagged') {
      lists.push(this.byKey.get('T'));
      for (const t of p.tags) lists.push(this.byKey.get(`t:${t}`));
      if (!p.tagsComplete && otherTags) lists.push(this.anyTag);
    }
    return this.unique(lists);
  }

  private unique(lists: readonly (readonly number[] | undefined)[]): number[] {
    if (this.stamps.length < this.count) this.stamps = new Uint32Array(this.count);
    this.generation++;
    const out: number[] = [];
    for (const list of lists) {
      if (list === undefined) continue;
      for (const id of list) {
        if (this.stamps[id] === this.generation) continue;
        this.stamps[id] = this.generation;
        out.push(id);
      }
    }
    return out;
  }
}
