/**
 * A Tailscale control-plane emulator: a real HTTP server on 127.0.0.1 serving the policy file,
 * validate, OAuth token, token-exchange, devices and users endpoints of /api/v2 (answer shapes:
 * docs/policy-semantics.md §5.8), with scriptable validation, fault injection and a request log.
 *
 * Emulator behaviour worth knowing (the real API may differ in details):
 * - `{tailnet}` must be `-` or `options.tailnet` (default `example.com`); anything else → 404
 *   `{"message":"tailnet not found"}`. Checks run in this order: credential (401), tailnet
 *   (404), scope (403).
 * - API keys have every scope. Access tokens carry their client's scopes (see tailscale-auth.ts).
 * - The ETag is `etag()` from src/hujson: SHA-256 of Go-style formatted HuJSON. The stored text
 *   is kept byte for byte as submitted.
 * - POST /acl checks, after the optional `applyDelayMs`, in one synchronous step: parse (400
 *   `line N, column M: ...`), If-Match (412), the validator, then stores. Two overlapping
 *   conditional writes with the same If-Match therefore have exactly one winner.
 *
 * @example
 * ```ts
 * const ts = await startTailscaleEmulator({ policy: '{"acls": []}' });
 * afterEach(() => ts.close());
 * ts.setValidator(policyRejection('test(s) failed', [{ user: 'alice@example.com', errors: ['...'] }]));
 * ts.fail('GET acl', { status: 429, retryAfter: '1' });
 * await runAction({ inputs: { action: 'apply', 'api-url': ts.url, 'api-key': DEFAULT_API_KEY }, cwd: repo.dir });
 * expect(ts.writes).toBe(0);
 * expect(ts.requestsTo('POST validate')).toHaveLength(1);
 * ```
 */

import { setTimeout as sleep } from 'node:timers/promises';
import { etag as hujsonEtag, HujsonSyntaxError, parse, toJSON } from '../../src/hujson/index.js';
import {
  startHarness,
  type Fault,
  type Harness,
  type RecordedRequest,
  type Reply,
  type RouteMatcher,
} from './http-harness.js';
import {
  INVALID_TOKEN,
  MISSING_SCOPE_MESSAGE,
  TailscaleAuth,
  hasScope,
  type AuthOptions,
  type Scope,
} from './tailscale-auth.js';
import {
  ALL_ONLY_DEVICE_FIELDS,
  DEFAULT_POLICY,
  defaultDirectory,
  type TailscaleDevice,
  type TailscaleUser,
} from './tailscale-fixtures.js';

export { DEFAULT_API_KEY, type FederatedClient, type OAuthClient, type Scope } from './tailscale-auth.js';
export {
  DEFAULT_POLICY,
  makeDevice,
  makeUser,
  type TailscaleDevice,
  type TailscaleUser,
} from './tailscale-fixtures.js';
export type { Fault, RecordedRequest, RouteMatcher } from './http-harness.js';

export type EmulatorRoute =
  'GET acl' | 'POST acl' | 'POST validate' | 'POST token' | 'POST token-exchange' | 'GET devices' | 'GET users';

/** An answer that replaces the normal outcome of validate or apply; nothing is stored. */
export interface ValidatorAnswer {
  status: number;
  body?: unknown;
}

/**
 * Decides validate/apply outcomes after the policy parsed. Return undefined for "accepted".
 * For 'apply' it runs after the If-Match check, so a stale write still gets 412.
 */
export type PolicyValidator = (policyText: string, route: 'validate' | 'apply') => ValidatorAnswer | undefined;

export interface TestResult {
  user: string;
  errors?: string[];
  warnings?: string[];
}

export interface TailscaleEmulatorOptions extends AuthOptions {
  /** The organization name accepted besides `-`; default `example.com`. */
  tailnet?: string;
  /** The initial policy; default DEFAULT_POLICY, which counts as the untouched default. */
  policy?: string;
  validator?: PolicyValidator;
  devices?: TailscaleDevice[];
  users?: TailscaleUser[];
  /** Waits this long in POST /acl before the atomic check-and-set, so tests can overlap writes. */
  applyDelayMs?: number;
}

/** How the real API rejects a policy: 200 + body on validate, 400 + body on apply. */
export function policyRejection(message: string, data?: TestResult[]): PolicyValidator {
  const body = data === undefined ? { message } : { message, data };
  return (_text, route) => ({ status: route === 'validate' ? 200 : 400, body });
}

/** Warnings only: validate answers 200 `warning(s) found`; apply succeeds. */
export function policyWarnings(data: TestResult[]): PolicyValidator {
  return (_text, route) =>
    route === 'validate' ? { status: 200, body: { message: 'warning(s) found', data } } : undefined;
}

/** The real API's parse-error message, or undefined if the text parses. */
function parseErrorOf(text: string): string | undefined {
  try {
    parse(text);
    return undefined;
  } catch (error) {
    if (error instanceof HujsonSyntaxError) return `line ${error.line}, column ${error.column}: ${error.message}`;
    throw error;
  }
}

const ROUTE_PATTERN = /^\/api\/v2\/tailnet\/([^/]+)\/(acl|acl\/validate|devices|users)$/;

function routeOf(method: string, path: string): EmulatorRoute | undefined {
  if (method === 'POST' && path === '/api/v2/oauth/token') return 'POST token';
  if (method === 'POST' && path === '/api/v2/oauth/token-exchange') return 'POST token-exchange';
  const resource = ROUTE_PATTERN.exec(path)?.[2];
  const route = `${method} ${resource === 'acl/validate' ? 'validate' : resource}`;
  const known: readonly string[] = ['GET acl', 'POST acl', 'POST validate', 'GET devices', 'GET users'];
  return known.includes(route) ? (route as EmulatorRoute) : undefined;
}

const REQUIRED_SCOPE: Record<string, Scope> = {
  'GET acl': 'policy_file:read',
  'POST validate': 'policy_file:read',
  'POST acl': 'policy_file',
  'GET devices': 'devices:core:read',
  'GET users': 'users:read',
};

export class TailscaleEmulator {
  readonly tailnet: string;
  /** Extra wait inside POST /acl before the check-and-set; settable at any time. */
  applyDelayMs: number;
  /** When set, a successful POST /acl answers with this ETag header (e.g. `W/"ABCDEF"`) instead of the real one. */
  writeEtagHeader: string | undefined;
  #harness!: Harness<EmulatorRoute>;
  readonly #auth: TailscaleAuth;
  #policy = DEFAULT_POLICY;
  #etag = hujsonEtag(DEFAULT_POLICY);
  #isDefault = true;
  #writes = 0;
  #validator: PolicyValidator | undefined;
  #devices: TailscaleDevice[];
  #users: TailscaleUser[];

  private constructor(options: TailscaleEmulatorOptions) {
    this.tailnet = options.tailnet ?? 'example.com';
    this.applyDelayMs = options.applyDelayMs ?? 0;
    this.#auth = new TailscaleAuth(options);
    this.#validator = options.validator;
    const directory = defaultDirectory();
    this.#devices = options.devices ?? directory.devices;
    this.#users = options.users ?? directory.users;
    if (options.policy !== undefined) this.setPolicy(options.policy);
  }

  static async start(options: TailscaleEmulatorOptions = {}): Promise<TailscaleEmulator> {
    const emulator = new TailscaleEmulator(options);
    emulator.#harness = await startHarness({ routeOf, handle: (request, signal) => emulator.#handle(request, signal) });
    return emulator;
  }

  /** `http://127.0.0.1:<port>`: the API base URL (the action appends /api/v2/...). */
  get url(): string {
    return this.#harness.url;
  }

  /** The live policy text, as stored. */
  get policy(): string {
    return this.#policy;
  }

  /** The live ETag: 64 lowercase hex digits, without quotes. */
  get etag(): string {
    return this.#etag;
  }

  /** True until the first write or setPolicy: what `If-Match: "ts-default"` checks. */
  get isDefaultPolicy(): boolean {
    return this.#isDefault;
  }

  /** Successful POST /acl calls so far. */
  get writes(): number {
    return this.#writes;
  }

  /** Every request, in arrival order. Mutable: `requests.length = 0` forgets them. */
  get requests(): RecordedRequest<EmulatorRoute>[] {
    return this.#harness.requests;
  }

  /** Access tokens issued by the token endpoints, e.g. for assertNoSecretLeak. */
  get issuedTokens(): readonly string[] {
    return this.#auth.issued;
  }

  requestsTo(route: EmulatorRoute): RecordedRequest<EmulatorRoute>[] {
    return this.requests.filter((request) => request.route === route);
  }

  /** Replaces the live policy as an admin-console edit would (does not count as a write). Throws on invalid HuJSON. */
  setPolicy(text: string): void {
    this.#etag = hujsonEtag(text);
    this.#policy = text;
    this.#isDefault = false;
  }

  /** Scripts validate/apply outcomes; undefined restores the default (parse check only). */
  setValidator(validator: PolicyValidator | undefined): void {
    this.#validator = validator;
  }

  setDevices(devices: TailscaleDevice[]): void {
    this.#devices = devices;
  }

  setUsers(users: TailscaleUser[]): void {
    this.#users = users;
  }

  /** Queues faults for matching requests, consumed one per request (see http-harness.ts). */
  fail(matcher: RouteMatcher<EmulatorRoute>, ...faults: Fault[]): void {
    this.#harness.faults.add(matcher, faults);
  }

  clearFaults(): void {
    this.#harness.faults.clear();
  }

  /** Queued fault uses not yet consumed (`times: Infinity` counts as one, forever). */
  get pendingFaults(): number {
    return this.#harness.faults.pending;
  }

  /** Issued access tokens stop working (401), as when they expire mid-run. */
  expireTokens(): void {
    this.#auth.expireTokens();
  }

  close(): Promise<void> {
    return this.#harness.close();
  }

  async #handle(request: RecordedRequest<EmulatorRoute>, signal: AbortSignal): Promise<Reply> {
    if (request.route === undefined) return { status: 404, body: { message: 'not found' } };
    if (request.route === 'POST token') return this.#auth.clientCredentials(request.headers, request.body);
    if (request.route === 'POST token-exchange') return this.#auth.tokenExchange(request.body);
    const refusal = this.#refusal(request);
    if (refusal !== undefined) return refusal;
    switch (request.route) {
      case 'GET acl':
        return this.#policyReply(request);
      case 'POST validate':
        return this.#validate(request.body);
      case 'POST acl':
        return this.#apply(request, signal);
      case 'GET devices':
        return { status: 200, body: { devices: this.#listDevices(request.query.fields === 'all') } };
      case 'GET users':
        return { status: 200, body: { users: this.#users } };
    }
  }

  /** 401, 404 or 403 when the request may not proceed. */
  #refusal(request: RecordedRequest<EmulatorRoute>): Reply | undefined {
    const scopes = this.#auth.scopesOf(request.headers);
    if (scopes === undefined) return INVALID_TOKEN;
    const tailnet = decodeURIComponent(ROUTE_PATTERN.exec(request.path)![1]!);
    if (tailnet !== '-' && tailnet !== this.tailnet) return { status: 404, body: { message: 'tailnet not found' } };
    if (!hasScope(scopes, REQUIRED_SCOPE[request.route!]!))
      return { status: 403, body: { message: MISSING_SCOPE_MESSAGE } };
    return undefined;
  }

  #policyReply(request: RecordedRequest<EmulatorRoute>): Reply {
    const headers = { etag: `"${this.#etag}"` };
    if ((request.headers.accept ?? '').includes('application/json')) {
      const json = JSON.stringify(toJSON(parse(this.#policy)), null, 2);
      return { status: 200, headers: { ...headers, 'content-type': 'application/json' }, body: json };
    }
    return { status: 200, headers: { ...headers, 'content-type': 'application/hujson' }, body: this.#policy };
  }

  #validate(text: string): Reply {
    const parseError = parseErrorOf(text);
    if (parseError !== undefined) return { status: 200, body: { message: parseError } };
    return this.#validator?.(text, 'validate') ?? { status: 200 };
  }

  async #apply(request: RecordedRequest<EmulatorRoute>, signal: AbortSignal): Promise<Reply> {
    if (this.applyDelayMs > 0) await sleep(this.applyDelayMs, undefined, { signal });
    // No await below this line: the check and the store happen in one turn of the event loop.
    const parseError = parseErrorOf(request.body);
    if (parseError !== undefined) return { status: 400, body: { message: parseError } };
    const ifMatch = request.headers['if-match'];
    if (ifMatch !== undefined && !this.#preconditionHolds(ifMatch)) {
      return { status: 412, body: { message: 'precondition failed, invalid old hash' } };
    }
    const verdict = this.#validator?.(request.body, 'apply');
    if (verdict !== undefined) return verdict;
    this.setPolicy(request.body);
    this.#writes += 1;
    const reply = this.#policyReply(request);
    return this.writeEtagHeader === undefined
      ? reply
      : { ...reply, headers: { ...reply.headers, etag: this.writeEtagHeader } };
  }

  #preconditionHolds(ifMatch: string): boolean {
    const tag = ifMatch
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
    return tag === 'ts-default' ? this.#isDefault : tag === this.#etag;
  }

  #listDevices(allFields: boolean): Partial<TailscaleDevice>[] {
    if (allFields) return this.#devices;
    return this.#devices.map((device) => {
      const copy: Partial<TailscaleDevice> = { ...device };
      for (const field of ALL_ONLY_DEVICE_FIELDS) delete copy[field];
      return copy;
    });
  }
}

/** Starts an emulator on 127.0.0.1 with an ephemeral port. */
export function startTailscaleEmulator(options?: TailscaleEmulatorOptions): Promise<TailscaleEmulator> {
  return TailscaleEmulator.start(options);
}
