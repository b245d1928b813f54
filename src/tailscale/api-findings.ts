// Turns the API's validation answer into findings with file positions.

import type { HujsonDocument } from '../hujson/index.js';
import type { ValidationAnswer } from './client.js';
import { Locator } from './locate.js';
import type { Finding, TestFailure } from '../report/model.js';

export interface ApiFindings {
  errors: Finding[];
  testFailures: TestFailure[];
  warnings: Finding[];
}

const POSITION = /^line (\d+), column (\d+): (.*)$/s;
const ADDRESS = /address "([^"]*)"/;
const VERDICT = /want: "?(\w+)"?,? got: "?(\w+)"?/;
const SSH_DESTINATION = /dst "([^"]*)"/;

/** Splits a server failure such as `address "2.2.2.2:22": want: Drop, got: Accept`. */
export function parseTestFailure(source: string, message: string, locator: Locator): TestFailure {
  const destination = ADDRESS.exec(message)?.[1] ?? SSH_DESTINATION.exec(message)?.[1];
  const verdict = VERDICT.exec(message);
  const place = locator.test(source, destination);
  return {
    source,
    destination,
    wanted: verdict?.[1],
    got: verdict?.[2],
    message,
    location: place?.assertion ?? place?.entry,
    entry: place?.entry,
  };
}

/** A validation message usually quotes the offending value; point at its first occurrence. */
function locateMessage(message: string, locator: Locator): Finding['location'] {
  for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
    const location = locator.string(quoted!);
    if (location) return location;
  }
  return undefined;
}

export function findingsFromAnswer(answer: ValidationAnswer, root: HujsonDocument): ApiFindings {
  const findings: ApiFindings = { errors: [], testFailures: [], warnings: [] };
  const locator = new Locator(root);
  for (const entry of answer.data) {
    for (const message of entry.errors) findings.testFailures.push(parseTestFailure(entry.user, message, locator));
    for (const message of entry.warnings) {
      const text = entry.user ? `${entry.user}: ${message}` : message;
      findings.warnings.push({ severity: 'warning', message: text, location: locator.string(entry.user) });
    }
  }
  const message = answer.message;
  const isSummary = message === '' || /^(test\(s\) failed|warning\(s\) found)$/.test(message);
  if (!isSummary || (message === 'test(s) failed' && findings.testFailures.length === 0)) {
    const positioned = POSITION.exec(message);
    findings.errors.push(
      positioned
        ? {
            severity: 'error',
            message: positioned[3]!,
            location: { line: Number(positioned[1]), column: Number(positioned[2]) },
          }
        : { severity: 'error', message, location: locateMessage(message, locator) },
    );
  }
  return findings;
}
