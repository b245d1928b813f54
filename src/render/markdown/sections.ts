// The sections of a report, rendered once here and assembled by the job summary, the
// pull-request comment and the drift issue, so the three never disagree.

import type { FileLocation, Finding, Report, TestFailure } from '../../report/model.js';
import { describeOrigin, noVersionOf, unknownLiveWording, type OriginFormat } from '../../report/origin.js';
import { renderPlanMarkdown } from '../../plan/index.js';
import type { ReportLinks } from '../../github/context.js';
import { cutDiff, type PolicyDiff } from './diff.js';
import {
  alert,
  codeBlock,
  details,
  escapeCell,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  table,
  tableRow,
} from './markdown.js';

/** GitHub rejects issue and comment bodies longer than this (422). */
export const BODY_LIMIT = 65_536;

const DRIFT_TITLES = {
  'in-sync': '✅ No drift: the live policy matches git',
  behind: '⚠️ Drift: the live policy is behind git',
  drifted: '⚠️ Drift: the live policy was edited outside git',
} as const;

const MODE_NOUNS = { test: 'test', apply: 'apply', drift: 'drift check' } as const;

function headlineTitle(report: Report): string {
  const noun = MODE_NOUNS[report.mode];
  // With fail-on-drift the result is 'failed', but the state is what the reader needs.
  if (report.mode === 'drift' && report.drift !== undefined) return DRIFT_TITLES[report.drift];
  if (report.result === 'failed') return `❌ Policy ${noun} failed`;
  switch (report.result) {
    case 'applied':
      return '✅ Policy applied';
    case 'no-change':
      return '➖ No change: the live policy is already this version';
    case 'passed':
      return `✅ Policy ${noun} passed`;
  }
}

function fileReference(file: string, links: ReportLinks): string {
  return links.fileUrl === undefined ? inlineCode(file) : `[${inlineCode(file)}](${links.fileUrl})`;
}

/** Title, then tailnet, file and run link on one line. */
export function headline(report: Report, links: ReportLinks): string {
  const facts = [`Tailnet ${inlineCode(report.tailnet)}`, `file ${fileReference(report.policyFile, links)}`];
  if (links.runUrl !== undefined) facts.push(`[workflow run](${links.runUrl})`);
  return `### ${headlineTitle(report)}\n\n${facts.join(' · ')}`;
}

/** `line 3, column 5`, linked to the line at the reported commit when the file URL is known. */
function where(location: FileLocation, links: ReportLinks, capital = true): string {
  const text = `${capital ? 'Line' : 'line'} ${location.line}, column ${location.column}`;
  return links.fileUrl === undefined ? text : `[${text}](${links.fileUrl}#L${location.line})`;
}

function findingItem(finding: Finding, links: ReportLinks): string {
  const at = finding.location === undefined ? '' : `${where(finding.location, links)}: `;
  return `- ${at}${escapeMarkdown(finding.message)}`;
}

/**
 * A titled list of findings (errors, warnings or notices), or nothing when there are none, as a
 * function of how many to keep (all when not given); its last line then says how many more
 * there are and where. Each item is escaped once, when first shown: a body is rendered again and
 * again while it is fitted to its limit (fit.ts), and a policy can hold hundreds of thousands of
 * notices. Items past `limit` characters in all are never made: a list that long never fits, so
 * what a body costs is bounded by its limit, not by the findings.
 */
export function findingsSection(
  title: string,
  findings: readonly Finding[],
  links: ReportLinks,
  limit: number,
  elsewhere = '',
): (max: number | undefined) => string | undefined {
  const items: string[] = [];
  let chars = 0;
  return (max) => {
    if (findings.length === 0) return undefined;
    const wanted = Math.min(max ?? findings.length, findings.length);
    while (items.length < wanted && chars <= limit) {
      const item = findingItem(findings[items.length]!, links);
      items.push(item);
      chars += item.length + 1;
    }
    const shown = items.slice(0, wanted);
    if (shown.length < findings.length) shown.push(`- … and ${findings.length - shown.length} more. ${elsewhere}`);
    return [`#### ${title} (${findings.length})`, '', ...shown].join('\n');
  };
}

/**
 * The shortest row of the failing-tests table, `|  |  |  |  | — |` (empty texts, no place in the
 * file) and its line break, in characters, and so at least as many UTF-8 bytes.
 */
const SHORTEST_FAILURE_ROW = 18;

/**
 * One row per failing assertion; `maxRows` (a count of rows, cut to the list) cuts the table and
 * says so. Each row is escaped once, when first shown: a body is rendered again and again while
 * it is fitted to its limit (fit.ts), and tens of thousands of rows escaped each time take seconds.
 * A table of more rows than `limit` holds of the shortest never fits, so none past that many is
 * made: what a body costs is bounded by its limit, not by the failures an API answer lists.
 */
export function testFailuresSection(
  report: Report,
  links: ReportLinks,
  elsewhere: string,
  limit: number,
): (maxRows: number | undefined) => string | undefined {
  const failures = report.testFailures;
  const most = Math.floor(limit / SHORTEST_FAILURE_ROW) + 1;
  const rows: string[] = [];
  return (maxRows) => {
    if (failures.length === 0) return undefined;
    const wanted = Math.floor(maxRows ?? failures.length);
    const shown = wanted > 0 ? Math.min(wanted, failures.length, most) : 0;
    for (let i = rows.length; i < shown; i++) rows.push(failureRow(failures[i]!, links));
    const parts = [
      `#### Failing test assertions (${failures.length})`,
      table(['Source', 'Destination or port', 'Wanted', 'Got', 'Test'], rows.slice(0, shown)),
    ];
    if (shown < failures.length) {
      parts.push(`Showing ${shown} of ${failures.length} failing assertions. ${elsewhere}`);
    }
    return parts.join('\n\n');
  };
}

function failureRow(failure: TestFailure, links: ReportLinks): string {
  return tableRow([
    escapeCell(failure.source),
    escapeCell(failure.destination ?? '—'),
    escapeCell(failure.wanted ?? '—'),
    // Without parsed parts, the server's own words are the best account of what happened.
    escapeCell(failure.got ?? (failure.wanted === undefined ? failure.message : '—')),
    failure.location === undefined ? '—' : where(failure.location, links, false),
  ]);
}

/**
 * What the change does to access: the plan's own section, or only its summary and highlights
 * when `brief` (the body must shrink), or the reason there is none. Each of the two made once: a
 * body is rendered again and again while it is fitted to its limit (fit.ts).
 */
export function planSection(report: Report, elsewhere: string): (brief: boolean) => string | undefined {
  const made = new Map<boolean, string | undefined>();
  return (brief) => {
    if (!made.has(brief)) made.set(brief, planMarkdown(report, brief, elsewhere));
    return made.get(brief);
  };
}

function planMarkdown(report: Report, brief: boolean, elsewhere: string): string | undefined {
  if (report.plan === undefined) {
    return report.planNote === undefined
      ? undefined
      : `### Access changes\n\n${escapeMarkdown(capitalize(report.planNote))}.`;
  }
  const { plan, against } = report.plan;
  return renderPlanMarkdown(plan, against, brief ? { elsewhere } : undefined);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Says plainly that the API checks did not run, and why. */
export function offlineSection(report: Report): string | undefined {
  if (report.offlineReason === undefined) return undefined;
  const reason = escapeMarkdown(report.offlineReason.trim().replace(/\.$/, ''));
  const undecided = report.undecidedOffline ?? 0;
  const rest = undecided === 0 ? '' : ` Offline, ${plural(undecided, 'test assertion')} could not be decided.`;
  return `**The Tailscale API checks were skipped:** ${reason}.${rest}`;
}

/** Where an overwritten live policy's text is: further down this body, cut from it, or in the job summary. */
export type OverwrittenText = 'below' | 'too long' | 'in the summary';

/** The warning that git is not the whole truth: someone edited the live policy by hand. */
export function manualEditSection(report: Report, overwritten: OverwrittenText): string | undefined {
  if (!report.manualEdit || report.mode === 'drift') return undefined;
  const what = unknownLiveWording(report.origin, markdownFormat({})) ?? 'The live policy was edited outside git';
  if (report.mode === 'test') {
    // Only a write can tell an untouched default policy from an edit (If-Match "ts-default").
    const unlessDefault =
      "If this is a new tailnet whose policy was never edited, it is Tailscale's " +
      'default policy instead, which apply replaces safely.';
    return alert('WARNING', `${what}: applying this PR would overwrite that edit.\n${unlessDefault}`);
  }
  if (!report.applied) return alert('WARNING', `${what}: applying would overwrite it.`);
  return alert('WARNING', `${what}: this run overwrote it. ${OVERWRITTEN_TEXT[overwritten]}`);
}

const OVERWRITTEN_TEXT: Record<OverwrittenText, string> = {
  below: 'The overwritten policy is kept in full below.',
  'too long': 'The overwritten policy was too long to keep in this summary.',
  'in the summary': 'The overwritten policy is kept in full in the job summary.',
};

function commitReference(commit: string, links: ReportLinks): string {
  const short = inlineCode(commit.slice(0, 12));
  return links.repoUrl === undefined ? short : `[${short}](${links.repoUrl}/commit/${encodeURIComponent(commit)})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** How the origin sentence shows names, commits and untrusted text in Markdown. */
function markdownFormat(links: ReportLinks): OriginFormat {
  return { file: inlineCode, commit: (sha) => commitReference(sha, links), text: escapeMarkdown };
}

/** ETags and the matched commit, for whoever has to reconcile versions by hand. */
export function versionsSection(report: Report, links: ReportLinks): string | undefined {
  const items: string[] = [];
  if (report.controlEtag !== undefined) items.push(`- Live policy ETag: ${inlineCode(report.controlEtag)}`);
  if (report.localEtag !== undefined) items.push(`- Local policy ETag: ${inlineCode(report.localEtag)}`);
  if (report.origin !== undefined)
    items.push(`- Origin: ${describeOrigin(report.origin, report.policyFile, markdownFormat(links))}`);
  return items.length === 0 ? undefined : ['#### Versions', '', ...items].join('\n');
}

/** The diff live → local, collapsed; `diffChars` cuts it (0 leaves only a note). */
export function diffSection(
  diff: PolicyDiff | 'too-slow' | undefined,
  file: string,
  diffChars: number | undefined,
  elsewhere: string,
): string | undefined {
  if (diff === undefined) return undefined;
  if (diff === 'too-slow')
    return `The live policy and ${inlineCode(file)} differ in too many places to compute a diff in time.`;
  const counts = `+${diff.added} -${diff.removed}`;
  const summary = `Changes from the live policy to <code>${escapeHtml(file)}</code> (${counts})`;
  const kept = diffChars === undefined ? diff.lines : cutDiff(diff, diffChars);
  if (kept.length === 0) {
    return (
      `The diff from the live policy (${counts}, ${diff.lines.length} lines) is ` +
      `too long to show here. ${elsewhere}`
    );
  }
  const block = details(summary, codeBlock(kept.join('\n'), 'diff'));
  if (kept.length === diff.lines.length) return block;
  return `${block}\n\nThe diff is cut: ${kept.length} of ${diff.lines.length} lines shown. ${elsewhere}`;
}

/** The live policy in full, so nothing is lost silently; `omit` leaves a note instead. */
export function liveTextSection(report: Report, title: string, omit: boolean, elsewhere: string): string | undefined {
  if (report.liveText === undefined) return undefined;
  if (omit) {
    const lines = report.liveText.split('\n').length - (report.liveText.endsWith('\n') ? 1 : 0);
    return `${title}: ${plural(lines, 'line')}, too long to include here. ${elsewhere}`;
  }
  return details(escapeHtml(title), codeBlock(report.liveText, 'hujson'));
}

/** What the drift state means and what to do about it. */
export function driftAdvice(report: Report, links: ReportLinks): string | undefined {
  const file = inlineCode(report.policyFile);
  switch (report.drift) {
    case undefined:
      return undefined;
    case 'in-sync':
      return `The live policy matches ${file} in git. Nothing to do.`;
    case 'behind': {
      const origin = report.origin;
      const commit = origin?.kind === 'commit' ? commitReference(origin.commit, links) : '';
      const state =
        origin?.kind === 'commit'
          ? `The live policy is an older version of ${file}: it matches commit ${commit} ` +
            `(${escapeMarkdown(origin.subject)}), and ${plural(origin.behind, 'later commit')} ` +
            `of the file ${origin.behind === 1 ? 'has' : 'have'} not been applied.`
          : `The live policy is an older version of ${file}.`;
      return (
        `${state}\n\n**To fix:** re-run the apply workflow on the default branch, ` +
        `so the repository's version is applied.`
      );
    }
    case 'drifted':
      return [
        `The live policy was edited outside git (in the admin console or through ` +
          `the API): it matches ${noVersionOf(report.origin)} ${file}. Either:`,
        '',
        `1. **Bring the edit into git:** commit the live policy as ${file} in a pull request and merge it; or`,
        "2. **Re-apply the repository's version:** re-run the apply workflow, which overwrites the edit.",
      ].join('\n');
  }
}

/** Where a shortened comment or issue sends the reader. */
export function fullReportNote(links: ReportLinks): string {
  return links.runUrl === undefined
    ? 'The full report is in the job summary.'
    : `The full report is in the [job summary](${links.runUrl}).`;
}

/** Joins the sections that exist with blank lines, ending with a newline. */
export function joinSections(sections: readonly (string | undefined)[]): string {
  return `${sections.filter((section): section is string => section !== undefined).join('\n\n')}\n`;
}
