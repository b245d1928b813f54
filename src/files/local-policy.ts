import type { HujsonDocument } from '../hujson/index.js';
import {
  FormattedTooLargeError,
  HujsonSyntaxError,
  etag,
  invalidUtf8Offset,
  parse,
  positionAt,
} from '../hujson/index.js';
import { PolicyFileError } from '../errors.js';
import { describeFileError } from './file-errors.js';
import { RefusedFileError, readWorkspaceFile } from './workspace.js';

/** The policy file from the repository, parsed once and shared by every phase. */
export interface LocalPolicy {
  file: string;
  bytes: Uint8Array;
  text: string;
  root: HujsonDocument;
  /** What the live policy's ETag will be once this file is applied. */
  etag: string;
}

/**
 * Reads `file` (relative to the current directory), which must be a regular file inside
 * `workspace`; `setting` is the setting that named it, as messages name it (settingName).
 */
export async function readLocalPolicy(file: string, workspace: string, setting: string): Promise<LocalPolicy> {
  let bytes: Uint8Array;
  try {
    bytes = (await readWorkspaceFile(file, workspace, setting)).bytes;
  } catch (error) {
    if (error instanceof RefusedFileError) throw new PolicyFileError(error.reason, file);
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PolicyFileError(missing ? `no such file; check ${setting}` : describeFileError(error), file);
  }
  return parseLocalPolicy(file, bytes);
}

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

export function parseLocalPolicy(file: string, bytes: Uint8Array): LocalPolicy {
  const root = parsePolicyBytes(file, bytes);
  return { file, bytes, text: Buffer.from(bytes).toString('utf8'), root, etag: etagOf(file, root) };
}

/** The file's ETag; a file too large once formatted is refused as a file too large to read is. */
function etagOf(file: string, root: HujsonDocument): string {
  try {
    return etag(root);
  } catch (error) {
    if (error instanceof FormattedTooLargeError) throw new PolicyFileError(error.message, file);
    throw error;
  }
}

/**
 * A policy file's bytes, parsed the one way every command reads them (the action, and the CLI's
 * fmt, check, test, apply and drift), so a bad file gets the same verdict and the same words
 * from each; PolicyFileError names the file, and the line and column where there is one.
 */
export function parsePolicyBytes(file: string, bytes: Uint8Array): HujsonDocument {
  const bom = byteOrderMark(file, bytes);
  if (bom !== undefined) throw bom;
  let root: HujsonDocument;
  try {
    root = parse(bytes);
  } catch (error) {
    if (!(error instanceof HujsonSyntaxError)) throw error;
    if (holdsNoValue(bytes)) {
      const reason = 'the file is empty (only blank space or comments); a policy file holds one JSON object';
      throw new PolicyFileError(`${reason}, at least {}`, file);
    }
    // The cause keeps Go's full wording, which `check --json` reports as the API would.
    const hint = unterminatedComment(bytes, error);
    const message = shortened(error.message);
    const reason = hint === undefined ? message : `${message}; ${hint}`;
    throw Object.assign(new PolicyFileError(reason, file, error.line, error.column), { cause: error });
  }
  const invalid = invalidUtf8(file, bytes);
  if (invalid !== undefined) throw invalid;
  return root;
}

const SLASH = 0x2f;

/** Most characters of a syntax error's message a line shows (Go quotes a bad token whole). */
const MAX_MESSAGE_CHARACTERS = 1_000;

function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARACTERS) return message;
  const kept = Array.from(message.slice(0, MAX_MESSAGE_CHARACTERS));
  // A surrogate pair cut in two leaves half a character: dropped.
  if (/[\ud800-\udbff]$/.test(kept.at(-1) ?? '')) kept.pop();
  return `${kept.join('')}… (${message.length} characters in all)`;
}

/** How to end a comment the file leaves open; Go's hujson ends a // comment only at a newline. */
function unterminatedComment(bytes: Uint8Array, error: HujsonSyntaxError): string | undefined {
  if (error.message !== 'parsing comment: unexpected EOF') return undefined;
  return bytes[error.offset + 1] === SLASH
    ? 'a // comment needs a newline after it: end the file with one'
    : 'a /* comment needs its closing */';
}

function byteOrderMark(file: string, bytes: Uint8Array): PolicyFileError | undefined {
  if (!BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte)) return undefined;
  const reason = 'the file starts with a byte-order mark, which HuJSON does not allow; save it as UTF-8 without BOM';
  return new PolicyFileError(reason, file, 1, 1);
}

// Go keeps invalid UTF-8 inside strings, but the API would not store those bytes as they
// are, and the live ETag would never match the file again.
function invalidUtf8(file: string, bytes: Uint8Array): PolicyFileError | undefined {
  const invalid = invalidUtf8Offset(bytes);
  if (invalid === -1) return undefined;
  const { line, column } = positionAt(bytes, invalid);
  const byte = bytes[invalid]!.toString(16).padStart(2, '0');
  return new PolicyFileError(`byte 0x${byte} is not valid UTF-8; save the file as UTF-8`, file, line, column);
}

/**
 * Whether a file that failed to parse holds nothing but blank space and comments: then a value
 * placed after it parses (after a newline, which ends a trailing line comment). Error path only.
 */
function holdsNoValue(bytes: Uint8Array): boolean {
  try {
    parse(Buffer.concat([bytes, Buffer.from('\n{}')]));
    return true;
  } catch {
    return false;
  }
}
