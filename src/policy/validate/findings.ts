// A small sink for validation findings, so every validator reports the same way.

import type { Position } from '../../hujson/index.js';
import type { Finding, Text } from '../model.js';

export class Findings {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];

  error(message: string, at: Text | Position, path: string): void {
    this.errors.push({ message, position: 'pos' in at ? at.pos : at, path });
  }

  warning(message: string, at: Text | Position, path: string): void {
    this.warnings.push({ message, position: 'pos' in at ? at.pos : at, path });
  }
}

export function itemPath(base: string, field: string, index: number): string {
  return `${base}.${field}[${index}]`;
}
