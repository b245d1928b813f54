/** A command-line input the command cannot use: one line on stderr, exit status 2. */
export class UsageError extends Error {}
