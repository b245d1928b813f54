import type { Credentials } from './credentials.js';

export type Mode = 'test' | 'apply' | 'drift';
export type ManualEditPolicy = 'warn' | 'fail';
export type CommentPolicy = 'always' | 'on-change' | 'on-failure' | 'never';

/** What started the run: the action (its settings are inputs) or the CLI (its flags). */
export type Surface = 'action' | 'cli';

/** A setting as a message names it, so the advice fits where it was set: an input or a flag. */
export function settingName(surface: Surface, name: string): string {
  return surface === 'cli' ? `--${name}` : `the "${name}" input`;
}

/** What the engine needs to know for one run, whether it came from action inputs or CLI flags. */
export interface Settings {
  mode: Mode;
  surface: Surface;
  /** Tailnet name, or `-` for the credential's own tailnet. */
  tailnet: string;
  credentials: Credentials;
  /**
   * The folder every file input must lie in (after resolving links), and whose git repository
   * (`<workspace>/.git`, nothing else) holds the history: GITHUB_WORKSPACE for the action, the
   * checkout around the current directory for the CLI.
   */
  workspace: string;
  /** Path of the policy file, as the user gave it (relative to the current directory). */
  policyFile: string;
  apiUrl: URL;
  /** Where the last applied ETag is kept, as `{"PrevETag": "<hex>"}`; '' keeps none. */
  cacheFile: string;
  onManualEdit: ManualEditPolicy;
  failOnWarnings: boolean;
  /** Whole-run limit in milliseconds. */
  timeoutMs: number;
  /** Fetch users and devices so the offline engine evaluates tests exactly. */
  tailnetDevices: boolean;
  failOnDrift: boolean;
}
