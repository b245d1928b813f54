// Resolving a test's `src` and destination hosts to principals (docs/policy-semantics.md §5.2, §5.3
// steps 1–2).

import type { PolicyContext } from './context.js';
import type { Deadline } from './deadline.js';
import type { Address } from './ip.js';
import type { MatchEnv } from './match.js';
import { NO_ASSOCIATED_IPS, tagNotFound } from './messages.js';
import {
  addressPrincipal,
  devicePrincipal,
  servicePrincipal,
  syntheticScimMember,
  syntheticTagged,
  syntheticUser,
  type Principal,
} from './principal.js';
import { classify, type Selector } from './selectors.js';
import type { Device, Tailnet } from './tailnet.js';
import { groupNotDefined, hostNotDefined, TEST_REASONS } from './unsure.js';

/** What evaluation knows: the policy's names and, in topology mode, the tailnet. */
export interface EvalEnv {
  context: PolicyContext;
  tailnet?: Tailnet;
  match: MatchEnv;
  /** Endpoints already resolved, by role and text: tests repeat the same sources and hosts. */
  resolved: Map<string, Endpoint>;
  /** When set, evaluation stops once it passes (the run's timeout). */
  deadline?: Deadline;
}

function memoised(env: EvalEnv, key: string, resolve: () => Endpoint): Endpoint {
  let endpoint = env.resolved.get(key);
  if (endpoint === undefined) {
    endpoint = resolve();
    env.resolved.set(key, endpoint);
  }
  return endpoint;
}

/**
 * A resolved endpoint. `consensus` marks an endpoint of several principals (an offline group's
 * members; with a tailnet, the devices of a user, group or tag): each is evaluated, and
 * principals that disagree make the outcome unknown instead of failed, since the server may test
 * from one of them only (docs/policy-semantics.md §5.3). An endpoint that is not
 * resolved is refused (`undecided` unset: the test fails) or one whose fate on the server is not
 * known (`undecided`: the test is undecided, with `reason` saying why).
 */
export type Endpoint =
  { ok: true; principals: Principal[]; consensus: boolean } | { ok: false; reason: string; undecided?: true };

const resolved = (principals: Principal[], consensus = false): Endpoint => ({ ok: true, principals, consensus });
const rejected = (reason: string): Endpoint => ({ ok: false, reason });
const undecided = (reason: string): Endpoint => ({ ok: false, reason, undecided: true });

function addressEndpoint(address: Address, env: EvalEnv): Endpoint {
  if (env.tailnet === undefined) return resolved([addressPrincipal(address, true)]);
  const device = env.tailnet.deviceAt(address);
  return resolved([
    device === undefined ? addressPrincipal(address, false) : devicePrincipal(device, env.context, address.family),
  ]);
}

function userEndpoint(login: string, env: EvalEnv, noDevices: string): Endpoint {
  if (env.tailnet === undefined) return resolved([syntheticUser(login, env.context)]);
  const devices = env.tailnet.userDevices(login);
  if (devices.length === 0) return rejected(noDevices);
  return devicesEndpoint(devices, env);
}

/**
 * A tailnet's devices standing for one user, group or tag. The server tests "from a device
 * authenticated with the identity" (docs), and which device it picks is not known: devices that
 * disagree leave the outcome unknown (UNSURE, docs/policy-semantics.md §5.3).
 */
function devicesEndpoint(devices: readonly Device[], env: EvalEnv): Endpoint {
  return resolved(
    devices.map((d) => devicePrincipal(d, env.context)),
    devices.length > 1,
  );
}

function groupEndpoint(
  selector: Extract<Selector, { kind: 'group' }>,
  env: EvalEnv,
  notDefined: () => Endpoint = () => rejected(groupNotDefined(selector.name)),
): Endpoint {
  const members = env.context.groups.get(selector.name);
  if (members === undefined) return selector.scim ? resolved([syntheticScimMember(selector.name)]) : notDefined();
  // A user with no device fails the test (observed); a group or tag with none is UNSURE (§5.2).
  if (env.tailnet === undefined) {
    if (members.length === 0) return undecided(TEST_REASONS.noDevicesUnsure(selector.name));
    return resolved(
      members.map((m) => syntheticUser(m, env.context)),
      true,
    );
  }
  const devices = members.flatMap((m) => env.tailnet!.userDevices(m));
  if (devices.length === 0) return undecided(TEST_REASONS.noDevicesUnsure(selector.name));
  return devicesEndpoint(devices, env);
}

function tagEndpoint(tag: string, env: EvalEnv): Endpoint {
  if (!env.context.tags.has(tag)) return rejected(tagNotFound(tag));
  if (env.tailnet === undefined) return resolved([syntheticTagged(tag)]);
  const devices = env.tailnet.taggedDevices(tag);
  if (devices.length === 0) return undecided(TEST_REASONS.noDevicesUnsure(tag));
  return devicesEndpoint(devices, env);
}

/**
 * How a role treats address selectors that stand for more than one address; made only when
 * asked, since most selectors are none of these and the messages quote the text.
 */
interface AddressRules {
  /** A CIDR written in the test. */
  cidr: () => Endpoint;
  /** A host alias whose value is a range. */
  rangeAlias: () => Endpoint;
  undefinedReason: (reason: string) => string;
}

/** A host alias or IP literal; tests accept only single addresses, never CIDRs. */
function addressSelectorEndpoint(selector: Selector, env: EvalEnv, rules: AddressRules): Endpoint | undefined {
  if (selector.kind === 'prefix') {
    if (selector.written === 'cidr') return rules.cidr();
    return addressEndpoint({ family: selector.prefix.family, value: selector.prefix.value }, env);
  }
  if (selector.kind === 'host' || selector.kind === 'hostRef') {
    if (!env.context.hosts.has(selector.name)) return rejected(rules.undefinedReason(hostNotDefined(selector.name)));
    const prefix = env.context.hosts.get(selector.name);
    if (prefix === undefined || !env.context.singleAddressHosts.has(selector.name)) return rules.rangeAlias();
    return addressEndpoint({ family: prefix.family, value: prefix.value }, env);
  }
  return undefined;
}

/** A test's `src`: one user, group, tag, single-address host alias or IP address (§5.2). */
export function resolveSource(raw: string, env: EvalEnv): Endpoint {
  return memoised(env, `src ${raw}`, () => resolveSourceText(raw.trim(), env));
}

function resolveSourceText(text: string, env: EvalEnv): Endpoint {
  if (text === '') return rejected(TEST_REASONS.missingSrc);
  const selector = classify(text);
  if (selector.kind === 'host' && text.includes('/')) return rejected(TEST_REASONS.srcCidr(text));
  const byAddress = addressSelectorEndpoint(selector, env, {
    cidr: () => rejected(TEST_REASONS.srcCidr(text)),
    // A CIDR written as the source fails on the server; an alias standing for one is not known to (§5.2).
    rangeAlias: () => undecided(TEST_REASONS.srcRangeAlias(text)),
    undefinedReason: (r) => TEST_REASONS.srcInvalid(text, r),
  });
  if (byAddress !== undefined) return byAddress;
  switch (selector.kind) {
    case 'wildcard':
      return rejected(TEST_REASONS.srcWildcard);
    case 'user':
      return userEndpoint(selector.login, env, NO_ASSOCIATED_IPS);
    case 'group': {
      // A group the policy does not define fails as a destination (captured), not known to as the source.
      const group = groupEndpoint(selector, env, () => undecided(TEST_REASONS.srcUndefinedGroup(text)));
      return group.ok || group.undecided ? group : rejected(TEST_REASONS.srcInvalid(text, group.reason));
    }
    case 'tag': {
      const tag = tagEndpoint(selector.name, env);
      return tag.ok || tag.undecided ? tag : rejected(TEST_REASONS.srcInvalid(text, tag.reason));
    }
    case 'autogroup':
      return rejected(TEST_REASONS.srcAutogroup(text));
    case 'domain':
      return undecided(TEST_REASONS.srcDomain(text));
    // Address forms were answered above; what is left names no test source.
    case 'host':
    case 'hostRef':
    case 'ipset':
    case 'localpart':
    case 'prefix':
    case 'range':
    case 'service':
      return rejected(TEST_REASONS.srcInvalid(text, 'not a valid test source'));
  }
}

/** The host part of a test destination (§5.2): like a source, plus Services. */
export function resolveDestinationHost(raw: string, env: EvalEnv): Endpoint {
  return memoised(env, `dst ${raw}`, () => resolveDestinationText(raw.trim(), env));
}

function resolveDestinationText(text: string, env: EvalEnv): Endpoint {
  const selector = classify(text);
  if (selector.kind === 'host' && text.includes('/')) return rejected(TEST_REASONS.dstCidr);
  const cidr = (): Endpoint => rejected(TEST_REASONS.dstCidr);
  const byAddress = addressSelectorEndpoint(selector, env, { cidr, rangeAlias: cidr, undefinedReason: (r) => r });
  if (byAddress !== undefined) return byAddress;
  switch (selector.kind) {
    case 'wildcard':
      return rejected(TEST_REASONS.dstWildcard);
    case 'user':
      return userEndpoint(selector.login, env, TEST_REASONS.dstNoDevices);
    case 'group':
      return groupEndpoint(selector, env);
    case 'tag':
      return tagEndpoint(selector.name, env);
    case 'service':
      return resolved([servicePrincipal(selector.name)]);
    case 'autogroup':
      return rejected(TEST_REASONS.dstAutogroup(text));
    // Address forms were answered above; what is left names no test destination.
    case 'domain':
    case 'host':
    case 'hostRef':
    case 'ipset':
    case 'localpart':
    case 'prefix':
    case 'range':
      return rejected(TEST_REASONS.dstInvalid(text));
  }
}
