// What a CLI command may touch, passed in so tests can run commands in-process with fakes.

import { writeSync } from 'node:fs';
import { neutralizeLogLine } from '../render/actions/log-line.js';
import { BIDI_CONTROL } from '../render/bidi.js';
import { unitEscape } from '../render/controls.js';
import { readLimited, type StdinRefusal } from './stdin.js';

export interface CliIO {
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (chunk: string | Uint8Array) => void;
  /** Standard input (stdin.ts): its bytes, or why not, past `limit` bytes or at `until` (a Date.now() time). */
  readStdin: (limit: number, until?: number) => Promise<Uint8Array | StdinRefusal>;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit statuses shared by every command: 0 success, 1 a check failed, 2 a usage error or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A descriptor's writer, and whether a stream still holds some of what it was given. */
interface FdWriter {
  write: (chunk: string | Uint8Array) => void;
  pending: () => boolean;
}

/**
 * Standard output or error through write(2) itself: creating process.stdout loads a stream
 * implementation, a cost a one-shot `fmt` notices, and on POSIX a stream writes to a pipe
 * asynchronously. A descriptor that would block (a non-blocking pipe, EAGAIN) hands the rest to
 * the stream, which then takes every later chunk, so the order holds. A reader that went away
 * (EPIPE, as in `fmt | head`) gets nothing more, and the command finishes without a stack trace.
 */
function fdWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): FdWriter {
  let viaStream = false;
  let readerGone = false;
  const write = (chunk: string | Uint8Array): void => {
    if (readerGone) return;
    if (viaStream) {
      stream().write(chunk);
      return;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        readerGone = true;
        return;
      }
      if (code !== 'EAGAIN') throw error;
      viaStream = true;
      stream().write(bytes.subarray(written));
    }
  };
  return { write, pending: () => viaStream };
}

/**
 * Text for people, line by line unable to carry a workflow command: in CI (a GitHub Actions
 * step, a pre-commit hook there) the runner reads the CLI's output, and file names and policy
 * strings come from the merge request (render/actions/log-line.ts says how).
 */
export function inertText(text: string): string {
  return text.split('\n').map(neutralizeLogLine).join('\n');
}

/**
 * A line for standard error: a file name, an argument or a quoted invalid literal can hold a line
 * break, which would split the message (and make its second half look like a line of its own).
 */
export function errorLine(message: string): string {
  return `${neutralizeLogLine(message)}\n`;
}

/** About how much text a LineWriter hands to `stdout` at a time. */
const LINES_BATCH = 32 * 1024;

/**
 * Prints lines as they are made, each with its line feed, handed to `io.stdout` some 32 KB at a
 * time: a large policy's report runs to megabytes, and a process that never holds it whole (as
 * lines, then one string, then bytes) touches that much less fresh memory (1.7 MB policy: 2.75 MB
 * of output, written in 26 ms instead of 47 ms here). `flush` prints what is left.
 */
export class LineWriter {
  private batch: string[] = [];
  private size = 0;

  constructor(private readonly io: CliIO) {}

  push(line: string): void {
    this.batch.push(neutralizeLogLine(line));
    this.size += line.length + 1;
    if (this.size >= LINES_BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.length === 0) return;
    this.io.stdout(`${this.batch.join('\n')}\n`);
    this.batch = [];
    this.size = 0;
  }
}

/**
 * Long text (a JSON report, a plan) handed to `io.stdout` in pieces of about 32 KB, none ending
 * inside a surrogate pair: writing it whole would first make a buffer as large as the text,
 * megabytes of fresh memory for a large policy.
 */
export function writeText(io: CliIO, text: string): void {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + LINES_BATCH, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    io.stdout(text.slice(start, end));
    start = end;
  }
}

/**
 * A JSON document as the CLI prints it: indented by two spaces, then a line feed. JSON.stringify
 * escapes the C0 controls but not U+0085, U+2028 or U+2029, which a runner may take for line
 * breaks, nor DEL and the other C1 controls (U+009B starts a terminal's control sequence), nor
 * bidi controls (render/bidi.ts), nor `##[`, a workflow command anywhere in a line; inside
 * strings (the only place they occur) their escapes mean the same text.
 */
export function writeJson(io: CliIO, value: unknown): void {
  const json = JSON.stringify(value, null, 2);
  // Tested first: a report runs to megabytes, and replacing would copy it whole each time.
  const inert = !JSON_COMMAND_LIKE.test(json)
    ? json
    : json.replace(new RegExp(JSON_COMMAND_LIKE.source, 'g'), (found) =>
        found === '##[' ? '#\\u0023[' : unitEscape(found),
      );
  writeText(io, inert);
  io.stdout('\n');
}

const JSON_COMMAND_LIKE = new RegExp(String.raw`##\[|[\u007f-\u009f\u2028\u2029]|` + BIDI_CONTROL.source);

/** The process's own IO, and whether all its output has reached the descriptors (cli.ts). */
export function processIO(): CliIO & { settled: () => boolean } {
  const out = fdWriter(1, () => process.stdout);
  const err = fdWriter(2, () => process.stderr);
  return {
    stdout: out.write,
    // Every message: each names a file or quotes a policy, which a merge request may have chosen.
    stderr: (chunk) => err.write(typeof chunk === 'string' ? inertText(chunk) : chunk),
    readStdin: (limit, until) => readLimited(process.stdin, limit, until),
    env: process.env,
    settled: () => !out.pending() && !err.pending(),
  };
}
