// Standard input, read as a file argument is: at most a limit, and not past the run's deadline.
// `git show REV:policy.hujson | tailnet-policy plan - policy.hujson` pipes in what a merge request
// chose, and a gigabyte of zeros, or a writer that never closes, must neither fill the memory
// nor hang the job.

import type { Readable } from 'node:stream';

/** Why standard input was not read whole. */
export type StdinRefusal = 'too large' | 'timed out';

/** The stream's bytes; or `too large` past `limit` bytes, or `timed out` at `until` (a Date.now() time). */
export async function readLimited(stream: Readable, limit: number, until?: number): Promise<Uint8Array | StdinRefusal> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<StdinRefusal>((resolve) => {
    if (until === undefined) return;
    timer = setTimeout(() => resolve('timed out'), Math.max(0, until - Date.now()));
  });
  const read = (async (): Promise<Uint8Array | StdinRefusal> => {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      // Leaving the loop destroys the stream: nothing more is read.
      if (total > limit) return 'too large';
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks, total);
  })();
  try {
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
    // Read no further (after a timeout, the process must not wait for the writer to close).
    stream.destroy();
    read.catch(() => undefined);
  }
}
