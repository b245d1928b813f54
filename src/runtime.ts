/**
 * node:v8 is loaded only when a flag is set: loading it costs a run about a twentieth of a bare
 * Node's start-up, which `fmt` and the action's start-up should not pay.
 */
async function setFlags(flags: readonly string[]): Promise<void> {
  (await import('node:v8')).setFlagsFromString(flags.join(' '));
}

/**
 * Process-wide V8 tuning for a run that takes a whole policy through the engine once (check,
 * plan, the action). `fmt` sets neither flag: it gains nothing from the second, and its one long
 * loop over a 10 MB file runs 20 % longer with the first.
 */
export async function tuneForOnePass(): Promise<void> {
  await setFlags(ONE_PASS_FLAGS);
}

/**
 * Most of such a run's code runs only until V8 has optimised it, and the optimising compiler, on
 * its one background thread, is the bottleneck. Inlining less (at most 100 bytes of bytecode per
 * function instead of 920) makes each of its jobs smaller, so the hot loops leave the interpreter
 * sooner. On the bench's 1.7 MB policies this cut the instructions of a whole `plan` by 12 %
 * (Node 24: 4 %) and of a whole `check` by 11 %.
 */
export const SMALL_INLINING = '--max-inlined-bytecode-size-cumulative=100';

/**
 * The young generation stays at its first size (1 MB a half) instead of doubling up to 16 MB a
 * half as the run allocates. Nearly everything such a run allocates lives to its end, so a larger
 * nursery saves little copying, while every page a process touches for the first time costs a
 * page fault: 14 µs each on the bench's machine (60 MB first touched in 0.86 s). Measured whole
 * process, alternating runs: `plan` 1.14 → 1.06 s (Node 24: 1.19 → 0.98 s), `check` 0.87 → 0.78 s
 * (0.85 → 0.71 s), 4,000–13,000 fewer page faults, for 5 % more instructions in `check`.
 */
export const SMALL_NURSERY = '--semi-space-growth-factor=1';

const ONE_PASS_FLAGS = [SMALL_INLINING, SMALL_NURSERY];
