// Fits a rendered body under a size limit by cutting its least essential parts in a fixed
// order, re-rendering each time so every cut is announced by the section it shortened.

/** What a renderer must leave out; an empty object means nothing is cut. */
export interface Cuts {
  /** Characters of diff text to keep; 0 replaces the diff with a note. */
  diffChars?: number;
  /** Failing assertions to keep in the table. */
  tableRows?: number;
  /** Replace the full live policy text with a note. */
  omitLiveText?: boolean;
  /** Show the access plan's summary and highlights only, without its tables. */
  briefPlan?: boolean;
  /** Findings to keep in each list of errors, warnings and notices. */
  findings?: number;
}

/** What each list of findings keeps before the live policy text is given up. */
const FEW_FINDINGS = 20;

export type Render = (cuts: Cuts) => string;
export type Measure = (body: string) => number;

export interface FitOptions {
  limit: number;
  measure?: Measure;
  /** Failing assertions in the report, the upper bound when shortening the table. */
  tableRows: number;
  /** Appended, as its own paragraph, when the body still had to be cut blindly. */
  hardCutNote: string;
}

/** The largest count in [low, high] whose rendering fits (binary search), with its body. */
export function largestFitting(
  low: number,
  high: number,
  renderWith: (count: number) => string,
  fits: (body: string) => boolean,
): string | undefined {
  let best: string | undefined;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const body = renderWith(middle);
    if (fits(body)) {
      best = body;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/** The largest diff budget that fits, or undefined when even no diff is too long. */
function fitDiff(render: Render, base: Cuts, limit: number, measure: Measure): string | undefined {
  const withoutDiff = render({ ...base, diffChars: 0 });
  if (measure(withoutDiff) > limit) return undefined;
  // Every kept character costs at least one unit of any measure, so this bounds the budget.
  const budget = limit - measure(withoutDiff);
  const fits = (body: string): boolean => measure(body) <= limit;
  return largestFitting(1, budget, (diffChars) => render({ ...base, diffChars }), fits) ?? withoutDiff;
}

/** The most table rows that fit, with the diff already dropped. */
function fitTable(render: Render, base: Cuts, rows: number, limit: number, measure: Measure): string | undefined {
  const fits = (body: string): boolean => measure(body) <= limit;
  return largestFitting(0, rows, (tableRows) => render({ ...base, diffChars: 0, tableRows }), fits);
}

/** A GitHub alert's first line (`> [!WARNING]`): with nothing after it, an empty box. */
const ALERT_OPENER = /^> \[![A-Z]+\]$/;

/**
 * Last resort: keep as many whole lines as fit (binary search), then say the body was cut. An
 * alert whose text was cut off loses its opening line too.
 */
function hardCut(body: string, note: string, limit: number, measure: Measure): string {
  const lines = body.split('\n');
  const withLines = (count: number): string => {
    let end = count;
    while (end > 0 && ALERT_OPENER.test(lines[end - 1]!)) end--;
    return `${lines.slice(0, end).join('\n')}\n\n${note}`;
  };
  const kept = largestFitting(0, lines.length, withLines, (candidate) => measure(candidate) <= limit) ?? withLines(0);
  return measure(kept) <= limit ? kept : [...kept].slice(0, limit).join('');
}

/**
 * Renders the body whole if it fits; otherwise cuts the diff, then the failing-tests table;
 * then does both again with the access plan reduced to its summary, then with only a few
 * findings per list, then without the live policy text, and only then cuts lines from the end.
 */
export function fitToLimit(render: Render, options: FitOptions): string {
  const { limit, tableRows, hardCutNote } = options;
  const measure = options.measure ?? ((body: string) => body.length);
  const full = render({});
  if (measure(full) <= limit) return full;
  // Findings are cut before the live policy text: apply promised to keep that text in full.
  const bases: Cuts[] = [
    {},
    { briefPlan: true },
    { briefPlan: true, findings: FEW_FINDINGS },
    { briefPlan: true, findings: FEW_FINDINGS, omitLiveText: true },
  ];
  for (const base of bases) {
    const body = fitDiff(render, base, limit, measure) ?? fitTable(render, base, tableRows, limit, measure);
    if (body !== undefined) return body;
  }
  // Then everything the last base gives up, with no diff and no table rows, cut line by line.
  return hardCut(render({ ...bases[bases.length - 1], diffChars: 0, tableRows: 0 }), hardCutNote, limit, measure);
}
