// What the action loads before it does anything: neither the toolkit nor undici (an HTTP stack
// and a WebAssembly parser); the GitHub client only when a comment or issue is posted.
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
  it('imports neither @actions/core nor undici anywhere', () => {
    expect([...importsOf('@actions/core'), ...importsOf('undici')]).toEqual([]);
  });

  it('imports @actions/github in one place, on demand', () => {
    expect(importsOf('@actions/github')).toEqual(["github/octokit.ts: import('@actions/github')"]);
  });
});
