/**
 * What stands between a runner and the internet on a self-hosted network, made of local
 * servers: an HTTP proxy that tunnels CONNECT requests (and records them), and TLS fronts that
 * serve a fake's plain HTTP over HTTPS with the test certificate in test/fixtures/tls (valid for
 * api.tailscale.test, github.test, localhost and 127.0.0.1 until 2126).
 *
 * The proxy sends every tunnel to 127.0.0.1 at the port asked for, whatever the host name: a
 * client that uses it can name hosts no resolver knows (`https://api.tailscale.test:<port>`), so a
 * request that arrives proves it went through the proxy.
 *
 * @example
 * ```ts
 * const front = await startTlsFront(emulatorPort);
 * const proxy = await startConnectProxy();
 * // HTTPS_PROXY=proxy.url, NODE_EXTRA_CA_CERTS=TEST_CA_FILE, api-url https://api.tailscale.test:<front.port>
 * expect(proxy.tunnels).toEqual([{ target: `api.tailscale.test:${front.port}`, authorization: undefined }]);
 * ```
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { readsProxyVariables } from '../../src/http/proxy.js';

/** The test certificate, which is its own authority: give it to a child as NODE_EXTRA_CA_CERTS. */
export const TEST_CA_FILE = fileURLToPath(new URL('../fixtures/tls/cert.pem', import.meta.url));
const KEY_FILE = fileURLToPath(new URL('../fixtures/tls/key.pem', import.meta.url));

export interface Tunnel {
  /** The CONNECT request's target, `host:port`. */
  target: string;
  /** Its Proxy-Authorization header, if any. */
  authorization: string | undefined;
}

export interface LocalServer {
  port: number;
  close(): Promise<void>;
}

export interface ConnectProxy extends LocalServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every CONNECT request, in arrival order. */
  tunnels: Tunnel[];
  /** Requests for plain HTTP through the proxy (`GET http://...`); answered 502. */
  plain: string[];
}

function listen(server: Server | ReturnType<typeof createTlsServer>, sockets: Set<Socket>): Promise<LocalServer> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      const close = (): Promise<void> =>
        new Promise((done) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => done());
        });
      resolve({ port, close });
    });
  });
}

/** Pipes two sockets into each other until either ends. */
function splice(a: Socket, b: Socket): void {
  a.pipe(b);
  b.pipe(a);
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
}

/** HTTPS on 127.0.0.1 in front of a plain HTTP server on 127.0.0.1:`targetPort`. */
export function startTlsFront(targetPort: number): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: readFileSync(KEY_FILE), cert: readFileSync(TEST_CA_FILE) }, (client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    splice(client, upstream);
  });
  return listen(server, sockets);
}

/**
 * A CONNECT proxy; with `refuse`, every tunnel is answered with that status instead (407 for a
 * proxy that wants other credentials, say).
 */
export async function startConnectProxy(refuse?: number): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const tunnels: Tunnel[] = [];
  const plain: string[] = [];
  const server = createHttpServer((request, response) => {
    plain.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    tunnels.push({ target, authorization: request.headers['proxy-authorization'] });
    if (refuse !== undefined) {
      client.end(`HTTP/1.1 ${refuse} Refused\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const upstream = connect(Number(target.slice(target.lastIndexOf(':') + 1)), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      splice(client, upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
  });
  const local = await listen(server, sockets);
  return { ...local, url: `http://127.0.0.1:${local.port}`, tunnels, plain };
}

/**
 * A Node.js binary that honours HTTPS_PROXY, as the runners' node24 does: this test's own when
 * it is recent enough, else node@24 from the npm registry (cached by npx after the first run).
 */
export function proxyAwareNode(): string {
  if (readsProxyVariables(process.versions.node)) return process.execPath;
  const found = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
  const version = execFileSync(found, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  if (!readsProxyVariables(version)) throw new Error(`npx found Node.js ${version}, which ignores HTTPS_PROXY`);
  return found;
}
