// node:v8 is loaded only when a flag is set: loading it costs a run about a twentieth of a bare
// Node's start-up, which `fmt` and the action's start-up should not pay.

/**
 * Process-wide V8 tuning for short runs, set before undici loads: the GitHub client
 * (@actions/github) fetches through undici, which parses HTTP with a WebAssembly module; V8
 * optimises it in the background and the process cannot exit until that is done (hundreds of
 * milliseconds here, for a few small answers). Its baseline compiler alone parses them just as
 * well. The Tailscale client (node:http) needs none of this, so the action sets it only when
 * it loads the GitHub client.
 */
export async function tuneForShortRun(): Promise<void> {
  (await import('node:v8')).setFlagsFromString(LIFTOFF_ONLY);
}

export const LIFTOFF_ONLY = '--liftoff-only';

/**
 * Process-wide V8 tuning for a run that takes a whole policy through the engine once (check,
 * plan, the action): most of its code runs only until V8 has optimised it, and the optimising
 * compiler, on its one background thread, is the bottleneck. Inlining less (at most 100 bytes
 * of bytecode per function instead of 920) makes each of its jobs smaller, so the hot loops
 * leave the interpreter sooner. On the bench's 1.7 MB policies this cut the instructions of a
 * whole `plan` by 12 % (Node 24: 4 %) and of a whole `check` by 11 %. `fmt` does not set it: its
 * one long loop over a 10 MB file runs 20 % longer with less inlining.
 */
export async function tuneForOnePass(): Promise<void> {
  (await import('node:v8')).setFlagsFromString(SMALL_INLINING);
}

export const SMALL_INLINING = '--max-inlined-bytecode-size-cumulative=100';
