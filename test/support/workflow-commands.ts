/**
 * Parsers for what an action leaves behind, the way the GitHub runner reads it: the file
 * commands (`GITHUB_OUTPUT`, `GITHUB_ENV`: `name=value` lines or `name<<DELIMITER` heredocs)
 * and the workflow commands on stdout (`::error file=a.hujson,line=3::message`, `::add-mask::`).
 * action-runner.ts applies them to every run; they are exported for unit tests of output code.
 *
 * @example
 * ```ts
 * parseFileCommands('etag<<ghadelimiter_1\nabc\nghadelimiter_1\n'); // { etag: 'abc' }
 * parseWorkflowCommands('::warning file=p.hujson,line=2,col=5::drift%0Asecond line\n').annotations;
 * // [{ level: 'warning', file: 'p.hujson', line: 2, col: 5, message: 'drift\nsecond line' }]
 * ```
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface WorkflowCommands {
  annotations: Annotation[];
  /** Values registered with `::add-mask::`, in order. */
  masks: string[];
}

const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const PROPERTY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' };

// One pass, so an escaped "%253A" becomes "%3A" and not ":", as in the runner.
function unescapeData(text: string): string {
  return text.replace(/%(?:25|0D|0A)/g, (escape) => DATA_ESCAPES[escape]!);
}

function unescapeProperty(text: string): string {
  return text.replace(/%(?:25|0D|0A|3A|2C)/g, (escape) => PROPERTY_ESCAPES[escape]!);
}

/** Reads a GITHUB_OUTPUT / GITHUB_ENV file; later values win, like the runner. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end === -1) throw new Error(`file command "${name}" has no closing delimiter ${delimiter}`);
      values[name!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

function parseProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const equals = pair.indexOf('=');
    if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
  }
  return properties;
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

function annotationOf(level: AnnotationLevel, properties: Record<string, string>, message: string): Annotation {
  const annotation: Annotation = { level, message };
  const numbers = {
    line: toNumber(properties.line),
    col: toNumber(properties.col),
    endLine: toNumber(properties.endLine),
    endColumn: toNumber(properties.endColumn),
  };
  if (properties.file !== undefined) annotation.file = properties.file;
  for (const [key, value] of Object.entries(numbers)) if (value !== undefined) annotation[key as 'line'] = value;
  if (properties.title !== undefined) annotation.title = properties.title;
  return annotation;
}

/** Annotations and masks from an action's stdout. Other commands (debug, group...) are ignored. */
export function parseWorkflowCommands(stdout: string): WorkflowCommands {
  const result: WorkflowCommands = { annotations: [], masks: [] };
  for (const line of stdout.split(/\r?\n/)) {
    const command = /^::([\w-]+)(?: ([^]*?))?::([^]*)$/.exec(line);
    if (command === null) continue;
    const [, name, properties = '', data = ''] = command;
    if (name === 'add-mask') result.masks.push(unescapeData(data));
    if (name === 'error' || name === 'warning' || name === 'notice') {
      result.annotations.push(annotationOf(name, parseProperties(properties), unescapeData(data)));
    }
  }
  return result;
}
