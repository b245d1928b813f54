// The plan as JSON for tools (`tailnet-policy plan --json`, the action's `access-plan` file).

import type { AccessChange, AccessPlan, Highlight, ProposedTests, UndecidedChange } from './model.js';

export interface PlanJson {
  before: string;
  after: string;
  mode: AccessPlan['mode'];
  changes: Record<string, unknown>[];
  undecided: UndecidedChange[];
  highlights: Highlight[];
  proposed: ProposedTests;
  unplanned: string[];
}

/** A change's optional fields, printed only when set, in this order. */
const OPTIONAL = ['proto', 'ports', 'sshUser', 'action', 'checkPeriod', 'capability', 'value'] as const;

/** One change with the documented fields first; internal bookkeeping left out. */
function changeJson(c: AccessChange): Record<string, unknown> {
  const out: Record<string, unknown> = { change: c.change, kind: c.kind, src: c.src, dst: c.dst };
  OPTIONAL.forEach((key) => {
    if (c[key] !== undefined) out[key] = c[key];
  });
  out.tested = c.tested;
  if (!c.testable) out.testable = false;
  out.srcLabel = c.srcLabel;
  out.dstLabel = c.dstLabel;
  if (c.members !== undefined) out.members = c.members;
  return out;
}

export function planJson(plan: AccessPlan): PlanJson {
  return {
    before: plan.before,
    after: plan.after,
    mode: plan.mode,
    changes: plan.changes.map(changeJson),
    undecided: plan.undecided,
    highlights: plan.highlights,
    proposed: plan.proposed,
    unplanned: plan.unplanned,
  };
}
