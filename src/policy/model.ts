// The decoded policy: every string keeps the position of its literal so that validation errors
// and test failures can point into the file.

import type { Position } from '../hujson/index.js';

/** A string from the policy file and where its literal starts. */
export interface Text {
  text: string;
  pos: Position;
}

/** A validation error or warning; `position` is where the offending value starts. */
export interface Finding {
  message: string;
  position?: Position;
  /** JSON path of the offending value, e.g. `acls[0].dst[1]`. */
  path?: string;
}

/** A map entry whose value is a list of strings: groups, tagOwners, ipsets, postures, routes. */
export interface NamedList {
  name: Text;
  items: Text[];
  pos: Position;
}

export interface AclRule {
  pos: Position;
  path: string;
  action?: Text;
  src: Text[];
  dst: Text[];
  proto?: Text;
  srcPosture?: Text[];
}

export interface AppCapability {
  name: Text;
  /** Its values, each as JSON text with object keys sorted, so that equal values read equal. */
  values: string[];
}

export interface Grant {
  pos: Position;
  path: string;
  src: Text[];
  dst: Text[];
  ip?: Text[];
  app?: AppCapability[];
  srcPosture?: Text[];
  via?: Text[];
}

export interface SshRule {
  pos: Position;
  path: string;
  action?: Text;
  src: Text[];
  dst: Text[];
  users?: Text[];
  checkPeriod?: Text;
  acceptEnv?: Text[];
  srcPosture?: Text[];
  recorder?: Text[];
  enforceRecorder?: boolean;
}

export interface NodeAttr {
  pos: Position;
  path: string;
  target: Text[];
  attr: Text[];
  app?: AppCapability[];
  ipPool?: Text[];
}

export type PostureValue = string | number | boolean;

export interface NetworkTest {
  pos: Position;
  index: number;
  src?: Text;
  proto?: Text;
  accept: Text[];
  deny: Text[];
  srcPostureAttrs: ReadonlyMap<string, PostureValue>;
}

export interface SshTest {
  pos: Position;
  index: number;
  src?: Text;
  dst: Text[];
  accept: Text[];
  check: Text[];
  deny: Text[];
  srcPostureAttrs: ReadonlyMap<string, PostureValue>;
}

export interface AutoApprovers {
  routes: NamedList[];
  exitNode: Text[];
  services: NamedList[];
}

export interface HostEntry {
  name: Text;
  value: Text;
}

export interface Policy {
  /** Absent (or null) acls and grants together mean "allow everything". */
  acls?: AclRule[];
  grants?: Grant[];
  groups: NamedList[];
  hosts: HostEntry[];
  tagOwners: NamedList[];
  ipsets: NamedList[];
  postures: NamedList[];
  defaultSrcPosture?: Text[];
  autoApprovers: AutoApprovers;
  ssh: SshRule[];
  nodeAttrs: NodeAttr[];
  tests: NetworkTest[];
  sshTests: SshTest[];
  oneCGNATRoute?: Text;
  /**
   * The tailnet-wide settings present (derpMap, disableIPv4, OneCGNATRoute, …), each as canonical
   * JSON: the access plan names an edit of one (plan/unplanned.ts).
   */
  settings: Map<string, string>;
}
