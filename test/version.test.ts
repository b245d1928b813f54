import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { cliEntry } from './support/action-runner.js';

it('reports the version package.json declares', async () => {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});

it('ships the CLI with a shebang, so npm can link it as a command', async () => {
  const cli = await readFile(cliEntry(), 'utf8');
  expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
});
