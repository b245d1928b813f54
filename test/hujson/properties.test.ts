// Properties the spec guarantees, checked on seeded random documents and their mutations.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  etag,
  format,
  HujsonSyntaxError,
  minimize,
  pack,
  parse,
  positionAt,
  standardize,
  toJSON,
} from '../../src/hujson/index.js';
import { HujsonGenerator, seededRandom } from './generator.js';

const DOCUMENTS = 400;
const encoder = new TextEncoder();
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

function documents(seed: number, count: number): string[] {
  const generator = new HujsonGenerator(seed);
  return Array.from({ length: count }, () => generator.document());
}

const corpus = documents(1, DOCUMENTS);
const plainCorpus = documents(2, 100).map((doc) => text(minimize(doc)));

function offsetsOf(bytes: Uint8Array, byte: number): number[] {
  const offsets: number[] = [];
  bytes.forEach((b, i) => b === byte && offsets.push(i));
  return offsets;
}

describe('hujson properties on random documents', () => {
  it('generates documents that parse', () => {
    for (const doc of corpus) expect(() => parse(doc)).not.toThrow();
  });

  it('pack(parse(x)) gives back x byte for byte', () => {
    for (const doc of corpus) expect(text(pack(parse(doc)))).toBe(doc);
  });

  it('format is idempotent and its output parses and ends with one newline', () => {
    for (const doc of corpus) {
      const formatted = format(doc);
      expect(text(format(formatted))).toBe(text(formatted));
      expect(formatted[formatted.length - 1]).toBe(0x0a);
      expect(formatted[formatted.length - 2]).not.toBe(0x0a);
    }
  });

  it('format output uses only LF line ends', () => {
    for (const doc of corpus) expect(text(format(doc))).not.toMatch(/\r/);
  });

  it('standardize keeps the length and every line break, and yields JSON with the same values', () => {
    for (const doc of corpus) {
      const source = encoder.encode(doc);
      const standardized = standardize(source);
      expect(standardized.length).toBe(source.length);
      expect(offsetsOf(standardized, 0x0a)).toEqual(offsetsOf(source, 0x0a));
      expect(offsetsOf(standardized, 0x0d)).toEqual(offsetsOf(source, 0x0d));
      expect(JSON.parse(text(standardized))).toEqual(toJSON(parse(source)));
    }
  });

  it('minimize gives the same JSON value with no whitespace at all', () => {
    for (const doc of corpus) {
      const minimized = text(minimize(doc));
      expect(JSON.parse(minimized)).toEqual(JSON.parse(text(standardize(doc))));
      expect(/[\s]/.test(minimized.replace(/"(?:[^"\\]|\\.)*"/g, ''))).toBe(false);
    }
  });

  it('minimize(format(x)) = minimize(format(minimize(x))): only strings change, the same way', () => {
    for (const doc of corpus) {
      expect(text(minimize(format(doc)))).toBe(text(minimize(format(minimize(doc)))));
    }
  });

  it('format keeps standard JSON standard and the value unchanged', () => {
    for (const doc of plainCorpus) {
      const formatted = format(doc);
      expect(text(standardize(formatted))).toBe(text(formatted));
      expect(JSON.parse(text(formatted))).toEqual(JSON.parse(doc));
    }
  });

  it('etag is the SHA-256 of the formatted bytes', () => {
    for (const doc of corpus.slice(0, 50)) {
      expect(etag(doc)).toBe(createHash('sha256').update(format(doc)).digest('hex'));
    }
  });
});

describe('hujson on mutated documents', () => {
  it('either parses or throws a HujsonSyntaxError whose line and column match its offset', () => {
    const random = seededRandom(7);
    for (const doc of corpus.slice(0, 200)) {
      const source = encoder.encode(doc);
      for (let n = 0; n < 5; n++) {
        const mutated = mutate(source, random);
        const outcome = outcomeOf(() => format(mutated));
        if (outcome instanceof HujsonSyntaxError) {
          const { line, column } = positionAt(mutated, outcome.offset);
          expect({ line: outcome.line, column: outcome.column }).toEqual({ line, column });
          expect(outcomeOf(() => standardize(mutated))).toEqual(outcome);
          expect(outcomeOf(() => minimize(mutated))).toEqual(outcome);
        } else {
          expect(text(pack(parse(mutated)))).toBe(text(mutated));
          expect(text(format(outcome))).toBe(text(outcome));
        }
      }
    }
  });
});

const MUTATION_BYTES = encoder.encode('{}[],:"\\/*\n\r\t 0aé');

/** Deletes, duplicates or replaces one byte. */
function mutate(source: Uint8Array, random: () => number): Uint8Array {
  const at = Math.floor(random() * source.length);
  const bytes = Array.from(source);
  const roll = random();
  if (roll < 0.33) bytes.splice(at, 1);
  else if (roll < 0.66) bytes.splice(at, 0, source[at] ?? 0x20);
  else bytes[at] = MUTATION_BYTES[Math.floor(random() * MUTATION_BYTES.length)]!;
  return Uint8Array.from(bytes);
}

function outcomeOf(operation: () => Uint8Array): Uint8Array | HujsonSyntaxError {
  try {
    return operation();
  } catch (error) {
    if (error instanceof HujsonSyntaxError) return error;
    throw error;
  }
}
