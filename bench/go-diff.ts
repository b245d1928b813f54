// Our HuJSON engine against Go's own library, byte for byte: Format, Standardize, Minimize, and
// Parse then Pack, on the vendored conformance inputs, byte-level mutants of them, and seeded
// random documents. Needs HUJSON_GO, a build of bench/go (bench/go/build.sh); without it, says
// so. Where both accept an input the bytes must be equal; where one refuses it, so must the
// other, but for nesting deeper than MAX_NESTING_DEPTH, which Go's hujson takes and we refuse as
// the server's encoding/json does (docs/hujson-format.md §5). Error messages are not compared:
// their wording differs by design.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  format,
  HujsonSyntaxError,
  MAX_NESTING_DEPTH,
  minimize,
  pack,
  parse,
  standardize,
} from '../src/hujson/index.js';
import { HujsonGenerator, seededRandom } from '../test/hujson/generator.js';

const OPERATIONS = ['Format', 'Standardize', 'Minimize', 'Parse+Pack'] as const;
const RUN: ((input: Uint8Array) => Uint8Array)[] = [format, standardize, minimize, (input) => pack(parse(input))];
const CASES = 'test/fixtures/conformance/hujson/cases.jsonl';
const MUTANTS_PER_CASE = 4;
const SETTINGS = [
  { seed: 11, count: 4000, options: { maxDepth: 4, extraChance: 0.5, commentChance: 0.25 } },
  { seed: 22, count: 4000, options: { maxDepth: 2, extraChance: 0.9, commentChance: 0.6 } },
  { seed: 33, count: 2000, options: { maxDepth: 7, extraChance: 0.7, commentChance: 0.4 } },
];
/** What a mutation puts in: structure, quotes, comment starts, line ends, and bytes no UTF-8 has. */
const MUTATION_BYTES = [...new TextEncoder().encode('{}[],:"\\/*\n\r\t 0-.e\u00a0'), 0x80, 0xff, 0xc0, 0xed];

/** One result: done (with the bytes) or refused (ours say whether for the nesting limit). */
type Result = { done: true; bytes: Uint8Array } | { done: false; tooDeep?: boolean };

export function benchGoDiff(): Promise<string[]> {
  const go = process.env['HUJSON_GO'] || undefined;
  if (go === undefined)
    return Promise.resolve(['go-diff: skipped (HUJSON_GO names no build of bench/go; see bench/go/build.sh)']);
  return Promise.resolve(compare(go));
}

function compare(go: string): string[] {
  const inputs = corpus();
  const theirs = goResults(go, inputs);
  const differences: string[] = [];
  const counts = { refused: 0, tooDeep: 0 };
  inputs.forEach((input, i) => {
    RUN.forEach((run, op) => {
      const ours = ourResult(run, input);
      const other = theirs[i * OPERATIONS.length + op]!;
      if (!ours.done && !other.done) counts.refused++;
      else if (!ours.done && ours.tooDeep === true) counts.tooDeep++;
      else if (ours.done !== other.done || (ours.done && other.done && !Buffer.from(ours.bytes).equals(other.bytes)))
        differences.push(`${OPERATIONS[op]} of ${JSON.stringify(Buffer.from(input).toString('latin1'))}`);
    });
  });
  const summary =
    `go-diff: ${inputs.length} inputs × ${OPERATIONS.length} operations against Go's hujson: ` +
    `${differences.length} differences (${counts.refused} results refused by both, ` +
    `${counts.tooDeep} refused by us alone for nesting deeper than ${MAX_NESTING_DEPTH})`;
  return [summary, ...differences.slice(0, 10).map((d) => `  ${d.slice(0, 300)}`)];
}

/** The vendored cases, mutants of them, and generated documents, as bytes. */
function corpus(): Uint8Array[] {
  const encoder = new TextEncoder();
  const cases = readFileSync(CASES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => encoder.encode((JSON.parse(line) as { input: string }).input));
  const random = seededRandom(7);
  const mutants = cases.flatMap((input) => Array.from({ length: MUTANTS_PER_CASE }, () => mutate(input, random)));
  const generated = SETTINGS.flatMap(({ seed, count, options }) => {
    const generator = new HujsonGenerator(seed, options);
    return Array.from({ length: count }, () => encoder.encode(generator.document()));
  });
  return [...cases, ...mutants, ...generated];
}

/** One to three byte edits: a deletion, an insertion or a replacement. */
function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const bytes = [...input];
  const pick = (): number => MUTATION_BYTES[Math.floor(random() * MUTATION_BYTES.length)]!;
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const at = Math.floor(random() * (bytes.length + 1));
    const roll = random();
    if (roll < 1 / 3) bytes.splice(at, 1);
    else if (roll < 2 / 3) bytes.splice(at, 0, pick());
    else bytes[Math.min(at, bytes.length - 1)] = pick();
  }
  return Uint8Array.from(bytes);
}

function ourResult(run: (input: Uint8Array) => Uint8Array, input: Uint8Array): Result {
  try {
    // A copy, as Go is given one: nothing may depend on an operation leaving its input alone.
    return { done: true, bytes: run(input.slice()) };
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    return { done: false, tooDeep: error.fullMessage.endsWith('exceeded max depth') };
  }
}

/** Every input through `hujson-go ops`: four results per input, in order. */
function goResults(go: string, inputs: readonly Uint8Array[]): Result[] {
  const records = inputs.flatMap((input) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(input.length);
    return [length, Buffer.from(input)];
  });
  const run = spawnSync(go, ['ops'], { input: Buffer.concat(records), maxBuffer: 1 << 30 });
  if (run.error !== undefined) throw new Error(`HUJSON_GO=${go} could not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${go} ops failed (${run.status}): ${run.stderr.toString().slice(0, 300)}`);
  const results: Result[] = [];
  for (let at = 0; at < run.stdout.length;) {
    const length = run.stdout.readUInt32LE(at + 1);
    const done = run.stdout[at] === 0;
    results.push(done ? { done, bytes: run.stdout.subarray(at + 5, at + 5 + length) } : { done });
    at += 5 + length;
  }
  if (results.length !== inputs.length * OPERATIONS.length) throw new Error(`${go} ops gave ${results.length} results`);
  return results;
}
