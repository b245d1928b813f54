// The built action as it ships: what every run loads, and the licenses of what it bundles.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionEntry, runAction } from '../support/action-runner.js';
import { workspaceWith } from './helpers.js';

describe('the built action', () => {
  const dir = join(actionEntry(), '..');
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

  it('is CommonJS, so Node loads it without its ES module loader; the CLI too', () => {
    expect(JSON.parse(read('package.json'))).toEqual({ type: 'commonjs' });
    expect(JSON.parse(read('cli/package.json'))).toEqual({ type: 'commonjs' });
  });

  it('starts the CLI as a command: a shebang, and executable', () => {
    expect(read('cli/index.js').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(dir, 'cli', 'index.js')).mode & 0o111).toBe(0o111);
  });

  it('has no HTTP stack of its own (no undici, no WebAssembly): node:http serves both APIs', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect(files).toContain('index.js');
    for (const file of files) expect(read(file)).not.toContain('WebAssembly');
    for (const file of files) expect(read(file)).not.toContain('undici');
  });

  it('compiles only its entry before the inputs are read: the engine and the reports are a chunk', () => {
    expect(statSync(join(dir, 'index.js')).size).toBeLessThan(40 * 1024);
    expect(read('index.js')).not.toContain('checkPolicy');
    const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));
    expect(chunks.some((chunk) => read(chunk).includes('checkPolicy'))).toBe(true);
  });

  it('names every bundled package, with its version and license text, in licenses.txt', () => {
    const licenses = read('licenses.txt');
    const named = [...licenses.matchAll(/^((?:@[\w.-]+\/)?[\w.-]+)@\d[^\n]*\n([^\n]+)\n/gm)].map((match) => match[1]);
    expect(named).toEqual(['diff']);
    expect(licenses).toContain('Copyright (c) 2009-2015, Kevin Decker');
  });

  it('reads its inputs with the entry alone, and says in one line when the rest is missing', async () => {
    const lone = mkdtempSync(join(tmpdir(), 'entry-alone-'));
    for (const name of ['index.js', 'package.json']) copyFileSync(join(dir, name), join(lone, name));
    const entry = join(lone, 'index.js');
    const bad = await runAction({ inputs: { action: 'bogus' }, entry });
    expect(bad.annotations).toEqual([
      { level: 'error', message: 'input "action": "bogus" is not one of test, apply, drift' },
    ]);
    const missing = await runAction({ inputs: { action: 'test' }, entry, cwd: await workspaceWith('{}') });
    expect([missing.code, missing.stderr]).toEqual([1, '']);
    expect(missing.annotations).toHaveLength(1);
    expect(missing.annotations[0]!.message).toMatch(
      /^the action's files are incomplete \(Cannot find module '\.\/\d+\.index\.js'\): use its whole dist\/ folder$/,
    );
  });
});
