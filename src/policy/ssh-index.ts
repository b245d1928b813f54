// SSH rules by the identities their sources name, so an sshTest's source (or an endpoint of the
// plan) finds the few rules that may apply instead of walking all of them: N rules and N sshTests
// took N² steps. SSH sources are identities only (matchIdentity), so an IdentityIndex gathering
// with other tags finds every rule whose source does not surely miss; a rule left out would have
// added nothing to the outcomes (its `and` is no).

import type { CompiledSshRule } from './compile.js';
import { IdentityIndex } from './identity-index.js';
import type { Principal } from './principal.js';

class SshRuleIndex {
  private readonly bySource = new IdentityIndex();
  private readonly found = new Map<string, readonly CompiledSshRule[]>();

  constructor(private readonly rules: readonly CompiledSshRule[]) {
    rules.forEach((rule, id) => this.bySource.add(id, rule.src));
  }

  from(src: Principal): readonly CompiledSshRule[] {
    let rules = this.found.get(src.key);
    if (rules === undefined) {
      // In the rules' order, which the callers' lists of postures keep.
      const ids = this.bySource.gather(src, true).sort((a, b) => a - b);
      rules = ids.map((id) => this.rules[id]!);
      this.found.set(src.key, rules);
    }
    return rules;
  }
}

const indexes = new WeakMap<readonly CompiledSshRule[], SshRuleIndex>();

/** The rules of `rules` whose sources may match `src`, in order; the index is built on the first call per list. */
export function sshRulesFrom(rules: readonly CompiledSshRule[], src: Principal): readonly CompiledSshRule[] {
  let index = indexes.get(rules);
  if (index === undefined) indexes.set(rules, (index = new SshRuleIndex(rules)));
  return index.from(src);
}
