// SSH rules by the identities their sources name, so an sshTest's source (or an endpoint of the
// plan) finds the few rules that may apply instead of walking all of them: N rules and N sshTests
// took N² steps. SSH sources are identities only (matchIdentity), so an IdentityIndex gathering
// with other tags finds every rule whose source does not surely miss; a rule left out would have
// added nothing to the outcomes (its `and` is no).

import type { CompiledSshRule } from './compile.js';
import { IdentityIndex } from './identity-index.js';
import type { Principal } from './principal.js';

interface Found {
  /** Positions in the list, ascending. */
  ids: readonly number[];
  /** The rules at those positions, in the rules' order, which the callers' lists of postures keep. */
  rules: readonly CompiledSshRule[];
}

class SshRuleIndex {
  private readonly bySource = new IdentityIndex();
  private readonly found = new Map<string, Found>();

  constructor(private readonly rules: readonly CompiledSshRule[]) {
    rules.forEach((rule, id) => this.bySource.add(id, rule.src));
  }

  from(src: Principal): Found {
    let found = this.found.get(src.key);
    if (found === undefined) {
      const ids = this.bySource.gather(src, true).sort((a, b) => a - b);
      found = { ids, rules: ids.map((id) => this.rules[id]!) };
      this.found.set(src.key, found);
    }
    return found;
  }
}

const indexes = new WeakMap<readonly CompiledSshRule[], SshRuleIndex>();

function indexOf(rules: readonly CompiledSshRule[]): SshRuleIndex {
  let index = indexes.get(rules);
  if (index === undefined) indexes.set(rules, (index = new SshRuleIndex(rules)));
  return index;
}

/** The rules of `rules` whose sources may match `src`, in order; the index is built on the first call per list. */
export function sshRulesFrom(rules: readonly CompiledSshRule[], src: Principal): readonly CompiledSshRule[] {
  return indexOf(rules).from(src).rules;
}

/** The positions in `rules` of those rules, ascending. */
export function sshRuleIdsFrom(rules: readonly CompiledSshRule[], src: Principal): readonly number[] {
  return indexOf(rules).from(src).ids;
}
