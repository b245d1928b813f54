// What a mode decided, as data. A mode reads, decides and returns one of these; the report is
// built from it in one place (src/report/build.ts), so no phase edits a shared report.

import type { ActionError } from '../errors.js';
import type { LocalPolicy } from '../files/local-policy.js';
import type { PolicyReport } from '../policy/index.js';
import type { DriftState, Finding, LiveOrigin } from '../report/model.js';
import type { ApiFindings } from '../tailscale/api-findings.js';
import type { LivePolicy } from '../tailscale/client.js';

/** What a run learned on its way; kept when it stops early, so the report still shows it. */
export interface Facts {
  local?: LocalPolicy;
  live?: LivePolicy;
  origin?: LiveOrigin;
  /** The offline engine's verdict on the local file (test mode). */
  engine?: PolicyReport;
  /** The file as the base branch has it (test mode): the plan's baseline when the live policy is not. */
  baseline?: { commit: string; bytes: Uint8Array } | { unseen: string };
  /** Warnings and notices met on the way: an ignored version cache, one that could not be written. */
  notes: Finding[];
}

export type Outcome =
  /** The policy file cannot be read or parsed; nothing was sent. */
  | { kind: 'invalid-file'; facts: Facts; error: Finding }
  /** test without credentials: the offline engine's verdict is the whole report. */
  | { kind: 'offline'; facts: Facts }
  /** test or apply: the live policy already is the file. */
  | { kind: 'unchanged'; facts: Facts }
  /** test: what the API said of the file. */
  | { kind: 'validated'; facts: Facts; api: ApiFindings }
  /** apply: the file is live now, with this ETag; `facts.origin` says what it replaced. */
  | { kind: 'applied'; facts: Facts; etag: string }
  /** apply: the API refused the file. */
  | { kind: 'rejected'; facts: Facts; api: ApiFindings }
  /**
   * apply: the live policy matches nothing known, and on-manual-edit is "fail", or it is "warn" but
   * the report could not keep the overwritten policy in full.
   */
  | { kind: 'refused'; facts: Facts; because: 'fail' | 'too-large-to-keep' }
  /** apply: the live policy changed between this run's read and its write (HTTP 412). */
  | { kind: 'conflict'; facts: Facts; current: LivePolicy }
  /** drift: how the live policy relates to git. */
  | { kind: 'drift'; facts: Facts; state: DriftState }
  /** An expected failure (the API, the timeout, a file) stopped the run. */
  | { kind: 'stopped'; facts: Facts; error: ActionError };

export function newFacts(): Facts {
  return { notes: [] };
}
