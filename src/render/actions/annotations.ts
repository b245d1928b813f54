import type { AnnotationProperties } from '../../runner/commands.js';
import { neutralizeAnnotation, neutralizeLogLine } from './log-line.js';
import type { FileLocation, Report, TestFailure } from '../../report/model.js';
import { unknownLiveKind, unknownLiveWording } from '../../report/origin.js';

type Level = 'error' | 'warning' | 'notice';

/** The three annotation levels of the runner's commands and plain log lines, passed in so tests can record them. */
export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
  /** A plain log line; the caller has kept workflow commands out of it. */
  info(message: string): void;
}

/** GitHub shows at most 10 annotations of each level per step and drops the rest (docs/runner-commands.md). */
const GITHUB_SHOWS = 10;

/** Annotations made per level: of the errors GitHub shows, one is the run's failure line (setFailed). */
const SHOWN_PER_LEVEL: Readonly<Record<Level, number>> = {
  error: GITHUB_SHOWS - 1,
  warning: GITHUB_SHOWS,
  notice: GITHUB_SHOWS,
};

/**
 * Log lines made per level for the annotations GitHub would not show: a hostile policy of a few
 * megabytes can hold hundreds of thousands of findings, and one line each made tens of megabytes
 * of log. Past either bound, one line counts the rest.
 */
const LOGGED_PER_LEVEL = 1000;
const LOGGED_BYTES_PER_LEVEL = 2 ** 20;

interface Annotation {
  level: Level;
  message: string;
  properties: AnnotationProperties;
}

function at(file: string, location: FileLocation | undefined, title: string): AnnotationProperties {
  return location ? { title, file, startLine: location.line, startColumn: location.column } : { title, file };
}

/** Failing assertions grouped by their test entry (by source when the entry is unknown), in order. */
function byTestEntry(failures: readonly TestFailure[]): TestFailure[][] {
  const groups = new Map<string, TestFailure[]>();
  for (const failure of failures) {
    const key = failure.entry ? `${failure.entry.line}:${failure.entry.column}` : `src ${failure.source}`;
    const group = groups.get(key);
    if (group) group.push(failure);
    else groups.set(key, [failure]);
  }
  return [...groups.values()];
}

/**
 * One annotation per finding, and one per failing test entry naming each failed assertion, at
 * its line in the policy file, so GitHub shows it in the diff; as many of each level as GitHub
 * shows, the last of them counting the rest, which are plain log lines. `stepWarnings`, met by
 * the step on its way (a comment it could not post), come first: annotations are made here only.
 * A first error with no line is left out: it is the run's failure line (see failureLine).
 */
export function annotate(
  report: Report,
  file: string,
  annotator: Annotator,
  redactText: (text: string) => string,
  stepWarnings: readonly string[] = [],
): void {
  const step = stepWarnings.map((message): Annotation => ({ level: 'warning', message, properties: {} }));
  const all = [...step, ...annotations(report, file)].map((a) => ({ ...a, message: redactText(a.message) }));
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = all.filter((a) => a.level === level);
    const shown = ofLevel.length > SHOWN_PER_LEVEL[level] ? SHOWN_PER_LEVEL[level] - 1 : ofLevel.length;
    for (const a of ofLevel.slice(0, shown)) annotator[level](neutralizeAnnotation(a.message), a.properties);
    const rest = ofLevel.slice(shown);
    if (rest.length === 0) continue;
    const lines = logLines(rest);
    const where = lines.length === rest.length ? 'listed in the log' : `the first ${lines.length} listed in the log`;
    const more = `and ${rest.length} more ${level}s, ${where} (GitHub shows ${GITHUB_SHOWS} of a kind per step)`;
    annotator[level](more, { title: `More ${level}s`, file });
    for (const line of lines) annotator.info(line);
    if (lines.length < rest.length) {
      const left = rest.length - lines.length;
      annotator.info(
        `${level}: and ${left} more ${level}s, not logged; \`tailnet-policy check\` on the file lists them all`,
      );
    }
  }
}

/** The annotations past those GitHub shows as log lines, as many as the bounds above let in. */
function logLines(rest: readonly Annotation[]): string[] {
  const lines: string[] = [];
  let bytes = 0;
  for (const a of rest) {
    const line = neutralizeLogLine(logLine(a));
    bytes += Buffer.byteLength(line);
    // The first is logged however long: one line is what each of them was before.
    if (lines.length === LOGGED_PER_LEVEL || (bytes > LOGGED_BYTES_PER_LEVEL && lines.length > 0)) break;
    lines.push(line);
  }
  return lines;
}

/** An annotation as a log line: `error: policy.hujson:9:5: Policy test failed: ...`. */
function logLine({ level, message, properties: p }: Annotation): string {
  const place = [p.file, p.startLine, p.startColumn].filter((part) => part !== undefined).join(':');
  return `${level}: ${place === '' ? '' : `${place}: `}${p.title === undefined ? '' : `${p.title}: `}${message}`;
}

/** Every annotation the report makes, in the order GitHub should show them. */
function annotations(report: Report, file: string): Annotation[] {
  const out: Annotation[] = [];
  const add = (level: Level, message: string, properties: AnnotationProperties): void =>
    void out.push({ level, message, properties });
  for (const [index, finding] of report.errors.entries()) {
    if (finding.location) add('error', finding.message, at(file, finding.location, 'Policy error'));
    else if (index > 0) add('error', finding.message, {});
  }
  for (const failures of byTestEntry(report.testFailures)) {
    const first = failures[0]!;
    const source = first.source ? `test failed for ${first.source}` : 'test failed';
    const message = `${source}: ${failures.map((failure) => failure.message).join('; ')}`;
    add('error', message, at(file, first.entry ?? first.location, 'Policy test failed'));
  }
  if (report.manualEdit && report.mode === 'apply' && report.applied) {
    const what =
      unknownLiveKind(report.origin) === 'beyond-history'
        ? `${unknownLiveWording(report.origin)}, and has now been overwritten`
        : 'The live policy was edited outside git (in the admin console or through the API), and that edit has now ' +
          'been overwritten';
    add('warning', `${what}; the job summary keeps the overwritten policy in full.`, {
      title: 'Manual edit overwritten',
      file,
    });
  }
  // Before the policy's own warnings and notices: GitHub shows only the first few of each.
  if (report.offlineReason) {
    const skipped = { title: 'API checks skipped', file };
    add(report.credentialsMissing ? 'warning' : 'notice', report.offlineReason, skipped);
  }
  for (const finding of report.warnings) add('warning', finding.message, at(file, finding.location, 'Policy warning'));
  for (const finding of report.notices) add('notice', finding.message, at(file, finding.location, 'Policy notice'));
  return out;
}

/** The one line that ends a failed run: what failed, where, and where the rest is. */
export function failureLine(report: Report): string {
  const problems = report.errors.length + report.testFailures.length;
  const more = problems > 1 ? ` (and ${problems - 1} more; see the annotations, the log and the job summary)` : '';
  const firstError = report.errors[0];
  if (firstError && !firstError.location) return `${firstError.message}${more}`;
  const first = firstError ?? report.testFailures[0];
  if (!first) return `${report.mode} failed: ${report.warnings[0]?.message ?? 'see the job summary'}`;
  const at = first.location ? `${report.policyFile}:${first.location.line}:${first.location.column}: ` : '';
  return `${report.mode} failed: ${at}${first.message}${more}`;
}
