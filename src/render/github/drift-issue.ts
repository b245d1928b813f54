// The drift issue's title and body. Keeping the issue open, updated and closed is
// src/github/drift-issue.ts's job.

import type { ReportLinks } from '../../github/context.js';
import type { Report } from '../../report/model.js';
import { policyDiff } from '../markdown/diff.js';
import { fitToLimit, type Cuts } from '../markdown/fit.js';
import { inlineCode } from '../markdown/markdown.js';
import { redactReport } from '../markdown/redact.js';
import {
  BODY_LIMIT,
  diffSection,
  driftAdvice,
  fullReportNote,
  headline,
  joinSections,
  liveTextSection,
  planSection,
  versionsSection,
} from '../markdown/sections.js';
import { driftIssueMarker } from './markers.js';

export function driftIssueTitle(report: Report): string {
  const state = report.drift === 'behind' ? 'behind git' : 'edited outside git';
  return `Tailscale policy ${state}: ${report.policyFile} (${report.tailnet})`;
}

/**
 * The issue body: state, what to do, the live policy ready to commit (when drifted), versions
 * and the diff. The run link is left out of the text that does not change, so an unchanged
 * drift leaves the issue untouched.
 */
export function renderDriftIssue(
  input: Report,
  links: ReportLinks,
  redact: (text: string) => string = (t) => t,
): string {
  const report = redactReport(input, redact);
  const elsewhere = fullReportNote(links);
  const stable = { ...links, runUrl: undefined };
  const diff = policyDiff(report);
  const liveTitle = `The live policy, ready to commit as ${report.policyFile}`;
  const plan = planSection(report, elsewhere);
  const render = (cuts: Cuts): string =>
    redact(
      joinSections([
        driftIssueMarker(report.tailnet, report.policyFile),
        headline(report, stable),
        driftAdvice(report, links),
        plan(cuts.briefPlan === true),
        report.drift === 'drifted'
          ? liveTextSection(report, liveTitle, cuts.omitLiveText === true, elsewhere)
          : undefined,
        versionsSection(report, links),
        diffSection(diff, report.policyFile, cuts.diffChars, elsewhere),
        `<sub>Kept up to date by the scheduled drift check of ${inlineCode(report.policyFile)}; ` +
          `closed automatically when the live policy matches git again.</sub>`,
      ]),
    );
  return fitToLimit(render, {
    limit: BODY_LIMIT,
    tableRows: 0,
    hardCutNote: `**This issue was cut to fit GitHub's limit.** ${elsewhere}`,
  });
}
