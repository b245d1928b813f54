import type { AnnotationProperties } from '../../src/runner/commands.js';
import { expect, it } from 'vitest';
import { annotate, failureLine } from '../../src/render/actions/annotations.js';
import { emptyReport, type Report } from '../../src/report/model.js';

function recorded(report: Report): Array<[string, string, AnnotationProperties]> {
  const calls: Array<[string, string, AnnotationProperties]> = [];
  const record = (level: string) => (message: string, properties: AnnotationProperties) =>
    void calls.push([level, message, properties]);
  annotate(
    report,
    'policy.hujson',
    { error: record('error'), warning: record('warning'), notice: record('notice') },
    (text) => text.replaceAll('SECRET', '***'),
  );
  return calls;
}

const failing = (): Report => ({
  ...emptyReport('test', '-', 'policy.hujson'),
  result: 'failed',
  testFailures: [
    {
      source: 'alice@example.com',
      message: 'address "a:1": want: Drop, got: Accept',
      location: { line: 9, column: 20 },
      entry: { line: 9, column: 5 },
    },
    {
      source: 'bob@example.com',
      message: 'address "b:2": want: Accept, got: Drop',
      location: { line: 12, column: 30 },
      entry: { line: 12, column: 5 },
    },
    {
      source: 'alice@example.com',
      message: 'address "c:3": want: Drop, got: Accept',
      location: { line: 9, column: 40 },
      entry: { line: 9, column: 5 },
    },
    { source: 'carol@example.com', message: 'user is invalid' },
  ],
});

it('gives one annotation per failing test entry, naming each failed assertion', () => {
  expect(recorded(failing())).toEqual([
    [
      'error',
      'test failed for alice@example.com: address "a:1": want: Drop, got: Accept; address "c:3": want: Drop, got: Accept',
      { title: 'Policy test failed', file: 'policy.hujson', startLine: 9, startColumn: 5 },
    ],
    [
      'error',
      'test failed for bob@example.com: address "b:2": want: Accept, got: Drop',
      { title: 'Policy test failed', file: 'policy.hujson', startLine: 12, startColumn: 5 },
    ],
    [
      'error',
      'test failed for carol@example.com: user is invalid',
      { title: 'Policy test failed', file: 'policy.hujson' },
    ],
  ]);
});

it('leaves the first unplaced error to the failure line, and annotates the rest', () => {
  const report: Report = {
    ...emptyReport('apply', '-', 'policy.hujson'),
    result: 'failed',
    errors: [
      { severity: 'error', message: 'writing the policy failed with HTTP 500 (key SECRET)' },
      { severity: 'error', message: 'unknown tag', location: { line: 3, column: 7 } },
      { severity: 'error', message: 'the drift issue could not be kept' },
    ],
  };
  expect(recorded(report)).toEqual([
    ['error', 'unknown tag', { title: 'Policy error', file: 'policy.hujson', startLine: 3, startColumn: 7 }],
    ['error', 'the drift issue could not be kept', {}],
  ]);
  expect(failureLine(report)).toBe(
    'writing the policy failed with HTTP 500 (key SECRET) (and 2 more; see the annotations and the job summary)',
  );
});

it('names the place of the first located problem in the failure line', () => {
  expect(failureLine(failing())).toBe(
    'test failed: policy.hujson:9:20: address "a:1": want: Drop, got: Accept (and 3 more; see the annotations and the job summary)',
  );
});

it('puts why the API checks were skipped before the other notices, which GitHub may not all show', () => {
  const report: Report = {
    ...emptyReport('test', '-', 'policy.hujson'),
    result: 'passed',
    offlineReason: 'no Tailscale credentials were given',
    notices: [{ severity: 'notice', message: 'undecided offline', location: { line: 3, column: 4 } }],
  };
  expect(recorded(report)).toEqual([
    ['notice', 'no Tailscale credentials were given', { title: 'API checks skipped', file: 'policy.hujson' }],
    ['notice', 'undecided offline', { title: 'Policy notice', file: 'policy.hujson', startLine: 3, startColumn: 4 }],
  ]);
});

it('warns that the API checks were skipped where the run could have had credentials (an unset secret)', () => {
  const report: Report = {
    ...emptyReport('test', '-', 'policy.hujson'),
    result: 'passed',
    offlineReason: 'no Tailscale credentials were given',
    credentialsMissing: true,
  };
  expect(recorded(report)).toEqual([
    ['warning', 'no Tailscale credentials were given', { title: 'API checks skipped', file: 'policy.hujson' }],
  ]);
});
