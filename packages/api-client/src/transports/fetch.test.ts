import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadRequestError, ConnectionError, createClient, NotFoundError, ServerError, TimeoutError } from '../browser';
import { fetchTransport } from './fetch';

// The browser entry point: the shared client over fetch, as the site's islands run it (moved here from
// apps/site/src/lib/axios-fetch.test.ts with the adapter).
const client = () => createClient({ baseURL: '/api/v1', retryBaseDelayMs: 0, timeoutMs: 50 });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

afterEach(() => vi.unstubAllGlobals());

describe('the fetch transport under the browser client', () => {
  it('sends query parameters and returns the body', async () => {
    const fetch = vi.fn(async (_url: string) => json(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 }));
    vi.stubGlobal('fetch', fetch);
    const result = await client().entities.search({ q: '华夏 贸易' });
    expect(result.total).toBe(0);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/entities?q=%E5%8D%8E%E5%A4%8F+%E8%B4%B8%E6%98%93');
  });

  it('turns the API error shape into the client error with its Chinese message', async () => {
    vi.stubGlobal('fetch', async () => json(400, { error: { code: 'QUERY_TOO_SHORT', message: '请至少输入 2 个字', requestId: 'r1' } }));
    const error = await client()
      .entities.search({ q: '华' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'QUERY_TOO_SHORT', message: '请至少输入 2 个字', requestId: 'r1' });
  });

  it('maps 404 and retries 5xx before giving up', async () => {
    vi.stubGlobal('fetch', async () => json(404, { error: { code: 'ENTITY_NOT_FOUND', message: '没有找到', requestId: 'r2' } }));
    await expect(client().entities.profile('91110000600037341L')).rejects.toBeInstanceOf(NotFoundError);
    const fetch = vi.fn(async () => new Response('', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    await expect(client().health()).rejects.toBeInstanceOf(ServerError);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('reports network failures and timeouts as the client’s connection errors', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const offline = await client()
      .health()
      .catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(ConnectionError);
    expect(offline).not.toBeInstanceOf(TimeoutError);
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    await expect(client().health()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('sends a JSON body for POST', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    await fetchTransport().request({
      method: 'POST',
      baseURL: '/api/v1',
      url: '/repairs/progress',
      data: { queryCode: 'ABC123DEF456' },
      headers: {},
      timeoutMs: 1000,
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/repairs/progress');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"queryCode":"ABC123DEF456"}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', Accept: 'application/json' });
  });

  it('sends an upload as multipart, without a JSON content type', async () => {
    const fetch = vi.fn(async () => json(201, { id: 'A1', mediaType: 'application/pdf', byteSize: 5 }));
    vi.stubGlobal('fetch', fetch);
    await client().attachments.upload(new Blob(['%PDF-']), 'proof.pdf');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/me/attachments');
    expect(init.body).toBeInstanceOf(FormData);
    expect(init.headers).not.toHaveProperty('Content-Type');
  });
});
