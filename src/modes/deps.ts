import type { Settings } from '../config/settings.js';
import type { FileHistory } from '../git/history.js';
import type { TailscaleClient } from '../tailscale/client.js';

/** Progress output: the action's log groups, or plain lines on the CLI's stderr. */
export interface Logger {
  info(message: string): void;
  /** Shown only when the user asks for it (ACTIONS_STEP_DEBUG): which decision was taken and why. */
  debug(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Everything a mode may touch, built by the entry point and passed in, so tests can use fakes. */
export interface ModeDeps {
  settings: Settings;
  /** Absent when no credentials were given (pull requests from forks). */
  client?: TailscaleClient;
  history: FileHistory;
  log: Logger;
  /** When the run's `timeout` ends, in ms since the epoch; the offline engine stops there too. */
  deadline: number;
  now: () => number;
  /**
   * A fork's pull request may not see the live policy: nothing that would let its author rebuild
   * it is printed, not even the live ETag (a hash of a text close to the base version gives
   * small edits away to anyone who tries them).
   */
  liveHidden?: boolean;
  /**
   * Whether the report can keep an overwritten live policy in full (the action's job summary is
   * limited to 1 MiB). on-manual-edit "warn" promises that copy, so without it apply refuses.
   * Absent on the CLI, whose output has no limit.
   */
  keepsInFull?: (text: string) => boolean;
  /**
   * Called with an edit made outside git just before apply overwrites it: the CLI saves a copy
   * of it then, so that a run cut short after the write still leaves one.
   */
  beforeOverwrite?: (text: string) => Promise<void>;
}
