// The run's deadline inside the engine: a hostile policy can make the offline check long, and
// the run's `timeout` must still hold. Loops ask `passed()` once per step; the clock is read only
// every so many steps, because a step (one test assertion) is much cheaper than a clock read.

const STEPS_PER_CLOCK_READ = 64;

export class Deadline {
  private steps = 0;
  private expired = false;

  /** `at` in milliseconds since the epoch, as `now` counts; undefined never passes. */
  constructor(
    private readonly at: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Whether the deadline has passed, reading the clock every few calls (every call with `now`).
   * Once it answers yes it stays passed, and the caller skips the work it asked about.
   */
  passed(now = false): boolean {
    if (this.at === undefined || this.expired) return this.expired;
    if (now || ++this.steps % STEPS_PER_CLOCK_READ === 0) this.expired = this.now() >= this.at;
    return this.expired;
  }

  /** Whether some work was skipped because the deadline passed. */
  get cutShort(): boolean {
    return this.expired;
  }
}
