// What a CLI command may touch, passed in so tests can run commands in-process with fakes.

export interface CliIO {
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (chunk: string | Uint8Array) => void;
  readStdin: () => Promise<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit statuses shared by every command: 0 success, 1 a check failed, 2 a usage error or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function processIO(): CliIO {
  return {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
  };
}
