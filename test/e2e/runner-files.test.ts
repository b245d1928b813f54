// The runner's own files can be unusable (a missing GITHUB_OUTPUT, say); the job must still
// fail with one clear line, never an unhandled rejection and a stack trace.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { POLICY_V1, workspaceWith } from './helpers.js';

describe('unusable runner files', () => {
  it('a missing GITHUB_OUTPUT fails the job with one line', async () => {
    const result = await runAction({
      inputs: { action: 'test' },
      env: { GITHUB_OUTPUT: '/nonexistent/tailnet-policy/output' },
      cwd: await workspaceWith(POLICY_V1),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      '::error::could not write the step outputs (GITHUB_OUTPUT): Missing file at path: /nonexistent/tailnet-policy/output',
    ]);
  });

  it('a missing GITHUB_STEP_SUMMARY is a warning, and the run still passes', async () => {
    const result = await runAction({
      inputs: { action: 'test' },
      env: { GITHUB_STEP_SUMMARY: '/nonexistent/tailnet-policy/summary' },
      cwd: await workspaceWith(POLICY_V1),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.outputs.result).toBe('passed');
    const warnings = result.annotations.filter((a) => a.level === 'warning' && a.title !== 'API checks skipped');
    expect(warnings.map((a) => a.message)).toEqual([
      "Could not write the job summary: Unable to access summary file: '/nonexistent/tailnet-policy/summary'. Check if the file has correct read/write permissions.",
    ]);
  });

  it('a failed run writes each output once', async () => {
    const cwd = await workspaceWith('{"acls": [}');
    const output = path.join(cwd, '..', 'own-output');
    await writeFile(output, '');
    const result = await runAction({ inputs: { action: 'test' }, env: { GITHUB_OUTPUT: output }, cwd });
    expect(result.code).toBe(1);
    const names = [...(await readFile(output, 'utf8')).matchAll(/^([a-z-]+)(?:<<|=)/gm)].map((m) => m[1]);
    expect(names.filter((name) => name === 'result')).toEqual(['result']);
    expect(new Set(names).size).toBe(names.length);
  });
});
