// Decoding of `tests` and `sshTests` entries (spec §1.4.4–1.4.5). Shape problems that the
// server reports as failing tests (empty src, bad destinations) are left to the evaluators.

import type { Value } from '../../hujson/index.js';
import type { NetworkTest, PostureValue, SshTest, Text } from '../model.js';
import { kindOf, Reader, synonym } from './reader.js';

function list(value: Value | undefined, path: string, reader: Reader): Text[] {
  return (value && reader.strings(value, path)) ?? [];
}

function postureAttrs(value: Value | undefined, path: string, reader: Reader): Map<string, PostureValue> {
  const out = new Map<string, PostureValue>();
  if (value === undefined) return out;
  for (const { key, value: attr } of reader.map(value, path, 'map[string]any') ?? []) {
    const kind = kindOf(attr);
    const attrPath = `${path}[${JSON.stringify(key.text)}]`;
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
    accept: list(accept, `${path}.accept`, reader),
    deny: list(fields.get('deny')?.value, `${path}.deny`, reader),
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
    dst: list(fields.get('dst')?.value, `${path}.dst`, reader),
    accept: list(fields.get('accept')?.value, `${path}.accept`, reader),
    check: list(fields.get('check')?.value, `${path}.check`, reader),
    deny: list(fields.get('deny')?.value, `${path}.deny`, reader),
    srcPostureAttrs: postureAttrs(fields.get('srcPostureAttrs')?.value, `${path}.srcPostureAttrs`, reader),
  };
}
