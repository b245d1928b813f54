// The new policy's own tests, as `check` evaluates them, each evaluated the first time the plan
// asks about it. A test asserts a change only where it passes on the new policy: one that fails
// or is undecided there (a group source whose members disagree) locks nothing in. And a proposed
// test yields only to a test of the new policy that says the opposite and fails.

import { compileSshRules, type CompiledSshRule } from '../policy/compile.js';
import type { EvalEnv } from '../policy/endpoints.js';
import type { NetworkTest, SshTest } from '../policy/model.js';
import { NetworkTestRunner } from '../policy/network-tests.js';
import type { Outcome } from '../policy/results.js';
import { evaluateSshTest } from '../policy/ssh-tests.js';
import type { PlanBudget } from './budget.js';
import { channelIndex, type Side } from './side.js';

export class AfterTests {
  private runner?: NetworkTestRunner;
  private sshRules?: CompiledSshRule[];
  private readonly env: EvalEnv;
  /** Per test, its assertions' outcomes in its order: `accept` entries, then `deny`. */
  private readonly network = new Map<NetworkTest, Outcome[]>();
  /** Per sshTest, outcomes by `destination|login|kind`. */
  private readonly ssh = new Map<SshTest, Map<string, Outcome>>();

  constructor(
    private readonly side: Side,
    private readonly budget: PlanBudget,
  ) {
    this.env = { ...side.env, deadline: budget.engine };
  }

  /** The outcome of a test's assertion `i` (counting `accept` entries first, then `deny`). */
  entry(test: NetworkTest, i: number): Outcome {
    let outcomes = this.network.get(test);
    if (outcomes === undefined) {
      const result = this.networkRunner().evaluate(test);
      this.budget.check();
      outcomes = result.assertions.map((a) => a.outcome);
      this.network.set(test, outcomes);
    }
    // Assertions past the deadline are not evaluated (the check above has thrown by then).
    return outcomes[i] ?? 'unknown';
  }

  /** The outcome of an sshTest's assertion of `login` in its list `kind` on destination entry `dst`. */
  sshEntry(test: SshTest, dst: string, login: string, kind: 'accept' | 'check' | 'deny'): Outcome {
    let outcomes = this.ssh.get(test);
    if (outcomes === undefined) {
      this.sshRules ??= compileSshRules(this.side.policy.ssh, this.env.context, {
        defaultUnsure: true,
        deadline: this.budget.engine,
      });
      const result = evaluateSshTest(test, this.sshRules, this.env);
      this.budget.check();
      outcomes = new Map(result.assertions.map((a) => [`${a.destination}|${a.user}|${a.kind}`, a.outcome]));
      this.ssh.set(test, outcomes);
    }
    return outcomes.get(`${dst}|${login}|${kind}`) ?? 'unknown';
  }

  /** A runner over the side's index (and one without grants that have `via`), as checkPolicy makes it. */
  private networkRunner(): NetworkTestRunner {
    if (this.runner === undefined) {
      const { network, env } = this.side;
      const index = channelIndex(network, env.match, this.budget);
      const viaFree = network.rules.some((rule) => rule.via !== undefined)
        ? this.budget.index(
            network.rules.filter((rule) => rule.via === undefined),
            env.match,
          )
        : undefined;
      this.runner = new NetworkTestRunner(this.env, index, viaFree);
    }
    return this.runner;
  }
}
