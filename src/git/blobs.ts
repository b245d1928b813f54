import { spawnGit, type GitRepository } from './runner.js';

/** Reads a byte stream as lines and counted byte runs, holding no more than it must. */
class StreamReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done === true) return false;
    const chunk = next.value;
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    return true;
  }

  async line(): Promise<string | undefined> {
    for (;;) {
      const end = this.buffered.indexOf(10);
      if (end !== -1) {
        const line = this.buffered.subarray(0, end).toString('utf8');
        this.buffered = this.buffered.subarray(end + 1);
        return line;
      }
      if (!(await this.fill())) return undefined;
    }
  }

  /** The next `count` bytes, or undefined at a premature end; `keep: false` skips them. */
  async bytes(count: number, keep: boolean): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let missing = count;
    while (missing > 0) {
      if (this.buffered.length === 0 && !(await this.fill())) return undefined;
      const take = Math.min(missing, this.buffered.length);
      if (keep) parts.push(this.buffered.subarray(0, take));
      this.buffered = this.buffered.subarray(take);
      missing -= take;
    }
    return Buffer.concat(parts);
  }
}

/**
 * The blobs `ids`, in order, through `git cat-file --batch` (200 versions cost one process, not
 * 200). A blob that is missing, not a blob, or larger than `maxBytes` is undefined; one blob at
 * a time is held. In a partial clone git stops at the first blob it may not fetch (no transport
 * is allowed), so the rest is asked of a new process.
 */
export async function* readBlobs(
  repo: GitRepository,
  ids: readonly string[],
  maxBytes: number,
): AsyncGenerator<Buffer | undefined> {
  let next = 0;
  while (next < ids.length) {
    for await (const blob of batch(repo, ids.slice(next), maxBytes)) {
      next += 1;
      yield blob;
    }
    if (next < ids.length) {
      next += 1;
      yield undefined;
    }
  }
}

/** One process's answers: `<id> blob <size>\n<bytes>\n`, or `<id> missing\n`, until it stops. */
async function* batch(
  repo: GitRepository,
  ids: readonly string[],
  maxBytes: number,
): AsyncGenerator<Buffer | undefined> {
  const child = spawnGit(repo, ['cat-file', '--batch']);
  // A git that exits early (no repository) closes stdin under us: its output tells the rest.
  child.stdin.on('error', () => undefined);
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  const reader = new StreamReader(child.stdout[Symbol.asyncIterator]());
  try {
    for (let i = 0; i < ids.length; i++) {
      const header = await reader.line();
      if (header === undefined) return;
      const found = / (blob|tree|commit|tag) (\d+)$/.exec(header);
      if (found === null) {
        yield undefined;
        continue;
      }
      const size = Number(found[2]);
      const keep = found[1] === 'blob' && size <= maxBytes;
      const content = await reader.bytes(size + 1, keep);
      if (content === undefined) return;
      yield keep ? content.subarray(0, size) : undefined;
    }
  } finally {
    child.kill();
  }
}
