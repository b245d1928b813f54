import { renderPlanText } from '../../plan/index.js';
import { describeOrigin } from '../../report/origin.js';
import type { FileLocation, Report } from '../../report/model.js';
import { policyDiff } from '../markdown/diff.js';

function at(file: string, location: FileLocation | undefined): string {
  return location ? `${file}:${location.line}:${location.column}` : file;
}

const HEADLINES: Record<Report['result'], string> = {
  'no-change': 'no change: the live policy already equals the file',
  passed: 'passed',
  failed: 'FAILED',
  applied: 'applied',
};

/**
 * A drift found without failing the run (fail-on-drift off) is not a pass: the verdict names it,
 * as the action's headline does.
 */
const DRIFT_FOUND = {
  behind: 'found: the live policy is behind git',
  drifted: 'found: the live policy was edited outside git',
} as const;

function verdict(report: Report): string {
  const drift = report.drift;
  if (report.result === 'passed' && (drift === 'behind' || drift === 'drifted')) return DRIFT_FOUND[drift];
  return HEADLINES[report.result];
}

/**
 * The live policy an apply left alone because it was edited outside git, as a diff to the file:
 * the job summary shows it for the action; the CLI has only its output.
 */
function editLeftAlone(report: Report): string | undefined {
  const diff = policyDiff(report);
  if (diff === undefined) return undefined;
  if (diff === 'too-slow') return 'note: the live policy and the file differ too much to show a diff in time';
  return `the live policy, edited outside git, against ${report.policyFile}:\n${diff.lines.join('\n')}`;
}

/**
 * The CLI's report: one `FILE:LINE:COL: message` line per finding, then a verdict line.
 * `overwrittenCopy` says where apply kept the edit it was about to overwrite.
 */
export function renderText(report: Report, overwrittenCopy?: string): string {
  const file = report.policyFile;
  const lines: string[] = [];
  for (const finding of report.errors)
    lines.push(`${finding.location ? `${at(file, finding.location)}: ` : ''}error: ${finding.message}`);
  for (const failure of report.testFailures) {
    lines.push(
      `${at(file, failure.location)}: test failed${failure.source ? ` for ${failure.source}` : ''}: ${failure.message}`,
    );
  }
  for (const finding of report.warnings) lines.push(`${at(file, finding.location)}: warning: ${finding.message}`);
  for (const finding of report.notices) lines.push(`${at(file, finding.location)}: notice: ${finding.message}`);
  const overwritten = report.manualEdit && report.applied ? report.liveText : undefined;
  if (overwritten !== undefined) {
    // The CLI has no job summary: the overwritten version goes to the output, so it is not lost;
    // the output is for reading (a line a CI runner would take for a command is altered), the
    // file, when it could be written, for restoring.
    const kept = overwrittenCopy === undefined ? '' : ` (${overwrittenCopy})`;
    lines.push(
      `warning: the live policy matched no known version and was overwritten${kept}; it was:\n` + overwritten.trimEnd(),
    );
  } else if (report.refusedOverEdit === true) {
    const diff = editLeftAlone(report);
    if (diff !== undefined) lines.push(diff);
  }
  if (overwrittenCopy !== undefined && overwritten === undefined) {
    // Kept before a write that failed, or whose answer was lost: it may have landed.
    lines.push(`note: the live policy this run was about to overwrite: ${overwrittenCopy}`);
  }
  if (report.offlineReason) lines.push(`note: the Tailscale API checks were skipped: ${report.offlineReason}`);
  const origin = report.origin;
  if (origin && (origin.kind === 'commit' || origin.kind === 'cache' || report.manualEdit))
    lines.push(`note: ${describeOrigin(origin, file)}`);
  if (report.drift) lines.push(`drift: ${report.drift}`);
  if (report.plan) lines.push(`${renderPlanText(report.plan.plan).trimEnd()}\n(computed ${report.plan.against})`);
  else if (report.planNote !== undefined) lines.push(`note: ${report.planNote}`);
  const etags = report.localEtag
    ? ` (local ETag ${report.localEtag.slice(0, 12)}, live ${report.controlEtag?.slice(0, 12) ?? 'unknown'})`
    : '';
  lines.push(`${report.mode} ${verdict(report)}: tailnet ${report.tailnet}, ${file}${etags}`);
  return `${lines.join('\n')}\n`;
}
