// Device posture conditions (docs/policy-semantics.md §5.7): parsing for validation and
// evaluation against a test's srcPostureAttrs. A condition the grammar below does not read is
// kept as `opaque`: validation accepts it with a notice, and it evaluates to `unknown`, since the
// server may know a form we do not.

import type { PostureValue } from './model.js';
import { and, fromBool, not, or, type Tri } from './tri.js';
import { compareVersions } from './version-order.js';

/** A device's posture attributes (offline: a test's srcPostureAttrs). */
type Attributes = ReadonlyMap<string, PostureValue>;

/** The operators of Tailscale's device posture documentation (kb/1288). */
type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT IN' | 'IS SET' | 'NOT SET';

export type PostureCondition =
  /** `operator` is undefined for a bare boolean attribute such as `node:tsAutoUpdate`. */
  { kind: 'parsed'; attribute: string; operator?: Operator; values: PostureValue[] } | { kind: 'opaque'; text: string };

const ATTRIBUTE = String.raw`[A-Za-z][\w-]*:[\w.-]+`;
// Both read the condition trimmed, so that the value runs to the end: a lazy value followed by
// optional whitespace made a value of many spaces cost their number squared (80,000: 9 s).
const PRESENCE = new RegExp(String.raw`^(${ATTRIBUTE})\s+(IS\s+SET|NOT\s+SET)$`, 'is');
const OPERATOR = String.raw`==|!=|<=|>=|<|>|NOT\s+IN\b|IN\b`;
const COMPARISON = new RegExp(String.raw`^(${ATTRIBUTE})\s*(?:(${OPERATOR})\s*(.+))?$`, 'is');

/** Reads one condition; what it cannot read comes back `opaque`. */
export function parsePostureCondition(text: string): PostureCondition {
  const trimmed = text.trim();
  const presence = PRESENCE.exec(trimmed);
  if (presence !== null) {
    const operator = presence[2]!.toUpperCase().replace(/\s+/g, ' ') as Operator;
    return { kind: 'parsed', attribute: presence[1]!, operator, values: [] };
  }
  const match = COMPARISON.exec(trimmed);
  if (match === null) return { kind: 'opaque', text };
  const attribute = match[1]!;
  if (match[2] === undefined) return { kind: 'parsed', attribute, values: [] };
  const operator = match[2].toUpperCase().replace(/\s+/g, ' ') as Operator;
  const values = parseValues(match[3]!, operator === 'IN' || operator === 'NOT IN');
  return values === undefined ? { kind: 'opaque', text } : { kind: 'parsed', attribute, operator, values };
}

/** The requirement of a posture name that is not defined: nothing is known about it. */
export function undefinedPosture(name: string): PostureCondition[] {
  return [{ kind: 'opaque', text: name }];
}

function parseValues(text: string, list: boolean): PostureValue[] | undefined {
  if (!list) {
    const value = parseValue(text);
    return value === undefined ? undefined : [value];
  }
  const match = /^\[(.*)\]$/s.exec(text.trim());
  if (match === null) return undefined;
  const items = match[1]!.trim() === '' ? [] : match[1]!.split(',');
  const values = items.map((item) => parseValue(item));
  return values.every((v) => v !== undefined) ? (values as PostureValue[]) : undefined;
}

function parseValue(text: string): PostureValue | undefined {
  const trimmed = text.trim();
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(trimmed);
  if (quoted !== null) return quoted[1] ?? quoted[2]!;
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^-?[0-9]+(\.[0-9]+)?$/.test(trimmed)) return Number(trimmed);
  return undefined;
}

/**
 * `IS SET` tests presence; every other condition on an attribute that is not set is false. The
 * documentation lists `NOT SET`, yet says a posture naming an unset attribute never matches,
 * whatever the operator: on an unset attribute it is unknown (docs/policy-semantics.md §5.7).
 */
export function evaluateCondition(condition: PostureCondition, attrs: Attributes): Tri {
  if (condition.kind === 'opaque') return 'unknown';
  const actual = attrs.get(condition.attribute);
  const { operator, values } = condition;
  if (operator === 'IS SET') return fromBool(actual !== undefined);
  if (operator === 'NOT SET') return actual === undefined ? 'unknown' : 'no';
  if (actual === undefined) return 'no';
  if (operator === undefined) return equal(actual, true);
  if (operator === 'IN') return equalsAny(actual, values);
  if (operator === 'NOT IN') return not(equalsAny(actual, values));
  const expected = values[0]!;
  if (operator === '==') return equal(actual, expected);
  if (operator === '!=') return not(equal(actual, expected));
  const order = compare(actual, expected);
  if (order === undefined) return 'unknown';
  if (operator === '<') return fromBool(order < 0);
  if (operator === '<=') return fromBool(order <= 0);
  return fromBool(operator === '>' ? order > 0 : order >= 0);
}

/**
 * Equal values are equal. Whether the server compares strings ignoring case, or a string with the
 * number or boolean it spells, is not known (docs/policy-semantics.md §5.7): such pairs are unknown.
 */
function equal(a: PostureValue, b: PostureValue): Tri {
  if (a === b) return 'yes';
  const alike = String(a).toLowerCase() === String(b).toLowerCase() || spells(a, b) || spells(b, a);
  return alike ? 'unknown' : 'no';
}

/** Whether `value` equals one of `values` (IN and NOT IN). */
function equalsAny(value: PostureValue, values: readonly PostureValue[]): Tri {
  return values.reduce<Tri>((acc, v) => or(acc, equal(value, v)), 'no');
}

/** Whether a string spells the number, in any decimal form (`'72'`, `'72.0'`, `'072'`). */
function spells(text: PostureValue, number: PostureValue): boolean {
  return typeof text === 'string' && typeof number === 'number' && text.trim() !== '' && Number(text) === number;
}

/**
 * Numbers numerically; versions (strings that start with a digit) in Tailscale's version order;
 * anything else, a number against a string included, is unknown: the documentation orders only
 * numbers and versions.
 */
function compare(a: PostureValue, b: PostureValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a !== 'string' || typeof b !== 'string' || !VERSION_START.test(a) || !VERSION_START.test(b))
    return undefined;
  return compareVersions(a, b);
}

const VERSION_START = /^[0-9]/;

/** A posture holds when all its conditions hold. */
export function evaluatePosture(conditions: readonly PostureCondition[], attrs: Attributes): Tri {
  return conditions.reduce<Tri>((acc, c) => and(acc, evaluateCondition(c, attrs)), 'yes');
}

/**
 * A rule's posture requirement holds when the source satisfies at least one listed posture
 * (UNSURE in the semantics: "any of" is the reading of the docs' examples; see §5.7).
 */
export function evaluateAnyPosture(postures: readonly (readonly PostureCondition[])[], attrs: Attributes): Tri {
  return postures.reduce<Tri>((acc, p) => or(acc, evaluatePosture(p, attrs)), 'no');
}
