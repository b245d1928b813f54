import { gitTimedOut, spawnGit, timeLeft, type GitDeadline, type GitRepository } from './runner.js';

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

/** One object's header (`<id> <type> <size>`), with its bytes when they were asked for and fit. */
interface Answer {
  /** The object's id, as git resolved what it was asked (a name such as `rev:path` included). */
  id: string;
  type: string;
  size: number;
  content?: Buffer;
}

/**
 * The blobs `ids`, in order. A blob that is missing, not a blob, or larger than `maxBytes` is
 * undefined; one blob at a time is held. Git first tells every object's type and size
 * (`--batch-check`, which inflates nothing), then hands over only the blobs that fit: a
 * gigabyte of zeros, a few kilobytes packed, is never inflated. Two processes for one version or
 * 200 (more in a partial clone). Past `deadline` git is stopped and this throws a TimeoutError.
 */
export async function* readBlobs(
  repo: GitRepository,
  ids: readonly string[],
  maxBytes: number,
  deadline?: GitDeadline,
): AsyncGenerator<Buffer | undefined> {
  const fits: boolean[] = [];
  // The bytes are asked by the ids the first pass resolved: a name (`rev:path`) asked again could
  // meanwhile name another object (a fetch moving the ref).
  const resolved: string[] = [];
  for await (const info of answers(repo, ids, undefined, deadline)) {
    const fit = info?.type === 'blob' && info.size <= maxBytes;
    fits.push(fit);
    if (fit) resolved.push(info.id);
  }
  const contents = answers(repo, resolved, maxBytes, deadline);
  try {
    for (const fit of fits) {
      if (!fit) {
        yield undefined;
        continue;
      }
      const next = await contents.next();
      yield next.done === true ? undefined : next.value?.content;
    }
  } finally {
    await contents.return(undefined);
  }
}

/**
 * An answer per id, undefined for one git could not give. In a partial clone git stops at the
 * first object it may not fetch (no transport is allowed), so the rest is asked of a new process.
 */
async function* answers(
  repo: GitRepository,
  ids: readonly string[],
  maxBytes: number | undefined,
  deadline: GitDeadline | undefined,
): AsyncGenerator<Answer | undefined> {
  let next = 0;
  while (next < ids.length) {
    for await (const answer of batch(repo, ids.slice(next), maxBytes, deadline)) {
      next += 1;
      yield answer;
    }
    if (next < ids.length) {
      next += 1;
      yield undefined;
    }
  }
}

/**
 * One process's answers: `<id> <type> <size>\n`, then with `maxBytes` (`--batch`) the bytes and
 * a newline; `<id> missing\n` for none. Without `maxBytes` it is `--batch-check`: headers only.
 */
async function* batch(
  repo: GitRepository,
  ids: readonly string[],
  maxBytes: number | undefined,
  deadline: GitDeadline | undefined,
): AsyncGenerator<Answer | undefined> {
  const child = spawnGit(repo, ['cat-file', maxBytes === undefined ? '--batch-check' : '--batch']);
  // A git that exits early (no repository) closes stdin under us: its output tells the rest.
  child.stdin.on('error', () => undefined);
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  // A git that takes too long (or stops answering) is killed: its output ends, and the read with it.
  const timer = deadline && setTimeout(() => child.kill(), timeLeft(deadline));
  const reader = new StreamReader(child.stdout[Symbol.asyncIterator]());
  try {
    for (let i = 0; i < ids.length; i++) {
      const answer = await nextAnswer(reader, maxBytes);
      const late = gitTimedOut(deadline);
      if (late !== undefined) throw late;
      if (answer === 'end') return;
      yield answer;
    }
  } finally {
    clearTimeout(timer);
    child.kill();
  }
}

async function nextAnswer(reader: StreamReader, maxBytes: number | undefined): Promise<Answer | undefined | 'end'> {
  const header = await reader.line();
  if (header === undefined) return 'end';
  const found = /^([0-9a-f]{40}|[0-9a-f]{64}) (blob|tree|commit|tag) (\d+)$/.exec(header);
  if (found === null) return undefined;
  const answer: Answer = { id: found[1]!, type: found[2]!, size: Number(found[3]) };
  if (maxBytes === undefined) return answer;
  // The first pass checked the size of this very object; checked again all the same, so that no
  // answer of git's is ever read past the cap.
  const keep = answer.type === 'blob' && answer.size <= maxBytes;
  const content = await reader.bytes(answer.size + 1, keep);
  if (content === undefined) return 'end';
  if (keep) answer.content = content.subarray(0, answer.size);
  return answer;
}
