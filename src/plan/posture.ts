// Device posture in the plan. A rule with `srcPosture` (or under `defaultSrcPosture`) allows only
// sources whose device meets one of its postures; the plan knows no device's attributes (a
// tailnet description carries none), so where a verdict hangs on a posture it cannot say who
// gains or loses: it lists the pair as undecided, naming the postures and their conditions
// (docs/policy-semantics.md §5.7). The engine's verdict is asked three times: with every
// posture unknown, holding and failing; a verdict that differs between the last two hangs on
// posture.

import { numberOf } from '../policy/lists.js';
import { PostureCache, type Requirement } from '../policy/posture-cache.js';
import type { PostureCondition } from '../policy/posture.js';
import type { Tri } from '../policy/tri.js';
import type { Side } from './side.js';

/** The postures a verdict hangs on: `key` compares their content between the sides, `words` says it. */
export interface PostureTerms {
  key: string;
  words: string;
  names: string[];
}

/** Answers every posture requirement alike, whatever the device (a test's attributes are not asked). */
class FixedPosture extends PostureCache {
  constructor(private readonly answer: Tri) {
    // Attributes no real test has, so that the engine's memoised answers for this one stay apart.
    super(new Map([['plan:posture', answer]]));
  }

  override evaluate(): Tri {
    return this.answer;
  }
}

export const POSTURE_UNKNOWN = new FixedPosture('unknown');
export const POSTURE_HOLDS = new FixedPosture('yes');
export const POSTURE_FAILS = new FixedPosture('no');

/**
 * Whether a verdict asked with every posture unknown hangs on posture: `verdict(POSTURE_HOLDS)`
 * and `verdict(POSTURE_FAILS)` differ. `open` is the answer with every posture unknown.
 */
export function hangsOnPosture(
  open: Tri,
  verdict: (posture: PostureCache) => Tri,
): { holds: Tri; fails: Tri } | undefined {
  if (open !== 'unknown') return undefined;
  const holds = verdict(POSTURE_HOLDS);
  const fails = verdict(POSTURE_FAILS);
  return holds === fails ? undefined : { holds, fails };
}

/** Names and condition texts of one side's postures, to say a requirement in the policy's words. */
export class PostureNames {
  private readonly names = new Map<readonly PostureCondition[], string>();
  /**
   * The same by content: a target both sides share (targets.ts) carries the rule of one of them,
   * so a requirement may hold the other side's very arrays.
   */
  private readonly byContent = new Map<string, string>();
  private readonly conditions = new Map<string, string>();
  /** Each list of conditions by a number, and the terms made, by those numbers and `decided`. */
  private readonly numbers = new Map<readonly PostureCondition[], number>();
  private readonly made = new Map<string, PostureTerms>();

  constructor(side: Side) {
    for (const [name, conditions] of side.env.context.postures) {
      this.names.set(conditions, name);
      this.byContent.set(JSON.stringify(conditions), name);
    }
    for (const posture of side.policy.postures)
      this.conditions.set(posture.name.text, posture.items.map((c) => c.text.trim()).join(' && '));
  }

  private nameOf(conditions: readonly PostureCondition[]): string {
    const known = this.names.get(conditions) ?? this.byContent.get(JSON.stringify(conditions));
    if (known !== undefined) return known;
    // An undefined posture name stands for itself (policy/posture.ts, undefinedPosture).
    const first = conditions[0];
    return first?.kind === 'opaque' ? first.text : JSON.stringify(conditions);
  }

  /**
   * The terms of the requirements a verdict hangs on: since each requirement is "any of its
   * postures" and access is the union over rules, the verdict hangs on "any of all of them".
   * `decided` is what the source gets exactly where a posture holds (`allowed`, `accept`...),
   * when the verdict is known postures aside; undefined when it also depends on the tailnet.
   */
  terms(requirements: readonly Requirement[], decided: string | undefined): PostureTerms {
    // Made once for each set of postures: every cell of every pair hanging on them asks, and a
    // condition's text may be thousands of characters long.
    let key = decided ?? '';
    for (const requirement of requirements)
      for (const conditions of requirement) key += `|${numberOf(this.numbers, conditions)}`;
    let found = this.made.get(key);
    if (found === undefined) this.made.set(key, (found = this.termsOf(requirements, decided)));
    return found;
  }

  private termsOf(requirements: readonly Requirement[], decided: string | undefined): PostureTerms {
    const unique = new Map<string, string>();
    for (const requirement of requirements)
      for (const conditions of requirement) unique.set(JSON.stringify(conditions), this.nameOf(conditions));
    const names = [...new Set(unique.values())].sort();
    const said = names.map((n) => (this.conditions.has(n) ? `${n} (${this.conditions.get(n)})` : n));
    const list = said.length === 0 ? 'a posture' : said.join(' or ');
    return {
      key: JSON.stringify([...unique.keys()].sort()),
      words: decided === undefined ? `depends on the tailnet and on ${list}` : `${decided} where ${list} holds`,
      names,
    };
  }
}
