// Shared helpers for the access plan's tests: policies from objects, and a plan as short lines.

import { computeAccessPlan, planJson, type AccessPlan, type PlanOptions } from '../../src/plan/index.js';
import { channelOf, decode, parseSource, sideOf, validated, type PlanSource, type Side } from '../../src/plan/side.js';
import { compileNetworkRules } from '../../src/policy/compile.js';
import type { Tailnet } from '../../src/policy/tailnet.js';

export function planOf(before: object, after: object, options: PlanOptions = {}): AccessPlan {
  return computeAccessPlan(
    { name: 'before.hujson', source: JSON.stringify(before) },
    { name: 'after.hujson', source: JSON.stringify(after) },
    options,
  );
}

/** Each JSON change as one line: `gained network alice@example.com -> tag:db tcp:5432 untested`. */
export function changeLines(plan: AccessPlan): string[] {
  return planJson(plan).changes.map((c) => {
    const what =
      c.kind === 'network'
        ? `${c.proto}:${c.ports}`
        : c.kind === 'ssh'
          ? `${c.sshUser} ${c.action}${c.checkPeriod === undefined ? '' : ` ${c.checkPeriod}`}`
          : `${c.capability}${c.value === undefined ? '' : ` ${c.value as string}`}`;
    return `${c.change} ${c.kind} ${c.src} -> ${c.dst} ${what} ${c.tested ? 'tested' : 'untested'}`;
  });
}

/** One policy on its own, every rule compiled for it alone (as the engine's check does): the reference sides. */
export function prepareSide(input: PlanSource, tailnet: Tailnet | undefined): Side {
  const side = validated(input, decode(parseSource(input), undefined), tailnet);
  return sideOf(side, channelOf([], compileNetworkRules(side.policy, side.env.context)));
}
