import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, TimeoutError } from '../../src/errors.js';
import { createHttpClient } from '../../src/http/client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number, body: string) => void;

let server: Server | undefined;
/** TCP connections the server accepted. */
let connections = 0;

async function serve(handler: Handler): Promise<URL> {
  let attempt = 0;
  connections = 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, ++attempt, body));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
}

afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

const fast = { baseDelayMs: 5, maxDelayMs: 50 };

describe('createHttpClient', () => {
  it('retries 429, 502, 503 and 504, honouring Retry-After, and re-sends the body', async () => {
    const bodies: string[] = [];
    const url = await serve((_req, res, attempt, body) => {
      bodies.push(body);
      const statuses = [429, 502, 503, 504];
      if (attempt <= statuses.length) {
        res.writeHead(statuses[attempt - 1]!, { 'retry-after': '0' }).end('busy');
        return;
      }
      res.writeHead(200, { etag: '"abc"' }).end('done');
    });
    const retries: string[] = [];
    const http = createHttpClient({
      deadline: Date.now() + 10_000,
      backoff: fast,
      onRetry: (failure) => retries.push(failure),
    });
    const response = await http.send({
      method: 'POST',
      url,
      headers: { 'content-type': 'text/plain' },
      body: 'payload',
    });
    await http.close();
    expect(response).toEqual({
      status: 200,
      headers: expect.objectContaining({ etag: '"abc"' }),
      body: 'done',
      retried: true,
    });
    expect(retries).toEqual(['HTTP 429', 'HTTP 502', 'HTTP 503', 'HTTP 504']);
    expect(bodies).toEqual(['payload', 'payload', 'payload', 'payload', 'payload']);
  });

  it('retries a dropped connection', async () => {
    const url = await serve((req, res, attempt) => {
      if (attempt === 1) {
        req.socket.destroy();
        return;
      }
      res.end('ok');
    });
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    expect((await http.send({ method: 'GET', url, headers: {} })).body).toBe('ok');
    await http.close();
  });

  it('stops reading an answer past its size limit, once, with one line', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(200);
      res.write('x'.repeat(700_000));
      res.end('x'.repeat(400_000));
    });
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast, maxAnswerBytes: 1048576 });
    await expect(http.send({ method: 'GET', url, headers: {} })).rejects.toThrow(
      new ApiError(`${url.host} answered GET with more than 1 MiB; check the API URL`, 0),
    );
    await http.close();
    expect(calls).toBe(1);
  });

  it('does not retry other statuses', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(412).end('{"message":"precondition failed, invalid old hash"}');
    });
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    expect((await http.send({ method: 'POST', url, headers: {}, body: '{}' })).status).toBe(412);
    await http.close();
    expect(calls).toBe(1);
  });

  it('returns the last 503 once another wait would pass the deadline', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(503, { 'retry-after': '1' }).end('{"message":"unavailable"}');
    });
    const started = Date.now();
    const http = createHttpClient({ deadline: started + 1500, backoff: { baseDelayMs: 5, maxDelayMs: 5000 } });
    const response = await http.send({ method: 'GET', url, headers: {} });
    await http.close();
    expect(response.status).toBe(503);
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('turns a request that outlives the deadline into a TimeoutError', async () => {
    const url = await serve((_req, res) => setTimeout(() => res.end('late'), 2000));
    const http = createHttpClient({ deadline: Date.now() + 200, backoff: fast });
    const failure = http.send({ method: 'GET', url, headers: {} });
    await expect(failure).rejects.toThrow(TimeoutError);
    await expect(failure).rejects.toThrow(
      /^the run's timeout elapsed during GET \/x; raise the "timeout" input if the API is slow$/,
    );
    await http.close();
  });

  it('names the time limit as the caller spells it (the CLI: --timeout)', async () => {
    const url = await serve((_req, res) => setTimeout(() => res.end('late'), 2000));
    const http = createHttpClient({ deadline: Date.now() + 200, backoff: fast, timeoutSetting: '--timeout' });
    await expect(http.send({ method: 'GET', url, headers: {} })).rejects.toThrow(
      /^the run's timeout elapsed during GET \/x; raise --timeout if the API is slow$/,
    );
    await http.close();
  });

  it('reports an unreachable host as an ApiError without a stack trace', async () => {
    const url = await serve((_req, res) => res.end());
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    // The first wait (at least 2.5 s) would pass the deadline, so the refusal is the answer.
    const http = createHttpClient({ deadline: Date.now() + 2000, backoff: { baseDelayMs: 5000, maxDelayMs: 5000 } });
    const failure = http.send({ method: 'GET', url, headers: {} });
    await expect(failure).rejects.toThrow(ApiError);
    await expect(failure).rejects.toThrow(
      new RegExp(`^could not reach ${url.host}: ECONNREFUSED; check the API URL and the runner's network$`),
    );
    await http.close();
  });

  it('waits as Retry-After says (capped by the longest wait), not by its own backoff', async () => {
    const url = await serve((_req, res, attempt) => {
      if (attempt === 1) res.writeHead(429, { 'retry-after': '30' }).end();
      else res.end('ok');
    });
    const delays: number[] = [];
    const http = createHttpClient({
      deadline: Date.now() + 10_000,
      backoff: { baseDelayMs: 1, maxDelayMs: 40 },
      onRetry: (_failure, delay) => delays.push(delay),
    });
    expect((await http.send({ method: 'GET', url, headers: {} })).body).toBe('ok');
    await http.close();
    expect(delays).toEqual([40]);
  });

  it('keeps the connection open for the next request', async () => {
    const url = await serve((req, res) => res.end(req.url));
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    const paths: string[] = [];
    for (const path of ['/a', '/b', '/c'])
      paths.push((await http.send({ method: 'GET', url: new URL(path, url), headers: {} })).body);
    await http.close();
    expect(paths).toEqual(['/a', '/b', '/c']);
    expect(connections).toBe(1);
  });

  it('sends the bytes given, with their length, and reads the answer as UTF-8 without a byte-order mark', async () => {
    let seen: { length?: string; body?: string } = {};
    const url = await serve((req, res, _attempt, body) => {
      seen = { length: req.headers['content-length'], body };
      res.writeHead(200, { 'x-twice': ['1', '2'] }).end('\ufeffcafé');
    });
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    const response = await http.send({ method: 'POST', url, headers: {}, body: new TextEncoder().encode('é') });
    await http.close();
    expect(seen).toEqual({ length: '2', body: 'é' });
    expect(response.body).toBe('café');
    expect(response.headers['x-twice']).toBe('1');
  });

  it.each([
    ['http://api.example.com/api/v2', 'http://api.example.com'],
    ['http://127.example.com/x', 'http://127.example.com'],
    ['http://10.0.0.1:8080/x', 'http://10.0.0.1:8080'],
    ['ftp://127.0.0.1/x', 'ftp://127.0.0.1'],
  ])('sends nothing to %s without TLS', async (target, origin) => {
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    const failure = http.send({
      method: 'GET',
      url: new URL(target),
      headers: { authorization: 'Basic c2VjcmV0Og==' },
    });
    await expect(failure).rejects.toThrow(ApiError);
    await expect(failure).rejects.toThrow(
      `refusing to send credentials to ${origin} without TLS; use https:// (http:// is allowed only for loopback addresses)`,
    );
    await http.close();
  });

  it('speaks plain HTTP to loopback addresses', async () => {
    const url = await serve((_req, res) => res.end('local'));
    const http = createHttpClient({ deadline: Date.now() + 10_000, backoff: fast });
    const port = url.port;
    for (const host of ['127.0.0.1', 'localhost', '127.1']) {
      expect((await http.send({ method: 'GET', url: new URL(`http://${host}:${port}/x`), headers: {} })).body).toBe(
        'local',
      );
    }
    await http.close();
  });
});
