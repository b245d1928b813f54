// A bounded differential fuzz: seeded random documents and byte-level mutations of them, each
// checked against judges that share no code with the engine. JSON.parse judges standardize and
// minimize; a scan written here judges error positions; format must be a fixed point whose
// output keeps the value. Seeds are fixed, so a failure reproduces; the run takes well under three seconds.

import { describe, expect, it } from 'vitest';
import { format, HujsonSyntaxError, minimize, parse, standardize, toJSON } from '../../src/hujson/index.js';
import { HujsonGenerator, seededRandom } from './generator.js';

const SEEDS = [101, 202];
const DOCUMENTS_PER_SEED = 20;
const MUTANTS_PER_DOCUMENT = 3;
const encoder = new TextEncoder();
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

/** Random documents with comments in most slots, escapes, CR/LF mixtures and trailing commas. */
function corpus(seed: number): string[] {
  const generator = new HujsonGenerator(seed, { maxDepth: 4, extraChance: 0.7, commentChance: 0.4 });
  return Array.from({ length: DOCUMENTS_PER_SEED }, () => generator.document());
}

/** Line and byte column of `offset`, counted independently of the engine: 1 + LFs before it. */
function lineAndColumn(source: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (source[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

function outcome(operation: () => Uint8Array): Uint8Array | HujsonSyntaxError {
  try {
    return operation();
  } catch (error) {
    if (error instanceof HujsonSyntaxError) return error;
    throw error;
  }
}

const MUTATION_BYTES = encoder.encode('{}[],:"\\/*\n\r\t 0a-.eé');

function mutate(source: Uint8Array, random: () => number): Uint8Array {
  const bytes = Array.from(source);
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const at = Math.floor(random() * (bytes.length + 1));
    const roll = random();
    if (roll < 0.3) bytes.splice(at, 1);
    else if (roll < 0.6) bytes.splice(at, 0, MUTATION_BYTES[Math.floor(random() * MUTATION_BYTES.length)]!);
    else bytes[Math.min(at, bytes.length - 1)] = MUTATION_BYTES[Math.floor(random() * MUTATION_BYTES.length)]!;
  }
  return Uint8Array.from(bytes);
}

describe.each(SEEDS)('differential fuzz, seed %i', (seed) => {
  const documents = corpus(seed);

  it('standardize and minimize agree with JSON.parse, and with each other', () => {
    for (const doc of documents) {
      const standardized = text(standardize(doc));
      const expected: unknown = JSON.parse(standardized);
      expect(JSON.parse(text(minimize(doc)))).toEqual(expected);
      expect(toJSON(parse(doc))).toEqual(expected);
      expect(standardize(doc).length).toBe(encoder.encode(doc).length);
    }
  });

  it('format is a fixed point that keeps the value and parses as JSON once comments are blanked', () => {
    for (const doc of documents) {
      const formatted = format(doc);
      expect(text(format(formatted))).toBe(text(formatted));
      expect(JSON.parse(text(standardize(formatted)))).toEqual(JSON.parse(text(standardize(doc))));
    }
  });

  it('mutants either parse consistently or fail at a position a plain scan agrees with', () => {
    const random = seededRandom(seed * 7);
    for (const doc of documents) {
      const source = encoder.encode(doc);
      for (let n = 0; n < MUTANTS_PER_DOCUMENT; n++) {
        const mutant = mutate(source, random);
        const result = outcome(() => format(mutant));
        if (result instanceof HujsonSyntaxError) {
          expect([result.line, result.column]).toEqual(lineAndColumn(mutant, result.offset));
          expect(result.offset).toBeGreaterThanOrEqual(0);
          expect(result.offset).toBeLessThanOrEqual(mutant.length);
          expect(result.fullMessage).toBe(`hujson: line ${result.line}, column ${result.column}: ${result.message}`);
          for (const operation of [standardize, minimize]) expect(outcome(() => operation(mutant))).toEqual(result);
        } else {
          expect(text(format(result))).toBe(text(result));
          expect(JSON.parse(text(minimize(mutant)))).toEqual(JSON.parse(text(standardize(mutant))));
        }
      }
    }
  });
});
