// Typed reading of the parsed HuJSON document with the server's decoding rules: schema keys
// match ASCII-case-insensitively, unknown keys are errors, `null` means absent. Values are
// document indices; nothing is allocated per field read, and error paths and messages are
// built only when an error is reported.

import {
  ARRAY,
  ESCAPED,
  FALSE,
  type HujsonDocument,
  NON_ASCII,
  NULL,
  NUMBER,
  OBJECT,
  type Position,
  STRING,
  TRUE,
} from '../../hujson/index.js';
import type { Finding, NamedList, Text } from '../model.js';
import { goQuote, quoteKey } from '../quote.js';
import { duplicateKeyMessage, legacySynonymConflict, unconfirmed } from '../unsure.js';

export type JsonKind = 'string' | 'number' | 'bool' | 'null' | 'object' | 'array';

/** No value: the member is absent. */
export const ABSENT = -1;

export function kindOf(doc: HujsonDocument, value: number): JsonKind {
  const kind = doc.kind(value);
  switch (kind) {
    case OBJECT:
      return 'object';
    case ARRAY:
      return 'array';
    case STRING:
      return 'string';
    case NUMBER:
      return 'number';
    case TRUE:
    case FALSE:
      return 'bool';
    case NULL:
      return 'null';
  }
}

/**
 * The fields of one Go struct type and, after `Reader.object`, the members found for them.
 * Built once per type; a type is never read inside itself, so one set of slots suffices.
 */
export class Fields {
  /** Canonical names, lowercased (ASCII), for matching. */
  private readonly lower: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly values: Int32Array;
  private readonly keys: Int32Array;

  constructor(readonly names: readonly string[]) {
    this.lower = names.map(asciiLower);
    this.index = new Map(names.map((name, i) => [name, i]));
    this.values = new Int32Array(names.length);
    this.keys = new Int32Array(names.length);
  }

  /** The member value read for `name`, or ABSENT. */
  get(name: string): number {
    return this.values[this.slot(name)]!;
  }

  /** The member name (key) read for `name`, or ABSENT. */
  key(name: string): number {
    return this.keys[this.slot(name)]!;
  }

  clear(): void {
    this.values.fill(ABSENT);
    this.keys.fill(ABSENT);
  }

  set(slot: number, key: number, value: number): void {
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  has(slot: number): boolean {
    return this.values[slot] !== ABSENT;
  }

  /** The slot whose name equals the key literal ASCII-case-insensitively, or -1. */
  match(doc: HujsonDocument, key: number): number {
    if (doc.flags[key]! & (ESCAPED | NON_ASCII)) return this.lower.indexOf(asciiLower(doc.string(key)));
    const src = doc.source;
    const start = doc.starts[key]! + 1;
    const length = doc.ends[key]! - 1 - start;
    for (let slot = 0; slot < this.lower.length; slot++) {
      const name = this.lower[slot]!;
      if (name.length !== length) continue;
      let i = 0;
      while (i < length && lowerByte(src[start + i]!) === name.charCodeAt(i)) i++;
      if (i === length) return slot;
    }
    return -1;
  }

  private slot(name: string): number {
    const slot = this.index.get(name);
    if (slot === undefined) throw new Error(`no field ${name} in this schema`);
    return slot;
  }
}

/**
 * A string read from the document. Its position is worked out from the document only when
 * asked (for an error or a test result): most strings of a valid policy never need one.
 */
class DocumentText implements Text {
  constructor(
    readonly text: string,
    private readonly doc: HujsonDocument,
    private readonly value: number,
  ) {}

  get pos(): Position {
    return this.doc.position(this.value);
  }
}

/**
 * A decoded rule, test or named list: its position too is worked out only when asked (for a
 * validation error or a test result). A plan of two valid policies asks for none. DocumentText
 * does the same for strings on its own: made a subclass, its tens of thousands of constructor
 * calls, mostly unoptimised, cost a whole `plan` 0.6 % more instructions.
 */
class Located {
  readonly #doc: HujsonDocument;
  readonly #value: number;

  constructor(doc: HujsonDocument, value: number) {
    this.#doc = doc;
    this.#value = value;
  }

  get pos(): Position {
    return this.#doc.position(this.#value);
  }
}

/** Distinct strings kept for sharing; past this, a policy of unique strings grows the map no more. */
const REMEMBERED_STRINGS = 1 << 16;

/** Collects decoding errors; every read returns undefined for a value it could not decode. */
export class Reader {
  readonly errors: Finding[] = [];
  /** Constructs accepted without knowing the server's answer (docs/policy-semantics.md, "Notices"). */
  readonly notices: Finding[] = [];

  /** The document being read; decodePolicy sets it. */
  doc!: HujsonDocument;

  /**
   * One copy of each distinct string read: a policy names the same users, groups and tags over
   * and over, and every copy would live until the run ends; a duplicate read dies young instead.
   */
  private readonly distinct = new Map<string, string>();

  fail(message: string, position: Position, path: string): undefined {
    this.errors.push({ message, position, path });
    return undefined;
  }

  notice(message: string, position: Position, path: string): void {
    this.notices.push({ message, position, path });
  }

  /** A decoded record (rule, test, named list) of `value`'s fields, its position worked out only when asked. */
  located<T extends object>(value: number, fields: T): Located & T {
    return Object.assign(new Located(this.doc, value), fields);
  }

  isNull(value: number): boolean {
    return this.doc.kinds[value] === NULL;
  }

  text(value: number): Text {
    let text = this.doc.string(value);
    const known = this.distinct.get(text);
    if (known !== undefined) text = known;
    else if (this.distinct.size < REMEMBERED_STRINGS) this.distinct.set(text, text);
    return new DocumentText(text, this.doc, value);
  }

  private wrongType(value: number, path: string, goType: string): undefined {
    const field = path.replace(/\[\d+\]/g, '').replace(/\[("(?:[^"\\]|\\.)*")\]/g, '');
    const kind = kindOf(this.doc, value);
    const message = `json: cannot unmarshal ${kind} into Go struct field Policy.${field} of type ${goType}`;
    return this.fail(message, this.doc.position(value), path);
  }

  /**
   * Reads an object of schema fields into `fields`; false when it is null or not an object.
   * A duplicate field is accepted with a notice (the server's refusal is not established) and
   * the last one wins, as in Go.
   */
  object(value: number, path: string, goType: string, fields: Fields): boolean {
    fields.clear();
    if (this.isNull(value)) return false;
    if (this.doc.kinds[value] !== OBJECT) return this.wrongType(value, path, goType) ?? false;
    const doc = this.doc;
    for (let key = doc.firstItem(value); key !== -1; key = doc.next(doc.next(key))) {
      const slot = fields.match(doc, key);
      if (slot === -1) {
        const name = doc.string(key);
        this.fail(`json: unknown field ${goQuote(name)}`, doc.position(key), memberPath(path, name));
        continue;
      }
      if (fields.has(slot)) {
        const name = doc.string(key);
        this.notice(unconfirmed(duplicateKeyMessage(name)), doc.position(key), memberPath(path, name));
      }
      fields.set(slot, key, doc.next(key));
    }
    return true;
  }

  /**
   * An object whose keys are data (group names, tags...), matched exactly. As for fields, a
   * duplicate is accepted with a notice and the last one wins, in the last one's place.
   */
  map(value: number, path: string, goType: string): { key: Text; value: number }[] | undefined {
    if (this.isNull(value)) return undefined;
    if (this.doc.kinds[value] !== OBJECT) return this.wrongType(value, path, goType);
    const doc = this.doc;
    const byKey = new Map<string, { key: Text; value: number }>();
    for (let key = doc.firstItem(value); key !== -1; key = doc.next(doc.next(key))) {
      const text = this.text(key);
      if (byKey.delete(text.text)) {
        this.notice(unconfirmed(duplicateKeyMessage(text.text)), text.pos, `${path}[${quoteKey(text.text)}]`);
      }
      byKey.set(text.text, { key: text, value: doc.next(key) });
    }
    return [...byKey.values()];
  }

  /** Whether `value` is an array, reporting a wrong type; null is no array and no error. */
  array(value: number, path: string, goType: string): boolean {
    if (this.isNull(value)) return false;
    if (this.doc.kinds[value] !== ARRAY) return this.wrongType(value, path, goType) ?? false;
    return true;
  }

  /** A string; `field`, when given, is appended to `path` in an error's path. */
  string(value: number, path: string, field?: string): Text | undefined {
    const kind = this.doc.kinds[value];
    if (kind === NULL) return undefined;
    if (kind !== STRING) return this.wrongType(value, fieldPath(path, field), 'string');
    return this.text(value);
  }

  /** A list of strings (undefined when absent or null); a `null` element decodes to "" as in Go. */
  strings(value: number, path: string, field?: string): Text[] | undefined {
    if (value === ABSENT) return undefined;
    const doc = this.doc;
    if (doc.kinds[value] !== ARRAY && !this.array(value, fieldPath(path, field), '[]string')) return undefined;
    // Sized to the list: most lists hold one or two strings, and an array grown by push keeps
    // room for seventeen; a policy has tens of thousands of lists, all kept until the run ends.
    let count = 0;
    for (let element = doc.firstItem(value); element !== -1; element = doc.next(element)) count++;
    const out: Text[] = count === 0 ? [] : new Array<Text>(count);
    let kept = 0;
    let i = 0;
    for (let element = doc.firstItem(value); element !== -1; element = doc.next(element), i++) {
      const kind = doc.kinds[element];
      if (kind === STRING) out[kept++] = this.text(element);
      else if (kind === NULL) out[kept++] = new DocumentText('', doc, element);
      else this.wrongType(element, `${fieldPath(path, field)}[${i}]`, 'string');
    }
    // An element of another type is reported and left out: the list is then shorter than counted.
    out.length = kept;
    return out;
  }

  bool(value: number, path: string): boolean | undefined {
    const kind = this.doc.kinds[value];
    if (kind === NULL) return undefined;
    if (kind !== TRUE && kind !== FALSE) return this.wrongType(value, path, 'bool');
    return kind === TRUE;
  }

  number(value: number, path: string): number | undefined {
    const kind = this.doc.kinds[value];
    if (kind === NULL) return undefined;
    if (kind !== NUMBER) return this.wrongType(value, path, 'float64');
    return Number(this.doc.rawText(value));
  }

  /** A map of name to list of strings (groups, tagOwners, ipsets, postures, routes). */
  namedLists(value: number, path: string): NamedList[] | undefined {
    const members = this.map(value, path, 'map[string][]string');
    if (members === undefined) return undefined;
    return members.map(({ key, value: list }) =>
      this.located(list, {
        name: key,
        items: this.strings(list, `${path}[${quoteKey(key.text)}]`) ?? [],
      }),
    );
  }
}

/** Reads `field` or its legacy synonym; with both set (server's answer unknown) `field` is used, with a notice. */
export function synonym(fields: Fields, field: string, legacy: string, path: string, reader: Reader): number {
  const a = fields.get(field);
  const b = fields.get(legacy);
  if (a !== ABSENT && b !== ABSENT) {
    const position = reader.doc.position(fields.key(legacy));
    reader.notice(unconfirmed(legacySynonymConflict(field, legacy)), position, `${path}.${legacy}`);
  }
  return a !== ABSENT ? a : b;
}

function fieldPath(path: string, field: string | undefined): string {
  return field === undefined ? path : `${path}.${field}`;
}

function memberPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function lowerByte(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
