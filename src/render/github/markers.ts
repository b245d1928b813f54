// Hidden markers: HTML comments that let a later run find the comment or issue it wrote.

import * as path from 'node:path';

/** Keeps a field inside one HTML comment: no `>` (so no `-->`) and no spaces between fields. */
function markerField(text: string): string {
  return text.replace(/[%\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

/** `./policy.hujson` and `policy.hujson` are the same file and must share one marker. */
export function normalizePolicyPath(file: string): string {
  return path.posix.normalize(file.replace(/\\/g, '/'));
}

/** First line of the pull-request comment: one per pull request, tailnet and policy file. */
export function commentMarker(tailnet: string, policyFile: string): string {
  return `<!-- tailnet-policy-action: ${markerField(tailnet)} ${markerField(normalizePolicyPath(policyFile))} -->`;
}

/** First line of the drift issue: one open issue per tailnet and policy file. */
export function driftIssueMarker(tailnet: string, policyFile: string): string {
  return (
    `<!-- tailnet-policy-action drift: ${markerField(tailnet)} ${markerField(normalizePolicyPath(policyFile))} ` + `-->`
  );
}
