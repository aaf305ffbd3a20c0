import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError, AuthenticationError, createClient, redact } from './index';

// A valid resident ID number (GB 11643 check digit) that belongs to nobody; used only as a probe.
const ID_NUMBER = '370102198506120316';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Answer = { status: number; body: unknown };
async function standIn(answer: (req: IncomingMessage, body: string, n: number) => Answer) {
  const received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      const a = answer(req, body, received.length);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`, received };
}

const session = { token: 'T'.repeat(43), verified: true, idleMinutes: 30 };
const records = { subject: { kind: 'person', label: '张**' }, asOf: '2026-11-28', items: [] };

describe('personal data safeguards', () => {
  const storage = { setItem: vi.fn(), getItem: vi.fn(), removeItem: vi.fn() };
  beforeEach(() => {
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('sessionStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the token and personal answers in memory only, and logout forgets both', async () => {
    const { baseURL, received } = await standIn((req) =>
      req.url?.endsWith('/auth/dev-login')
        ? { status: 200, body: session }
        : req.url?.endsWith('/auth/logout')
          ? { status: 204, body: null }
          : { status: 200, body: records },
    );
    const client = createClient({ baseURL });
    await client.auth.devLogin('zhang');
    await client.me.records();
    expect(client.personalEntries).toBe(1);
    expect(received.at(-1)?.headers.authorization).toBe(`Bearer ${session.token}`);
    await client.auth.logout();
    expect(client.personalEntries).toBe(0);
    expect(client.auth.loggedIn).toBe(false);
    expect(storage.setItem).not.toHaveBeenCalled();
  });

  it('drops the session and every cached personal answer when the server says it expired', async () => {
    let expired = false;
    const { baseURL } = await standIn((req) => {
      if (req.url?.endsWith('/auth/dev-login')) return { status: 200, body: session };
      if (expired) return { status: 401, body: { error: { code: 'SESSION_EXPIRED', message: '登录已超时', requestId: 'r' } } };
      return { status: 200, body: records };
    });
    const ended = vi.fn();
    const client = createClient({ baseURL, onSessionEnded: ended });
    await client.auth.devLogin('zhang');
    await client.me.records();
    expired = true;
    await expect(client.me.accessLog()).rejects.toBeInstanceOf(AuthenticationError);
    expect(ended).toHaveBeenCalledWith('SESSION_EXPIRED');
    expect(client.personalEntries).toBe(0);
    expect(client.auth.loggedIn).toBe(false);
  });

  it('refuses to put a person’s ID number in a URL, before any request is made', async () => {
    const { baseURL, received } = await standIn(() => ({ status: 200, body: {} }));
    const client = createClient({ baseURL });
    await expect(client.entities.search({ q: ID_NUMBER })).rejects.toBeInstanceOf(ApiClientError);
    await expect(client.entities.profile(ID_NUMBER)).rejects.toThrow(/网址/);
    await expect(client.entities.search({ q: '13812345678' })).rejects.toThrow(/网址/);
    expect(received).toHaveLength(0);
    // A 统一社会信用代码 is not personal and passes.
    await client.entities.profile('91110000600037341L');
    expect(received).toHaveLength(1);
  });

  it('sends ID numbers in the body of the verification request', async () => {
    const { baseURL, received } = await standIn(() => ({ status: 200, body: session }));
    const client = createClient({ baseURL });
    await client.auth.verify({ name: '张三丰', idNumber: ID_NUMBER, ticket: 'ticket-1' });
    expect(received[0]?.url).toBe('/api/v1/auth/verify');
    expect(JSON.parse(received[0]?.body ?? '{}').idNumber).toBe(ID_NUMBER);
  });

  it('sends an idempotency key with a creating POST and reuses it on the retry', async () => {
    const { baseURL, received } = await standIn((_req, _body, n) =>
      n === 1
        ? { status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: '暂时不可用', requestId: 'r' } } }
        : { status: 201, body: { id: 'OBJ1' } },
    );
    const client = createClient({ baseURL, retryBaseDelayMs: 0 });
    await client.objections.create({ recordId: 'penalty-1', reason: '一段足够长的异议理由文字', attachmentIds: [] });
    expect(received).toHaveLength(2);
    const [first, second] = received.map((r) => r.headers['idempotency-key']);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toBe(first);
  });

  it('never retries a POST that has no idempotency key', async () => {
    const { baseURL, received } = await standIn(() => ({
      status: 503,
      body: { error: { code: 'SERVICE_UNAVAILABLE', message: '暂时不可用', requestId: 'r' } },
    }));
    const client = createClient({ baseURL, retryBaseDelayMs: 0 });
    await expect(client.repairs.progress({ queryCode: 'ABCDEFGHJKLM' })).rejects.toThrow();
    expect(received).toHaveLength(1);
  });

  it('redacts ID and mobile numbers in messages', async () => {
    expect(redact(`身份证 ${ID_NUMBER}，电话 13812345678`)).toBe('身份证 3***************16，电话 138****5678');
    const { baseURL } = await standIn(() => ({
      status: 400,
      body: { error: { code: 'X', message: `号码 ${ID_NUMBER} 有误`, requestId: 'r' } },
    }));
    const error = await createClient({ baseURL })
      .health()
      .catch((e: Error) => e);
    expect((error as Error).message).not.toContain(ID_NUMBER);
  });
});
