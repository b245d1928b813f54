// The new policy's own tests, as `check` evaluates them, each evaluated the first time the plan
// asks about it. A test asserts a change only where it passes, whole, on the new policy: one that
// fails or is undecided there (a group source whose members disagree, another of its assertions
// failing) locks nothing in. And a proposed test yields only to an assertion of the new policy
// that says the opposite and fails.

import { compileSshRules, type CompiledSshRule } from '../policy/compile.js';
import type { EvalEnv } from '../policy/endpoints.js';
import type { NetworkTest, SshTest } from '../policy/model.js';
import { NetworkTestRunner } from '../policy/network-tests.js';
import type { Outcome } from '../policy/results.js';
import { evaluateSshTest } from '../policy/ssh-tests.js';
import type { PlanBudget } from './budget.js';
import { channelIndex, viaFreeIndex, type Side } from './side.js';

export class AfterTests {
  private runner?: NetworkTestRunner;
  private sshRules?: CompiledSshRule[];
  private readonly env: EvalEnv;
  /** Per test, its outcome and its assertions' in its order: `accept` entries, then `deny`. */
  private readonly network = new Map<NetworkTest, { outcome: Outcome; assertions: Outcome[] }>();
  /** Per sshTest, whether it passes. */
  private readonly ssh = new Map<SshTest, boolean>();

  constructor(
    private readonly side: Side,
    private readonly budget: PlanBudget,
  ) {
    this.env = { ...side.env, deadline: budget.engine };
  }

  /** Whether the test passes. */
  passes(test: NetworkTest): boolean {
    return this.evaluated(test).outcome === 'pass';
  }

  /** The outcome of a test's assertion `i` (counting `accept` entries first, then `deny`). */
  entry(test: NetworkTest, i: number): Outcome {
    // Assertions past the deadline are not evaluated (evaluated() has thrown by then).
    return this.evaluated(test).assertions[i] ?? 'unknown';
  }

  /** Whether the sshTest passes. */
  sshPasses(test: SshTest): boolean {
    let passes = this.ssh.get(test);
    if (passes === undefined) {
      this.sshRules ??= compileSshRules(this.side.policy.ssh, this.env.context, {
        defaultUnsure: true,
        deadline: this.budget.engine,
      });
      passes = evaluateSshTest(test, this.sshRules, this.env).outcome === 'pass';
      this.budget.check();
      this.ssh.set(test, passes);
    }
    return passes;
  }

  private evaluated(test: NetworkTest): { outcome: Outcome; assertions: Outcome[] } {
    let found = this.network.get(test);
    if (found === undefined) {
      const result = this.networkRunner().evaluate(test);
      this.budget.check();
      found = { outcome: result.outcome, assertions: result.assertions.map((a) => a.outcome) };
      this.network.set(test, found);
    }
    return found;
  }

  /** A runner over the side's index (and one without grants that have `via`), as checkPolicy makes it. */
  private networkRunner(): NetworkTestRunner {
    if (this.runner === undefined) {
      const { network, env } = this.side;
      const index = channelIndex(network, env.match, this.budget);
      this.runner = new NetworkTestRunner(this.env, index, viaFreeIndex(network, env.match, this.budget));
    }
    return this.runner;
  }
}
