// Decoding of `tests` and `sshTests` entries (docs/policy-semantics.md §1.4.4–1.4.5). Shape
// problems that the server reports as failing tests (empty src, bad destinations) are left to the
// evaluators.

import type { NetworkTest, PostureValue, SshTest, Text } from '../model.js';
import { splitTestDestination } from '../ports.js';
import { goQuote, quoteKey } from '../quote.js';
import { unconfirmed } from '../unsure.js';
import { ABSENT, Fields, kindOf, type Reader, synonym } from './reader.js';

const ACL_TEST = new Fields(['src', 'user', 'proto', 'accept', 'allow', 'deny', 'srcPostureAttrs']);
const SSH_TEST = new Fields(['src', 'dst', 'accept', 'check', 'deny', 'srcPostureAttrs']);

/** What tests without srcPostureAttrs share (most tests): no map of their own. */
const NO_ATTRS: ReadonlyMap<string, PostureValue> = new Map();

function postureAttrs(value: number, path: string, reader: Reader): ReadonlyMap<string, PostureValue> {
  if (value === ABSENT) return NO_ATTRS;
  const out = new Map<string, PostureValue>();
  for (const { key, value: attr } of reader.map(value, path, 'map[string]any') ?? []) {
    const kind = kindOf(reader.doc, attr);
    const attrPath = `${path}[${quoteKey(key.text)}]`;
    if (kind === 'string') out.set(key.text, reader.string(attr, attrPath)!.text);
    else if (kind === 'number') out.set(key.text, reader.number(attr, attrPath)!);
    else if (kind === 'bool') out.set(key.text, reader.bool(attr, attrPath)!);
    else if (kind !== 'null') {
      reader.fail(`json: cannot unmarshal ${kind} into Go value of type string`, reader.doc.position(attr), attrPath);
    }
  }
  return out;
}

export function decodeNetworkTest(value: number, path: string, index: number, reader: Reader): NetworkTest | undefined {
  if (!reader.object(value, path, 'ACLTest', ACL_TEST)) return undefined;
  const src = synonym(ACL_TEST, 'src', 'user', path, reader);
  const accept = synonym(ACL_TEST, 'accept', 'allow', path, reader);
  const proto = ACL_TEST.get('proto');
  const test = reader.located(value, {
    index,
    src: src === ABSENT ? undefined : reader.string(src, path, 'src'),
    proto: proto === ABSENT ? undefined : reader.string(proto, path, 'proto'),
    accept: reader.strings(accept, path, 'accept') ?? [],
    deny: reader.strings(ACL_TEST.get('deny'), path, 'deny') ?? [],
    srcPostureAttrs: postureAttrs(ACL_TEST.get('srcPostureAttrs'), `${path}.srcPostureAttrs`, reader),
  });
  if (test.accept.length > 0) notePadded(test.accept, path, 'accept', reader);
  if (test.deny.length > 0) notePadded(test.deny, path, 'deny', reader);
  return test;
}

/**
 * A test destination that parses only trimmed (`"tag:server:22 "`) is read trimmed, as an ACL
 * destination is; whether the server trims it is not known, so it gets a notice as an ACL's does
 * (docs/policy-semantics.md §2.1). Looked at here, where each entry is read anyway: a pass of its
 * own over every test's entries cost a 10,000-test check 2 % of its time.
 */
function notePadded(entries: readonly Text[], path: string, field: string, reader: Reader): void {
  for (let i = 0; i < entries.length; i++) {
    const text = entries[i]!.text;
    if (printable(text.charCodeAt(0)) && printable(text.charCodeAt(text.length - 1))) continue;
    const whole = splitTestDestination(text);
    if (whole.ok || text.trim() === text || !splitTestDestination(text.trim()).ok) continue;
    const message = unconfirmed(`test destination ${goQuote(text)}: ${whole.error}`);
    reader.notice(message, entries[i]!.pos, `${path}.${field}[${i}]`);
  }
}

/** A printable ASCII character other than the space: never trimmed. */
const printable = (code: number): boolean => code > 32 && code < 127;

export function decodeSshTest(value: number, path: string, index: number, reader: Reader): SshTest | undefined {
  if (!reader.object(value, path, 'SSHTest', SSH_TEST)) return undefined;
  const src = SSH_TEST.get('src');
  return reader.located(value, {
    index,
    src: src === ABSENT ? undefined : reader.string(src, path, 'src'),
    dst: reader.strings(SSH_TEST.get('dst'), path, 'dst') ?? [],
    accept: reader.strings(SSH_TEST.get('accept'), path, 'accept') ?? [],
    check: reader.strings(SSH_TEST.get('check'), path, 'check') ?? [],
    deny: reader.strings(SSH_TEST.get('deny'), path, 'deny') ?? [],
    srcPostureAttrs: postureAttrs(SSH_TEST.get('srcPostureAttrs'), `${path}.srcPostureAttrs`, reader),
  });
}
