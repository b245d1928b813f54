// Go's hujson output for 600 documents, byte for byte (test/fixtures/conformance/hujson/README.md;
// the rules are in docs/hujson-format.md).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etag, format, minimize, standardize } from '../../src/hujson/index.js';
import { syntaxErrorOf } from './syntax-error.js';

interface ConformanceCase {
  name: string;
  input: string;
  format: string | null;
  standardize: string | null;
  minimize: string | null;
  etag: string | null;
  error: { line: number; column: number; message: string } | null;
}

const casesFile = new URL('../fixtures/conformance/hujson/cases.jsonl', import.meta.url);
const cases: ConformanceCase[] = readFileSync(casesFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ConformanceCase);
const valid = cases.filter((c) => c.error === null);
const invalid = cases.filter((c) => c.error !== null);
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('hujson conformance with Go', () => {
  it('loads all 600 cases', () => {
    expect(cases).toHaveLength(600);
  });

  it.each(valid.map((c) => [c.name, c] as const))('format %s', (_, c) => {
    expect(text(format(c.input))).toBe(c.format);
  });

  it.each(valid.map((c) => [c.name, c] as const))('standardize %s', (_, c) => {
    expect(text(standardize(c.input))).toBe(c.standardize);
  });

  it.each(valid.map((c) => [c.name, c] as const))('minimize %s', (_, c) => {
    expect(text(minimize(c.input))).toBe(c.minimize);
  });

  it.each(valid.map((c) => [c.name, c] as const))('etag %s', (_, c) => {
    expect(etag(c.input)).toBe(c.etag);
  });

  it.each(invalid.map((c) => [c.name, c] as const))('error %s', (_, c) => {
    const error = syntaxErrorOf(() => format(c.input));
    // The file keeps only the first line of a message (an invalid string token may span lines).
    expect({ line: error.line, column: error.column, message: error.message.split('\n')[0] }).toEqual(c.error);
    for (const operation of [standardize, minimize, etag]) {
      expect(syntaxErrorOf(() => operation(c.input)).fullMessage).toBe(error.fullMessage);
    }
  });
});
