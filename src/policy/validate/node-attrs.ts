// Validation of `nodeAttrs` (docs/policy-semantics.md §1.4.6, §6.2). Observed refusals: junk and
// undefined-tag targets, autogroup:self (a server error), ipPools in reserved ranges; `attr`
// strings are opaque. Everything else is accepted with a notice.

import type { PolicyContext } from '../context.js';
import { overlaps, parsePrefix, prefixSet, covers } from '../ip.js';
import * as msg from '../messages.js';
import type { NodeAttr } from '../model.js';
import { cgnat, ipPoolReserved } from '../ranges.js';
import { classify } from '../selectors.js';
import * as unsure from '../unsure.js';
import { itemPath, type Findings } from './findings.js';
import { checkCapabilities } from './rules.js';
import { problemText, reportProblem, selectorProblem } from './selector-check.js';

export function validateNodeAttr(entry: NodeAttr, context: PolicyContext, out: Findings): void {
  entry.target.forEach((target, i) => {
    const path = itemPath(entry.path, 'target', i);
    const selector = classify(target.text);
    // The server answers this target with an internal error: the policy cannot be saved.
    const self = selector.kind === 'autogroup' && selector.name === 'self';
    if (self) return out.error(unsure.NODE_ATTR_SELF, target, path);
    const problem = selectorProblem(target.text, 'nodeAttr', context);
    if (problem !== undefined)
      reportProblem(
        out,
        problem,
        problemText(problem, (inner) => inner),
        target,
        path,
      );
  });
  entry.ipPool?.forEach((pool, i) => {
    const path = itemPath(entry.path, 'ipPool', i);
    const prefix = parsePrefix(pool.text);
    if (prefix === undefined) return out.notice(unsure.unconfirmed(unsure.ipPoolInvalid(pool.text)), pool, path);
    const set = prefixSet([prefix]);
    if (ipPoolReserved().some((reserved) => overlaps(set, prefixSet([reserved]), prefix.family))) {
      out.error(msg.ipPoolReserved(pool.text), pool, path);
    } else if (!covers(cgnat(), set, prefix.family)) {
      out.notice(unsure.unconfirmed(unsure.ipPoolOutsideCGNAT(pool.text)), pool, path);
    }
  });
  checkCapabilities(entry.app, entry.path, out);
}
