import { describe, expect, it } from 'vitest';
import { cutDiff, policyDiff } from '../../src/render/markdown/diff.js';
import { redactReport } from '../../src/render/markdown/redact.js';
import { diffSection } from '../../src/render/markdown/sections.js';
import { emptyReport, type Report } from '../../src/report/model.js';

function texts(liveText: string | undefined, localText: string | undefined): Report {
  return { ...emptyReport('test', 'example.com', 'policy.hujson'), liveText, localText };
}

describe('policyDiff', () => {
  it('is undefined when a side is unknown or both are equal', () => {
    expect(policyDiff(texts(undefined, 'a\n'))).toBeUndefined();
    expect(policyDiff(texts('a\n', undefined))).toBeUndefined();
    expect(policyDiff(texts('a\n', 'a\n'))).toBeUndefined();
  });

  it('counts changed lines, not the file headers', () => {
    expect(policyDiff(texts('a\nb\n', 'a\nc\nd\n'))).toEqual({
      lines: ['--- live policy', '+++ policy.hujson', '@@ -1,2 +1,3 @@', ' a', '-b', '+c', '+d'],
      added: 2,
      removed: 1,
    });
  });

  it('is made once for the same texts: each surface diffs its own redacted copy of the report', () => {
    const report = texts('a\nb\n', 'a\nc\n');
    const first = policyDiff(redactReport(report, (t) => t));
    expect(first).toEqual({ lines: expect.any(Array), added: 1, removed: 1 });
    expect(policyDiff(redactReport(report, (t) => t))).toBe(first);
    // Another file, other texts or another timeout are diffed anew.
    expect(policyDiff({ ...report, policyFile: 'other.hujson' })).not.toBe(first);
    expect(policyDiff(texts('a\nb\n', 'a\nd\n'))).toEqual({ lines: expect.any(Array), added: 1, removed: 1 });
    expect(policyDiff(report, 1000)).not.toBe(policyDiff(report));
    expect(policyDiff(texts(undefined, undefined))).toBeUndefined();
  });

  it('gives up on a huge rewrite after the timeout, and the section says so', () => {
    const lines = (prefix: string): string => Array.from({ length: 3000 }, (_, i) => `${prefix} ${i}`).join('\n');
    const diff = policyDiff(texts(lines('live'), lines('local')), 5);
    expect(diff).toBe('too-slow');
    expect(diffSection(diff, 'policy.hujson', undefined, '')).toBe(
      'The live policy and `policy.hujson` differ in too many places to compute a diff in time.',
    );
  });
});

describe('cutDiff', () => {
  it('keeps whole lines within the budget', () => {
    const diff = { lines: ['--- a', '+++ b', '@@ -1 +1 @@', '-x', '+y'], added: 1, removed: 1 };
    expect(cutDiff(diff, 12)).toEqual(['--- a', '+++ b']);
    expect(cutDiff(diff, 11)).toEqual(['--- a']);
    expect(cutDiff(diff, 0)).toEqual([]);
  });
});
