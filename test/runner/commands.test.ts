import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  annotationProperties,
  commandLine,
  debug,
  error,
  escapeData,
  escapeProperty,
  group,
  info,
  notice,
  setFailed,
  setSecret,
  warning,
  type AnnotationProperties,
} from '../../src/runner/commands.js';

describe('escaping', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['host:port', 'host:port', 'host%3Aport'],
    ['a,b', 'a,b', 'a%2Cb'],
    // An escape already in the text is escaped again, so the runner gives back the text.
    ['%0A and %3A', '%250A and %253A', '%250A and %253A'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
    ['', '', ''],
  ])('%j: data %j, property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
});

describe('commandLine', () => {
  const error = (message: string, properties: AnnotationProperties): string =>
    commandLine('error', annotationProperties(properties), message);

  it.each<[AnnotationProperties, string]>([
    [{}, '::error::msg'],
    [{ title: 'T' }, '::error title=T::msg'],
    [
      { file: 'p.hujson', startLine: 3, startColumn: 5, endLine: 4, endColumn: 9, title: 'Policy error' },
      '::error title=Policy error,file=p.hujson,line=3,endLine=4,col=5,endColumn=9::msg',
    ],
    // Empty values are left out; properties given but all empty still write the space.
    [{ title: '', file: 'p.hujson', startLine: 0 }, '::error file=p.hujson::msg'],
    [{ title: undefined }, '::error ::msg'],
    [{ title: 'a: b, c', file: 'dir,1/x%.hujson' }, '::error title=a%3A b%2C c,file=dir%2C1/x%25.hujson::msg'],
  ])('%j', (properties, line) => {
    expect(error('msg', properties)).toBe(line);
  });

  it('escapes the message as data', () => {
    expect(error('50% done\r\nnext: a,b', { file: 'f' })).toBe('::error file=f::50%25 done%0D%0Anext: a,b');
  });
});

describe('the commands on stdout', () => {
  let written: string[];
  let exitCode: typeof process.exitCode;

  beforeEach(() => {
    written = [];
    exitCode = process.exitCode;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = exitCode;
  });

  it('writes one line per command', async () => {
    setSecret('tskey-api-k\n2');
    debug('ID token url is https://x?a=1&audience=b');
    info('plain line: 100%');
    notice('n', { file: 'p.hujson', startLine: 2 });
    warning('w');
    expect(await group('Group: one', async () => 'done')).toBe('done');
    expect(written).toEqual([
      '::add-mask::tskey-api-k%0A2\n',
      '::debug::ID token url is https://x?a=1&audience=b\n',
      'plain line: 100%\n',
      '::notice file=p.hujson,line=2::n\n',
      '::warning::w\n',
      '::group::Group: one\n',
      '::endgroup::\n',
    ]);
  });

  it('closes the group when the work fails', async () => {
    await expect(group('g', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(written).toEqual(['::group::g\n', '::endgroup::\n']);
  });

  it('setFailed sets exit code 1 and writes the error', () => {
    setFailed('bad: input');
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(['::error::bad: input\n']);
  });

  // The toolkit is still a development dependency: the lines must be the ones it writes.
  it.each<[string, AnnotationProperties]>([
    ['plain', {}],
    ['a%b\r\nc::d', { title: 'x:y,z%', file: 'f,1', startLine: 1, startColumn: 2 }],
    ['m', { title: '', file: 'p', startLine: 0, endLine: 3, endColumn: 4 }],
    ['m', { title: undefined }],
  ])('writes what @actions/core writes for %j %j', (message, properties) => {
    error(message, properties);
    warning(message, properties);
    notice(message, properties);
    setSecret(message);
    debug(message);
    const ours = written.splice(0);
    core.error(message, properties);
    core.warning(message, properties);
    core.notice(message, properties);
    core.setSecret(message);
    core.debug(message);
    expect(ours).toEqual(written);
  });
});
