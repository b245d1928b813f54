import { Agent, RetryAgent, request, type Dispatcher, type RetryHandler } from 'undici';
import { ApiError, TimeoutError } from '../errors.js';
import {
  DEFAULT_BACKOFF,
  RETRY_ERROR_CODES,
  RETRY_STATUS_CODES,
  parseRetryAfter,
  retryDelay,
  type BackoffOptions,
} from './retry.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: string;
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
}

interface RetryableError extends Error {
  statusCode?: number;
  code?: string;
  headers?: Record<string, string | string[] | undefined>;
}

function describeFailure(error: RetryableError): string {
  return error.statusCode !== undefined ? `HTTP ${error.statusCode}` : (error.code ?? error.message);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The retry decision for undici: our delay (jitter, Retry-After, deadline), or give up. */
function retryPolicy(options: HttpClientOptions, remember: (failure: string) => void): RetryHandler.RetryCallback {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  return (error, { state }, callback) => {
    const failure = error as RetryableError;
    const described = describeFailure(failure);
    remember(described);
    const retryable =
      failure.statusCode !== undefined
        ? RETRY_STATUS_CODES.includes(failure.statusCode)
        : failure.code !== undefined && RETRY_ERROR_CODES.includes(failure.code);
    const delay = retryable
      ? retryDelay({
          attempt: state.counter,
          retryAfterMs: parseRetryAfter(headerValue(failure.headers?.['retry-after']), now()),
          now: now(),
          deadline: options.deadline,
          random,
          backoff,
        })
      : undefined;
    if (delay === undefined) {
      callback(error);
      return;
    }
    options.onRetry?.(described, delay);
    setTimeout(() => callback(null), delay);
  };
}

/** A failed request in our terms: the last retryable status, a timeout, or an unreachable host. */
function failedRequest(error: unknown, req: HttpRequest, lastFailure: string): HttpResponse {
  const failure = error as RetryableError;
  // When retries run out on a retryable status, undici ends with that status as an error.
  if (failure.statusCode !== undefined) return { status: failure.statusCode, headers: {}, body: '' };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    const last = lastFailure ? ` (last failure: ${lastFailure})` : '';
    throw new TimeoutError(
      `the run's timeout elapsed during ${req.method} ${req.url.pathname}${last}; ` +
        `raise the "timeout" input if the API is slow`,
    );
  }
  const why = describeFailure(failure);
  throw new ApiError(`could not reach ${req.url.host}: ${why}; check the API URL and the runner's network`, 0);
}

/**
 * One keep-alive connection pool with undici's retry handler. Our retry callback decides the
 * waits (jitter, Retry-After, the run's deadline); undici re-sends the request. Every method is
 * retried: reads and validation are safe, and the policy write is conditional (If-Match).
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const now = options.now ?? Date.now;
  const agent = new Agent({
    connectTimeout: 10_000,
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
    keepAliveTimeout: 10_000,
  });
  let lastFailure = '';
  const dispatcher: Dispatcher = new RetryAgent(agent, {
    statusCodes: RETRY_STATUS_CODES,
    errorCodes: RETRY_ERROR_CODES,
    methods: ['GET', 'POST'],
    retry: retryPolicy(options, (failure) => (lastFailure = failure)),
  });
  return {
    async send(req) {
      const remaining = options.deadline - now();
      if (remaining <= 0) throw new TimeoutError(`the run's timeout elapsed before ${req.method} ${req.url.pathname}`);
      try {
        const response = await request(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.body,
          dispatcher,
          signal: AbortSignal.timeout(remaining),
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          const first = headerValue(value);
          if (first !== undefined) headers[name.toLowerCase()] = first;
        }
        return { status: response.statusCode, headers, body: await response.body.text() };
      } catch (error) {
        return failedRequest(error, req, lastFailure);
      }
    },
    close: () => agent.close(),
  };
}
