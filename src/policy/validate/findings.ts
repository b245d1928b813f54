// A small sink for validation findings, so every validator reports the same way.
//
// Three severities (docs/policy-semantics.md, "Errors, warnings and notices"): an error only
// where the server's refusal is established; a warning for what the server itself warns about;
// a notice where the engine accepts a construct whose server-side handling it cannot confirm.

import type { Position } from '../../hujson/index.js';
import type { Finding, Text } from '../model.js';

export class Findings {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  readonly notices: Finding[] = [];

  error(message: string, at: Text | Position, path: string): void {
    this.errors.push({ message, position: 'pos' in at ? at.pos : at, path });
  }

  warning(message: string, at: Text | Position, path: string): void {
    this.warnings.push({ message, position: 'pos' in at ? at.pos : at, path });
  }

  /** Accepted, but not confirmed: the message names the construct and why it is unconfirmed. */
  notice(message: string, at: Text | Position, path: string): void {
    this.notices.push({ message, position: 'pos' in at ? at.pos : at, path });
  }
}

export function itemPath(base: string, field: string, index: number): string {
  return `${base}.${field}[${index}]`;
}
