// Words for changes, shared by the text and Markdown renderings: one entry per source, with an
// SSH action swapped for another (accept → check) said as one change.

import { showRareLineBreaks } from '../render/controls.js';
import { escapeInvisible } from '../render/invisible.js';
import { sshChangeKey, type AccessChange, type AccessPlan, type ProposedTests } from './model.js';

export interface Entry {
  sign: '+' | '-' | '~';
  /** `tag:db tcp:5432`, `ssh to tag:server as root: accept → check (12h)`, `app example.com/cap/x on tag:api`. */
  text: string;
  tested: boolean;
  testable: boolean;
}

export interface SourceEntries {
  source: string;
  entries: Entry[];
}

const PORTED = new Set(['tcp', 'udp', 'sctp']);

function period(c: AccessChange): string {
  return c.action === 'check' && c.checkPeriod !== undefined ? ` (${c.checkPeriod})` : '';
}

/** A capability, and the value a change is about: `tailscale.com/cap/drive {"shares":["*"]}`. */
export function appText(c: { capability?: string; value?: string }): string {
  return c.value === undefined ? `${c.capability}` : `${c.capability} ${c.value}`;
}

/** A protocol and its ports (`tcp:443`); one without ports (ICMP, GRE...) is allowed whole: no `:*`. */
export function protocolText(proto: string, ports: string): string {
  return PORTED.has(proto) ? `${proto}:${ports}` : proto;
}

function what(c: AccessChange): string {
  switch (c.kind) {
    case 'network':
      return `${c.dstLabel} ${protocolText(c.proto!, c.ports!)}`;
    case 'ssh':
      return `ssh to ${c.dstLabel} as ${c.sshUser}: ${c.action}${period(c)}`;
    case 'app':
      return `app ${appText(c)} on ${c.dstLabel}`;
  }
}

/**
 * The lost action each SSH gain replaces (same source, destination and login), found through one
 * index of the losses: a plan can hold tens of thousands of SSH changes.
 */
function replacements(changes: readonly AccessChange[]): Map<AccessChange, AccessChange> {
  const lost = new Map<string, AccessChange>();
  for (const c of changes) {
    const key = c.kind === 'ssh' && c.change === 'lost' ? sshChangeKey(c) : undefined;
    if (key !== undefined && !lost.has(key)) lost.set(key, c);
  }
  const out = new Map<AccessChange, AccessChange>();
  if (lost.size === 0) return out;
  for (const c of changes) {
    const old = c.kind === 'ssh' && c.change === 'gained' ? lost.get(sshChangeKey(c)) : undefined;
    if (old !== undefined) out.set(c, old);
  }
  return out;
}

export function entriesBySource(plan: AccessPlan): SourceEntries[] {
  const out = new Map<string, (Entry & { dst: string | undefined })[]>();
  const replacing = replacements(plan.changes);
  const skip = new Set(replacing.values());
  for (const c of plan.changes) {
    if (skip.has(c)) continue;
    const old = replacing.get(c);
    const entry: Entry =
      old === undefined
        ? { sign: c.change === 'gained' ? '+' : '-', text: what(c), tested: c.tested, testable: c.testable }
        : {
            sign: '~',
            text: `ssh to ${c.dstLabel} as ${c.sshUser}: ${old.action}${period(old)} → ${c.action}${period(c)}`,
            // A part no test can assert (accept against check, convert.ts) leaves the other to say.
            tested: (c.tested || !c.testable) && (old.tested || !old.testable) && (c.testable || old.testable),
            testable: c.testable || old.testable,
          };
    const list = out.get(c.srcLabel) ?? [];
    const last = list.at(-1);
    // Protocols of one destination on one line: `tag:db tcp:5432, udp:5432, icmp`.
    if (
      c.kind === 'network' &&
      last !== undefined &&
      last.dst === c.dstLabel &&
      last.sign === entry.sign &&
      last.tested === entry.tested
    ) {
      last.text += `, ${entry.text.slice(c.dstLabel.length + 1)}`;
    } else list.push({ ...entry, dst: c.kind === 'network' ? c.dstLabel : undefined });
    out.set(c.srcLabel, list);
  }
  return [...out].map(([source, entries]) => ({ source, entries: entries.map(({ dst: _dst, ...e }) => e) }));
}

/** A value as one line of JSON with a space after `:` and `,`, as people write policy files. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${jsonText(k)}: ${inlineJson(v)}`)
      .join(', ')}}`;
  }
  return jsonText(value);
}

/**
 * JSON text with the line separators JSON leaves as they are (U+0085, U+2028, U+2029), which
 * some readers break a line at, escaped as every surface shows them: a pasted entry stays the one
 * line it is. (JSON.stringify has escaped the others already.)
 */
const jsonText = (value: unknown): string => showRareLineBreaks(escapeInvisible(JSON.stringify(value)));

/**
 * The proposed entries as HuJSON to paste into the policy's `tests` and `sshTests`; with
 * `maxChars`, the entries that fit in that many characters, in order, and how many did not.
 */
export function proposedText(proposed: ProposedTests, maxChars = Infinity): { text: string; omitted: number } {
  let room = maxChars;
  let omitted = 0;
  const section = (name: string, list: readonly Record<string, unknown>[]): string[] => {
    const lines: string[] = [];
    for (const entry of list) {
      const line = `  ${inlineJson(entry)},`;
      if (line.length > room) {
        // Once one is left out, so is every later one: the list stays in the plan's order.
        room = -1;
        omitted++;
        continue;
      }
      room -= line.length;
      lines.push(line);
    }
    return lines.length === 0 ? [] : [`"${name}": [`, ...lines, '],'];
  };
  const text = [...section('tests', proposed.tests), ...section('sshTests', proposed.sshTests)].join('\n');
  return { text, omitted };
}

export function proposedCount(proposed: ProposedTests): number {
  return proposed.tests.length + proposed.sshTests.length;
}

export function summary(plan: AccessPlan): string {
  const gained = plan.changes.filter((c) => c.change === 'gained').length;
  const untested = plan.changes.filter((c) => !c.tested && c.testable).length;
  const parts = [
    `${plan.changes.length} change(s): ${gained} gained, ${plan.changes.length - gained} lost`,
    `${untested} untested`,
  ];
  if (plan.undecided.length > 0) parts.push(`${plan.undecided.length} undecided offline`);
  return parts.join(', ');
}
