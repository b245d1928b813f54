// Shared set-up for the end-to-end tests: a workspace holding a policy file (optionally with git
// history), and the inputs that point the built action at the local Tailscale emulator.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createGitRepo } from '../support/git-fixture.js';
import { DEFAULT_API_KEY, type TailscaleEmulator } from '../support/tailscale-emulator.js';

export const POLICY_V1 = `{
  // Engineers reach the web servers.
  "groups": {"group:eng": ["alice@example.com"]}, "tagOwners": {"tag:web": ["group:eng"]},
  "acls": [
    {"action": "accept", "src": ["group:eng"], "dst": ["tag:web:443"]},
  ],
  "tests": [
    {"src": "alice@example.com", "accept": ["tag:web:443"], "deny": ["tag:web:22"]},
  ],
}
`;

export const POLICY_V2 = POLICY_V1.replace('"tag:web:443"]},\n  ],', '"tag:web:443", "tag:web:80"]},\n  ],');

/** Opens SSH to the web servers, so its own deny test fails: offline and on the server alike. */
export const POLICY_SSH_OPEN = POLICY_V2.replace(
  '"tag:web:443", "tag:web:80"]',
  '"tag:web:443", "tag:web:80", "tag:web:22"]',
);

export const SSH_OPEN_FAILURE = '[acl test error]: address "tag:web:22": want: Drop, got: Accept';

/** What test mode notes when the workspace is not a git checkout. */
export const NO_HISTORY_NOTICE = {
  level: 'notice',
  title: 'Policy notice',
  file: 'policy.hujson',
  message:
    'could not tell whether the live policy was edited outside git: the policy file is not in a git checkout, so its history cannot be searched',
};

export const POLICY_V3 = POLICY_V2.replace(
  '// Engineers reach the web servers.',
  '// Engineers reach the web servers, over HTTP too.',
);

/**
 * A git checkout whose history holds POLICY_V1 and then `policy`, removed when the current test
 * finishes: the live policy is then recognisable, or provably edited outside git.
 */
export async function repositoryWith(policy: string): Promise<string> {
  const repo = await createGitRepo([
    { message: 'first policy', files: { 'policy.hujson': POLICY_V1 } },
    { message: 'proposed policy', files: { 'policy.hujson': policy, 'NOTES.md': 'proposed\n' } },
  ]);
  onTestFinished(() => repo.remove());
  return repo.dir;
}

/** A fresh workspace holding `policy.hujson`, removed when the current test finishes. */
export async function workspaceWith(policy: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tailnet-policy-ws-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, 'policy.hujson'), policy);
  return dir;
}

export function apiInputs(emulator: TailscaleEmulator, extra: Record<string, string> = {}): Record<string, string> {
  return { 'api-url': emulator.url, 'api-key': DEFAULT_API_KEY, action: 'test', ...extra };
}

/** Lines of stdout that are not workflow commands: what a person reads in the log. */
export function logLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'));
}
