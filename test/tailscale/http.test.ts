import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, TimeoutError } from '../../src/errors.js';
import { createHttpClient } from '../../src/tailscale/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number, body: string) => void;

let server: Server | undefined;

async function serve(handler: Handler): Promise<URL> {
  let attempt = 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, ++attempt, body));
  });
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
    expect(response).toEqual({ status: 200, headers: expect.objectContaining({ etag: '"abc"' }), body: 'done' });
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

  it('reports an unreachable host as an ApiError without a stack trace', async () => {
    const url = await serve((_req, res) => res.end());
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const http = createHttpClient({ deadline: Date.now() + 300, backoff: fast });
    const failure = http.send({ method: 'GET', url, headers: {} });
    await expect(failure).rejects.toThrow(ApiError);
    await expect(failure).rejects.toThrow(
      new RegExp(`^could not reach ${url.host}: ECONNREFUSED; check the API URL and the runner's network$`),
    );
    await http.close();
  });
});
