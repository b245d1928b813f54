// What the action loads: none of the toolkit's packages, and not undici (an HTTP stack and a
// WebAssembly parser). Its own HTTP client (node:http) talks to Tailscale and to GitHub.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Every static or dynamic import of `module` in src/, as `file: statement`; type imports left out. */
function importsOf(module: string): string[] {
  const found: string[] = [];
  const quoted = module.replaceAll('/', '\\/');
  const pattern = new RegExp(`^import\\s+(?!type\\b)[^;]*from\\s+'${quoted}'|import\\('${quoted}'\\)`, 'gm');
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) found.push(`${relative(SRC, file)}: ${match[0]}`);
  }
  return found;
}

describe('start-up', () => {
  it('imports neither @actions/core, @actions/github nor undici anywhere', () => {
    expect([...importsOf('@actions/core'), ...importsOf('@actions/github'), ...importsOf('undici')]).toEqual([]);
  });
});
