/**
 * The plumbing shared by the fake servers in this folder: a real `node:http` server on
 * 127.0.0.1 (an ephemeral port), a log of every request, and scriptable faults. The emulators
 * build on it; tests normally use it only through them, and through the types below.
 *
 * @example
 * ```ts
 * const server = await startHarness<'GET ping'>({
 *   routeOf: (method, path) => (method === 'GET' && path === '/ping' ? 'GET ping' : undefined),
 *   handle: () => ({ status: 200, body: { pong: true } }),
 * });
 * server.faults.add('GET ping', [{ status: 503, retryAfter: '1' }]);
 * await fetch(`${server.url}/ping`); // 503 with Retry-After: 1
 * await fetch(`${server.url}/ping`); // 200 {"pong":true}
 * await server.close();
 * ```
 */

import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** One request as the server saw it. */
export interface RecordedRequest<Route extends string = string> {
  method: string;
  /** The URL path without the query string, exactly as sent (still percent-encoded). */
  path: string;
  /** Decoded query parameters; a repeated name keeps its last value. */
  query: Record<string, string>;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The raw request body as UTF-8 text ('' when none). */
  body: string;
  /** `body` parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
  /** The route name the server gave the request, or undefined for an unknown URL. */
  route: Route | undefined;
  /** The status answered; 0 while the answer is pending or when the socket was dropped. */
  status: number;
  /** When the body was read, in the test process's `performance.now()` milliseconds. */
  receivedMs: number;
}

/** Answer with this status instead of handling the request. State is not touched. */
export interface StatusFault {
  status: number;
  /** JSON-serialised unless a string; default `{"message": <reason phrase>}`. */
  body?: unknown;
  /** Sent as the `Retry-After` header, verbatim (seconds or an HTTP date). */
  retryAfter?: string;
  headers?: Record<string, string>;
  /** How many matching requests this fault answers (default 1; `Infinity` = always). */
  times?: number;
}

/** Wait this long, then handle the request normally. */
export interface DelayFault {
  delayMs: number;
  times?: number;
}

/** Destroy the connection without answering: the client sees a socket error. */
export interface DropFault {
  drop: true;
  times?: number;
}

export type Fault = StatusFault | DelayFault | DropFault;

/** A route name such as `'POST acl'`, `'*'` for any request, or a predicate. */
export type RouteMatcher<Route extends string> = Route | '*' | ((request: RecordedRequest<Route>) => boolean);

/** A handler's answer. An object or array `body` is sent as JSON. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface QueuedFault<Route extends string> {
  matcher: RouteMatcher<Route>;
  fault: Fault;
  remaining: number;
}

/**
 * Faults in the order they were added; each request consumes the first one that matches it.
 * A fault with `times: Infinity` is never used up, so it shadows later faults for its route.
 */
export class FaultQueue<Route extends string> {
  #queue: QueuedFault<Route>[] = [];

  add(matcher: RouteMatcher<Route>, faults: readonly Fault[]): void {
    for (const fault of faults) this.#queue.push({ matcher, fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.#queue = [];
  }

  /** Queued faults not yet used up, e.g. to assert a test consumed all it scripted. */
  get pending(): number {
    return this.#queue.length;
  }

  take(request: RecordedRequest<Route>): Fault | undefined {
    const index = this.#queue.findIndex(({ matcher }) =>
      typeof matcher === 'function' ? matcher(request) : matcher === '*' || matcher === request.route,
    );
    if (index === -1) return undefined;
    const entry = this.#queue[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#queue.splice(index, 1);
    return entry.fault;
  }
}

export interface HarnessOptions<Route extends string> {
  /** Names the route of a request (used by fault matchers and the log), undefined if unknown. */
  routeOf: (method: string, path: string) => Route | undefined;
  /** Answers a request; it may be async. A thrown error becomes a 500 carrying its message. */
  handle: (request: RecordedRequest<Route>, signal: AbortSignal) => Reply | Promise<Reply>;
}

export interface Harness<Route extends string> {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  requests: RecordedRequest<Route>[];
  faults: FaultQueue<Route>;
  /** Closes the server and every open connection; pending delayed answers are abandoned. */
  close(): Promise<void>;
}

function jsonOrUndefined(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function flattenHeaders(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.destroyed || response.writableEnded) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (typeof reply.body === 'string') {
    payload = reply.body;
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  response.writeHead(reply.status, { ...headers, 'content-length': Buffer.byteLength(payload) });
  response.end(payload);
}

function faultReply(fault: StatusFault): Reply {
  const headers: Record<string, string> = { ...fault.headers };
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  return { status: fault.status, headers, body: fault.body ?? { message: STATUS_CODES[fault.status] ?? 'error' } };
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export async function startHarness<Route extends string>(options: HarnessOptions<Route>): Promise<Harness<Route>> {
  const requests: RecordedRequest<Route>[] = [];
  const faults = new FaultQueue<Route>();
  const closing = new AbortController();

  const answer = async (message: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(message.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(message);
    const method = message.method ?? 'GET';
    const record: RecordedRequest<Route> = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(message),
      body,
      json: jsonOrUndefined(body),
      route: options.routeOf(method, url.pathname),
      status: 0,
      receivedMs: performance.now(),
    };
    requests.push(record);
    response.on('finish', () => (record.status = response.statusCode));

    const fault = faults.take(record);
    if (fault !== undefined && 'drop' in fault) {
      message.socket.destroy();
      return;
    }
    if (fault !== undefined && 'delayMs' in fault) await sleep(fault.delayMs, undefined, { signal: closing.signal });
    if (fault !== undefined && 'status' in fault) {
      send(response, faultReply(fault));
      return;
    }
    send(response, await options.handle(record, closing.signal));
  };

  const server = createServer((message, response) => {
    answer(message, response).catch((error: unknown) => {
      if (closing.signal.aborted) return;
      send(response, { status: 500, body: { message: `fake server error: ${String(error)}` } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    async close() {
      closing.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
