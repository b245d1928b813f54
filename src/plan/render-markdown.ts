// The "Access changes" section of the pull-request comment, job summary and drift issue:
// highlights, a table grouped by source (collapsed when long), undecided differences and the
// proposed tests (collapsed). Everything from the policy is escaped: it is untrusted text.

import {
  alert,
  codeBlock,
  details,
  escapeCell,
  escapeMarkdown,
  escapeWithin,
  table,
} from '../render/markdown/markdown.js';
import {
  appText,
  entriesBySource,
  proposedCount,
  proposedText,
  protocolText,
  summary,
  type Entry,
} from './describe.js';
import type { AccessPlan, UndecidedChange } from './model.js';

/** Rows shown before the table is folded into a <details> block. */
export const OPEN_ROWS = 15;

/** Undecided differences listed in the table; the rest are counted. */
const UNDECIDED_ROWS = 50;

/**
 * Characters of the changes table, and of the proposed tests, kept at most; the rest are
 * counted. More never fits a comment (65,536) or a job summary (1 MiB), and each of a few hundred
 * thousand changes rendered, then rendered again while the body is fitted, would take seconds.
 */
const MAX_PART_CHARS = 1024 * 1024;

/** `… and 3 more rows (the JSON plan lists them all).`, the noun as `[one, several]`. */
const more = (count: number, [one, several]: [string, string]): string =>
  `… and ${count} more ${count === 1 ? one : several} (the JSON plan lists them all).`;

const SIGN_WORDS: Record<Entry['sign'], string> = { '+': 'gains', '-': 'loses', '~': 'changes' };

function testedCell(e: Entry): string {
  return !e.testable ? 'n/a' : e.tested ? 'yes' : '**no**';
}

function changesTable(plan: AccessPlan): { markdown: string; rows: number } {
  const rows: string[][] = [];
  let [chars, omitted] = [0, 0];
  for (const { source, entries } of entriesBySource(plan)) {
    entries.forEach((e, i) => {
      const row = [i === 0 ? escapeCell(source) : '', SIGN_WORDS[e.sign], escapeCell(e.text), testedCell(e)];
      chars += row.reduce((sum, cell) => sum + cell.length + 3, 2);
      if (chars > MAX_PART_CHARS) omitted++;
      else rows.push(row);
    });
  }
  const markdown = table(['Source', 'Change', 'Access', 'Tested'], rows);
  return {
    markdown: omitted > 0 ? `${markdown}\n\n${more(omitted, ['row', 'rows'])}` : markdown,
    rows: rows.length + omitted,
  };
}

function undecidedRow(u: UndecidedChange): string[] {
  const what =
    u.kind === 'network'
      ? `${u.dstLabel} ${protocolText(u.proto!, u.ports!)}`
      : u.kind === 'ssh'
        ? `ssh to ${u.dstLabel} as ${u.sshUser}`
        : `app ${appText(u)} on ${u.dstLabel}`;
  // A tag tagOwners no longer defines: both texts are the new policy's, one for each thing the
  // server may do with the tag (convert.ts, droppedTagChanges); the old policy is not in question.
  const [before, after] = u.tags === undefined ? [u.before, u.after] : ['', `${u.before} or ${u.after}`];
  return [escapeCell(u.srcLabel), escapeCell(what), escapeCell(before), escapeCell(after)];
}

/** What a brief section leaves out, of what the plan has: `Left out here: the changes and the proposed tests.` */
function leftOut(plan: AccessPlan): string {
  const parts = [
    ...(plan.changes.length > 0 ? ['the changes'] : []),
    ...(plan.undecided.length > 0 ? ['the differences undecided offline'] : []),
    ...(proposedCount(plan.proposed) > 0 ? ['the proposed tests'] : []),
  ];
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Left out here: ${list}.`;
}

/**
 * Characters of one highlight as shown, at most: the warnings are what a comment that has to
 * shrink keeps, so all of them (eight kinds) must fit however the names they quote escape.
 */
const MAX_HIGHLIGHT_CHARS = 2000;

function highlightsAlert(plan: AccessPlan): string {
  const lines = plan.highlights.map((h) => `- ${escapeWithin(h.message, MAX_HIGHLIGHT_CHARS)}`);
  return alert('WARNING', lines.join('\n'));
}

/**
 * The section, starting with its heading. `against` says what the plan was computed against,
 * e.g. "against the live policy" or "against the base branch's version". With `brief` (when
 * a comment must shrink), only the summary and highlights, and where the rest is.
 */
export function renderPlanMarkdown(plan: AccessPlan, against: string, brief?: { elsewhere: string }): string {
  const parts = ['### Access changes'];
  const mode = plan.mode === 'topology' ? ', evaluated on the given tailnet' : '';
  const none = plan.changes.length === 0 && plan.undecided.length === 0;
  if (brief !== undefined) {
    // With only edits outside the plan (unplanned.ts), a count of "0 change(s)" would read as a fault.
    const said = none
      ? `No access changes ${escapeMarkdown(against)}.`
      : `${escapeMarkdown(summary(plan))}; computed ${escapeMarkdown(against)}${mode}.`;
    parts.push([said, leftOut(plan), brief.elsewhere].filter((text) => text !== '').join(' '));
    if (plan.highlights.length > 0) parts.push(highlightsAlert(plan));
    return parts.join('\n\n');
  }
  if (none) {
    parts.push(`No access changes ${escapeMarkdown(against)}.`);
    // Edits outside the plan (unplanned.ts) are highlighted with no access change to show.
    if (plan.highlights.length > 0) parts.push(highlightsAlert(plan));
    return parts.join('\n\n');
  }
  parts.push(`${escapeMarkdown(summary(plan))}; computed ${escapeMarkdown(against)}${mode}.`);
  if (plan.highlights.length > 0) parts.push(highlightsAlert(plan));
  if (plan.changes.length > 0) {
    const { markdown, rows } = changesTable(plan);
    // Counted as the summary counts them: a row joins a destination's protocols.
    parts.push(rows > OPEN_ROWS ? details(`${plan.changes.length} access changes`, markdown) : markdown);
  }
  if (plan.undecided.length > 0) {
    const rows = plan.undecided.slice(0, UNDECIDED_ROWS).map(undecidedRow);
    const hidden = plan.undecided.length - rows.length;
    const rest = hidden > 0 ? `\n\n${more(hidden, ['difference', 'differences'])}` : '';
    const body = table(['Source', 'Access', 'Before', 'After'], rows) + rest;
    parts.push(details(`${plan.undecided.length} difference(s) undecided offline`, body));
  }
  const count = proposedCount(plan.proposed);
  if (count > 0) {
    const { text, omitted } = proposedText(plan.proposed, MAX_PART_CHARS);
    // An entry longer than the limit leaves nothing to show but the count.
    const shown = text === '' ? [] : [codeBlock(text, 'jsonc')];
    const block = [...shown, ...(omitted > 0 ? [more(omitted, ['entry', 'entries'])] : [])].join('\n\n');
    parts.push(
      details(`Proposed tests for the untested changes (${count} ${count === 1 ? 'entry' : 'entries'})`, block),
    );
  }
  return parts.join('\n\n');
}
