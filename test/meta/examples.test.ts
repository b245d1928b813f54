// The copy-paste CI examples and the pre-commit hooks: valid YAML, wired to the right events,
// and every `tailnet-policy` command in them one the CLI accepts, at the version package.json has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../cli/fake-io.js';

const GITLAB = 'examples/gitlab/.gitlab-ci.yml';
const BITBUCKET = 'examples/bitbucket/bitbucket-pipelines.yml';
const HOOKS = '.pre-commit-hooks.yaml';

type Json = Record<string, unknown>;

/** Strict YAML 1.2: any error or warning (duplicate keys included) fails. */
function load(file: string): Json {
  const document = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  expect([...document.errors, ...document.warnings].map((problem) => `${file}: ${problem.message}`)).toEqual([]);
  return document.toJS() as Json;
}

const gitlab = load(GITLAB);
const bitbucket = load(BITBUCKET);
const hooks = load(HOOKS) as unknown as Json[];
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** The `tailnet-policy` commands of a script, with `$NAME` and `"$NAME"` taken from `variables`. */
function commands(script: unknown, variables: Json = {}): string[][] {
  return (script as string[])
    .map((line) => line.replace(/"?\$(\w+)"?/g, (_, name: string) => String(variables[name] ?? `$${name}`)))
    .filter((line) => line.startsWith('tailnet-policy '))
    .map((line) => line.split(/\s+/).slice(1));
}

/** What each install line pins. */
function installs(script: unknown, variables: Json = {}): string[] {
  return (script as string[])
    .map((line) => line.replace(/"?\$(\w+)"?/g, (_, name: string) => String(variables[name] ?? `$${name}`)))
    .filter((line) => line.startsWith('npm install'))
    .map((line) => line.split(/\s+/).at(-1)!);
}

async function accepted(args: string[]): Promise<{ code: number; stderr: string }> {
  const io = fakeIO();
  // Every command parses all its flags before it looks at --help: exit 0 means all were taken.
  const code = await main([...args, '--help'], io);
  return { code, stderr: io.err() };
}

describe('GitLab CI example', () => {
  const variables = gitlab.variables as Json;
  const job = (name: string) => gitlab[name] as Json;
  const script = (name: string) => [
    ...((gitlab['.tailnet-policy'] as Json).before_script as string[]),
    ...(job(name).script as string[]),
  ];

  it('tests merge requests, applies on the default branch, reports drift on a schedule', () => {
    const rule = (name: string) => (job(name).rules as Json[])[0]!.if as string;
    expect(rule('tailscale-policy-test')).toBe('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(rule('tailscale-policy-apply')).toBe(
      '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    );
    expect(rule('tailscale-policy-drift')).toBe('$CI_PIPELINE_SOURCE == "schedule"');
    expect(commands(script('tailscale-policy-test'), variables).map((args) => args[0])).toEqual(['fmt', 'test']);
    expect(commands(script('tailscale-policy-apply'), variables).map((args) => args[0])).toEqual(['apply']);
    expect(commands(script('tailscale-policy-drift'), variables).map((args) => args[0])).toEqual(['drift']);
    expect(job('tailscale-policy-apply').resource_group).toBe('tailscale-policy');
    expect(variables.GIT_DEPTH).toBe('0');
    expect(installs(script('tailscale-policy-test'), variables)).toEqual([`tailnet-policy@${version}`]);
  });

  it('uses only flags the CLI takes', async () => {
    for (const name of ['tailscale-policy-test', 'tailscale-policy-apply', 'tailscale-policy-drift']) {
      for (const args of commands(script(name), variables))
        expect({ args, ...(await accepted(args)) }).toEqual({ args, code: 0, stderr: '' });
    }
  });
});

describe('Bitbucket Pipelines example', () => {
  const pipelines = bitbucket.pipelines as Json;
  const step = (steps: unknown) => (steps as Json[])[0]!.step as Json;
  const pullRequest = step((pipelines['pull-requests'] as Json)['**']);
  const main_ = step((pipelines.branches as Json).main);
  const drift = step((pipelines.custom as Json)['tailscale-policy-drift']);

  it('tests pull requests, applies on main, reports drift from a scheduled custom pipeline', () => {
    expect(commands(pullRequest.script).map((args) => args[0])).toEqual(['fmt', 'test']);
    expect(commands(main_.script).map((args) => args[0])).toEqual(['apply']);
    expect(commands(drift.script).map((args) => args[0])).toEqual(['drift']);
    expect(main_.deployment).toBe('production');
    expect(bitbucket.clone).toEqual({ depth: 'full' });
    for (const s of [pullRequest, main_, drift]) expect(installs(s.script)).toEqual([`tailnet-policy@${version}`]);
  });

  it('uses only flags the CLI takes', async () => {
    for (const s of [pullRequest, main_, drift]) {
      for (const args of commands(s.script))
        expect({ args, ...(await accepted(args)) }).toEqual({ args, code: 0, stderr: '' });
    }
  });
});

describe('pre-commit hooks', () => {
  it('declares tailnet-policy-fmt and tailnet-policy-check as node hooks on policy.hujson', () => {
    expect(hooks.map((hook) => [hook.id, hook.entry, hook.language])).toEqual([
      ['tailnet-policy-fmt', 'tailnet-policy fmt -w', 'node'],
      ['tailnet-policy-check', 'tailnet-policy check', 'node'],
    ]);
    for (const hook of hooks) {
      const files = new RegExp(hook.files as string);
      expect(['policy.hujson', 'tailscale/policy.hujson'].every((path) => files.test(path))).toBe(true);
      expect(['policy.hujson.bak', 'mypolicy.hujson', 'policy.json'].some((path) => files.test(path))).toBe(false);
    }
  });

  it('run commands that take several file names', async () => {
    // pre-commit appends the staged files it selected to the entry.
    for (const hook of hooks) {
      const args = [...(hook.entry as string).split(' ').slice(1), 'a/policy.hujson', 'b/policy.hujson'];
      expect({ args, ...(await accepted(args)) }).toEqual({ args, code: 0, stderr: '' });
    }
  });
});
