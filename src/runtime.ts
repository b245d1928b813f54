import { setFlagsFromString } from 'node:v8';

/**
 * Process-wide V8 tuning for short runs, set by the entry points before any work. undici parses
 * HTTP with a WebAssembly module; V8 optimises it in the background and the process cannot
 * exit until that is done (~80 ms on every run, for a few small answers). Its baseline compiler
 * alone parses them just as well.
 */
export function tuneForShortRun(): void {
  setFlagsFromString('--liftoff-only');
}
