import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One committed version of the policy file. */
export interface FileVersion {
  commit: string;
  subject: string;
  /** How many later commits changed the file: 0 for the newest. */
  behind: number;
  content: Buffer;
}

/** Older versions of a file, newest first; tests pass fakes, the action reads git. */
export interface FileHistory {
  versions(file: string, limit: number): AsyncIterable<FileVersion>;
  /** Why the history may be incomplete (a shallow clone), or undefined. */
  limitation(file: string): Promise<string | undefined>;
}

interface CommitLine {
  commit: string;
  subject: string;
}

async function commitsTouching(dir: string, name: string, limit: number, ref: string): Promise<CommitLine[]> {
  const { stdout } = await run('git', ['log', `--max-count=${limit}`, '--format=%H%x00%s', ref, '--', name], { cwd: dir, maxBuffer: 16 << 20 });
  return stdout
    .split('\n')
    .filter((line) => line.includes('\0'))
    .map((line) => {
      const [commit = '', subject = ''] = line.split('\0');
      return { commit, subject };
    });
}

/**
 * Reads every blob through one `git cat-file --batch`, so 200 versions cost one process,
 * not 200. The answer is `<sha> blob <size>\n<bytes>\n`, or `<name> missing\n`.
 */
async function readBlobs(dir: string, specs: string[]): Promise<Array<Buffer | undefined>> {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout) chunks.push(chunk as Buffer);
  const output = Buffer.concat(chunks);
  const blobs: Array<Buffer | undefined> = [];
  let at = 0;
  for (let i = 0; i < specs.length && at < output.length; i++) {
    const headerEnd = output.indexOf(10, at);
    const header = output.subarray(at, headerEnd).toString();
    const size = / blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      blobs.push(undefined);
      at = headerEnd + 1;
      continue;
    }
    blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + Number(size)));
    at = headerEnd + 1 + Number(size) + 1;
  }
  return blobs;
}

/** The file's history in the git checkout around it, from `ref` (HEAD unless told). */
export function gitFileHistory(ref: string | undefined): FileHistory {
  return {
    async *versions(file, limit) {
      const dir = path.dirname(path.resolve(file));
      const name = path.basename(file);
      let commits: CommitLine[];
      try {
        commits = await commitsTouching(dir, name, limit, ref ?? 'HEAD');
      } catch {
        // The ref may be missing from a partial clone; the checked-out history still counts.
        commits = ref === undefined ? [] : await commitsTouching(dir, name, limit, 'HEAD').catch(() => []);
      }
      if (commits.length === 0) return;
      const blobs = await readBlobs(dir, commits.map(({ commit }) => `${commit}:./${name}`));
      for (const [behind, { commit, subject }] of commits.entries()) {
        const content = blobs[behind];
        if (content !== undefined) yield { commit, subject, behind, content };
      }
    },
    async limitation(file) {
      const dir = path.dirname(path.resolve(file));
      try {
        const { stdout } = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir });
        return stdout.trim() === 'true'
          ? 'the checkout is shallow, so older versions of the policy file are not visible; use actions/checkout with fetch-depth: 0'
          : undefined;
      } catch {
        return 'the policy file is not in a git checkout, so its history cannot be searched';
      }
    },
  };
}
