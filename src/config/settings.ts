import type { Credentials } from './credentials.js';

export type Mode = 'test' | 'apply' | 'drift';
export type ManualEditPolicy = 'warn' | 'fail';
export type CommentPolicy = 'always' | 'on-change' | 'on-failure' | 'never';

/** What the engine needs to know for one run, whether it came from action inputs or CLI flags. */
export interface Settings {
  mode: Mode;
  /** Tailnet name, or `-` for the credential's own tailnet. */
  tailnet: string;
  credentials: Credentials;
  /** Path of the policy file, as the user gave it. */
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
