import { describe, expect, it } from 'vitest';
import { ignoredProxy, proxySecrets, proxyVariables } from '../../src/http/proxy.js';

describe('ignoredProxy', () => {
  const hint = (version: string): string =>
    ` (HTTPS_PROXY is set, but Node.js ${version} ignores it: use Node.js 22.21, 24.5 or later)`;
  it.each([
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '20.20.2', hint('20.20.2')],
    [{ https_proxy: 'http://proxy:3128' }, '22.20.0', hint('22.20.0')],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '22.21.0', ''],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '23.11.1', hint('23.11.1')],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '24.4.1', hint('24.4.1')],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '24.5.0', ''],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, '25.0.0', ''],
    [{ HTTP_PROXY: 'http://proxy:3128' }, '20.20.2', ''],
    [{ HTTPS_PROXY: '' }, '20.20.2', ''],
    [{}, '20.20.2', ''],
  ])('%j on Node.js %s: %j', (env, version, expected) => {
    expect(ignoredProxy(env, version)).toBe(expected);
  });
});

describe('proxyVariables', () => {
  it.each([
    [{ HTTPS_PROXY: 'http://proxy:3128' }, { HTTPS_PROXY: 'http://proxy:3128' }],
    [{ https_proxy: 'proxy.corp:3128' }, { https_proxy: 'http://proxy.corp:3128' }],
    [{ HTTPS_PROXY: ' user:pw@proxy:3128 ' }, { HTTPS_PROXY: 'http://user:pw@proxy:3128' }],
    [
      { HTTPS_PROXY: 'https://proxy:443', NO_PROXY: 'internal.example,.corp' },
      { HTTPS_PROXY: 'https://proxy:443', NO_PROXY: 'internal.example,.corp' },
    ],
    [{ no_proxy: 'localhost', HTTP_PROXY: 'http://plain:80', PATH: '/bin' }, { no_proxy: 'localhost' }],
    [{ HTTPS_PROXY: '', https_proxy: '   ' }, {}],
    [undefined, {}],
  ])('%j -> %j', (env, expected) => {
    expect(proxyVariables(env)).toEqual(expected);
  });
});

describe('proxySecrets', () => {
  it.each([
    [{ HTTPS_PROXY: 'http://runner:s3cret@proxy:3128' }, ['s3cret']],
    [{ https_proxy: 'runner:p%40ss@proxy:3128', HTTPS_PROXY: 'http://other:pw2@proxy:3128' }, ['p@ss', 'pw2']],
    [{ HTTPS_PROXY: 'http://runner@proxy:3128' }, []],
    [{ HTTPS_PROXY: 'http://proxy:3128', HTTP_PROXY: 'http://u:plain@proxy:80' }, []],
    [{ HTTPS_PROXY: 'http://user:pw@proxy:99999' }, []],
    [{}, []],
  ])('%j -> %j', (env, expected) => {
    expect(proxySecrets(env)).toEqual(expected);
  });
});
