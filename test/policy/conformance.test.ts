// Every captured server verdict (except server errors) must be reproduced with its topology:
// accepted vs rejected, and the exact message for rejections other than failing tests.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/hujson/index.js';
import { checkPolicy, parseTopology, serverMessage } from '../../src/policy/index.js';
import { loadCaptures } from './captures.js';

const captures = loadCaptures().filter((c) => c.api_response_code !== 500);

/**
 * Captures the engine does not reproduce, with the reason and the engine's current message
 * (asserted, so this list stays honest). Empty: every capture matches.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, { reason: string; engineMessage: string | undefined }>> = {};

describe('conformance with captured server verdicts', () => {
  test('the capture file is complete', () => {
    expect(captures).toHaveLength(334);
  });

  test.each(captures.map((c) => [c.id, c] as const))('%s (topology mode)', (id, capture) => {
    const report = checkPolicy(parse(capture.policy), { topology: parseTopology(capture.topology) });
    const message = serverMessage(report);
    const known = KNOWN_DIFFERENCES[id];
    if (known !== undefined) {
      expect(message).toBe(known.engineMessage);
      return;
    }
    if (capture.api_response_code === 200) expect(message).toBeUndefined();
    else expect(message).toBe(capture.api_response_body!.message);
  });

  test.each(captures.filter((c) => c.api_response_code === 200).map((c) => [c.id, c] as const))(
    '%s never fails offline (symbolic mode)',
    (_id, capture) => {
      const report = checkPolicy(parse(capture.policy));
      expect(report.tests.flatMap((t) => t.assertions).filter((a) => a.outcome === 'fail')).toEqual([]);
      expect(report.errors).toEqual([]);
    },
  );
});
