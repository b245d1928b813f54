// The one way the action and the CLI talk HTTP: node:http and node:https with keep-alive
// connections, our own retry loop (equal jitter, Retry-After, the run's deadline), and no API
// credential sent in clear text beyond this machine. HTTPS goes through the proxy HTTPS_PROXY
// names (proxy.ts), in a tunnel: TLS still ends at the API (an http:// proxy sees the host name,
// and the proxy's own password if its URL has one). The modules load on the first
// request, so a run that never calls an API does not pay for them.

import type { Agent, AgentOptions, IncomingMessage, RequestOptions, ClientRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { isLoopback } from '../config/api-url.js';
import { settingName } from '../config/settings.js';
import { ApiError, TimeoutError } from '../errors.js';
import { ignoredProxy, proxyVariables, type ProxyEnv } from './proxy.js';
import {
  DEFAULT_BACKOFF,
  RETRY_ERROR_CODES,
  RETRY_STATUS_CODES,
  parseRetryAfter,
  retryDelay,
  type BackoffOptions,
} from './retry.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: URL;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent once, never again: a request that creates something may have done so when its answer is lost. */
  once?: true;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names; the first value of a repeated header. */
  headers: Record<string, string>;
  body: string;
  /** The request was sent more than once (the client retried it): an earlier attempt may have done its work. */
  retried?: boolean;
}

/** The one way the action talks HTTP; tests pass fakes or point it at a local server. */
export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  /** Epoch milliseconds by which the whole run must be over. */
  deadline: number;
  backoff?: BackoffOptions;
  now?: () => number;
  random?: () => number;
  /** Seen once per retry, for the log. */
  onRetry?: (description: string, delayMs: number) => void;
  /** Where HTTPS_PROXY and NO_PROXY are read from (the entry points pass their environment); none when absent. */
  proxyEnv?: ProxyEnv;
  /** The largest answer read (MAX_ANSWER_BYTES unless told). */
  maxAnswerBytes?: number;
  /** The run's time limit as its timeout message names it (the action's input unless told). */
  timeoutSetting?: string;
}

/**
 * The largest answer read: a policy is at most 10 MiB, and a large tailnet's devices list some
 * tens. A server (or a proxy) that sends more is not read to the end of memory.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = 'EANSWERTOOLARGE';

/** A connection that takes longer than this is given up (and retried, deadline permitting). */
const CONNECT_TIMEOUT_MS = 10_000;
/** So is one that stays silent this long while we wait for the answer. */
const IDLE_TIMEOUT_MS = 60_000;

type Send = (url: URL, options: RequestOptions) => ClientRequest;

interface Transport {
  request: Send;
  agent: Agent;
}

/** A network failure with the code that decides whether to retry (ETIMEDOUT for our timeouts). */
function networkError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

function firstValues(headers: NodeJS.Dict<string[]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, values] of Object.entries(headers)) if (values?.[0] !== undefined) result[name] = values[0];
  return result;
}

/** Reads the whole answer; the decoder drops a byte-order mark, as a fetch body's text() does. */
function readAnswer(response: IncomingMessage, maxBytes: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) response.destroy(networkError(TOO_LARGE, `more than ${maxBytes / 1048576} MiB`));
      else chunks.push(chunk);
    });
    response.on('error', reject);
    response.on('end', () => {
      const body = new TextDecoder().decode(Buffer.concat(chunks));
      resolve({ status: response.statusCode ?? 0, headers: firstValues(response.headersDistinct), body });
    });
  });
}

/** One request and its whole answer; rejects on a network failure, a timeout or the signal. */
function exchange(
  transport: Transport,
  req: HttpRequest,
  signal: AbortSignal,
  maxBytes: number,
): Promise<HttpResponse> {
  const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  const headers = body === undefined ? req.headers : { ...req.headers, 'content-length': String(body.byteLength) };
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(req.url, {
      method: req.method,
      headers,
      agent: transport.agent,
      signal,
      timeout: IDLE_TIMEOUT_MS,
    });
    outgoing.on('timeout', () => outgoing.destroy(networkError('ETIMEDOUT', 'the server stopped answering')));
    outgoing.on('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(() => outgoing.destroy(networkError('ETIMEDOUT', 'no connection')), CONNECT_TIMEOUT_MS);
      socket.once('connect', () => clearTimeout(timer));
      outgoing.once('close', () => clearTimeout(timer));
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => readAnswer(response, maxBytes).then(resolve, reject));
    outgoing.end(body);
  });
}

/**
 * Every request of this client carries a credential (an Authorization header, or a token in
 * the form), so plain HTTP may go to this machine only; parseApiUrl says the same for inputs.
 */
function refuseCleartext(url: URL): void {
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return;
  throw new ApiError(
    `refusing to send credentials to ${url.protocol}//${url.host} without TLS; use https:// ` +
      `(http:// is allowed only for loopback addresses)`,
    0,
  );
}

/**
 * `setting` names the run's limit; `hint` ends the message: ignoredProxy's word on a proxy this
 * Node.js does not read, or nothing.
 */
function timedOut(req: HttpRequest, lastFailure: string, setting: string, hint: string): TimeoutError {
  const last = lastFailure ? ` (last failure: ${lastFailure})` : '';
  return new TimeoutError(
    `the run's timeout elapsed during ${req.method} ${req.url.pathname}${last}; ` +
      `raise ${setting} if the API is slow${hint}`,
  );
}

function unreachable(req: HttpRequest, why: string, hint: string): ApiError {
  return new ApiError(`could not reach ${req.url.host}: ${why}; check the API URL and the runner's network${hint}`, 0);
}

/** A proxy's refusal names its answer, never the proxy's URL: that may hold a password. */
function refusedTunnel(req: HttpRequest, status: number | undefined): ApiError {
  const answer = status === undefined ? 'without an answer' : `(HTTP ${status})`;
  return new ApiError(
    `could not reach ${req.url.host}: the proxy in HTTPS_PROXY refused the tunnel ${answer}; ` +
      `check HTTPS_PROXY, its credentials, and NO_PROXY`,
    0,
  );
}

/**
 * The keep-alive pools, each made on its first request: HTTPS through the proxy, if any; HTTPS to
 * this machine, never through one (as the toolkit's client, docs/proxy.md); and plain HTTP, which
 * goes to loopback only (refuseCleartext), so it never crosses a proxy with a credential.
 */
function transports(proxyEnv: ProxyEnv | undefined): { get(url: URL): Promise<Transport>; close(): void } {
  // Promises, so that requests sent at once share the pool made for the first.
  const pools = new Map<'proxied' | 'local' | 'plain', Promise<Transport>>();
  const made: Transport[] = [];
  const make = async (kind: 'proxied' | 'local' | 'plain'): Promise<Transport> => {
    if (kind === 'plain') {
      const http = await import('node:http');
      return { request: http.request, agent: new http.Agent({ keepAlive: true }) };
    }
    const https = await import('node:https');
    // proxyEnv is Node's own option (22.21, 24.5); older versions ignore it.
    const options: AgentOptions & { proxyEnv?: ProxyEnv } = { keepAlive: true };
    if (kind === 'proxied') options.proxyEnv = proxyVariables(proxyEnv);
    try {
      return { request: https.request, agent: new https.Agent(options) };
    } catch {
      // Node's own message quotes the whole URL, password included.
      throw new ApiError('HTTPS_PROXY is not a valid proxy URL; use http://[user:password@]host:port', 0);
    }
  };
  return {
    async get(url) {
      const kind = url.protocol !== 'https:' ? 'plain' : isLoopback(url.hostname) ? 'local' : 'proxied';
      let pool = pools.get(kind);
      if (pool === undefined) {
        pool = make(kind).then((transport) => (made.push(transport), transport));
        pools.set(kind, pool);
      }
      return pool;
    },
    close() {
      for (const transport of made) transport.agent.destroy();
    },
  };
}

/**
 * A client that retries 429, 502, 503, 504 and dropped or refused connections until the next
 * wait would pass the run's deadline. Every method is retried unless the request says `once`:
 * reads and validation are safe, the policy write is conditional (If-Match), and an edit of a
 * comment or an issue sets it to the same text again.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const pools = transports(options.proxyEnv);
  const hint = ignoredProxy(options.proxyEnv, process.versions.node);
  const setting = options.timeoutSetting ?? settingName('action', 'timeout');
  return {
    async send(req) {
      refuseCleartext(req.url);
      const remaining = options.deadline - now();
      if (remaining <= 0) throw new TimeoutError(`the run's timeout elapsed before ${req.method} ${req.url.pathname}`);
      const signal = AbortSignal.timeout(remaining);
      const transport = await pools.get(req.url);
      let lastFailure = '';
      for (let attempt = 1; ; attempt++) {
        let response: HttpResponse | undefined;
        try {
          response = await exchange(transport, req, signal, options.maxAnswerBytes ?? MAX_ANSWER_BYTES);
          if (!RETRY_STATUS_CODES.includes(response.status))
            return attempt > 1 ? { ...response, retried: true } : response;
          lastFailure = `HTTP ${response.status}`;
        } catch (error) {
          if (signal.aborted) throw timedOut(req, lastFailure, setting, hint);
          const failure = error as NodeJS.ErrnoException & { statusCode?: number };
          if (failure.code === 'ERR_PROXY_TUNNEL') throw refusedTunnel(req, failure.statusCode);
          if (failure.code === TOO_LARGE) {
            throw new ApiError(`${req.url.host} answered ${req.method} with ${failure.message}; check the API URL`, 0);
          }
          if (failure.code === undefined || !RETRY_ERROR_CODES.includes(failure.code)) {
            throw unreachable(req, failure.code ?? failure.message, hint);
          }
          lastFailure = failure.code;
        }
        if (req.once === true) {
          if (response !== undefined) return response;
          throw unreachable(req, lastFailure, hint);
        }
        const retryAfterMs = parseRetryAfter(response?.headers['retry-after'], now());
        const delay = retryDelay({ attempt, retryAfterMs, now: now(), deadline: options.deadline, random, backoff });
        if (delay === undefined) {
          // Out of time: the last status alone (the client's hint says the API kept failing).
          if (response !== undefined) return { status: response.status, headers: {}, body: '', retried: attempt > 1 };
          throw unreachable(req, lastFailure, hint);
        }
        options.onRetry?.(lastFailure, delay);
        await sleep(delay, undefined, { signal }).catch(() => {
          throw timedOut(req, lastFailure, setting, hint);
        });
      }
    },
    async close() {
      pools.close();
    },
  };
}
