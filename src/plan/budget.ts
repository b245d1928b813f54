// The plan's budget: the plan runs on a fork's pull request, so a hostile policy must not make it
// run long or hold much memory (issue 9). Loops that grow with the input take one `step()` per
// unit of work; the clock is read only every so many steps (the engine's Deadline). Products that
// could explode (atoms × rules, source × destination pairs) are also capped by count, so that a
// run without a deadline (the CLI) still stops with a clear message instead of exhausting memory.

import type { NetworkRule } from '../policy/compile.js';
import { Deadline } from '../policy/deadline.js';
import type { MatchEnv } from '../policy/match.js';
import { NetworkIndex } from '../policy/network-index.js';
import { BIDI_CONTROL } from '../render/bidi.js';
import { LINE_BREAK_CHARACTER, TERMINAL_CONTROL } from '../render/controls.js';
import { INVISIBLE } from '../render/invisible.js';

/** More endpoints than this, or more pairs to evaluate, and the plan is not attempted. */
export const MAX_ATOMS = 200_000;
export const MAX_PAIRS = 4_000_000;
/** Most (rule target, endpoint) matches the plan records, over both sides and every channel. */
export const MAX_MATCHES = 8_000_000;
/**
 * Most raw changes (before group collapsing): a plan past this is no review, and ten kilobytes of
 * policy (300 users given 300 destinations) reach it, then gigabytes of memory rendering it.
 */
export const MAX_CHANGES = 100_000;
/** Most port ranges those changes list in all (a policy cut into every other port lists 32,768 per change). */
export const MAX_RANGES = 1_000_000;
/**
 * Most characters of text the changes carry, summed (names, labels, values, verdicts): each
 * change repeats its source's and destination's, so a capability value or a posture condition of
 * thousands of characters, given to a few hundred pairs by ten kilobytes of policy, would make a
 * plan of gigabytes, past the longest string a report can be written as.
 */
export const MAX_TEXT = 64 * 1024 * 1024;

export interface PlanCaps {
  atoms: number;
  pairs: number;
  matches?: number;
  changes?: number;
  ranges?: number;
  text?: number;
  /** Address ranges the rule indexes hold, over both sides (default: the engine's MAX_MATERIALISED_RANGES). */
  indexed?: number;
}

export type CutShortReason = 'timeout' | 'size';

/** The plan stopped before it was complete; the message says why, for a note in the report. */
export class PlanCutShortError extends Error {
  override readonly name = 'PlanCutShortError';

  constructor(
    readonly reason: CutShortReason,
    message: string,
  ) {
    super(message);
  }
}

export class PlanBudget {
  private readonly deadline: Deadline;
  private pairs = 0;
  private matches = 0;
  private changes = 0;
  private ranges = 0;

  constructor(
    at?: number,
    now?: () => number,
    private readonly caps: PlanCaps = { atoms: MAX_ATOMS, pairs: MAX_PAIRS },
  ) {
    this.deadline = new Deadline(at, now, caps.indexed);
  }

  /**
   * The deadline and size limit the engine's own phases take (resolving ipsets, compiling rules):
   * the plan's, so those phases stop where the plan would; `check()` then says why.
   */
  get engine(): Deadline {
    return this.deadline;
  }

  /**
   * The engine's index of a side's rules, held to the plan's deadline and to the engine's limit on
   * the address ranges it copies (a rule naming an ipset of N ranges copies them all): N rules
   * naming one such ipset would otherwise hold N² ranges.
   */
  index(rules: readonly NetworkRule[], env: MatchEnv): NetworkIndex {
    const index = new NetworkIndex(rules, env, this.deadline);
    this.check();
    return index;
  }

  /**
   * One unit of work; throws once the deadline has passed (the clock is read every few steps) or
   * the engine's verdicts reached the size limit.
   */
  step(): void {
    if (this.deadline.passed()) throw this.stopped();
  }

  /** Between phases: reads the clock now; also stops once an index reached the size limit (`index`). */
  check(): void {
    if (this.deadline.passed(true)) throw this.stopped();
  }

  private stopped(): PlanCutShortError {
    return this.deadline.reason === 'size'
      ? new PlanCutShortError('size', 'more address ranges than the plan holds')
      : timeout();
  }

  /** The universe's size, checked before any pair is considered. */
  atoms(count: number): void {
    if (count > this.caps.atoms) {
      throw new PlanCutShortError(
        'size',
        `the policies name ${count} distinct endpoints (more than ${this.caps.atoms})`,
      );
    }
  }

  /** One more match of a rule target with an endpoint (a rule with N sources and N destinations has N² of them). */
  match(): void {
    const cap = this.caps.matches ?? MAX_MATCHES;
    if (++this.matches > cap)
      throw new PlanCutShortError('size', `more than ${cap} rule and endpoint matches to compare`);
    this.step();
  }

  /** `count` more raw changes found, listing `ranges` port ranges, over every channel of the plan. */
  found(count: number, ranges = count): void {
    const cap = this.caps.changes ?? MAX_CHANGES;
    this.changes += count;
    this.ranges += ranges;
    if (this.changes > cap) throw new PlanCutShortError('size', `more than ${cap} access changes`);
    const rangeCap = this.caps.ranges ?? MAX_RANGES;
    if (this.ranges > rangeCap)
      throw new PlanCutShortError('size', `more than ${rangeCap} port ranges in the access changes`);
  }

  /**
   * The text the plan's entries carry (their strings, and the strings in their lists), each
   * character as long as the output it becomes: a control character is printed as a six-character
   * escape, a bidirectional or invisible one as its name of up to ten. Counted only as far as the cap, since
   * one long string may be repeated in every entry.
   */
  text(entries: readonly object[]): void {
    const cap = this.caps.text ?? MAX_TEXT;
    let count = 0;
    const add = (text: string): void => {
      count += text.length + (text.match(ESCAPED)?.length ?? 0) * (ESCAPE_LENGTH - 1);
      if (count > cap) throw new PlanCutShortError('size', `more than ${sizeText(cap)} of text in the access changes`);
    };
    for (const entry of entries)
      for (const value of Object.values(entry)) {
        if (typeof value === 'string') add(value);
        else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') add(item);
      }
  }

  /** One more (source, destination) pair to evaluate, over every channel of the plan. */
  pair(): void {
    if (++this.pairs > this.caps.pairs) {
      throw new PlanCutShortError('size', `more than ${this.caps.pairs} source and destination pairs to compare`);
    }
    this.step();
  }

  /**
   * The entry of (source, destination) in `pairs` (keyed by source), made by `make` when new: a
   * new pair is charged as a pair, a repeat as a step.
   */
  addPair<T>(pairs: Map<number, Map<number, T>>, source: number, destination: number, make: () => T): T {
    let entries = pairs.get(source);
    if (entries === undefined) pairs.set(source, (entries = new Map()));
    const known = entries.get(destination);
    if (known !== undefined) {
      this.step();
      return known;
    }
    this.pair();
    const made = make();
    entries.set(destination, made);
    return made;
  }
}

/** `64 MiB`, or `100 bytes` below a mebibyte. */
const sizeText = (bytes: number): string =>
  bytes >= 2 ** 20 ? `${Math.floor(bytes / 2 ** 20)} MiB` : `${bytes} bytes`;

/**
 * Each character an output shows as an escape: the terminal controls and line breaks the
 * renderers show (`\u001b`, six characters), the tab JSON escapes, and the bidirectional controls
 * and invisible characters (`⟨U+202E⟩`, ten: ESCAPE_LENGTH, the longest; a tag character, two
 * code units, is shown in nine, or in twelve as the proposed tests' JSON escapes).
 */
const ESCAPED = new RegExp(
  `\\t|${TERMINAL_CONTROL.source}|${LINE_BREAK_CHARACTER.source}|${BIDI_CONTROL.source}|${INVISIBLE.source}`,
  'g',
);
const ESCAPE_LENGTH = 10;

function timeout(): PlanCutShortError {
  return new PlanCutShortError('timeout', 'the access plan was cut short by the timeout');
}
