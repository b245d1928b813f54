import { setFlagsFromString } from 'node:v8';

/**
 * Process-wide V8 tuning for short runs, set before undici loads: the GitHub client
 * (@actions/github) fetches through undici, which parses HTTP with a WebAssembly module; V8
 * optimises it in the background and the process cannot exit until that is done (hundreds of
 * milliseconds here, for a few small answers). Its baseline compiler alone parses them just as
 * well. The Tailscale client (node:http) needs none of this, so the action sets it only when
 * it loads the GitHub client.
 */
export function tuneForShortRun(): void {
  setFlagsFromString('--liftoff-only');
}
