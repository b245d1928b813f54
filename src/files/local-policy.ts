import type { Value } from '../hujson/ast.js';
import { HujsonSyntaxError, etag, invalidUtf8Offset, parse, positionAt } from '../hujson/index.js';
import { PolicyFileError } from '../errors.js';
import { describeFileError } from './file-errors.js';
import { RefusedFileError, readWorkspaceFile } from './workspace.js';

/** The policy file from the repository, parsed once and shared by every phase. */
export interface LocalPolicy {
  file: string;
  bytes: Uint8Array;
  text: string;
  root: Value;
  /** What the live policy's ETag will be once this file is applied. */
  etag: string;
}

/** Reads `file` (relative to the current directory), which must be a regular file inside `workspace`. */
export async function readLocalPolicy(file: string, workspace: string): Promise<LocalPolicy> {
  let bytes: Uint8Array;
  try {
    bytes = (await readWorkspaceFile(file, workspace, 'policy-file')).bytes;
  } catch (error) {
    if (error instanceof RefusedFileError) throw new PolicyFileError(error.reason, file);
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PolicyFileError(missing ? 'no such file; check the "policy-file" setting' : describeFileError(error), file);
  }
  return parseLocalPolicy(file, bytes);
}

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

export function parseLocalPolicy(file: string, bytes: Uint8Array): LocalPolicy {
  if (BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte)) {
    throw new PolicyFileError('the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM', file, 1, 1);
  }
  let root: Value;
  try {
    root = parse(bytes);
  } catch (error) {
    if (error instanceof HujsonSyntaxError) throw new PolicyFileError(error.message, file, error.line, error.column);
    throw error;
  }
  // Go keeps invalid UTF-8 inside strings, but the API would not store those bytes as they
  // are, and the live ETag would never match the file again.
  const invalid = invalidUtf8Offset(bytes);
  if (invalid !== -1) {
    const { line, column } = positionAt(bytes, invalid);
    const byte = bytes[invalid]!.toString(16).padStart(2, '0');
    throw new PolicyFileError(`byte 0x${byte} is not valid UTF-8; save the file as UTF-8`, file, line, column);
  }
  return { file, bytes, text: Buffer.from(bytes).toString('utf8'), root, etag: etag(bytes) };
}
