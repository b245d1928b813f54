// Shared helpers for the access plan's tests: policies from objects, and a plan as short lines.

import { computeAccessPlan, planJson, type AccessPlan, type PlanOptions } from '../../src/plan/index.js';

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
