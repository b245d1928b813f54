// Three-valued matching of a compiled selector set against a principal (docs/policy-semantics.md
// §7.1 table; in topology mode every fact is known and the answers are plain yes/no).

import { namesIdentities, type SelectorSet } from './compile.js';
import { contains, parsePrefix, prefixSet, union, type Address, type Family, type IPSet } from './ip.js';
import type { Policy } from './model.js';
import { slot, type Principal } from './principal.js';
import { internetRanges, tailscaleDeviceRanges } from './ranges.js';
import type { Tailnet } from './tailnet.js';
import { fromBool, not, or, type Tri } from './tri.js';
import { loginDomain } from './unsure.js';

/** What the evaluation knows about the tailnet beyond the policy. */
export interface MatchEnv {
  /** Approved subnet routes (part of `*` as a source); undefined offline. */
  approvedRoutes?: IPSet;
  /** The tailnet's own subnet routes (autoApprovers routes, approved routes), which autogroup:internet leaves out. */
  ownRoutes?: IPSet;
}

/**
 * What matching knows for one policy: the tailnet's own subnet routes (the policy's
 * autoApprovers routes, without exit-node default routes, and with a tailnet its approved
 * routes), and with a tailnet its approved routes, which `*` as a source includes.
 */
export function matchEnvOf(policy: Policy, tailnet: Tailnet | undefined): MatchEnv {
  const routes = policy.autoApprovers.routes.flatMap((r) => parsePrefix(r.name.text) ?? []).filter((p) => p.bits > 0);
  const listed = prefixSet(routes);
  if (tailnet === undefined) return { ownRoutes: listed };
  return { ownRoutes: union(listed, tailnet.approvedRoutes), approvedRoutes: tailnet.approvedRoutes };
}

/**
 * autogroup:internet: public addresses, except those inside the tailnet's own subnet routes,
 * which are reached through a subnet router, not an exit node (docs/policy-semantics.md §2.4).
 */
function inInternet(address: Address, env: MatchEnv): boolean {
  return contains(internetRanges(), address) && !(env.ownRoutes !== undefined && contains(env.ownRoutes, address));
}

/** Whether the sets share an item; walks the smaller one. */
function anyIn(wanted: ReadonlySet<string>, have: ReadonlySet<string>): boolean {
  if (wanted.size === 0 || have.size === 0) return false;
  if (wanted.size > have.size) return anyIn(have, wanted);
  for (const item of wanted) if (have.has(item)) return true;
  return false;
}

function userIdentity(set: SelectorSet, p: Principal): Tri {
  let result: Tri = 'no';
  if (set.users.size > 0) result = or(result, p.login === undefined ? 'unknown' : fromBool(set.users.has(p.login)));
  if (set.groups.size > 0)
    result = or(result, anyIn(set.groups, p.groups) ? 'yes' : p.groupsComplete ? 'no' : 'unknown');
  if (set.scimGroups.size > 0)
    result = or(result, p.scimGroup !== undefined && set.scimGroups.has(p.scimGroup) ? 'yes' : 'unknown');
  if (set.member) result = or(result, p.member);
  if (set.shared) result = or(result, not(p.member));
  if (set.roles.size > 0) result = or(result, p.roles === undefined ? 'unknown' : fromBool(anyIn(set.roles, p.roles)));
  if (set.domains.size > 0) {
    const domain = p.login === undefined ? undefined : loginDomain(p.login);
    // Members only (§2.2.8): a user known to be shared in is not selected. A login of unknown
    // membership in a domain of the tailnet's is taken for a member, as such a login is one.
    const selected = domain === undefined ? 'unknown' : fromBool(set.domains.has(domain));
    result = or(result, p.member === 'no' ? 'no' : selected);
  }
  return result;
}

function taggedIdentity(set: SelectorSet, p: Principal): Tri {
  if (set.tagged || anyIn(set.tags, p.tags)) return 'yes';
  return !p.tagsComplete && set.tags.size > 0 ? 'unknown' : 'no';
}

/** Identity selectors only (users, groups, tags, autogroups): what SSH rules use. */
export function matchIdentity(set: SelectorSet, p: Principal): Tri {
  if (p.service !== undefined) {
    if (set.services.has(p.service)) return 'yes';
    // A Service may carry a tag, given in the admin console, not the policy (§2.2.10).
    return set.tags.size > 0 || set.tagged ? 'unknown' : 'no';
  }
  switch (p.identity) {
    case 'user':
      return userIdentity(set, p);
    case 'tagged':
      return taggedIdentity(set, p);
    case 'unknown':
      return namesIdentities(set) ? 'unknown' : 'no';
    // A bare address has no identity for a user, group, tag or autogroup selector to name.
    case 'none':
      return 'no';
  }
}

/** Address selectors (and `*`) only. */
export function matchAddress(set: SelectorSet, p: Principal, family: Family, side: 'src' | 'dst', env: MatchEnv): Tri {
  const at = slot(p, family);
  if (at === undefined) return 'no';
  if (at.kind === 'tailscale') {
    return set.wildcard || set.dangerAll ? 'yes' : set.tailscale[family];
  }
  const address = at.address;
  if (set.dangerAll) return 'yes';
  const listed = listedAddress(set, address, env);
  if (listed === 'yes') return 'yes';
  if (set.internet && inInternet(address, env)) return 'yes';
  if (!set.wildcard) return listed;
  if (contains(tailscaleDeviceRanges(), address)) return 'yes';
  if (env.approvedRoutes !== undefined && contains(env.approvedRoutes, address)) return 'yes';
  // As a destination, `*` compiles to any address, but the documentation says Tailscale
  // addresses and approved routes: whether it reaches others is not known (§2.2.1).
  if (side === 'dst') return or(listed, 'unknown');
  if (env.approvedRoutes !== undefined) return listed;
  // Offline, a non-Tailscale source may lie in an approved subnet route, which `*` includes.
  return 'unknown';
}

/**
 * Whether the set's addresses hold `address`. An ipset's `autogroup:internet` may or may not
 * leave out the tailnet's own routes as a bare `autogroup:internet` does: there, an address that
 * hangs on it is undecided (docs/policy-semantics.md §2.4).
 */
function listedAddress(set: SelectorSet, address: Address, env: MatchEnv): Tri {
  const dependent = set.internetDependent;
  const routes = env.ownRoutes;
  if (dependent !== undefined && routes !== undefined && contains(dependent, address) && contains(routes, address))
    return 'unknown';
  return fromBool(contains(set.addresses, address));
}

/** Whether principal `p`, at its address of `family`, is selected (autogroup:self excluded). */
export function matchSet(set: SelectorSet, p: Principal, family: Family, side: 'src' | 'dst', env: MatchEnv): Tri {
  const byAddress = matchAddress(set, p, family, side, env);
  return byAddress === 'yes' ? 'yes' : or(byAddress, matchIdentity(set, p));
}

/**
 * How a destination set selects `dst` by what is known of it. A partial address match of an
 * address known only to be a Tailscale one (`unknownAddress`) is left to the caller.
 */
export function directMatch(
  set: SelectorSet,
  dst: Principal,
  family: Family,
  unknownAddress: boolean,
  env: MatchEnv,
): Tri {
  const byAddress = matchAddress(set, dst, family, 'dst', env);
  const byIdentity = byAddress === 'yes' ? 'yes' : matchIdentity(set, dst);
  // The network index implies such a partial match for every target alike (its DST_PARTIAL).
  return byAddress === 'unknown' && unknownAddress ? byIdentity : or(byAddress, byIdentity);
}

/** autogroup:self: the source is a device of the destination's owner (the same device counts). */
export function sameOwner(src: Principal, dst: Principal): Tri {
  if (dst.identity === 'tagged' || dst.identity === 'none') return 'no';
  if (src.identity === 'tagged' || src.identity === 'none') return 'no';
  if (src.identity === 'unknown' || dst.identity === 'unknown') return 'unknown';
  if (src.login === undefined || dst.login === undefined) return 'unknown';
  return fromBool(src.login === dst.login);
}
