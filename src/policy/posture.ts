// Device posture conditions (spec §5.7): parsing for validation and evaluation against a test's
// srcPostureAttrs. The operator list and version ordering are UNSURE (spec §5.7): unknown
// orderings evaluate to `unknown` rather than a guess.

import type { PostureValue } from './model.js';
import { and, fromBool, or, type Tri } from './tri.js';
import { POSTURE_ANY_OF } from './unsure.js';

type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT IN';

export interface PostureCondition {
  attribute: string;
  /** Undefined for a bare boolean attribute such as `node:tsAutoUpdate`. */
  operator?: Operator;
  values: PostureValue[];
}

const CONDITION = /^\s*([A-Za-z][\w-]*:[\w.-]+)\s*(?:(==|!=|<=|>=|<|>|NOT\s+IN|IN)\s*(.+?))?\s*$/s;

export function parsePostureCondition(text: string): PostureCondition | undefined {
  const match = CONDITION.exec(text);
  if (match === null) return undefined;
  const attribute = match[1]!;
  if (match[2] === undefined) return { attribute, values: [] };
  const operator = match[2].replace(/\s+/g, ' ') as Operator;
  const values = parseValues(match[3]!, operator === 'IN' || operator === 'NOT IN');
  return values === undefined ? undefined : { attribute, operator, values };
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

/** A condition on attributes that are not set is false, whatever the operator. */
export function evaluateCondition(condition: PostureCondition, attrs: ReadonlyMap<string, PostureValue>): Tri {
  const actual = attrs.get(condition.attribute);
  if (actual === undefined) return 'no';
  const { operator, values } = condition;
  if (operator === undefined) return fromBool(actual === true);
  if (operator === 'IN') return fromBool(values.some((v) => equal(actual, v)));
  if (operator === 'NOT IN') return fromBool(!values.some((v) => equal(actual, v)));
  const expected = values[0]!;
  if (operator === '==') return fromBool(equal(actual, expected));
  if (operator === '!=') return fromBool(!equal(actual, expected));
  const order = compare(actual, expected);
  if (order === undefined) return 'unknown';
  return fromBool(operator === '<' ? order < 0 : operator === '<=' ? order <= 0 : operator === '>' ? order > 0 : order >= 0);
}

function equal(a: PostureValue, b: PostureValue): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Numbers numerically; dotted versions (`1.40.2`) part by part; anything else is unknown. */
function compare(a: PostureValue, b: PostureValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const va = versionParts(a);
  const vb = versionParts(b);
  if (va === undefined || vb === undefined) return undefined;
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const diff = (va[i] ?? 0) - (vb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function versionParts(value: PostureValue): number[] | undefined {
  const text = String(value).replace(/^v/, '');
  const core = /^([0-9]+(?:\.[0-9]+)*)/.exec(text);
  return core === null ? undefined : core[1]!.split('.').map(Number);
}

/** A posture holds when all its conditions hold. */
export function evaluatePosture(conditions: readonly PostureCondition[], attrs: ReadonlyMap<string, PostureValue>): Tri {
  return conditions.reduce<Tri>((acc, c) => and(acc, evaluateCondition(c, attrs)), 'yes');
}

/** A rule's posture requirement: any one of the listed postures, or all of them (unsure.ts). */
export function evaluateAnyPosture(postures: readonly (readonly PostureCondition[])[], attrs: ReadonlyMap<string, PostureValue>): Tri {
  const combine = POSTURE_ANY_OF ? or : and;
  return postures.reduce<Tri>((acc, p) => combine(acc, evaluatePosture(p, attrs)), POSTURE_ANY_OF ? 'no' : 'yes');
}
