// A test's posture answers: each rule requirement evaluated once against the test's
// srcPostureAttrs, and the same answers as a source that is not one of the tailnet's own devices
// sees them. Postures restrict only traffic from the tailnet's own nodes: a device behind a
// subnet router or a shared-in node is let through on its addresses alone (device posture
// documentation, docs/policy-semantics.md §5.7).

import type { PostureValue } from './model.js';
import { evaluateAnyPosture, type PostureCondition } from './posture.js';
import { not, or, type Tri } from './tri.js';

/** A rule's requirement: any one of these postures, each a list of conditions. */
export type Requirement = readonly (readonly PostureCondition[])[];

/** Identifies posture attributes: equal attributes, equal keys. */
export function postureKey(attrs: ReadonlyMap<string, PostureValue>): string {
  return attrs.size === 0 ? '' : JSON.stringify([...attrs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Posture results for one test's srcPostureAttrs, computed once per rule requirement. */
export class PostureCache {
  private readonly cache = new Map<Requirement, Tri>();
  /** Identifies the answers, so that verdicts can be shared between tests with equal ones. */
  readonly key: string;
  /** The answers for a source that may not be (unknown) or is not (no) one of the tailnet's devices. */
  private readonly outside = new Map<Tri, PostureCache>();

  constructor(private readonly attrs: ReadonlyMap<string, PostureValue>) {
    this.key = postureKey(attrs);
  }

  evaluate(postures: Requirement): Tri {
    let result = this.cache.get(postures);
    if (result === undefined) {
      result = evaluateAnyPosture(postures, this.attrs);
      this.cache.set(postures, result);
    }
    return result;
  }

  /** These answers as a source sees them that is (yes), may be (unknown) or is not (no) a tailnet device. */
  forSource(tailnetDevice: Tri): PostureCache {
    if (tailnetDevice === 'yes') return this;
    let answers = this.outside.get(tailnetDevice);
    if (answers === undefined) this.outside.set(tailnetDevice, (answers = new OutsideAnswers(this, tailnetDevice)));
    return answers;
  }
}

/** A requirement holds for a source outside the tailnet's devices; for one that may be, unless it holds anyway. */
class OutsideAnswers extends PostureCache {
  override readonly key: string;

  constructor(
    private readonly inside: PostureCache,
    private readonly tailnetDevice: Tri,
  ) {
    super(new Map());
    this.key = `${inside.key}|device:${tailnetDevice}`;
  }

  override evaluate(postures: Requirement): Tri {
    return or(not(this.tailnetDevice), this.inside.evaluate(postures));
  }
}
