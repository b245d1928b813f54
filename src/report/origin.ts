// Where the live policy came from, in words: one wording for every surface (log, CLI text,
// job summary, comment, drift issue). A surface passes its own way of showing names and
// untrusted text (inline code and escaping in Markdown, plain text elsewhere).

import type { Mode } from '../config/settings.js';
import type { LiveOrigin } from './model.js';

/** How a surface shows the parts of a sentence about the live policy. */
export interface OriginFormat {
  /** A file name. */
  file(name: string): string;
  /** A commit, given its full hash. */
  commit(sha: string): string;
  /** Text from git or the environment (a commit subject, a limitation): untrusted. */
  text(text: string): string;
}

export const PLAIN_FORMAT: OriginFormat = {
  file: (name) => name,
  commit: (sha) => sha.slice(0, 12),
  text: (text) => text,
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Which known version the live policy is. */
export function describeOrigin(origin: LiveOrigin, file: string, format: OriginFormat = PLAIN_FORMAT): string {
  switch (origin.kind) {
    case 'local':
      return `the live policy is this version of ${format.file(file)}`;
    case 'cache':
      return 'the live policy is the version this action last applied (from the cache file)';
    case 'default':
      return "the live policy was Tailscale's untouched default policy";
    case 'commit': {
      const matched = `the live policy matches commit ${format.commit(origin.commit)} (${format.text(origin.subject)})`;
      return origin.behind === 0
        ? `${matched}, the latest commit of the file`
        : `${matched}; ${plural(origin.behind, 'later commit')} of ${format.file(file)} not applied`;
    }
    case 'unknown':
      if (origin.limitation !== undefined)
        return `the live policy matches no known version (${format.text(origin.limitation)})`;
      return origin.compared === undefined
        ? 'the live policy matches no known version'
        : `the live policy matches no known version (the file's last ${origin.compared} versions were compared)`;
  }
}

/** What a live policy that matches nothing known was compared with: `no version of` the file, or its last ones. */
export function noVersionOf(origin: LiveOrigin | undefined): string {
  const compared = origin?.kind === 'unknown' ? origin.compared : undefined;
  return compared === undefined ? 'no version of' : `none of the last ${compared} versions of`;
}

/**
 * Why the live policy matches nothing known: edited outside git (the whole history was
 * searched), or beyond the history this run could see. Undefined for a known version.
 */
export function unknownLiveKind(origin: LiveOrigin | undefined): 'edited-outside-git' | 'beyond-history' | undefined {
  if (origin?.kind !== 'unknown') return undefined;
  return origin.limitation === undefined ? 'edited-outside-git' : 'beyond-history';
}

/**
 * Why a live policy that matches nothing known counts as unknown: an edit made outside git,
 * or a version beyond the history this run could see (a shallow checkout). Undefined when the
 * live policy is a known version.
 */
export function unknownLiveWording(
  origin: LiveOrigin | undefined,
  format: OriginFormat = PLAIN_FORMAT,
): string | undefined {
  if (origin?.kind !== 'unknown') return undefined;
  return origin.limitation === undefined
    ? 'The live policy was edited outside git'
    : `The live policy matches no version this run could see (${format.text(origin.limitation)})`;
}

/**
 * The `manual-edit` output. apply treats a version beyond its sight like an edit, since it may
 * be about to overwrite one; test and drift claim an edit only when the whole history was
 * searched (they report the limitation instead).
 */
export function isManualEdit(mode: Mode, origin: LiveOrigin | undefined): boolean {
  if (origin?.kind !== 'unknown') return false;
  return mode === 'apply' || origin.limitation === undefined;
}
