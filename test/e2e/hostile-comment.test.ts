// What a fork's pull request can make the action publish: links and references in its policy
// text stay inert, bidi controls show by name, and the live policy stays out of its comment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { DEFAULT_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { etag } from '../../src/hujson/index.js';
import { createGitRepo } from '../support/git-fixture.js';
import { policyRejection, startTailscaleEmulator, type TailscaleEmulator } from '../support/tailscale-emulator.js';
import { POLICY_V1, POLICY_V2, apiInputs } from './helpers.js';

const ZWJ = '\u200d';
/** An edit made in the admin console, which no fork's author may read. */
const LIVE_EDITED = POLICY_V1.replace(
  '// Engineers reach the web servers.',
  '// EDITED-IN-CONSOLE: vpn-gw 203.0.113.7',
);

let ts: TailscaleEmulator;
let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake();
});
afterEach(async () => {
  await ts.close();
  await gh.close();
});

/** A fork's pull request proposing `policy`, after commits of `earlier` versions of its own. */
async function forkPullRequest(policy: string, inputs: Record<string, string>, earlier: string[] = []) {
  const repo = await createGitRepo([
    { message: 'policy', files: { 'policy.hujson': POLICY_V1 } },
    ...earlier.map((text) => ({ message: 'earlier', files: { 'policy.hujson': text } })),
    { message: 'proposal', files: { 'policy.hujson': policy } },
  ]);
  try {
    const head = { sha: repo.shas[1], repo: { full_name: 'stranger/octo-repo' } };
    const base = { sha: repo.shas[0], repo: { full_name: 'octo-org/octo-repo' } };
    return await runAction({
      inputs: { 'github-token': DEFAULT_GITHUB_TOKEN, ...inputs },
      env: gh.actionsEnv(),
      eventName: 'pull_request_target',
      eventPayload: { pull_request: { number: 9, head, base } },
      cwd: repo.dir,
    });
  } finally {
    await repo.remove();
  }
}

describe('a fork pull request', () => {
  it('cannot put a clickable link, a reference or a bidi trick into the comment', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const hostile =
      'log in at https://evil.example/login or www.evil.example, see GH-2 and octo-org/octo-repo#1 \u202eexe.txt';
    // The API's answer quotes the fork's text; a comment line carries a raw bidi control into the diff.
    ts.setValidator(policyRejection(`action="${hostile}" is not supported`));
    const policy = POLICY_V2.replace('// Engineers reach the web servers.', '// reviewed by \u202egnirts');
    const result = await forkPullRequest(policy, apiInputs(ts, { 'show-live-policy-to-forks': 'true' }));
    expect(result.code).toBe(1);
    const body = gh.comments(9)[0]!.body;
    expect(body).toContain(
      `action="log in at https${ZWJ}://evil.example/login or w${ZWJ}ww.evil.example, see G${ZWJ}H-2 and octo-org/octo-repo\\#${ZWJ}1 ⟨U+202E⟩exe.txt" is not supported`,
    );
    expect(body).toContain('+  // reviewed by ⟨U+202E⟩gnirts');
    for (const live of ['https://evil', 'www.evil', 'GH-2', 'repo#1', '\u202e']) expect(body).not.toContain(live);
  });

  it('gets no live policy text in its comment or summary, unless the workflow allows it', async () => {
    ts = await startTailscaleEmulator({ policy: LIVE_EDITED });
    const hidden = await forkPullRequest(POLICY_V2, apiInputs(ts));
    expect(hidden.code).toBe(0);
    const comment = gh.comments(9)[0]!.body;
    expect(comment).not.toContain('EDITED-IN-CONSOLE');
    expect(hidden.summary).not.toContain('EDITED-IN-CONSOLE');
    expect(comment).not.toContain('Changes from the live policy');
    expect(hidden.summary).toContain(
      '- the live policy is left out of this report: the pull request comes from a fork',
    );
    expect(hidden.annotations.map((a) => a.message)).toContain(
      'the live policy is left out of this report: the pull request comes from a fork, and "show-live-policy-to-forks" is false, so nothing of the live policy (edits made outside git included) is shown to its author',
    );

    // Nor its ETag: a hash of a text the base version nearly gives away, small edits are found by trying.
    const liveEtag = etag(LIVE_EDITED);
    expect(hidden.outputs['control-etag']).toBe('');
    expect(hidden.outputs.changed).toBe('false');
    for (const text of [comment, hidden.summary, hidden.stdout, hidden.stderr, ...Object.values(hidden.outputs)])
      expect(text).not.toContain(liveEtag);
    expect(hidden.stdout).toContain('live policy read; its ETag is left out, as the pull request comes from a fork');

    const shown = await forkPullRequest(POLICY_V2, apiInputs(ts, { 'show-live-policy-to-forks': 'true' }));
    expect(shown.code).toBe(0);
    expect(shown.outputs['control-etag']).toBe(liveEtag);
    expect(gh.comments(9)[0]!.body).toContain('EDITED-IN-CONSOLE');
    expect(shown.summary).toContain('EDITED-IN-CONSOLE');
  });

  it('cannot tell whether its file, or a version in the history it pushed, is the live policy', async () => {
    ts = await startTailscaleEmulator({ policy: LIVE_EDITED });
    // One sticky comment, updated by each run: read after each.
    const runs = [];
    for (const [policy, earlier] of [[LIVE_EDITED], [POLICY_V2], [POLICY_V2, [LIVE_EDITED]]] as const) {
      const run = await forkPullRequest(policy, apiInputs(ts), earlier ? [...earlier] : []);
      runs.push({ ...run, comment: gh.comments(9)[0]!.body });
    }
    for (const run of runs) {
      expect(run.code).toBe(0);
      const { result, changed, applied, 'manual-edit': manualEdit, 'control-etag': control } = run.outputs;
      expect({ result, changed, applied, manualEdit, control }).toEqual({
        result: 'passed',
        changed: 'false',
        applied: 'false',
        manualEdit: 'false',
        control: '',
      });
      expect(run.comment).toContain('### ✅ Policy test passed');
      expect(`${run.stdout}${run.summary}${run.comment}`).not.toMatch(
        /no change|matches no known version|edited outside/i,
      );
    }
    expect(ts.requestsTo('POST validate')).toHaveLength(3);
  });

  it('cannot run drift or apply, which compare the live policy with its file, unless the workflow shows it', async () => {
    ts = await startTailscaleEmulator({ policy: LIVE_EDITED });
    for (const mode of ['drift', 'apply']) {
      const result = await forkPullRequest(LIVE_EDITED, apiInputs(ts, { action: mode }));
      expect(result.code).toBe(1);
      expect(result.annotations).toEqual([
        {
          level: 'error',
          message:
            `"action: ${mode}" on a pull request from a fork would show its author how the live policy compares ` +
            'with their file: run it on push or on a schedule, or set "show-live-policy-to-forks: true"',
        },
      ]);
    }
    expect(ts.requests).toEqual([]);
  });

  it('cannot tell which of its guesses is the live policy from what the action hides', async () => {
    ts = await startTailscaleEmulator({ policy: LIVE_EDITED });
    // One undefined group per guessed text, named by that text's ETag: a masked or redacted ETag
    // would come out as *** in the notice about that group, and give the right guess away.
    const guesses = [POLICY_V1, LIVE_EDITED, POLICY_V2].map((text) => `group:g-${etag(text)}`);
    const policy = POLICY_V2.replace(
      '"acls": [',
      `"acls": [{"action": "accept", "src": ${JSON.stringify(guesses)}, "dst": ["*:22"]},`,
    );
    const result = await forkPullRequest(policy, apiInputs(ts));
    const notices = result.annotations.filter((a) => a.message.includes('group not defined')).map((a) => a.message);
    expect(notices).toHaveLength(3);
    for (const guess of guesses) expect(notices.some((m) => m.includes(guess))).toBe(true);
    expect(result.masks).not.toContain(etag(LIVE_EDITED));
    expect(`${result.stdout}${result.summary}${gh.comments(9)[0]!.body}`).not.toContain('***');
  });
});

describe("a pull request's policy against the comment's and the summary's cost", () => {
  it('gets a note, not a plan of gigabytes, for a long capability value given to 200 users on 200 addresses', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    // 20 KB of policy: every change of 40,000 repeats the 15,000-character value. The run took
    // minutes and a gigabyte before the plan's text was limited, rendering it row by row.
    const users = Array.from({ length: 200 }, (_, i) => `u${i}@example.com`);
    const addresses = Array.from({ length: 200 }, (_, i) => `100.64.${i >> 7}.${(i & 127) * 2}`);
    const grant = { src: users, dst: addresses, app: { 'example.com/cap/x': [{ note: 'x'.repeat(15_000) }] } };
    const policy = POLICY_V2.replace('"acls": [', `"grants": [${JSON.stringify(grant)}], "acls": [`);
    const result = await forkPullRequest(policy, { action: 'test' });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('passed');
    expect(result.outputs['access-plan']).toBe('');
    const note = "No access plan: more than 64 MiB of text in the access changes, past the plan's size limit.";
    expect(result.summary).toContain(`### Access changes\n\n${note}`);
    expect(gh.comments(9)[0]!.body).toContain(`### Access changes\n\n${note}`);
  });

  it('shows a terminal control in a name as its escape', async () => {
    ts = await startTailscaleEmulator({ policy: POLICY_V1 });
    const policy = POLICY_V2.replace('"acls": [', `"ssh": [${JSON.stringify(SSH_RULE)}], "acls": [`);
    const result = await forkPullRequest(policy, { action: 'test' });
    expect(result.code).toBe(0);
    for (const body of [result.summary, gh.comments(9)[0]!.body]) {
      expect(body).toContain('ssh to tag:web as \\\\u001b\\[31mred: accept');
      expect(body).not.toContain('\u001b');
    }
  });
});

/** An SSH rule whose login starts with an escape sequence that turns a terminal red. */
const SSH_RULE = { action: 'accept', src: ['alice@example.com'], dst: ['tag:web'], users: ['\u001b[31mred'] };
