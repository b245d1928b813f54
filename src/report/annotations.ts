import type { AnnotationProperties } from '@actions/core';
import type { FileLocation, Report } from './model.js';

/** The three annotation levels of @actions/core, passed in so tests can record them. */
export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

function at(file: string, location: FileLocation | undefined, title: string): AnnotationProperties {
  return location ? { title, file, startLine: location.line, startColumn: location.column } : { title, file };
}

/** One annotation per finding, at its line in the policy file, so GitHub shows it in the diff. */
export function annotate(report: Report, file: string, annotator: Annotator, redact: (text: string) => string): void {
  for (const finding of report.errors) {
    annotator.error(redact(finding.message), at(file, finding.location, 'Policy error'));
  }
  for (const failure of report.testFailures) {
    const source = failure.source ? `test failed for ${failure.source}` : 'test failed';
    annotator.error(redact(`${source}: ${failure.message}`), at(file, failure.location, 'Policy test failed'));
  }
  for (const finding of report.warnings) {
    annotator.warning(redact(finding.message), at(file, finding.location, 'Policy warning'));
  }
  if (report.manualEdit && report.mode === 'apply' && report.applied) {
    annotator.warning(
      'The policy file was modified externally in the admin console, and that edit has now been overwritten; the job summary keeps the overwritten policy in full.',
      { title: 'Manual edit overwritten', file },
    );
  }
  for (const finding of report.notices) {
    annotator.notice(redact(finding.message), at(file, finding.location, 'Policy notice'));
  }
  if (report.offlineReason) annotator.notice(redact(report.offlineReason), { title: 'API checks skipped', file });
}
