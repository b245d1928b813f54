import { describe, expect, it } from 'vitest';
import { parseApiUrl } from '../../src/config/api-url.js';
import { chooseCredentials } from '../../src/config/credentials.js';
import { parseDuration } from '../../src/config/duration.js';
import { readInputs } from '../../src/config/inputs.js';
import { parseLabel, parseTailnet, quoteInput } from '../../src/config/names.js';
import { InputError } from '../../src/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseDuration', () => {
  it.each([
    ['5m', 300_000],
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    ['2m0.5s', 120_500],
    ['45', 45_000],
    [' 2m ', 120_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text, 'input "timeout"')).toBe(ms);
  });

  it.each(['', 'five', '5 m', '5d', '-1s', '0s', '0', '000', 'm5', '600h', '25h'])(
    'rejects %j naming the input',
    (text) => {
      expect(() => parseDuration(text, 'input "timeout"')).toThrow(InputError);
      expect(() => parseDuration(text, 'input "timeout"')).toThrow(/^input "timeout": /);
    },
  );
});

describe('parseApiUrl', () => {
  it.each([
    ['https://api.tailscale.com', 'https://api.tailscale.com/'],
    ['https://api.tailscale.com/', 'https://api.tailscale.com/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['http://127.5.0.1:8080/prefix/', 'http://127.5.0.1:8080/prefix'],
    ['http://localhost:1', 'http://localhost:1/'],
    ['http://[::1]:9', 'http://[::1]:9/'],
  ])('accepts %s', (text, href) => {
    expect(parseApiUrl(text, 'input "api-url"').href).toBe(href);
  });

  it.each([
    ['http://api.tailscale.com', /would send credentials without TLS; use https:\/\//],
    ['http://10.0.0.1', /without TLS/],
    ['ftp://example.com', /must start with https:\/\//],
    ['not a url', /is not a URL/],
    [
      'https://user:hunter2@example.com',
      /^input "api-url": the URL must not carry a user name or password; pass credentials through their own inputs$/,
    ],
    ['https://example.com/?q=1', /give only scheme, host and path/],
  ])('rejects %s', (text, message) => {
    expect(() => parseApiUrl(text, 'input "api-url"')).toThrow(message);
  });

  // Inputs are read before any secret is registered: a message quoting a password would print it.
  it.each([
    [
      'https://user:hunter2pass@api.example.com:99999',
      '"https://***@api.example.com:99999" is not a URL; use e.g. https://api.tailscale.com',
    ],
    ['https://hunter2pass@exa mple.com', '"https://***@exa mple.com" is not a URL; use e.g. https://api.tailscale.com'],
    ['https:/user:hunter2pass@[::1', '"***@[::1" is not a URL; use e.g. https://api.tailscale.com'],
    ['https://u:hunter2pass@a@b:x', '"https://***@b:x" is not a URL; use e.g. https://api.tailscale.com'],
    ['user:hunter2pass@api.example.com', '"***@api.example.com" must start with https://'],
    // An "@" in the path: more is left out than needs to be, never less.
    ['ftp://@example.com/p@x', '"ftp://***@x" must start with https://'],
    [
      'http://@example.com/p@x',
      '"http://***@x" would send credentials without TLS; use https:// ' +
        '(http:// is allowed only for loopback addresses)',
    ],
    ['not a url\n::add-mask::x', '"not a url\\n::add-mask::x" is not a URL; use e.g. https://api.tailscale.com'],
  ])('quotes %j in one line, with nothing between the scheme and the last "@"', (text, message) => {
    expect(errorLine(() => parseApiUrl(text, 'input "api-url"'))).toBe(`input "api-url": ${message}`);
  });
});

describe('chooseCredentials', () => {
  const names = { apiKey: 'api-key', clientId: 'oauth-client-id', clientSecret: 'oauth-secret', federated: 'audience' };
  const choices =
    'set exactly one of "api-key"; "oauth-client-id" with "oauth-secret"; or "oauth-client-id" with "audience"';

  it.each([
    [{ apiKey: 'tskey-api-1' }, { kind: 'api-key', apiKey: 'tskey-api-1' }],
    [
      { clientId: 'id', clientSecret: 'sec' },
      { kind: 'oauth', clientId: 'id', clientSecret: 'sec' },
    ],
    [
      { clientId: 'id', audience: 'aud' },
      { kind: 'federated', clientId: 'id', audience: 'aud', idToken: undefined },
    ],
    [
      { clientId: 'id', idToken: 'jwt' },
      { kind: 'federated', clientId: 'id', audience: undefined, idToken: 'jwt' },
    ],
    [{}, { kind: 'none' }],
    [{ apiKey: '' }, { kind: 'none' }],
  ])('%j', (sources, expected) => {
    expect(chooseCredentials(sources, names)).toEqual(expected);
  });

  it.each([
    [{ apiKey: 'k', clientId: 'id', clientSecret: 's' }, `more than one authentication method is set: ${choices}`],
    [{ clientId: 'id', clientSecret: 's', audience: 'a' }, `more than one authentication method is set: ${choices}`],
    [{ clientId: 'id' }, `the authentication settings are incomplete: ${choices}`],
    [{ clientSecret: 's' }, `the authentication settings are incomplete: ${choices}`],
    [{ apiKey: 'k', clientSecret: 's' }, `the authentication settings are incomplete: ${choices}`],
  ])('%j is one clear error', (sources, message) => {
    expect(() => chooseCredentials(sources, names)).toThrow(new InputError(message));
  });
});

describe('readInputs', () => {
  it('applies the defaults of action.yml', () => {
    const inputs = readInputs(reader({ action: 'test', 'api-key': 'tskey-api-x' }), {
      GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
    });
    expect(inputs).toEqual({
      mode: 'test',
      surface: 'action',
      tailnet: '-',
      credentials: { kind: 'api-key', apiKey: 'tskey-api-x' },
      workspace: '/home/runner/work/repo/repo',
      policyFile: './policy.hujson',
      apiUrl: new URL('https://api.tailscale.com'),
      cacheFile: './version-cache.json',
      onManualEdit: 'warn',
      failOnWarnings: false,
      timeoutMs: 300_000,
      tailnetDevices: false,
      failOnDrift: false,
      githubToken: '',
      comment: 'on-change',
      driftIssue: true,
      driftLabel: 'tailscale-policy-drift',
      showLivePolicyToForks: false,
    });
  });

  it('takes the workspace from GITHUB_WORKSPACE, else the current directory', () => {
    expect(readInputs(reader({ action: 'test' }), {}).workspace).toBe(process.cwd());
    expect(readInputs(reader({ action: 'test', 'show-live-policy-to-forks': 'true' }), {}).showLivePolicyToForks).toBe(
      true,
    );
  });

  it('treats empty strings as not given, as GitHub passes unset secrets', () => {
    const inputs = readInputs(reader({ action: 'test', 'api-key': '', 'oauth-secret': '', tailnet: '' }));
    expect(inputs.credentials).toEqual({ kind: 'none' });
    expect(inputs.tailnet).toBe('-');
  });

  it.each([
    [{ action: 'deploy' }, 'input "action": "deploy" is not one of test, apply, drift'],
    [{}, 'input "action" is required: test, apply, drift'],
    [
      { action: 'test', 'fail-on-warnings': 'yes' },
      'input "fail-on-warnings": "yes" is not a boolean; use true or false',
    ],
    [{ action: 'test', 'on-manual-edit': 'ignore' }, 'input "on-manual-edit": "ignore" is not one of warn, fail'],
    [
      { action: 'test', comment: 'sometimes' },
      'input "comment": "sometimes" is not one of always, on-change, on-failure, never',
    ],
    [{ action: 'test', timeout: 'soon' }, 'input "timeout": "soon" is not a duration; write it like 5m, 90s or 1m30s'],
    [
      { action: 'test', 'show-live-policy-to-forks': 'yes' },
      'input "show-live-policy-to-forks": "yes" is not a boolean; use true or false',
    ],
    [
      { action: 'test', tailnet: '..' },
      `input "tailnet": ".." is not a tailnet name (no "/", "\\", "?", "#", spaces or control characters, not empty, "." or ".."); use the name from the admin console's General page, or "-" for the credential's own tailnet`,
    ],
    [
      { action: 'test', 'drift-label': 'drift,security' },
      'input "drift-label": "drift,security" cannot be a GitHub label: it has a comma (GitHub reads the label filter as a comma-separated list); choose another label',
    ],
    [
      { action: 'apply' },
      'action "apply" needs credentials: set "api-key", or "oauth-client-id" with "oauth-secret" or "audience"',
    ],
  ])('%j fails naming the input', (values, message) => {
    expect(() => readInputs(reader(values))).toThrow(new InputError(message));
  });

  it('uses api-key beside a lone oauth-client-id, as gitops-acl-action does, and says the id is ignored', () => {
    const inputs = readInputs(reader({ action: 'apply', 'api-key': 'tskey-api-x', 'oauth-client-id': 'kid' }));
    expect(inputs.credentials).toEqual({ kind: 'api-key', apiKey: 'tskey-api-x' });
    expect(inputs.ignoredInput).toBe(
      'input "oauth-client-id" is ignored: "api-key" is set, and the id has neither "oauth-secret" nor "audience"; ' +
        'remove one of the two',
    );
    const complete = readInputs(reader({ action: 'apply', 'oauth-client-id': 'kid', 'oauth-secret': 's' }));
    expect(complete.ignoredInput).toBeUndefined();
    expect(() =>
      readInputs(reader({ action: 'apply', 'api-key': 'k', 'oauth-client-id': 'kid', audience: 'a' })),
    ).toThrow('more than one authentication method is set');
  });

  it('parses booleans strictly in the three YAML spellings', () => {
    for (const spelling of ['true', 'True', 'TRUE']) {
      expect(readInputs(reader({ action: 'test', 'fail-on-warnings': spelling })).failOnWarnings).toBe(true);
    }
    expect(readInputs(reader({ action: 'drift', 'api-key': 'k', 'drift-issue': 'False' })).driftIssue).toBe(false);
  });
});

describe('parseTailnet', () => {
  it.each(['-', 'example.com', 'alice@example.com', 'tail1234.ts.net', 'example-org', 'a..b', 'exämple.com'])(
    'accepts %j',
    (name) => {
      expect(parseTailnet(name, 'input "tailnet"')).toBe(name);
    },
  );

  it.each([
    '',
    '.',
    '..',
    '../other',
    'a/b',
    'a\\b',
    'a?b',
    'a#b',
    'a b',
    'a\tb',
    'a\nb',
    'a\rb',
    'a\u0085b',
    'a\u2028b',
    'a\u202eb',
    'a\u0000b',
  ])('refuses %j in one line naming the input', (name) => {
    expect(() => parseTailnet(name, 'input "tailnet"')).toThrow(InputError);
    expect(
      errorLine(() => parseTailnet(name, 'input "tailnet"')).startsWith(
        `input "tailnet": ${quoteInput(name)} is not a tailnet name`,
      ),
    ).toBe(true);
    expect(errorLine(() => parseTailnet(name, 'input "tailnet"'))).not.toMatch(/[\n\r\u0085\u2028]/);
  });
});

describe('quoteInput', () => {
  it.each([
    ['plain', '"plain"'],
    ['a\nb', '"a\\nb"'],
    ['a\u0085b\u2028c\u202ed', '"a\\u0085b\\u2028c\\u202ed"'],
  ])('%j is %s', (text, quoted) => {
    expect(quoteInput(text)).toBe(quoted);
  });
});

describe('parseLabel', () => {
  it.each(['tailscale-policy-drift', 'policy drift', 'drift: tailscale', '🚨 drift', 'x'.repeat(50)])(
    'accepts %j',
    (label) => {
      expect(parseLabel(label, 'input "drift-label"')).toBe(label);
    },
  );

  it.each([
    ['a,b', 'a comma (GitHub reads the label filter as a comma-separated list)'],
    ['a\nb', 'a control character or a line break'],
    ['a\tb', 'a control character or a line break'],
    ['a\u202eb', 'a control character or a line break'],
    ['x'.repeat(51), "more than 50 characters, GitHub's limit"],
  ])('refuses %j: %s', (label, problem) => {
    expect(() => parseLabel(label, 'input "drift-label"')).toThrow(
      new InputError(
        `input "drift-label": ${quoteInput(label)} cannot be a GitHub label: it has ${problem}; choose another label`,
      ),
    );
  });
});

function errorLine(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
