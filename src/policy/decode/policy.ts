// Decodes the parsed HuJSON document into the policy model (docs/policy-semantics.md §1.2–1.4).
// Errors are collected; values that fail to decode are left out so that validation can still look
// at the rest.

import { ARRAY, canonicalJson, type HujsonDocument, OBJECT } from '../../hujson/index.js';
import type { AclRule, AppCapability, AutoApprovers, Grant, NodeAttr, Policy, SshRule, Text } from '../model.js';
import { quoteKey } from '../quote.js';
import { EXTRA_DNS_RECORDS, unconfirmed } from '../unsure.js';
import { ABSENT, Fields, kindOf, Reader, synonym } from './reader.js';
import { decodeNetworkTest, decodeSshTest } from './tests.js';

/** Top-level keys the server knows (§1.3); extend with `extraKeys` when Tailscale adds one. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'acls',
  'grants',
  'groups',
  'hosts',
  'tagOwners',
  'ipsets',
  'postures',
  'defaultSrcPosture',
  'autoApprovers',
  'ssh',
  'nodeAttrs',
  'tests',
  'sshTests',
  'derpMap',
  'disableIPv4',
  'OneCGNATRoute',
  'randomizeClientPort',
  'attrConfig',
  'nodeVisibility',
  'extraDNSRecords',
];

const ACL = new Fields(['action', 'src', 'users', 'dst', 'ports', 'proto', 'srcPosture']);
const GRANT = new Fields(['src', 'dst', 'ip', 'app', 'srcPosture', 'via']);
const SSH_RULE = new Fields([
  'action',
  'src',
  'dst',
  'users',
  'checkPeriod',
  'acceptEnv',
  'srcPosture',
  'recorder',
  'enforceRecorder',
]);
const NODE_ATTR = new Fields(['target', 'attr', 'app', 'ipPool']);
const AUTO_APPROVERS = new Fields(['routes', 'exitNode', 'services']);

/** What a caller may leave unread. */
export interface DecodeOptions {
  /**
   * A document whose tests the caller reads anyway (the access plan's new policy): where this
   * document's `tests` or `sshTests` are byte for byte the same, they are left empty, unread.
   */
  testsOf?: HujsonDocument;
}

/** Decodes the parsed policy file; `reader` collects the errors. */
export function decodePolicy(
  doc: HujsonDocument,
  reader: Reader,
  extraKeys: readonly string[] = [],
  options: DecodeOptions = {},
): Policy {
  const policy: Policy = {
    groups: [],
    hosts: [],
    tagOwners: [],
    ipsets: [],
    postures: [],
    autoApprovers: { routes: [], exitNode: [], services: [] },
    ssh: [],
    nodeAttrs: [],
    tests: [],
    sshTests: [],
    settings: new Map(),
  };
  reader.doc = doc;
  const root = doc.root;
  if (doc.kind(root) !== OBJECT) {
    reader.fail(`json: cannot unmarshal ${kindOf(doc, root)} into Go value of type Policy`, doc.position(root), '');
    return policy;
  }
  const fields = new Fields([...TOP_LEVEL_KEYS, ...extraKeys]);
  if (!reader.object(root, '', 'Policy', fields)) return policy;
  decodeRuleSections(policy, fields, reader, options.testsOf);
  for (const name of ['groups', 'tagOwners', 'ipsets', 'postures'] as const) {
    const value = fields.get(name);
    if (value !== ABSENT) policy[name] = reader.namedLists(value, name) ?? [];
  }
  const hosts = fields.get('hosts');
  if (hosts !== ABSENT) {
    for (const { key, value } of reader.map(hosts, 'hosts', 'map[string]string') ?? []) {
      const text = reader.string(value, `hosts[${quoteKey(key.text)}]`);
      if (text !== undefined) policy.hosts.push({ name: key, value: text });
    }
  }
  policy.defaultSrcPosture = reader.strings(fields.get('defaultSrcPosture'), 'defaultSrcPosture');
  const autoApprovers = fields.get('autoApprovers');
  if (autoApprovers !== ABSENT) policy.autoApprovers = decodeAutoApprovers(autoApprovers, reader);
  decodeSimpleSettings(policy, fields, reader);
  return policy;
}

type ItemDecoder<T> = (value: number, path: string, index: number, reader: Reader) => T | undefined;

/**
 * A rule section; `null` counts as absent (UNSURE, docs/policy-semantics.md §1.3): absent acls and
 * grants allow everything.
 */
function section<T>(
  fields: Fields,
  name: string,
  goType: string,
  reader: Reader,
  decode: ItemDecoder<T>,
): T[] | undefined {
  const value = fields.get(name);
  if (value === ABSENT || !reader.array(value, name, goType)) return undefined;
  const doc = reader.doc;
  const out: T[] = [];
  let i = 0;
  for (let element = doc.firstItem(value); element !== -1; element = doc.next(element), i++) {
    const decoded = decode(element, `${name}[${i}]`, i, reader);
    if (decoded !== undefined) out.push(decoded);
  }
  return out;
}

function decodeRuleSections(policy: Policy, fields: Fields, reader: Reader, testsOf?: HujsonDocument): void {
  policy.acls = section(fields, 'acls', '[]ACL', reader, decodeAcl);
  policy.grants = section(fields, 'grants', '[]Grant', reader, decodeGrant);
  policy.ssh = section(fields, 'ssh', '[]SSHRule', reader, decodeSsh) ?? [];
  policy.nodeAttrs = section(fields, 'nodeAttrs', '[]NodeAttrGrant', reader, decodeNodeAttr) ?? [];
  const unread = (name: string): boolean =>
    testsOf !== undefined && sameMember(reader.doc, fields.get(name), testsOf, name);
  if (!unread('tests')) policy.tests = section(fields, 'tests', '[]ACLTest', reader, decodeNetworkTest) ?? [];
  if (!unread('sshTests')) policy.sshTests = section(fields, 'sshTests', '[]SSHTest', reader, decodeSshTest) ?? [];
}

const TEST_SECTIONS = new Fields(['tests', 'sshTests']);

/** Whether `value` of `doc` has the same bytes as the top-level member `name` of `other` (both may be absent). */
function sameMember(doc: HujsonDocument, value: number, other: HujsonDocument, name: string): boolean {
  let found = ABSENT;
  const wanted = TEST_SECTIONS.names.indexOf(name);
  if (other.kind(other.root) !== OBJECT) return false;
  // The last member whose key matches wins, as in decoding.
  for (let key = other.firstItem(other.root); key !== -1; key = other.next(other.next(key))) {
    if (TEST_SECTIONS.match(other, key) === wanted) found = other.next(key);
  }
  if (value === ABSENT || found === ABSENT) return value === found;
  return Buffer.compare(bytesOf(doc, value), bytesOf(other, found)) === 0;
}

function bytesOf(doc: HujsonDocument, value: number): Uint8Array {
  return doc.source.subarray(doc.starts[value]!, doc.ends[value]!);
}

function decodeSimpleSettings(policy: Policy, fields: Fields, reader: Reader): void {
  for (const name of ['disableIPv4', 'randomizeClientPort']) {
    const value = fields.get(name);
    if (value !== ABSENT) reader.bool(value, name);
  }
  for (const name of ['derpMap', 'attrConfig']) {
    const value = fields.get(name);
    if (value !== ABSENT && !reader.isNull(value) && reader.doc.kind(value) !== OBJECT) {
      reader.map(value, name, name === 'derpMap' ? 'DERPMap' : 'map[string]AttrConfig');
    }
  }
  const records = fields.get('extraDNSRecords');
  if (records !== ABSENT)
    reader.notice(unconfirmed(EXTRA_DNS_RECORDS), reader.doc.position(records), 'extraDNSRecords');
  const cgnat = fields.get('OneCGNATRoute');
  if (cgnat !== ABSENT) policy.oneCGNATRoute = reader.string(cgnat, 'OneCGNATRoute');
  for (const name of SETTINGS) {
    const value = fields.get(name);
    if (value !== ABSENT && !reader.isNull(value)) policy.settings.set(name, canonicalJson(reader.doc, value));
  }
}

/** Settings for the whole tailnet, not for who reaches what. */
const SETTINGS = [
  'attrConfig',
  'derpMap',
  'disableIPv4',
  'extraDNSRecords',
  'nodeVisibility',
  'OneCGNATRoute',
  'randomizeClientPort',
];

/** A string field; the field's path is built only for an error. */
function text(fields: Fields, name: string, path: string, reader: Reader): Text | undefined {
  const value = fields.get(name);
  return value === ABSENT ? undefined : reader.string(value, path, name);
}

function decodeAcl(value: number, path: string, _index: number, reader: Reader): AclRule | undefined {
  if (!reader.object(value, path, 'ACL', ACL)) return undefined;
  const src = synonym(ACL, 'src', 'users', path, reader);
  const dst = synonym(ACL, 'dst', 'ports', path, reader);
  return reader.located(value, {
    path,
    action: text(ACL, 'action', path, reader),
    src: reader.strings(src, path, 'src') ?? [],
    dst: reader.strings(dst, path, 'dst') ?? [],
    proto: text(ACL, 'proto', path, reader),
    srcPosture: reader.strings(ACL.get('srcPosture'), path, 'srcPosture'),
  });
}

function decodeApp(value: number, path: string, reader: Reader): AppCapability[] | undefined {
  if (value === ABSENT) return undefined;
  const members = reader.map(value, path, 'map[string][]json.RawMessage');
  if (members === undefined) return undefined;
  const doc = reader.doc;
  for (const { key, value: capability } of members) {
    if (!reader.array(capability, `${path}[${quoteKey(key.text)}]`, '[]json.RawMessage')) continue;
    let i = 0;
    for (let element = doc.firstItem(capability); element !== -1; element = doc.next(element), i++) {
      // The documentation shows objects, but says the engine checks only that the value is
      // JSON; whether the server refuses another kind is not known (docs/policy-semantics.md §4).
      if (doc.kind(element) !== OBJECT && !reader.isNull(element)) {
        const finding = `${kindOf(doc, element)} in an app capability's list, where the documentation shows objects`;
        reader.notice(unconfirmed(finding), doc.position(element), `${path}[${quoteKey(key.text)}][${i}]`);
      }
    }
  }
  return members.map(({ key, value: list }) => ({ name: key, values: valuesOf(doc, list) }));
}

/** A capability's values as canonical JSON texts (the access plan compares them); none when not a list. */
function valuesOf(doc: HujsonDocument, list: number): string[] {
  const values: string[] = [];
  if (doc.kind(list) !== ARRAY) return values;
  for (let element = doc.firstItem(list); element !== -1; element = doc.next(element)) {
    values.push(canonicalJson(doc, element));
  }
  return values;
}

function decodeGrant(value: number, path: string, _index: number, reader: Reader): Grant | undefined {
  if (!reader.object(value, path, 'Grant', GRANT)) return undefined;
  return reader.located(value, {
    path,
    src: reader.strings(GRANT.get('src'), path, 'src') ?? [],
    dst: reader.strings(GRANT.get('dst'), path, 'dst') ?? [],
    ip: reader.strings(GRANT.get('ip'), path, 'ip'),
    app: decodeApp(GRANT.get('app'), `${path}.app`, reader),
    srcPosture: reader.strings(GRANT.get('srcPosture'), path, 'srcPosture'),
    via: reader.strings(GRANT.get('via'), path, 'via'),
  });
}

function decodeSsh(value: number, path: string, _index: number, reader: Reader): SshRule | undefined {
  if (!reader.object(value, path, 'SSHRule', SSH_RULE)) return undefined;
  const enforce = SSH_RULE.get('enforceRecorder');
  const enforceRecorder = enforce === ABSENT ? undefined : reader.bool(enforce, `${path}.enforceRecorder`);
  return reader.located(value, {
    path,
    action: text(SSH_RULE, 'action', path, reader),
    src: reader.strings(SSH_RULE.get('src'), path, 'src') ?? [],
    dst: reader.strings(SSH_RULE.get('dst'), path, 'dst') ?? [],
    users: reader.strings(SSH_RULE.get('users'), path, 'users'),
    checkPeriod: text(SSH_RULE, 'checkPeriod', path, reader),
    acceptEnv: reader.strings(SSH_RULE.get('acceptEnv'), path, 'acceptEnv'),
    srcPosture: reader.strings(SSH_RULE.get('srcPosture'), path, 'srcPosture'),
    recorder: reader.strings(SSH_RULE.get('recorder'), path, 'recorder'),
    ...(enforceRecorder === undefined ? {} : { enforceRecorder }),
  });
}

function decodeNodeAttr(value: number, path: string, _index: number, reader: Reader): NodeAttr | undefined {
  if (!reader.object(value, path, 'NodeAttrGrant', NODE_ATTR)) return undefined;
  return reader.located(value, {
    path,
    target: reader.strings(NODE_ATTR.get('target'), path, 'target') ?? [],
    attr: reader.strings(NODE_ATTR.get('attr'), path, 'attr') ?? [],
    app: decodeApp(NODE_ATTR.get('app'), `${path}.app`, reader),
    ipPool: reader.strings(NODE_ATTR.get('ipPool'), path, 'ipPool'),
  });
}

function decodeAutoApprovers(value: number, reader: Reader): AutoApprovers {
  const out: AutoApprovers = { routes: [], exitNode: [], services: [] };
  if (!reader.object(value, 'autoApprovers', 'AutoApprovers', AUTO_APPROVERS)) return out;
  const routes = AUTO_APPROVERS.get('routes');
  if (routes !== ABSENT) out.routes = reader.namedLists(routes, 'autoApprovers.routes') ?? [];
  const services = AUTO_APPROVERS.get('services');
  if (services !== ABSENT) out.services = reader.namedLists(services, 'autoApprovers.services') ?? [];
  out.exitNode = reader.strings(AUTO_APPROVERS.get('exitNode'), 'autoApprovers', 'exitNode') ?? [];
  return out;
}
