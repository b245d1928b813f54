// Decodes the HuJSON tree into the policy model (spec §1.2–1.4). Errors are collected; values
// that fail to decode are left out so that validation can still look at the rest.

import type { Value } from '../../hujson/index.js';
import type { AclRule, AppCapability, AutoApprovers, Grant, NodeAttr, Policy, SshRule, Text } from '../model.js';
import { goQuote } from '../quote.js';
import { NULL_RULE_SECTION_IS_ABSENT } from '../unsure.js';
import { kindOf, Reader, synonym, type Member } from './reader.js';
import { decodeNetworkTest, decodeSshTest } from './tests.js';

/** Top-level keys the server knows (§1.3); extend with `extraKeys` when Tailscale adds one. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'acls', 'grants', 'groups', 'hosts', 'tagOwners', 'ipsets', 'postures', 'defaultSrcPosture',
  'autoApprovers', 'ssh', 'nodeAttrs', 'tests', 'sshTests', 'derpMap', 'disableIPv4',
  'OneCGNATRoute', 'randomizeClientPort', 'attrConfig', 'nodeVisibility',
];

export function decodePolicy(root: Value, reader: Reader, extraKeys: readonly string[] = []): Policy {
  const policy: Policy = {
    groups: [], hosts: [], tagOwners: [], ipsets: [], postures: [],
    autoApprovers: { routes: [], exitNode: [], services: [] },
    ssh: [], nodeAttrs: [], tests: [], sshTests: [],
  };
  if (root.node.kind !== 'object') {
    reader.fail(`json: cannot unmarshal ${kindOf(root)} into Go value of type Policy`, root.start, '');
    return policy;
  }
  const fields = reader.object(root, '', 'Policy', [...TOP_LEVEL_KEYS, ...extraKeys]);
  if (fields === undefined) return policy;
  const get = (name: string): Value | undefined => fields.get(name)?.value;
  decodeRuleSections(policy, fields, reader);
  const named = (name: 'groups' | 'tagOwners' | 'ipsets' | 'postures'): void => {
    const value = get(name);
    if (value !== undefined) policy[name] = reader.namedLists(value, name) ?? [];
  };
  named('groups');
  named('tagOwners');
  named('ipsets');
  named('postures');
  const hosts = get('hosts');
  if (hosts !== undefined) {
    for (const { key, value } of reader.map(hosts, 'hosts', 'map[string]string') ?? []) {
      const text = reader.string(value, `hosts[${goQuote(key.text)}]`);
      if (text !== undefined) policy.hosts.push({ name: key, value: text });
    }
  }
  const defaultSrcPosture = get('defaultSrcPosture');
  policy.defaultSrcPosture = reader.strings(defaultSrcPosture, 'defaultSrcPosture');
  const autoApprovers = get('autoApprovers');
  if (autoApprovers !== undefined) policy.autoApprovers = decodeAutoApprovers(autoApprovers, reader);
  decodeSimpleSettings(policy, fields, reader);
  return policy;
}

function decodeRuleSections(policy: Policy, fields: Map<string, Member>, reader: Reader): void {
  const list = <T>(name: string, goType: string, decode: (v: Value, path: string, index: number) => T | undefined): T[] | undefined => {
    const value = fields.get(name)?.value;
    if (value === undefined) return undefined;
    const elements = reader.array(value, name, goType);
    if (elements === undefined) return NULL_RULE_SECTION_IS_ABSENT ? undefined : [];
    const out: T[] = [];
    elements.forEach((element, i) => {
      const decoded = decode(element, `${name}[${i}]`, i);
      if (decoded !== undefined) out.push(decoded);
    });
    return out;
  };
  policy.acls = list('acls', '[]ACL', (v, p) => decodeAcl(v, p, reader));
  policy.grants = list('grants', '[]Grant', (v, p) => decodeGrant(v, p, reader));
  policy.ssh = list('ssh', '[]SSHRule', (v, p) => decodeSsh(v, p, reader)) ?? [];
  policy.nodeAttrs = list('nodeAttrs', '[]NodeAttrGrant', (v, p) => decodeNodeAttr(v, p, reader)) ?? [];
  policy.tests = list('tests', '[]ACLTest', (v, p, i) => decodeNetworkTest(v, p, i, reader)) ?? [];
  policy.sshTests = list('sshTests', '[]SSHTest', (v, p, i) => decodeSshTest(v, p, i, reader)) ?? [];
}

function decodeSimpleSettings(policy: Policy, fields: Map<string, Member>, reader: Reader): void {
  for (const name of ['disableIPv4', 'randomizeClientPort']) {
    const value = fields.get(name)?.value;
    if (value !== undefined) reader.bool(value, name);
  }
  for (const name of ['derpMap', 'attrConfig']) {
    const value = fields.get(name)?.value;
    if (value !== undefined && kindOf(value) !== 'null' && value.node.kind !== 'object') {
      reader.map(value, name, name === 'derpMap' ? 'DERPMap' : 'map[string]AttrConfig');
    }
  }
  const cgnat = fields.get('OneCGNATRoute')?.value;
  if (cgnat !== undefined) policy.oneCGNATRoute = reader.string(cgnat, 'OneCGNATRoute');
}

function strings(fields: Map<string, Member>, name: string, path: string, reader: Reader): Text[] | undefined {
  return reader.strings(fields.get(name)?.value, `${path}.${name}`);
}

function text(fields: Map<string, Member>, name: string, path: string, reader: Reader): Text | undefined {
  const value = fields.get(name)?.value;
  return value === undefined ? undefined : reader.string(value, `${path}.${name}`);
}

function decodeAcl(value: Value, path: string, reader: Reader): AclRule | undefined {
  const fields = reader.object(value, path, 'ACL', ['action', 'src', 'users', 'dst', 'ports', 'proto', 'srcPosture']);
  if (fields === undefined) return undefined;
  const src = synonym(fields, 'src', 'users', path, reader);
  const dst = synonym(fields, 'dst', 'ports', path, reader);
  return {
    pos: value.start,
    path,
    action: text(fields, 'action', path, reader),
    src: reader.strings(src, `${path}.src`) ?? [],
    dst: reader.strings(dst, `${path}.dst`) ?? [],
    proto: text(fields, 'proto', path, reader),
    srcPosture: strings(fields, 'srcPosture', path, reader),
  };
}

function decodeApp(value: Value | undefined, path: string, reader: Reader): AppCapability[] | undefined {
  if (value === undefined) return undefined;
  const members = reader.map(value, path, 'map[string][]json.RawMessage');
  if (members === undefined) return undefined;
  for (const { key, value: capValue } of members) {
    const elements = reader.array(capValue, `${path}[${goQuote(key.text)}]`, '[]json.RawMessage');
    elements?.forEach((element, i) => {
      if (element.node.kind !== 'object' && kindOf(element) !== 'null') {
        reader.fail(`json: cannot unmarshal ${kindOf(element)} into Go value of type map[string]any`, element.start, `${path}[${i}]`);
      }
    });
  }
  return members.map(({ key }) => ({ name: key }));
}

function decodeGrant(value: Value, path: string, reader: Reader): Grant | undefined {
  const fields = reader.object(value, path, 'Grant', ['src', 'dst', 'ip', 'app', 'srcPosture', 'via']);
  if (fields === undefined) return undefined;
  return {
    pos: value.start,
    path,
    src: strings(fields, 'src', path, reader) ?? [],
    dst: strings(fields, 'dst', path, reader) ?? [],
    ip: strings(fields, 'ip', path, reader),
    app: decodeApp(fields.get('app')?.value, `${path}.app`, reader),
    srcPosture: strings(fields, 'srcPosture', path, reader),
    via: strings(fields, 'via', path, reader),
  };
}

function decodeSsh(value: Value, path: string, reader: Reader): SshRule | undefined {
  const fields = reader.object(value, path, 'SSHRule', [
    'action', 'src', 'dst', 'users', 'checkPeriod', 'acceptEnv', 'srcPosture', 'recorder', 'enforceRecorder',
  ]);
  if (fields === undefined) return undefined;
  const enforce = fields.get('enforceRecorder')?.value;
  if (enforce !== undefined) reader.bool(enforce, `${path}.enforceRecorder`);
  return {
    pos: value.start,
    path,
    action: text(fields, 'action', path, reader),
    src: strings(fields, 'src', path, reader) ?? [],
    dst: strings(fields, 'dst', path, reader) ?? [],
    users: strings(fields, 'users', path, reader),
    checkPeriod: text(fields, 'checkPeriod', path, reader),
    acceptEnv: strings(fields, 'acceptEnv', path, reader),
    srcPosture: strings(fields, 'srcPosture', path, reader),
    recorder: strings(fields, 'recorder', path, reader),
  };
}

function decodeNodeAttr(value: Value, path: string, reader: Reader): NodeAttr | undefined {
  const fields = reader.object(value, path, 'NodeAttrGrant', ['target', 'attr', 'app', 'ipPool']);
  if (fields === undefined) return undefined;
  return {
    pos: value.start,
    path,
    target: strings(fields, 'target', path, reader) ?? [],
    attr: strings(fields, 'attr', path, reader) ?? [],
    app: decodeApp(fields.get('app')?.value, `${path}.app`, reader),
    ipPool: strings(fields, 'ipPool', path, reader),
  };
}

function decodeAutoApprovers(value: Value, reader: Reader): AutoApprovers {
  const out: AutoApprovers = { routes: [], exitNode: [], services: [] };
  const fields = reader.object(value, 'autoApprovers', 'AutoApprovers', ['routes', 'exitNode', 'services']);
  if (fields === undefined) return out;
  const routes = fields.get('routes')?.value;
  if (routes !== undefined) out.routes = reader.namedLists(routes, 'autoApprovers.routes') ?? [];
  const services = fields.get('services')?.value;
  if (services !== undefined) out.services = reader.namedLists(services, 'autoApprovers.services') ?? [];
  out.exitNode = strings(fields, 'exitNode', 'autoApprovers', reader) ?? [];
  return out;
}
