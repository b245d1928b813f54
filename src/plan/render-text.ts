// The plan for terminals and CI logs (`tailnet-policy plan`).

import { showLineBreaks } from '../render/controls.js';
import { showInvisible } from '../render/invisible.js';
import { appText, entriesBySource, proposedCount, proposedText, protocolText, summary } from './describe.js';
import type { AccessPlan, UndecidedChange } from './model.js';

/** Undecided differences listed in full; the rest are counted (the JSON has them all). */
const UNDECIDED_SHOWN = 20;

/**
 * One line per source, destination and states; a destination's protocols joined (`tcp:22, udp:22`),
 * so a line may hold several of the entries the summary counts.
 */
function undecidedLines(list: readonly UndecidedChange[]): { line: string; entries: number }[] {
  const lines = new Map<string, { pair: string; states: string; whats: string[] }>();
  for (const u of list) {
    const what =
      u.kind === 'network'
        ? protocolText(u.proto!, u.ports!)
        : u.kind === 'ssh'
          ? `ssh as ${u.sshUser}`
          : `app ${appText(u)}`;
    // A tag tagOwners no longer defines: both texts are the new policy's (convert.ts, droppedTagChanges).
    const states = u.tags === undefined ? `before ${u.before}, after ${u.after}` : `after ${u.before} or ${u.after}`;
    const pair = `${u.srcLabel} → ${u.dstLabel}`;
    // JSON, not a separator: a name can hold any character, and one it shared with a separator
    // would move the split, printing the policy's own text as the states.
    const key = JSON.stringify([pair, states]);
    let line = lines.get(key);
    if (line === undefined) lines.set(key, (line = { pair, states, whats: [] }));
    line.whats.push(what);
  }
  return [...lines.values()].map(({ pair, states, whats }) => ({
    line: `  ${pair} ${whats.join(', ')}: ${states}`,
    entries: whats.length,
  }));
}

/** Lines ending in newlines: header, highlights, changes by source, undecided, proposed tests, summary. */
export function renderPlanText(plan: AccessPlan): string {
  const mode = plan.mode === 'symbolic' ? 'offline, no tailnet given' : 'against the given tailnet';
  const lines = [`Access plan: ${plan.before} → ${plan.after} (${mode})`];
  const highlighted = plan.highlights.map((h) => `  ! ${h.message}`);
  if (plan.changes.length === 0 && plan.undecided.length === 0) {
    // Edits outside the plan (unplanned.ts) are highlighted with no access change to show.
    const rest = highlighted.length > 0 ? ['', 'Highlights:', ...highlighted] : [];
    return textOf([...lines, 'No access changes.', ...rest]);
  }
  if (highlighted.length > 0) lines.push('', 'Highlights:', ...highlighted);
  for (const { source, entries } of entriesBySource(plan)) {
    lines.push('', source);
    for (const e of entries)
      lines.push(`  ${e.sign} ${e.text}${!e.testable ? ' (no test can assert this)' : e.tested ? ' (tested)' : ''}`);
  }
  if (plan.undecided.length > 0) {
    const shown = undecidedLines(plan.undecided).slice(0, UNDECIDED_SHOWN);
    // Counted as the summary counts them: entries, not lines.
    const more = plan.undecided.length - shown.reduce((sum, { entries }) => sum + entries, 0);
    lines.push(
      '',
      'Undecided offline:',
      ...shown.map(({ line }) => line),
      ...(more > 0 ? [`  ... and ${more} more of the ${plan.undecided.length} (--json lists them all)`] : []),
    );
  }
  if (proposedCount(plan.proposed) > 0) {
    lines.push(
      '',
      'Proposed tests for the untested changes (paste into the policy):',
      ...proposedText(plan.proposed)
        .text.split('\n')
        .map((l) => `  ${l}`),
    );
  }
  lines.push('', summary(plan));
  return textOf(lines);
}

/**
 * The lines, each ending in a newline. A name, a file name or a value can hold a line break:
 * shown as its escape, or it would print a line of its own (one that can pass for the plan's).
 */
function textOf(lines: readonly string[]): string {
  return `${lines.map((line) => showInvisible(showLineBreaks(line))).join('\n')}\n`;
}
