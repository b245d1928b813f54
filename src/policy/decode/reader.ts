// Typed reading of the HuJSON tree with the server's decoding rules: schema keys match
// ASCII-case-insensitively, unknown and duplicate keys are errors, `null` means absent.

import { decodeString, type Literal, type Position, type Value } from '../../hujson/index.js';
import type { Finding, Text } from '../model.js';
import { goQuote } from '../quote.js';
import { duplicateKeyMessage, legacySynonymConflict } from '../unsure.js';

export type JsonKind = 'string' | 'number' | 'bool' | 'null' | 'object' | 'array';

export function kindOf(value: Value): JsonKind {
  const node = value.node;
  if (node.kind !== 'literal') return node.kind;
  switch (node.bytes[0]) {
    case 0x22:
      return 'string';
    case 0x74:
    case 0x66:
      return 'bool';
    case 0x6e:
      return 'null';
    default:
      return 'number';
  }
}

export interface Member {
  key: Text;
  value: Value;
}

/** Collects decoding errors; every read returns undefined for a value it could not decode. */
export class Reader {
  readonly errors: Finding[] = [];

  fail(message: string, position: Position, path: string): undefined {
    this.errors.push({ message, position, path });
    return undefined;
  }

  private wrongType(value: Value, path: string, goType: string): undefined {
    const kind = kindOf(value);
    const field = path.replace(/\[\d+\]/g, '').replace(/\[("(?:[^"\\]|\\.)*")\]/g, '');
    return this.fail(`json: cannot unmarshal ${kind} into Go struct field Policy.${field} of type ${goType}`, value.start, path);
  }

  /** An object of schema fields; `fields` are canonical names, matched case-insensitively. */
  object(value: Value, path: string, goType: string, fields: readonly string[]): Map<string, Member> | undefined {
    if (kindOf(value) === 'null') return undefined;
    if (value.node.kind !== 'object') return this.wrongType(value, path, goType);
    const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
    const out = new Map<string, Member>();
    for (const member of value.node.members) {
      const key: Text = { text: decodeString(member.name.node as Literal), pos: member.name.start };
      const canonical = byLower.get(asciiLower(key.text));
      const memberPath = path === '' ? key.text : `${path}.${key.text}`;
      if (canonical === undefined) this.fail(`json: unknown field ${goQuote(key.text)}`, key.pos, memberPath);
      else if (out.has(canonical)) this.fail(duplicateKeyMessage(key.text), key.pos, memberPath);
      else out.set(canonical, { key, value: member.value });
    }
    return out;
  }

  /** An object whose keys are data (group names, tags...): matched exactly, duplicates rejected. */
  map(value: Value, path: string, goType: string): Member[] | undefined {
    if (kindOf(value) === 'null') return undefined;
    if (value.node.kind !== 'object') return this.wrongType(value, path, goType);
    const seen = new Set<string>();
    const out: Member[] = [];
    for (const member of value.node.members) {
      const key: Text = { text: decodeString(member.name.node as Literal), pos: member.name.start };
      if (seen.has(key.text)) {
        this.fail(duplicateKeyMessage(key.text), key.pos, `${path}[${goQuote(key.text)}]`);
        continue;
      }
      seen.add(key.text);
      out.push({ key, value: member.value });
    }
    return out;
  }

  array(value: Value, path: string, goType: string): Value[] | undefined {
    if (kindOf(value) === 'null') return undefined;
    if (value.node.kind !== 'array') return this.wrongType(value, path, goType);
    return value.node.elements;
  }

  string(value: Value, path: string): Text | undefined {
    const kind = kindOf(value);
    if (kind === 'null') return undefined;
    if (kind !== 'string') return this.wrongType(value, path, 'string');
    return { text: decodeString(value.node as Literal), pos: value.start };
  }

  /** A list of strings (undefined when absent or null); a `null` element decodes to "" as in Go. */
  strings(value: Value | undefined, path: string): Text[] | undefined {
    if (value === undefined) return undefined;
    const elements = this.array(value, path, '[]string');
    if (elements === undefined) return undefined;
    const out: Text[] = [];
    elements.forEach((element, i) => {
      if (kindOf(element) === 'null') out.push({ text: '', pos: element.start });
      else {
        const text = this.string(element, `${path}[${i}]`);
        if (text !== undefined) out.push(text);
      }
    });
    return out;
  }

  bool(value: Value, path: string): boolean | undefined {
    const kind = kindOf(value);
    if (kind === 'null') return undefined;
    if (kind !== 'bool') return this.wrongType(value, path, 'bool');
    return (value.node as Literal).bytes[0] === 0x74;
  }

  number(value: Value, path: string): number | undefined {
    const kind = kindOf(value);
    if (kind === 'null') return undefined;
    if (kind !== 'number') return this.wrongType(value, path, 'float64');
    return Number(new TextDecoder().decode((value.node as Literal).bytes));
  }

  /** A map of name to list of strings (groups, tagOwners, ipsets, postures, routes). */
  namedLists(value: Value, path: string): { name: Text; items: Text[]; pos: Position }[] | undefined {
    const members = this.map(value, path, 'map[string][]string');
    if (members === undefined) return undefined;
    const out: { name: Text; items: Text[]; pos: Position }[] = [];
    for (const { key, value: listValue } of members) {
      const items = this.strings(listValue, `${path}[${goQuote(key.text)}]`);
      out.push({ name: key, items: items ?? [], pos: listValue.start });
    }
    return out;
  }
}

/** Reads `field` or its legacy synonym, rejecting both at once. */
export function synonym(fields: Map<string, Member>, field: string, legacy: string, path: string, reader: Reader): Value | undefined {
  const a = fields.get(field);
  const b = fields.get(legacy);
  if (a !== undefined && b !== undefined) reader.fail(legacySynonymConflict(field, legacy), b.key.pos, `${path}.${legacy}`);
  return (a ?? b)?.value;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
