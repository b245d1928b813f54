// The job summary: the complete report, the place every shortened report points to.

import { errorMessage } from '../../errors.js';
import { warning } from '../../runner/commands.js';
import { appendJobSummary } from '../../runner/files.js';
import type { Report } from '../../report/model.js';
import { unknownLiveKind } from '../../report/origin.js';
import type { ReportLinks } from '../../github/context.js';
import { policyDiff } from '../markdown/diff.js';
import { redactReport } from '../markdown/redact.js';
import { fitToLimit, type Cuts } from '../markdown/fit.js';
import { codeBlock } from '../markdown/markdown.js';
import {
  diffSection,
  driftAdvice,
  findingsSection,
  headline,
  joinSections,
  liveTextSection,
  manualEditSection,
  offlineSection,
  planSection,
  testFailuresSection,
  versionsSection,
} from '../markdown/sections.js';

/** GitHub refuses step summaries over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const ELSEWHERE = 'The job summary is limited to 1 MiB; run `tailnet-policy` locally for the rest.';

/** Room left for the rest of the report beside an overwritten live policy kept in full. */
const REST_OF_REPORT_BYTES = 128 * 1024;

/**
 * Whether the summary can keep a live policy in full, in its code block (where a bidi control
 * takes 12 bytes instead of 3), with room for the rest of the report: apply relies on it before
 * it overwrites an edit made outside git.
 */
export function summaryKeepsInFull(text: string): boolean {
  return Buffer.byteLength(codeBlock(text, 'hujson'), 'utf8') <= SUMMARY_LIMIT_BYTES - REST_OF_REPORT_BYTES;
}

/** Appends markdown to the job summary (appendJobSummary); tests pass their own. */
export type SummaryWriter = (markdown: string) => Promise<void>;

/** Title of the full live policy, when the report should keep it (overwritten or drifted). */
function liveTextTitle(report: Report): string | undefined {
  if (report.mode === 'drift' && report.drift === 'drifted') {
    return `The live policy (edited outside git), ready to commit as ${report.policyFile}`;
  }
  if (report.mode === 'apply' && report.manualEdit) {
    const known =
      unknownLiveKind(report.origin) === 'beyond-history'
        ? 'it matched no version this run could see'
        : 'it had been edited outside git';
    return report.applied ? `The live policy this run overwrote (${known})` : `The live policy (${known})`;
  }
  return undefined;
}

/** The summary's markdown, redacted and within GitHub's limit. */
export function renderJobSummary(input: Report, links: ReportLinks, redact: (text: string) => string): string {
  const report = redactReport(input, redact);
  const diff = policyDiff(report);
  const liveTitle = liveTextTitle(report);
  const plan = planSection(report, ELSEWHERE);
  const failures = testFailuresSection(report, links, ELSEWHERE, SUMMARY_LIMIT_BYTES);
  const errors = findingsSection('Errors', report.errors, links, SUMMARY_LIMIT_BYTES, ELSEWHERE);
  const warnings = findingsSection('Warnings', report.warnings, links, SUMMARY_LIMIT_BYTES, ELSEWHERE);
  const notices = findingsSection('Notices', report.notices, links, SUMMARY_LIMIT_BYTES, ELSEWHERE);
  const render = (cuts: Cuts): string =>
    redact(
      joinSections([
        headline(report, links),
        offlineSection(report),
        plan(cuts.briefPlan === true),
        errors(cuts.findings),
        failures(cuts.tableRows),
        warnings(cuts.findings),
        notices(cuts.findings),
        manualEditSection(report, cuts.omitLiveText === true ? 'too long' : 'below'),
        driftAdvice(report, links),
        versionsSection(report, links),
        diffSection(diff, report.policyFile, cuts.diffChars, ELSEWHERE),
        liveTitle === undefined ? undefined : liveTextSection(report, liveTitle, cuts.omitLiveText === true, ELSEWHERE),
      ]),
    );
  return fitToLimit(render, {
    limit: SUMMARY_LIMIT_BYTES,
    measure: (body) => Buffer.byteLength(body, 'utf8'),
    tableRows: report.testFailures.length,
    hardCutNote: `**The summary was cut here.** ${ELSEWHERE}`,
  });
}

/**
 * Writes the report to the job summary. The summary is a report, not the result: a failure
 * to write it (no GITHUB_STEP_SUMMARY outside Actions, a full disk) becomes a warning.
 */
export async function writeJobSummary(
  report: Report,
  links: ReportLinks,
  redact: (text: string) => string,
  summary: SummaryWriter = appendJobSummary,
  warn: (message: string) => void = warning,
): Promise<void> {
  try {
    await summary(renderJobSummary(report, links, redact));
  } catch (error) {
    warn(redact(`Could not write the job summary: ${errorMessage(error)}`));
  }
}
