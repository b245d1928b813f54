import type { AnnotationProperties } from '../../runner/commands.js';
import { neutralizeAnnotation } from './log-line.js';
import type { FileLocation, Report, TestFailure } from '../../report/model.js';
import { unknownLiveKind, unknownLiveWording } from '../../report/origin.js';

/** The three annotation levels of the runner's commands, passed in so tests can record them. */
export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

function at(file: string, location: FileLocation | undefined, title: string): AnnotationProperties {
  return location ? { title, file, startLine: location.line, startColumn: location.column } : { title, file };
}

/** Failing assertions grouped by their test entry (by source when the entry is unknown), in order. */
function byTestEntry(failures: readonly TestFailure[]): TestFailure[][] {
  const groups = new Map<string, TestFailure[]>();
  for (const failure of failures) {
    const key = failure.entry ? `${failure.entry.line}:${failure.entry.column}` : `src ${failure.source}`;
    const group = groups.get(key);
    if (group) group.push(failure);
    else groups.set(key, [failure]);
  }
  return [...groups.values()];
}

/**
 * One annotation per finding, and one per failing test entry naming each failed assertion, at
 * its line in the policy file, so GitHub shows it in the diff.
 * A first error with no line is left out: it is the run's failure line (see failureLine).
 */
export function annotate(
  report: Report,
  file: string,
  annotator: Annotator,
  redactText: (text: string) => string,
): void {
  const redact = (text: string): string => neutralizeAnnotation(redactText(text));
  for (const [index, finding] of report.errors.entries()) {
    if (finding.location) annotator.error(redact(finding.message), at(file, finding.location, 'Policy error'));
    else if (index > 0) annotator.error(redact(finding.message), {});
  }
  for (const failures of byTestEntry(report.testFailures)) {
    const first = failures[0]!;
    const source = first.source ? `test failed for ${first.source}` : 'test failed';
    const message = `${source}: ${failures.map((failure) => failure.message).join('; ')}`;
    annotator.error(redact(message), at(file, first.entry ?? first.location, 'Policy test failed'));
  }
  for (const finding of report.warnings) {
    annotator.warning(redact(finding.message), at(file, finding.location, 'Policy warning'));
  }
  if (report.manualEdit && report.mode === 'apply' && report.applied) {
    const what =
      unknownLiveKind(report.origin) === 'beyond-history'
        ? `${unknownLiveWording(report.origin)}, and has now been overwritten`
        : 'The live policy was edited outside git (in the admin console or through the API), and that edit has now ' +
          'been overwritten';
    annotator.warning(redact(`${what}; the job summary keeps the overwritten policy in full.`), {
      title: 'Manual edit overwritten',
      file,
    });
  }
  // Before the other notices: GitHub shows only the first few of a step's notices.
  if (report.offlineReason) {
    const skipped = { title: 'API checks skipped', file };
    if (report.credentialsMissing) annotator.warning(redact(report.offlineReason), skipped);
    else annotator.notice(redact(report.offlineReason), skipped);
  }
  for (const finding of report.notices) {
    annotator.notice(redact(finding.message), at(file, finding.location, 'Policy notice'));
  }
}

/** The one line that ends a failed run: what failed, where, and where the rest is. */
export function failureLine(report: Report): string {
  const problems = report.errors.length + report.testFailures.length;
  const more = problems > 1 ? ` (and ${problems - 1} more; see the annotations and the job summary)` : '';
  const firstError = report.errors[0];
  if (firstError && !firstError.location) return `${firstError.message}${more}`;
  const first = firstError ?? report.testFailures[0];
  if (!first) return `${report.mode} failed: ${report.warnings[0]?.message ?? 'see the job summary'}`;
  const at = first.location ? `${report.policyFile}:${first.location.line}:${first.location.column}: ` : '';
  return `${report.mode} failed: ${at}${first.message}${more}`;
}
