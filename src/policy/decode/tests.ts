// Decoding of `tests` and `sshTests` entries (spec §1.4.4–1.4.5). Shape problems that the
// server reports as failing tests (empty src, bad destinations) are left to the evaluators.

import type { Value } from '../../hujson/index.js';
import type { NetworkTest, PostureValue, SshTest } from '../model.js';
import { goQuote } from '../quote.js';
import { kindOf, Reader, synonym } from './reader.js';

function postureAttrs(value: Value | undefined, path: string, reader: Reader): Map<string, PostureValue> {
  const out = new Map<string, PostureValue>();
  if (value === undefined) return out;
  for (const { key, value: attr } of reader.map(value, path, 'map[string]any') ?? []) {
    const kind = kindOf(attr);
    const attrPath = `${path}[${goQuote(key.text)}]`;
    if (kind === 'string') out.set(key.text, reader.string(attr, attrPath)!.text);
    else if (kind === 'number') out.set(key.text, reader.number(attr, attrPath)!);
    else if (kind === 'bool') out.set(key.text, reader.bool(attr, attrPath)!);
    else if (kind !== 'null') reader.fail(`json: cannot unmarshal ${kind} into Go value of type string`, attr.start, attrPath);
  }
  return out;
}

export function decodeNetworkTest(value: Value, path: string, index: number, reader: Reader): NetworkTest | undefined {
  const fields = reader.object(value, path, 'ACLTest', ['src', 'user', 'proto', 'accept', 'allow', 'deny', 'srcPostureAttrs']);
  if (fields === undefined) return undefined;
  const src = synonym(fields, 'src', 'user', path, reader);
  const accept = synonym(fields, 'accept', 'allow', path, reader);
  const proto = fields.get('proto')?.value;
  return {
    pos: value.start,
    index,
    src: src && reader.string(src, `${path}.src`),
    proto: proto && reader.string(proto, `${path}.proto`),
    accept: reader.strings(accept, `${path}.accept`) ?? [],
    deny: reader.strings(fields.get('deny')?.value, `${path}.deny`) ?? [],
    srcPostureAttrs: postureAttrs(fields.get('srcPostureAttrs')?.value, `${path}.srcPostureAttrs`, reader),
  };
}

export function decodeSshTest(value: Value, path: string, index: number, reader: Reader): SshTest | undefined {
  const fields = reader.object(value, path, 'SSHTest', ['src', 'dst', 'accept', 'check', 'deny', 'srcPostureAttrs']);
  if (fields === undefined) return undefined;
  const src = fields.get('src')?.value;
  return {
    pos: value.start,
    index,
    src: src && reader.string(src, `${path}.src`),
    dst: reader.strings(fields.get('dst')?.value, `${path}.dst`) ?? [],
    accept: reader.strings(fields.get('accept')?.value, `${path}.accept`) ?? [],
    check: reader.strings(fields.get('check')?.value, `${path}.check`) ?? [],
    deny: reader.strings(fields.get('deny')?.value, `${path}.deny`) ?? [],
    srcPostureAttrs: postureAttrs(fields.get('srcPostureAttrs')?.value, `${path}.srcPostureAttrs`, reader),
  };
}
