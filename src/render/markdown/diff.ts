// The unified diff from the live policy to the local file, computed once per run and cut to a
// size on demand (GitHub bodies are limited, policies are not).

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Report } from '../../report/model.js';

export interface PolicyDiff {
  /** The patch's lines, without line terminators. */
  lines: string[];
  added: number;
  removed: number;
}

/** Diffing is quadratic in the worst case (a rewrite of a large file); a report must not hang on it. */
export const DIFF_TIMEOUT_MS = 2000;

type DiffResult = PolicyDiff | 'too-slow' | undefined;

/**
 * The last diff made, with what it was made of: the job summary, the comment and the drift issue
 * each show the same one, each from its own redacted copy of the report.
 */
let last:
  | { live: string | undefined; local: string | undefined; file: string; timeoutMs: number; result: DiffResult }
  | undefined;

/**
 * The diff live → local; undefined when either side is unknown or they are equal, and
 * 'too-slow' when the files differ so much that the diff took longer than `timeoutMs`. Made
 * once for the same texts (up to `timeoutMs` each time otherwise), then shared: read-only.
 */
export function policyDiff(report: Report, timeoutMs = DIFF_TIMEOUT_MS): DiffResult {
  const { liveText: live, localText: local, policyFile: file } = report;
  const made = last;
  if (made?.file === file && made.live === live && made.local === local && made.timeoutMs === timeoutMs)
    return made.result;
  last = { live, local, file, timeoutMs, result: diffOf(report, timeoutMs) };
  return last.result;
}

function diffOf(report: Report, timeoutMs: number): DiffResult {
  const { liveText, localText } = report;
  if (liveText === undefined || localText === undefined || liveText === localText) return undefined;
  const patch = createTwoFilesPatch('live policy', report.policyFile, liveText, localText, undefined, undefined, {
    headerOptions: FILE_HEADERS_ONLY,
    timeout: timeoutMs,
  });
  if (patch === undefined) return 'too-slow';
  const lines = patch.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // The first two lines are the `---`/`+++` file headers, which are not changes.
  const body = lines.slice(2);
  return {
    lines,
    added: body.filter((line) => line.startsWith('+')).length,
    removed: body.filter((line) => line.startsWith('-')).length,
  };
}

/** The first lines of the patch whose text (with newlines) fits in `maxChars`. */
export function cutDiff(diff: PolicyDiff, maxChars: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const line of diff.lines) {
    used += line.length + 1;
    if (used > maxChars) break;
    kept.push(line);
  }
  return kept;
}
