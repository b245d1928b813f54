// The HujsonSyntaxError an operation throws, for tests that read its position and messages.

import { HujsonSyntaxError } from '../../src/hujson/index.js';

export function syntaxErrorOf(operation: () => unknown): HujsonSyntaxError {
  try {
    operation();
  } catch (error) {
    if (error instanceof HujsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a HujsonSyntaxError');
}
