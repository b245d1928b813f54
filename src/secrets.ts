import { setSecret } from './runner/commands.js';

const REDACTED = '***';

/** `text` with every occurrence of `secret` made `***`; an empty secret changes nothing. */
export function withoutSecret(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join(REDACTED);
}

/**
 * Keeps every secret of the run. The runner masks registered secrets in the log only, so
 * everything the action writes itself (summary, outputs, comments, issues, error messages)
 * goes through `redact` as well.
 */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  constructor(private readonly mask: (secret: string) => void = setSecret) {}

  add(secret: string | undefined): void {
    if (secret === undefined || secret === '' || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.mask(secret);
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = withoutSecret(result, secret);
    return result;
  }
}
