import { readFile } from 'node:fs/promises';
import type { Value } from '../hujson/ast.js';
import { HujsonSyntaxError, etag, parse } from '../hujson/index.js';
import { PolicyFileError } from '../errors.js';
import { describeFileError } from './file-errors.js';

/** The policy file from the repository, parsed once and shared by every phase. */
export interface LocalPolicy {
  file: string;
  bytes: Uint8Array;
  text: string;
  root: Value;
  /** What the live policy's ETag will be once this file is applied. */
  etag: string;
}

export async function readLocalPolicy(file: string, read: (file: string) => Promise<Uint8Array> = readFile): Promise<LocalPolicy> {
  let bytes: Uint8Array;
  try {
    bytes = await read(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PolicyFileError(missing ? 'no such file; check the "policy-file" setting' : describeFileError(error), file);
  }
  return parseLocalPolicy(file, bytes);
}

export function parseLocalPolicy(file: string, bytes: Uint8Array): LocalPolicy {
  try {
    const root = parse(bytes);
    return { file, bytes, text: Buffer.from(bytes).toString('utf8'), root, etag: etag(bytes) };
  } catch (error) {
    if (error instanceof HujsonSyntaxError) {
      throw new PolicyFileError(error.message, file, error.line, error.column);
    }
    throw error;
  }
}
