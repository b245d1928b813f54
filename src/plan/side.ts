// One side of a plan (the policy before or after the change), prepared once: decoded,
// validated, and compiled with the engine's own functions, as `checkPolicy` does before it runs
// tests. The plan then asks the same compiled rules the questions a test would ask.

import { HujsonSyntaxError, parse, type HujsonDocument } from '../hujson/index.js';
import {
  compileSelectors,
  compileSshRules,
  postureRequirement,
  viaTags,
  type CompiledSshRule,
  type NetworkRule,
} from '../policy/compile.js';
import { buildContext } from '../policy/context.js';
import type { Deadline } from '../policy/deadline.js';
import { decodePolicy, type DecodeOptions } from '../policy/decode/policy.js';
import { Reader } from '../policy/decode/reader.js';
import type { EvalEnv } from '../policy/endpoints.js';
import { matchEnvOf, type MatchEnv } from '../policy/match.js';
import type { NetworkIndex } from '../policy/network-index.js';
import type { Finding, Policy } from '../policy/model.js';
import { ALL_PORTS, TCP } from '../policy/ports.js';
import { buildTailnet, type Tailnet } from '../policy/tailnet.js';
import type { Topology } from '../policy/topology.js';
import { validatePolicy, type KnownValid } from '../policy/validate/index.js';
import type { PlanBudget } from './budget.js';
import { compileBothSides, knownValid, pairPolicies } from './shared-rules.js';

/** A policy to plan: its text (or parsed tree) and the name messages call it by. */
export interface PlanSource {
  name: string;
  source?: Uint8Array | string;
  root?: HujsonDocument;
  /**
   * The caller has already validated this very policy and found no error (the action's test mode
   * ran the engine on it): the plan then builds its context without validating it again.
   */
  validated?: boolean;
}

/** Input the plan cannot be computed from; the message names the file, line and column. */
export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
}

/** Rules of one kind the plan compares: network rules, or one app capability's grants as rules. */
export interface Channel {
  /** Every rule of the kind on this side: `shared`, then the side's own. */
  rules: NetworkRule[];
  /** Rules compiled once for both sides: the very same array and objects as the other side's (shared-rules.ts). */
  shared: readonly NetworkRule[];
}

/** An app capability, or one of its values (canonical JSON), and the grants that carry it. */
export interface AppChannel {
  capability: string;
  value?: string;
  channel: Channel;
}

export function channelOf(shared: readonly NetworkRule[], own: readonly NetworkRule[]): Channel {
  return { rules: [...shared, ...own], shared };
}

const NO_RULES: readonly NetworkRule[] = [];

// The engine's index of a side's rules, built when first asked, once: the plan asks the new
// policy's channels again where tags are dropped (tags.ts).
const indexes = new WeakMap<Channel, { env: MatchEnv; index: NetworkIndex }>();

export function channelIndex(channel: Channel, env: MatchEnv, budget: PlanBudget): NetworkIndex {
  const known = indexes.get(channel);
  if (known !== undefined && known.env === env) return known.index;
  const index = budget.index(channel.rules, env);
  indexes.set(channel, { env, index });
  return index;
}

// The same of the side's rules without `via`: the evaluation's route facts and the new policy's
// tests (after-tests.ts) both ask it.
const viaFreeIndexes = new WeakMap<Channel, { env: MatchEnv; index: NetworkIndex | undefined }>();

/** The engine's index of a channel's rules without `via`, built when first asked; undefined when no rule has `via`. */
export function viaFreeIndex(channel: Channel, env: MatchEnv, budget: PlanBudget): NetworkIndex | undefined {
  const known = viaFreeIndexes.get(channel);
  if (known !== undefined && known.env === env) return known.index;
  const index = channel.rules.some((r) => r.via !== undefined)
    ? budget.index(
        channel.rules.filter((r) => r.via === undefined),
        env,
      )
    : undefined;
  viaFreeIndexes.set(channel, { env, index });
  return index;
}

export interface Side {
  name: string;
  policy: Policy;
  env: EvalEnv;
  network: Channel;
  ssh: CompiledSshRule[];
  /**
   * Per app capability, the grants carrying it as network-shaped rules: by its name (whether a
   * source holds it at all), and by its name and each of its values; keyed by `[name]` or
   * `[name, value]` as JSON, the same on both sides.
   */
  apps: Map<string, AppChannel>;
}

function located(name: string, finding: Finding): string {
  const at = finding.position === undefined ? name : `${name}:${finding.position.line}:${finding.position.column}`;
  return `${at}: ${finding.message}`;
}

export function parseSource(input: PlanSource): HujsonDocument {
  if (input.root !== undefined) return input.root;
  try {
    return parse(input.source ?? '');
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    throw new PlanInputError(`${input.name}:${error.line}:${error.column}: ${error.message}`);
  }
}

interface Decoded {
  name: string;
  policy: Policy;
  env: EvalEnv;
}

export function decode(
  doc: HujsonDocument,
  extraKeys: readonly string[] | undefined,
  options?: DecodeOptions,
): { policy: Policy; reader: Reader } {
  const reader = new Reader();
  return { policy: decodePolicy(doc, reader, extraKeys, options), reader };
}

/**
 * Validates a decoded policy; an invalid one cannot be planned (its rules are not what the server
 * would run). With a budget, validation (the ipsets it resolves) is held to the plan's deadline and
 * size limit, and a cut one throws before its findings, which may be incomplete, are read.
 */
export function validated(
  input: PlanSource,
  { policy, reader }: { policy: Policy; reader: Reader },
  tailnet: Tailnet | undefined,
  options: { known?: KnownValid; budget?: PlanBudget } = {},
): Decoded {
  const domains = tailnet?.domains;
  const deadline = options.budget?.engine;
  const { context, findings } =
    input.validated === true
      ? { context: buildContext(policy, deadline), findings: { errors: [] } }
      : validatePolicy(policy, domains === undefined ? {} : { domains }, deadline, options.known);
  options.budget?.check();
  const errors = [...reader.errors, ...findings.errors];
  if (errors.length > 0) {
    throw new PlanInputError(`${located(input.name, errors[0]!)} (the policy must be valid to plan its access)`);
  }
  const env: EvalEnv = { context, match: matchEnvOf(policy, tailnet), resolved: new Map() };
  if (tailnet !== undefined) env.tailnet = tailnet;
  return { name: input.name, policy, env };
}

/** A side of the plan; with a deadline (the budget's), compiling its rules stops once it passes. */
export function sideOf({ name, policy, env }: Decoded, network: Channel, deadline?: Deadline): Side {
  return {
    name,
    policy,
    env,
    network,
    ssh: compileSshRules(policy.ssh, env.context, { deadline }),
    apps: appChannels(policy, env, deadline),
  };
}

/**
 * Both policies of a plan, the network rules equal on both compiled once (shared-rules.ts). The
 * new policy's rules that read as rules of the old one, which validated, are not validated again.
 * The old policy's tests are read only for the names they hold: where they are the new policy's
 * very bytes, they are not read at all.
 */
export function prepareSides(
  inputs: readonly [PlanSource, PlanSource],
  tailnet: Tailnet | undefined,
  options: { extraKeys?: readonly string[]; budget?: PlanBudget } = {},
): [Side, Side] {
  const { budget } = options;
  const docs = [parseSource(inputs[0]), parseSource(inputs[1])] as const;
  const first = validated(inputs[0], decode(docs[0], options.extraKeys, { testsOf: docs[1] }), tailnet, { budget });
  const decoded = decode(docs[1], options.extraKeys);
  const policies = [first.policy, decoded.policy] as const;
  const pairs = pairPolicies(policies);
  const second = validated(inputs[1], decoded, tailnet, { known: knownValid(policies, pairs), budget });
  const deadline = budget?.engine;
  const rules = compileBothSides(policies, [first.env.context, second.env.context], pairs, deadline);
  const sides: [Side, Side] = [
    sideOf(first, channelOf(rules.shared, rules.own[0]), deadline),
    sideOf(second, channelOf(rules.shared, rules.own[1]), deadline),
  ];
  budget?.check();
  return sides;
}

/**
 * App capabilities as network rules: one rule set per capability name, and per name and value,
 * each grant allowing "TCP, every port" to its destinations. The engine's matching then answers
 * "does this source hold the capability (value) on that destination" as it answers network
 * questions.
 */
function appChannels(policy: Policy, env: EvalEnv, deadline: Deadline | undefined): Map<string, AppChannel> {
  const byKey = new Map<string, { capability: string; value?: string; rules: NetworkRule[] }>();
  for (const grant of policy.grants ?? []) {
    if (grant.app === undefined || grant.app.length === 0) continue;
    if (deadline?.passed() === true) break;
    const src = compileSelectors(
      grant.src.map((s) => s.text),
      env.context,
      deadline,
    );
    const targets = grant.dst.map((d) => ({
      dst: compileSelectors([d.text], env.context, deadline),
      protocols: [TCP],
      ports: [...ALL_PORTS],
      allPorts: true,
    }));
    const rule: NetworkRule = { src, targets, postures: postureRequirement(grant.srcPosture, env.context) };
    const via = viaTags(grant);
    if (via !== undefined) rule.via = via;
    for (const capability of grant.app) {
      const name = capability.name.text;
      for (const value of [undefined, ...capability.values]) {
        const key = JSON.stringify(value === undefined ? [name] : [name, value]);
        let found = byKey.get(key);
        if (found === undefined)
          byKey.set(key, (found = { capability: name, ...(value === undefined ? {} : { value }), rules: [] }));
        // A grant listing one value twice holds it once.
        if (found.rules.at(-1) !== rule) found.rules.push(rule);
      }
    }
  }
  return new Map([...byKey].map(([key, { rules, ...app }]) => [key, { ...app, channel: channelOf(NO_RULES, rules) }]));
}

export function tailnetOf(topology: Topology | undefined): Tailnet | undefined {
  return topology === undefined ? undefined : buildTailnet(topology);
}
