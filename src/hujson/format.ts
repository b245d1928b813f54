// hujson.Format (spec 3): the pipeline, the layout pass (3.3) and trailing commas (3.6).

import type { ArrayNode, ObjectNode, Value } from './ast.js';
import { alignMember, finishAlignment } from './align.js';
import { EMPTY, isJsonSpace, LF, toBytes, trimEndUnicodeSpace } from './bytes.js';
import { type Composite, containsLF, prepareForLayout } from './expansion.js';
import {
  DEDENT_LAST,
  formatExtra,
  LEAD_NL,
  SPACE_IF_EMPTY,
  TRAIL_NL,
  TRIM_LEAD,
  TRIM_TRAIL,
} from './extra.js';
import { pack } from './pack.js';
import { parseWithoutPositions } from './parse.js';

/** Go's hujson.Format, byte for byte. Throws HujsonSyntaxError on invalid input. */
export function format(input: Uint8Array | string): Uint8Array {
  const root = parseWithoutPositions(toBytes(input));
  formatTree(root);
  return pack(root);
}

/** Rewrites a freshly parsed tree in place into Format's layout. */
function formatTree(root: Value): void {
  root.before = withoutLeadingSpace(formatExtra(root.before, 0, 0) ?? EMPTY);
  const { standard, expanded } = prepareForLayout(root);
  if (root.node.kind !== 'literal') new Layout(standard, expanded).layOut(root.node, 0);
  root.after = withFinalNewline(formatExtra(root.after, 0, 0) ?? EMPTY);
}

function withoutLeadingSpace(extra: Uint8Array): Uint8Array {
  let start = 0;
  while (start < extra.length && isJsonSpace(extra[start]!)) start++;
  return extra.subarray(start);
}

function withFinalNewline(extra: Uint8Array): Uint8Array {
  const end = trimEndUnicodeSpace(extra, 0, extra.length);
  const out = new Uint8Array(end + 1);
  out.set(extra.subarray(0, end));
  out[end] = LF;
  return out;
}

const AROUND_PUNCTUATION = TRIM_LEAD | TRIM_TRAIL;

class Layout {
  constructor(
    private readonly standard: boolean,
    private readonly expanded: ReadonlySet<Composite>,
  ) {}

  /**
   * Formats every extra inside `node`, which sits at `depth`. Returns whether any item extra
   * inside it (not counting closing extras) ends up containing a newline, which the parent
   * object needs for alignment.
   */
  layOut(node: Composite, depth: number): boolean {
    return node.kind === 'object' ? this.layOutObject(node, depth) : this.layOutArray(node, depth);
  }

  private layOutObject(node: ObjectNode, depth: number): boolean {
    const expanded = this.expanded.has(node);
    const members = node.members;
    let hasLF = false;
    let groupStart = 0;
    for (let i = 0; i < members.length; i++) {
      const { name, value } = members[i]!;
      name.before = formatExtra(name.before, depth + 1, itemBeforeOptions(expanded, i));
      name.after = formatExtra(name.after, depth + 2, AROUND_PUNCTUATION);
      value.before = formatExtra(value.before, depth + 2, AROUND_PUNCTUATION | SPACE_IF_EMPTY);
      const aroundColonLF = containsLF(name.after) || containsLF(value.before);
      const valueDepth = depth + (expanded ? 1 : 0) + (aroundColonLF ? 1 : 0);
      const innerLF = value.node.kind !== 'literal' && this.layOut(value.node, valueDepth);
      value.after = formatExtra(value.after, depth + 2, AROUND_PUNCTUATION);
      // The trailing-comma step below cannot add a newline here: a moved or added comma
      // extra of an inline composite never holds one.
      groupStart = alignMember(members, i, groupStart, innerLF);
      hasLF ||= innerLF || aroundColonLF || containsLF(name.before) || containsLF(value.after);
    }
    finishAlignment(members, groupStart);
    this.layOutClosing(node, depth, expanded, members[members.length - 1]?.value);
    return hasLF;
  }

  private layOutArray(node: ArrayNode, depth: number): boolean {
    const expanded = this.expanded.has(node);
    const elements = node.elements;
    let hasLF = false;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      element.before = formatExtra(element.before, depth + 1, itemBeforeOptions(expanded, i));
      const innerLF = element.node.kind !== 'literal' && this.layOut(element.node, depth + (expanded ? 1 : 0));
      element.after = formatExtra(element.after, depth + 2, AROUND_PUNCTUATION);
      hasLF ||= innerLF || containsLF(element.before) || containsLF(element.after);
    }
    this.layOutClosing(node, depth, expanded, elements[elements.length - 1]);
    return hasLF;
  }

  /** The closing extra, then the trailing comma (3.6), which depends on it. */
  private layOutClosing(node: Composite, depth: number, expanded: boolean, last: Value | undefined): void {
    const options =
      (expanded ? TRAIL_NL : 0) | (last === undefined ? TRIM_LEAD : 0) | TRIM_TRAIL | DEDENT_LAST;
    node.closing = formatExtra(node.closing, depth + 1, options) ?? EMPTY;
    if (last === undefined) return;
    const beforeComma = last.after;
    if (!expanded) {
      if (beforeComma !== undefined && !(beforeComma.length > 0 && node.closing.length > 0)) {
        node.closing = concat(beforeComma, node.closing);
        last.after = undefined;
      }
    } else if (!this.standard && beforeComma === undefined) {
      last.after = EMPTY;
    }
  }
}

/** Options for a name-before or element-before extra (3.3). */
function itemBeforeOptions(expanded: boolean, index: number): number {
  return (expanded ? LEAD_NL : 0) | (index === 0 ? TRIM_LEAD : SPACE_IF_EMPTY);
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (second.length === 0) return first;
  const out = new Uint8Array(first.length + second.length);
  out.set(first);
  out.set(second, first.length);
  return out;
}
