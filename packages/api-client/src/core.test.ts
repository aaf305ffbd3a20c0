import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClientError, BadRequestError, ConnectionError, createClient, NotFoundError, ServerError } from './index';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A local stand-in that answers from a script and records what it received. */
async function standIn(answers: Array<{ status: number; body: unknown; headers?: Record<string, string> }>) {
  const received: IncomingMessage[] = [];
  server = createServer((req, res) => {
    received.push(req);
    const answer = answers[Math.min(received.length - 1, answers.length - 1)];
    res.writeHead(answer?.status ?? 500, { 'content-type': 'application/json', ...answer?.headers });
    res.end(JSON.stringify(answer?.body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/api/v1`, received };
}

const errorBody = (code: string, message: string) => ({ error: { code, message, requestId: 'req-1' } });

describe('HttpCore', () => {
  it('retries a GET on 503 a bounded number of times, then succeeds', async () => {
    const { baseURL, received } = await standIn([
      { status: 503, body: errorBody('SERVICE_UNAVAILABLE', '服务暂时不可用') },
      { status: 503, body: errorBody('SERVICE_UNAVAILABLE', '服务暂时不可用') },
      { status: 200, body: { items: [], total: 0 } },
    ]);
    const client = createClient({ baseURL, retryBaseDelayMs: 0 });
    await expect(client.benefits.list()).resolves.toEqual({ items: [], total: 0 });
    expect(received).toHaveLength(3);
  });

  it('gives up after maxRetries and throws a ServerError with code and request id', async () => {
    const { baseURL, received } = await standIn([{ status: 500, body: errorBody('INTERNAL_ERROR', '服务出了点问题') }]);
    const client = createClient({ baseURL, retryBaseDelayMs: 0, maxRetries: 2 });
    const error = await client.benefits.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', requestId: 'req-1', message: '服务出了点问题' });
    expect(received).toHaveLength(3);
  });

  it('never retries a 4xx and maps it to its class', async () => {
    const { baseURL, received } = await standIn([{ status: 400, body: errorBody('INVALID_CATEGORY', '类别无效') }]);
    const client = createClient({ baseURL, retryBaseDelayMs: 0 });
    await expect(client.benefits.list()).rejects.toBeInstanceOf(BadRequestError);
    expect(received).toHaveLength(1);
  });

  it('maps 404 to NotFoundError and sends the query it was given', async () => {
    const { baseURL, received } = await standIn([{ status: 404, body: errorBody('NOT_FOUND', '没有找到') }]);
    const client = createClient({ baseURL });
    await expect(client.benefits.get('x-y')).rejects.toBeInstanceOf(NotFoundError);
    expect(received[0]?.url).toBe('/api/v1/benefits/x-y');
  });

  it('turns a refused connection into a ConnectionError with a Chinese message', async () => {
    const client = createClient({ baseURL: 'http://127.0.0.1:1/api/v1', retryBaseDelayMs: 0, maxRetries: 1 });
    const error = await client.benefits.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/网络/);
  });

  it('refuses plain http except for localhost', () => {
    expect(() => createClient({ baseURL: 'http://xinyong.example.cn/api/v1' })).toThrow(ApiClientError);
    expect(() => createClient({ baseURL: 'https://xinyong.example.cn/api/v1' })).not.toThrow();
    expect(() => createClient({ baseURL: 'http://localhost:8080/api/v1' })).not.toThrow();
    expect(() => createClient({ baseURL: '/api/v1' })).not.toThrow();
  });
});
