// What validation says of `tests` entries. Their outcomes are the evaluation's (network-tests.ts);
// this names what the engine read differently from how it was written.

import type { Policy } from '../model.js';
import { goQuote } from '../quote.js';
import { splitTestDestination } from '../test-ledger.js';
import { unconfirmed } from '../unsure.js';
import type { Findings } from './findings.js';

/**
 * A test destination that parses only trimmed (`"tag:server:22 "`) is read trimmed, as an ACL
 * destination is; whether the server trims it is not known, so it gets a notice as an ACL's does
 * (docs/policy-semantics.md §2.1).
 */
export function validateTestDestinations(policy: Policy, out: Findings): void {
  for (const test of policy.tests) {
    for (const field of ['accept', 'deny'] as const) {
      test[field].forEach((entry, i) => {
        if (entry.text.trim() === entry.text) return;
        const whole = splitTestDestination(entry.text);
        if (whole.ok || !splitTestDestination(entry.text.trim()).ok) return;
        const message = unconfirmed(`test destination ${goQuote(entry.text)}: ${whole.error}`);
        out.notice(message, entry, `tests[${test.index}].${field}[${i}]`);
      });
    }
  }
}
