// Tailscale's tag syntax check (tailcfg.CheckTag), with its exact error strings.

import * as msg from '../messages.js';

const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function checkTag(tag: string): string | undefined {
  if (!tag.startsWith('tag:')) return msg.TAG_PREFIX;
  const bytes = new TextEncoder().encode(tag.slice(4));
  if (bytes.length === 0) return msg.TAG_EMPTY;
  if (!isAlpha(bytes[0]!)) return msg.TAG_FIRST_LETTER;
  for (const b of bytes) if (!isAlpha(b) && !isDigit(b) && b !== 0x2d) return msg.TAG_CHARACTERS;
  return undefined;
}
