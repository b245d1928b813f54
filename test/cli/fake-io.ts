// An in-memory CliIO for running commands in-process.
import type { CliIO } from '../../src/cli/io.js';

export interface FakeIO extends CliIO {
  /** Everything written to stdout so far, as text. */
  out(): string;
  /** Everything written to stderr so far, as text. */
  err(): string;
}

export function fakeIO(stdin = ''): FakeIO {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const text = (chunk: string | Uint8Array): string =>
    typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return {
    stdout: (chunk) => stdout.push(text(chunk)),
    stderr: (chunk) => stderr.push(text(chunk)),
    readStdin: async (limit) => (Buffer.byteLength(stdin) > limit ? 'too large' : Buffer.from(stdin)),
    env: {},
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}
