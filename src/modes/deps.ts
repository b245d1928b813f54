import type { Settings } from '../config/settings.js';
import type { FileHistory } from '../git/history.js';
import type { TailscaleClient } from '../tailscale/client.js';

/** Progress output: the action's log groups, or plain lines on the CLI's stderr. */
export interface Logger {
  info(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Everything a mode may touch, passed in so tests can use local servers and fakes. */
export interface RunContext {
  settings: Settings;
  /** Absent when no credentials were given (pull requests from forks). */
  client?: TailscaleClient;
  history: FileHistory;
  log: Logger;
}
