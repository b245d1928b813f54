import * as core from '@actions/core';

export async function run(): Promise<void> {
  try {
    throw new Error('not yet implemented');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
