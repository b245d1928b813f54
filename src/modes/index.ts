import { ActionError } from '../errors.js';
import { runApply } from './apply.js';
import type { ModeDeps } from './deps.js';
import { runDrift } from './drift.js';
import { newFacts, type Outcome } from './outcome.js';
import { runTest } from './test.js';

export type { Logger, ModeDeps } from './deps.js';
export type { Outcome } from './outcome.js';

/**
 * Runs the mode the settings name. An expected failure still yields what was learned so far,
 * so the summary shows what was read (the live policy above all) before the run stopped.
 */
export async function runMode(deps: ModeDeps): Promise<Outcome> {
  const facts = newFacts();
  try {
    switch (deps.settings.mode) {
      case 'test':
        return await runTest(deps, facts);
      case 'apply':
        return await runApply(deps, facts);
      case 'drift':
        return await runDrift(deps, facts);
    }
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return { kind: 'stopped', facts, error };
  }
}
