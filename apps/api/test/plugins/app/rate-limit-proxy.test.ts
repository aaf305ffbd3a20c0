import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, inFreshWindow } from '../../helpers';

// Behind a reverse proxy every request comes from the proxy's address. With TRUST_PROXY=1 the API believes the
// one address the proxy adds to X-Forwarded-For, so each citizen has their own rate-limit bucket again, and a
// client cannot pick its bucket by sending an X-Forwarded-For of its own.
let app: FastifyInstance;
let proxy: Server;
let proxyPort: number;

beforeAll(async () => {
  ({ app } = await createTestApp({ trustProxy: 1 }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const apiPort = (app.server.address() as AddressInfo).port;
  // A proxy as nginx's proxy_add_x_forwarded_for behaves: the connecting address appended to what came in.
  proxy = createServer((incoming, outgoing) => {
    const before = incoming.headers['x-forwarded-for'];
    const forwarded = `${before ? `${before}, ` : ''}${incoming.socket.remoteAddress}`;
    const upstream = request(
      {
        host: '127.0.0.1',
        port: apiPort,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await app?.close();
});

/** A staff login with wrong credentials, from a loopback address of the citizen's own, through the proxy. */
function login(from: string, headers: Record<string, string> = {}): Promise<number> {
  const body = JSON.stringify({ username: 'nobody', password: 'not-the-password' });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: proxyPort,
        localAddress: from,
        method: 'POST',
        path: '/api/v1/staff/login',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('rate limits behind a trusted proxy', () => {
  it('count per client address, not per proxy, and ignore what a client claims', async () => {
    await inFreshWindow(60);
    const first: number[] = [];
    for (let i = 0; i < 12; i++) first.push(await login('127.0.0.2'));
    expect(first.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(first.at(-1)).toBe(429);
    // Another citizen behind the same proxy is not held back by the first one.
    expect(await login('127.0.0.3')).not.toBe(429);
    // Claiming another address does not open a new bucket: the proxy appends the real one, and only that is believed.
    expect(await login('127.0.0.2', { 'x-forwarded-for': '203.0.113.9' })).toBe(429);
  });
});
