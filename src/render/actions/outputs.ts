import { differsFromLive, type Report } from '../../report/model.js';

/** Output names, as declared in action.yml. */
export const OUTPUT = {
  result: 'result',
  localEtag: 'local-etag',
  controlEtag: 'control-etag',
  changed: 'changed',
  applied: 'applied',
  manualEdit: 'manual-edit',
  driftState: 'drift-state',
  drift: 'drift',
  commentUrl: 'comment-url',
  accessChanges: 'access-changes',
  accessPlan: 'access-plan',
} as const;

/** What the entry point wrote or posted for the run: the plan's JSON file, the comment. */
export interface RunArtifacts {
  accessPlanFile?: string;
  commentUrl?: string;
}

/**
 * Every output but `comment-url` always has a value, so workflow expressions never see an unset
 * one; `comment-url` is set only when a comment was posted or updated.
 */
export function reportOutputs(report: Report, published: RunArtifacts = {}): Record<string, string> {
  const changed = differsFromLive(report);
  return {
    [OUTPUT.result]: report.result,
    [OUTPUT.localEtag]: report.localEtag ?? '',
    [OUTPUT.controlEtag]: report.controlEtag ?? '',
    [OUTPUT.changed]: String(report.applied || changed),
    [OUTPUT.applied]: String(report.applied),
    [OUTPUT.manualEdit]: String(report.manualEdit),
    [OUTPUT.driftState]: report.drift ?? '',
    [OUTPUT.drift]: String(report.drift !== undefined && report.drift !== 'in-sync'),
    [OUTPUT.accessChanges]: report.plan === undefined ? '' : String(report.plan.plan.changes.length),
    [OUTPUT.accessPlan]: published.accessPlanFile ?? '',
    ...(published.commentUrl ? { [OUTPUT.commentUrl]: published.commentUrl } : {}),
  };
}
