// A fork's policy text reaches the log (syntax errors quote the string) and the annotations.
// The runner reads every stdout line for workflow commands; none of the fork's may get through.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from '../support/action-runner.js';
import { workspaceWith } from './helpers.js';

/** Commands a fork would like to run, each after a different kind of line break. */
const INJECTED = [
  '\n::warning title=pwn::injected by LF',
  '\r::add-mask::hidden-by-CR',
  '\r\n::set-output name=comment-url::$(id)',
  '\u2028::notice::after U+2028',
  '\u0085::stop-commands::pwntoken',
  '\n  ::error::indented',
  '\n##[warning]legacy syntax',
];

/** Every line the runner could take as a command, split on any line break a reader might use. */
function commandLines(stdout: string): string[] {
  return (
    stdout
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some readers
      .split(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/)
      .map((line) => line.trim())
      .filter((line) => line.startsWith('::') || line.includes('##['))
  );
}

describe('workflow commands from the policy', () => {
  it('cannot be injected through a syntax error that quotes a string', async () => {
    const policy = `{"acls": [{"action": "accept", "src": ["a${INJECTED.join('')}"], "dst": ["*:*"]}]}\n`;
    const result = await runAction({ inputs: { action: 'test' }, cwd: await workspaceWith(policy) });
    expect(result.code).toBe(1);
    // Only the action's own commands: its log group, its annotation, its failure line.
    expect(commandLines(result.stdout).map((line) => /^::([\w-]+)/.exec(line)?.[1])).toEqual([
      'group',
      'endgroup',
      'error',
      'error',
    ]);
    expect(result.masks).toEqual([]);
    expect(result.outputs.result).toBe('failed');
    expect(result.outputs['comment-url']).toBeUndefined();
    const [annotation] = result.annotations;
    expect(annotation).toEqual({
      level: 'error',
      title: 'Policy error',
      file: 'policy.hujson',
      line: 1,
      col: 40,
      message: expect.stringContaining('\\u2028::notice::after U+2028\\u0085::stop-commands::pwntoken') as string,
    });
    // The log line shows every break as its escape, on one line.
    const logLine = result.stdout.split('\n').find((line) => line.includes('invalid literal'));
    expect(logLine).toBe(
      './policy.hujson:1:40: invalid literal: "a\\n::warning title=pwn::injected by LF\\r::add-mask::hidden-by-CR' +
        '\\r\\n::set-output name=comment-url::$(id)\\u2028::notice::after U+2028\\u0085::stop-commands::pwntoken' +
        '\\n  ::error::indented\\n#\u200b#[warning]legacy syntax"',
    );
  });
});

describe('workflow commands through the CLI (a GitHub Actions step, a pre-commit hook in CI)', () => {
  it('cannot be injected through a file name, a test source, an SSH user or JSON', async () => {
    const injected = INJECTED.join('');
    const dir = await workspaceWith('{}\n');
    // A directory the merge request named, and policies that quote the commands in strings.
    const named = path.join(dir, `x${INJECTED[0]}`);
    await mkdir(named);
    const quoted = JSON.stringify(injected);
    const failing = `{"acls": [], "tests": [{"src": ${quoted}, "accept": ["1.2.3.4:22"]}]}`;
    await writeFile(path.join(named, 'policy.hujson'), failing);
    const ssh = `{"ssh": [{"action": "accept", "src": ["alice@example.com"], "dst": ["autogroup:self"], "users": [${quoted}]}]}`;
    await writeFile(path.join(dir, 'ssh.hujson'), ssh);
    const relative = path.relative(dir, path.join(named, 'policy.hujson'));
    const runs = await Promise.all(
      [
        ['check', relative],
        ['check', '--json', relative],
        ['fmt', '--check', relative],
        ['plan', 'policy.hujson', 'ssh.hujson'],
        ['plan', '--json', 'policy.hujson', 'ssh.hujson'],
        ['check', `missing${INJECTED[1]}.hujson`],
      ].map((args) => runCli(args, { cwd: dir })),
    );
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1, 0, 0, 2]);
    for (const run of runs) expect(commandLines(run.stdout + run.stderr)).toEqual([]);
    // What was quoted is still there to read, as escapes.
    expect(runs[3]!.stdout).toContain('\\r::add-mask::hidden-by-CR');
  });

  // An invalid literal is quoted raw in the parser's message (as Go's is): on a terminal its escape
  // sequences would act (clear the screen, recolour), and a line break in it would split the message.
  it('quotes an invalid literal on one line, its terminal controls escaped, in fmt, check and plan', async () => {
    const dir = await workspaceWith('{"acls": ["tag\u001b[2J\n::error::x\u009b"]}\n');
    const runs = await Promise.all(
      [
        ['fmt', 'policy.hujson'],
        ['check', 'policy.hujson'],
        ['plan', 'policy.hujson', 'policy.hujson'],
      ].map((args) => runCli(args, { cwd: dir })),
    );
    const quoted = 'policy.hujson:1:11: invalid literal: "tag\\u001b[2J\\n::error::x\\u009b"';
    expect(runs.map((run) => [run.code, run.stdout, run.stderr])).toEqual([
      [1, '', `${quoted}\n`],
      [1, `${quoted}\npolicy.hujson: invalid: 1 error(s)\n`, ''],
      [2, '', `tailnet-policy plan: ${quoted}\n`],
    ]);
  });

  it('says a usage error that names a line break on one line', async () => {
    const dir = await workspaceWith('{}\n');
    const runs = await Promise.all(
      [['check', '--bo\ngus'], ['fmt', '--x\ny'], ['ch\neck']].map((args) => runCli(args, { cwd: dir })),
    );
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
    for (const run of runs) {
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('\\n');
    }
  });

  // A bidirectional control reorders what a terminal or a CI log shows: `ved` reads as `dev`.
  it('shows bidirectional controls by name, in the plan as in check', async () => {
    const dir = await workspaceWith('{}\n');
    const login = 'eve\u202eved@example.com';
    const after = `{"acls": [{"action": "accept", "src": [${JSON.stringify(login)}], "dst": ["tag:db:5432"]}],
      "tagOwners": {"tag:db": []}, "tests": [{"src": ${JSON.stringify(login)}, "deny": ["tag:db:5432"]}]}`;
    await writeFile(path.join(dir, 'after.hujson'), after);
    const [plan, check] = await Promise.all([
      runCli(['plan', 'policy.hujson', 'after.hujson'], { cwd: dir }),
      runCli(['check', 'after.hujson'], { cwd: dir }),
    ]);
    expect(plan.stdout).toContain('\n  - eve⟨U+202E⟩ved@example.com icmp, tcp:*, udp:*\n');
    expect(check.stdout).toContain('test failed for "eve⟨U+202E⟩ved@example.com"');
    for (const run of [plan, check]) expect(run.stdout + run.stderr).not.toContain('\u202e');
  });
});
