// The sticky pull-request comment's body: failures first, then what the change does. Posting
// it (and finding the earlier copy) is src/github/comment.ts's job.

import type { Report } from '../../report/model.js';
import type { ReportLinks } from '../../github/context.js';
import { policyDiff } from '../markdown/diff.js';
import { fitToLimit, type Cuts } from '../markdown/fit.js';
import { redactReport } from '../markdown/redact.js';
import {
  BODY_LIMIT,
  diffSection,
  findingsSection,
  fullReportNote,
  headline,
  joinSections,
  manualEditSection,
  offlineSection,
  planSection,
  testFailuresSection,
} from '../markdown/sections.js';
import { commentMarker } from './markers.js';

export interface CommentOptions {
  /** Applied to the body before it is measured; identity by default. */
  redact?: (text: string) => string;
  limit?: number;
}

/** The comment body: marker, headline, errors, failing tests, warnings, manual edit, diff. */
export function renderPullRequestComment(input: Report, links: ReportLinks, options: CommentOptions = {}): string {
  const redact = options.redact ?? ((text: string) => text);
  const report = redactReport(input, redact);
  const elsewhere = fullReportNote(links);
  const limit = options.limit ?? BODY_LIMIT;
  const diff = policyDiff(report);
  const plan = planSection(report, elsewhere);
  const failures = testFailuresSection(report, links, elsewhere, limit);
  const errors = findingsSection('Errors', report.errors, links, limit, elsewhere);
  const warnings = findingsSection('Warnings', report.warnings, links, limit, elsewhere);
  const render = (cuts: Cuts): string =>
    redact(
      joinSections([
        commentMarker(report.tailnet, report.policyFile),
        headline(report, links),
        offlineSection(report),
        plan(cuts.briefPlan === true),
        errors(cuts.findings),
        failures(cuts.tableRows),
        warnings(cuts.findings),
        manualEditSection(report, 'in the summary'),
        diffSection(diff, report.policyFile, cuts.diffChars, elsewhere),
      ]),
    );
  return fitToLimit(render, {
    limit,
    tableRows: report.testFailures.length,
    hardCutNote: `**This comment was cut to fit GitHub's limit.** ${elsewhere}`,
  });
}
