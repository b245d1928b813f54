// How every command reads the files it is named: `-` is standard input, and a file that cannot
// be read (missing, a directory, no permission) is one rule everywhere: the line
// `tailnet-policy <command>: cannot read FILE: reason` and exit status 2. Commands that take
// several files go on with the others.

import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { describeFileError } from '../files/file-errors.js';
import type { CliIO } from './io.js';

export const STDIN = '-';

/** The name messages use for a file argument. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/** A file argument that cannot be read; `message` is the whole line, without the newline. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(command: string, file: string, cause: unknown) {
    super(`tailnet-policy ${command}: cannot read ${displayName(file)}: ${describeFileError(cause)}`);
  }
}

export async function readInput(command: string, file: string, io: CliIO): Promise<Uint8Array> {
  try {
    return file === STDIN ? await io.readStdin() : await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(command, file, error);
  }
}

/** For commands whose engine reads the file itself: the same rule, checked before any request. */
export async function requireReadable(command: string, file: string): Promise<void> {
  try {
    if ((await stat(file)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    await access(file, constants.R_OK);
  } catch (error) {
    throw new UnreadableFileError(command, file, error);
  }
}
