// The runner's workflow commands: lines on stdout of the form `::name key=value,key=value::data`
// that the GitHub runner turns into annotations, masks, log groups and debug lines. The same
// lines @actions/core writes, byte for byte (docs/runner-commands.md names the source of each
// rule), without loading the toolkit and the HTTP stack it imports at start-up.

/** os.EOL, without loading node:os at start-up for one constant. */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Where an annotation points; the names @actions/core uses. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** A command's properties, in the order they are written; empty values are left out. */
export type CommandProperties = Array<[name: string, value: string | number | undefined]>;

/** The data after `::`: `%`, CR and LF escaped, so the command stays on one line. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value: as data, and `:` and `,` too, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One command line, without its line break. Values that are '', 0 or undefined are omitted. */
export function commandLine(name: string, properties: CommandProperties, data: string): string {
  const given = properties.filter(([, value]) => value !== undefined && value !== '' && value !== 0);
  const written = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${properties.length > 0 ? ` ${written}` : ''}::${escapeData(data)}`;
}

/**
 * An annotation's properties under the runner's names. Like the toolkit, no properties at all
 * write no space after the command name, while properties that are all empty still write one.
 */
export function annotationProperties(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return [];
  return [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ];
}

function issue(name: string, data: string, properties: CommandProperties = []): void {
  process.stdout.write(`${commandLine(name, properties, data)}${EOL}`);
}

/** A plain log line; the caller keeps workflow commands out of it (neutralizeLogLine). */
export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** Shown only when the workflow runs with debug logging. */
export function debug(message: string): void {
  issue('debug', message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', message, annotationProperties(properties));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', message, annotationProperties(properties));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', message, annotationProperties(properties));
}

/** Asks the runner to replace `secret` with *** wherever the log shows it. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/** The step fails (exit code 1) with `message` as its error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Runs `work` inside a collapsible log group, closed however `work` ends. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await work();
  } finally {
    issue('endgroup', '');
  }
}
