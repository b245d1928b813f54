import { describe, expect, it } from 'vitest';
import { writeLines } from '../../src/cli/io.js';
import { fakeIO } from './fake-io.js';

/** The chunks writeLines hands to stdout. */
function chunksOf(lines: string[]): string[] {
  const chunks: string[] = [];
  writeLines({ ...fakeIO(), stdout: (chunk) => chunks.push(String(chunk)) }, lines);
  return chunks;
}

const long = (n: number): string => 'x'.repeat(n);

describe('writeLines', () => {
  it.each([
    { name: 'a short report is one chunk', lines: ['a', 'b'], chunks: ['a\nb\n'] },
    { name: 'one line is one chunk with its line feed', lines: ['only'], chunks: ['only\n'] },
    {
      name: 'lines go out about 32 KB at a time, each whole',
      lines: [long(20_000), long(20_000), long(20_000)],
      chunks: [`${long(20_000)}\n${long(20_000)}\n`, `${long(20_000)}\n`],
    },
    {
      name: 'a line longer than a batch goes out alone',
      lines: [long(40_000), 'z'],
      chunks: [`${long(40_000)}\n`, 'z\n'],
    },
    { name: 'nothing for no lines', lines: [], chunks: [] },
  ])('$name', ({ lines, chunks }) => {
    expect(chunksOf(lines)).toEqual(chunks);
  });
});
