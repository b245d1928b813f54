import { settingName } from '../config/settings.js';
import { ApiError, PreconditionFailedError } from '../errors.js';
import { POLICY_ETAG } from '../hujson/etag.js';
import type { Authenticator } from './auth.js';
import type { HttpClient, HttpResponse } from '../http/client.js';
import { RETRY_STATUS_CODES } from '../http/retry.js';
import { apiEndpoint } from './url.js';

/** The live policy as the API stores it. */
export interface LivePolicy {
  /** HuJSON text, comments kept. */
  text: string;
  /** The ETag without quotes: lowercase hex SHA-256 of the formatted text. */
  etag: string;
}

/** One entry of the API's error `data`: the failures of the tests run as one source user. */
export interface ApiTestResult {
  user: string;
  errors: string[];
  warnings: string[];
}

/** What acl/validate or a rejected write says. `message` is '' when everything passed. */
export interface ValidationAnswer {
  message: string;
  data: ApiTestResult[];
}

/** What a conditional write came to: the new ETag, or the API's refusal of the file. */
export type WriteAnswer = { kind: 'written'; etag: string } | { kind: 'rejected'; answer: ValidationAnswer };

export type Scope = 'policy_file:read' | 'policy_file' | 'devices:core:read' | 'users:read';

export interface TailscaleClientOptions {
  http: HttpClient;
  auth: Authenticator;
  apiUrl: URL;
  tailnet: string;
  /** The tailnet setting as a 404's advice names it (the action's input unless told). */
  tailnetSetting?: string;
}

function unquoteEtag(header: string | undefined): string {
  return (header ?? '').replace(/^W\//, '').replace(/^"|"$/g, '');
}

function serverMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : undefined;
  } catch {
    return undefined;
  }
}

/** A 200 answer that is not JSON comes from something other than the Tailscale API. */
function jsonAnswer(body: string, what: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ApiError(`${what}: the answer is not JSON; check that the API URL is the Tailscale API`, 200);
  }
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads an error body with lower-case keys, the shape the API documents. */
export function parseValidationAnswer(body: string): ValidationAnswer {
  if (body.trim() === '') return { message: '', data: [] };
  let parsed: { message?: unknown; data?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { message: body.trim(), data: [] };
  }
  const data: unknown[] = Array.isArray(parsed.data) ? parsed.data : [];
  return {
    message: typeof parsed.message === 'string' ? parsed.message : '',
    // Servers have been seen sending plain strings here instead of objects.
    data: data.map((entry) => {
      if (typeof entry === 'string') return { user: '', errors: [entry], warnings: [] };
      const fields = (entry ?? {}) as Record<string, unknown>;
      return {
        user: typeof fields.user === 'string' ? fields.user : '',
        errors: asStrings(fields.errors),
        warnings: asStrings(fields.warnings),
      };
    }),
  };
}

function otherHint(status: number): string {
  // The HTTP client retries these until the next wait would pass the run's deadline, which may
  // be at once (a Retry-After longer than the time left): no count of retries is claimed.
  if (RETRY_STATUS_CODES.includes(status))
    return `the API kept answering ${status} until another try would not fit in the run's time left; try again later`;
  if (status >= 500) return 'the Tailscale API had an internal error; try again later';
  return 'an unexpected answer; check that the API URL is the Tailscale API';
}

/** A client error that is about the policy itself, not about access or timing. */
function isRejection(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 403, 404, 412, 429].includes(status);
}

export class TailscaleClient {
  constructor(private readonly options: TailscaleClientOptions) {}

  private url(path: string): URL {
    return apiEndpoint(this.options.apiUrl, `/api/v2/tailnet/${encodeURIComponent(this.options.tailnet)}${path}`);
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body?: string | Uint8Array,
  ): Promise<HttpResponse> {
    const authorization = await this.options.auth.authorization();
    return this.options.http.send({ method, url: this.url(path), headers: { authorization, ...headers }, body });
  }

  /** Turns 401/403/404 into errors that say what to do; `scope` is what the call needs. */
  private fail(response: HttpResponse, what: string, scope: Scope): never {
    const message = serverMessage(response.body);
    const said = message ? ` (${message})` : '';
    const status = response.status;
    // apply answers a stale If-Match itself (it re-reads the live policy); the wording is its own.
    if (status === 412) throw new PreconditionFailedError(`${what} failed with HTTP 412${said}`, status, message);
    const hints: Record<number, string> = {
      401:
        'the API key or OAuth client is wrong, expired or revoked; create a new ' +
        'one in the admin console and update the secret',
      403: `the credential lacks the "${scope}" scope; give the OAuth client or API key that scope`,
      404:
        `tailnet "${this.options.tailnet}" was not found; check ${this.options.tailnetSetting ?? settingName('action', 'tailnet')}, ` +
        `or use "-" for the credential's own tailnet`,
    };
    const hint = hints[status] ?? otherHint(status);
    const text = `${what} failed with HTTP ${status}${said}: ${hint}`;
    throw new ApiError(text, status, message, response.retried === true);
  }

  async getPolicy(scope: Scope = 'policy_file:read'): Promise<LivePolicy> {
    const response = await this.send('GET', '/acl', { accept: 'application/hujson' });
    if (response.status !== 200) this.fail(response, 'reading the live policy', scope);
    const etag = unquoteEtag(response.headers.etag);
    if (!POLICY_ETAG.test(etag)) {
      throw new ApiError(
        `reading the live policy gave no usable ETag header ("${response.headers.etag ?? ''}"); ` +
          `is the API URL the Tailscale API?`,
        200,
      );
    }
    return { text: response.body, etag };
  }

  /** Runs the server's validation and the policy's tests; writes nothing. */
  async validate(standardizedJson: string): Promise<ValidationAnswer> {
    const response = await this.send(
      'POST',
      '/acl/validate',
      { 'content-type': 'application/json', accept: 'application/json' },
      standardizedJson,
    );
    if (response.status !== 200) this.fail(response, 'validating the policy', 'policy_file:read');
    if (response.body.trim() !== '') jsonAnswer(response.body, 'validating the policy');
    return parseValidationAnswer(response.body);
  }

  /**
   * Replaces the policy only if the live ETag is still `ifMatch`. The file's own bytes are sent,
   * so the stored policy has exactly the ETag computed here. A rejected policy answers with its
   * validation errors; a stale precondition throws PreconditionFailedError.
   */
  async setPolicy(hujson: Uint8Array, ifMatch: string): Promise<WriteAnswer> {
    const response = await this.send(
      'POST',
      '/acl',
      { 'content-type': 'application/hujson', accept: 'application/hujson', 'if-match': `"${ifMatch}"` },
      hujson,
    );
    if (response.status === 200) return { kind: 'written', etag: unquoteEtag(response.headers.etag) };
    if (isRejection(response.status)) return { kind: 'rejected', answer: parseValidationAnswer(response.body) };
    this.fail(response, 'writing the policy', 'policy_file');
  }

  async getJson(path: string, scope: Scope): Promise<unknown> {
    const response = await this.send('GET', path, { accept: 'application/json' });
    if (response.status !== 200) this.fail(response, `reading ${path}`, scope);
    return jsonAnswer(response.body, `reading ${path}`);
  }
}
