// The run's deadline inside the engine: a hostile policy can make the offline check long, and
// the run's `timeout` must still hold. Loops ask `passed()` once per step; the clock is read only
// every so many steps, because a step (one test assertion) is much cheaper than a clock read.

const STEPS_PER_CLOCK_READ = 64;

/**
 * Address ranges the engine materialises at most (resolved ipsets, index entries), with the
 * candidates its verdicts keep per source and destination counted alike: about 50 bytes a range,
 * so some 400 MB. A chain of ipsets each naming the one before holds quadratically many; past this
 * the check stops as if its time were up, instead of exhausting memory.
 */
export const MAX_MATERIALISED_RANGES = 8_000_000;

export class Deadline {
  private steps = 0;
  private expired = false;
  private ranges = 0;
  /** Why the work stopped: the clock, or the size limit. */
  reason: 'timeout' | 'size' | undefined;

  /** `at` in milliseconds since the epoch, as `now` counts; undefined never passes. */
  constructor(
    private readonly at: number | undefined,
    private readonly now: () => number = Date.now,
    private readonly rangeLimit = MAX_MATERIALISED_RANGES,
  ) {}

  /**
   * Whether the deadline has passed, reading the clock every few calls (every call with `now`).
   * Once it answers yes it stays passed, and the caller skips the work it asked about.
   */
  passed(now = false): boolean {
    if (this.expired) return true;
    if (this.at === undefined) return false;
    if (now || ++this.steps % STEPS_PER_CLOCK_READ === 0) this.expired = this.now() >= this.at;
    if (this.expired) this.reason = 'timeout';
    return this.expired;
  }

  /**
   * Counts `count` more materialised address ranges; once the total passes the limit, the work
   * stops as when the deadline passes (with or without a deadline).
   */
  charge(count: number): boolean {
    if (this.expired) return true;
    this.ranges += count;
    if (this.ranges > this.rangeLimit) {
      this.expired = true;
      this.reason = 'size';
    }
    return this.expired;
  }

  /** Whether some work was skipped because the deadline passed or the size limit was reached. */
  get cutShort(): boolean {
    return this.expired;
  }
}
