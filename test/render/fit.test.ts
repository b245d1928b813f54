import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitToLimit, type Cuts } from '../../src/render/markdown/fit.js';

/** A body whose parts shrink as the cuts ask: 100 chars of diff, 10 rows of 10, 50 of live text. */
function render(cuts: Cuts): string {
  const diff = 'd'.repeat(Math.min(cuts.diffChars ?? 100, 100));
  const rows = 'r'.repeat(10 * Math.min(cuts.tableRows ?? 10, 10));
  const live = cuts.omitLiveText === true ? '' : 'l'.repeat(50);
  return `${rows}|${live}|${diff}`;
}

describe('fitToLimit', () => {
  it.each<[number, string]>([
    [1000, `${'r'.repeat(100)}|${'l'.repeat(50)}|${'d'.repeat(100)}`],
    [200, `${'r'.repeat(100)}|${'l'.repeat(50)}|${'d'.repeat(48)}`],
    [152, `${'r'.repeat(100)}|${'l'.repeat(50)}|`],
    [151, `${'r'.repeat(90)}|${'l'.repeat(50)}|`],
    [60, `|${'l'.repeat(50)}|`],
    [52, `|${'l'.repeat(50)}|`],
    [51, `${'r'.repeat(40)}||`],
    [2, '||'],
  ])('limit %i: diff, then table, then live text', (limit, expected) => {
    expect(fitToLimit(render, { limit, tableRows: 10, hardCutNote: 'cut' })).toBe(expected);
  });

  it('cuts the lists of findings to a few before it gives up the live text', () => {
    // 30 findings of 10 chars, 50 of live text, 100 of diff.
    const withFindings = (cuts: Cuts): string =>
      `${'f'.repeat(10 * Math.min(cuts.findings ?? 30, 30))}|${cuts.omitLiveText === true ? '' : 'l'.repeat(50)}|` +
      'd'.repeat(Math.min(cuts.diffChars ?? 100, 100));
    const fit = (limit: number): string => fitToLimit(withFindings, { limit, tableRows: 0, hardCutNote: 'cut' });
    expect(fit(352)).toBe(`${'f'.repeat(300)}|${'l'.repeat(50)}|`);
    expect(fit(260)).toBe(`${'f'.repeat(200)}|${'l'.repeat(50)}|${'d'.repeat(8)}`);
    expect(fit(251)).toBe(`${'f'.repeat(200)}||${'d'.repeat(49)}`);
  });

  it('cuts whole lines and adds the note when nothing else is left to cut', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    expect(fitToLimit(() => lines, { limit: 40, tableRows: 0, hardCutNote: 'CUT' })).toBe(
      'line 0\nline 1\nline 2\nline 3\nline 4\n\nCUT',
    );
  });

  it('leaves out an alert whose text was cut off, rather than an empty box', () => {
    const body = ['### Access changes', '', '> [!WARNING]', '> - access opened from *', 'more'].join('\n');
    expect(fitToLimit(() => body, { limit: 40, tableRows: 0, hardCutNote: 'CUT' })).toBe('### Access changes\n\n\nCUT');
  });

  it('measures with the given function, e.g. UTF-8 bytes', () => {
    const body = (cuts: Cuts): string => 'é'.repeat(Math.min(cuts.diffChars ?? 10, 10));
    expect(fitToLimit(body, { limit: 10, measure: (s) => Buffer.byteLength(s), tableRows: 0, hardCutNote: '' })).toBe(
      'ééééé',
    );
  });
});

describe('startup cost', () => {
  it('loads @actions/github only lazily (type imports and dynamic import only)', () => {
    const dir = join(import.meta.dirname, '../../src/github');
    const eager = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /^import\s+(?!type\b)[^;]*from\s+'@actions\/github'/m.test(readFileSync(join(dir, file), 'utf8')),
      );
    expect(eager).toEqual([]);
  });
});
