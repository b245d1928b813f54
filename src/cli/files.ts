// How every command reads the files it is named: `-` is standard input, and a file that cannot
// be read (missing, a directory, no permission) is one rule everywhere: the line
// `tailnet-policy <command>: cannot read FILE: reason` and exit status 2. Commands that take
// several files go on with the others.

import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { describeFileError } from '../files/file-errors.js';
import { MAX_FILE_BYTES } from '../files/workspace.js';
import type { CliIO } from './io.js';

export const STDIN = '-';

/** The name messages use for a file argument. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/** A file argument that cannot be read; `message` is the whole line, without the newline. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(command: string, file: string, reason: string) {
    super(`tailnet-policy ${command}: cannot read ${displayName(file)}: ${reason}`);
  }
}

// In CI the named file comes from a merge request: a link to a device or a pipe must not hang
// the job, nor a huge file exhaust it. O_NONBLOCK: opening a pipe does not wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 256 * 1024;

async function readRegularFile(file: string): Promise<Uint8Array | string> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return describeFileError({ code: 'EISDIR' });
    if (!info.isFile()) return 'not a regular file (a device, a pipe or a socket)';
    const tooBig = `larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB, the limit for policy files`;
    if (info.size > MAX_FILE_BYTES) return tooBig;
    // Up to one byte more than the cap, which shows a file that grew past it since fstat.
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= MAX_FILE_BYTES) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, MAX_FILE_BYTES + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return total > MAX_FILE_BYTES ? tooBig : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export async function readInput(command: string, file: string, io: CliIO): Promise<Uint8Array> {
  let result: Uint8Array | string;
  try {
    result = file === STDIN ? await io.readStdin() : await readRegularFile(file);
  } catch (error) {
    result = describeFileError(error);
  }
  if (typeof result === 'string') throw new UnreadableFileError(command, file, result);
  return result;
}

/** For commands whose engine reads the file itself: the same rule, checked before any request. */
export async function requireReadable(command: string, file: string): Promise<void> {
  let reason: string | undefined;
  try {
    if ((await stat(file)).isDirectory()) reason = describeFileError({ code: 'EISDIR' });
    else await access(file, constants.R_OK);
  } catch (error) {
    reason = describeFileError(error);
  }
  if (reason !== undefined) throw new UnreadableFileError(command, file, reason);
}
