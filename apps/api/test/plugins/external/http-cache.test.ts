import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/db/client';
import { chooseEncoding, ownedBytes } from '../../../src/plugins/external/http-cache';
import { createTestApp } from '../../helpers';

// Public answers are kept as the bytes that were sent (plugins/external/http-cache.ts). What is kept is seen by
// changing the database behind the app's back: a kept answer does not show the change until something empties it.
// The app's clock is moved (buildApp's clock), never the machine's.
let now = new Date('2026-06-01T04:00:00Z'); // 12:00 in China
let app: FastifyInstance;
let db: SqlClient;
const ORIGIN = 'https://xinyong.example.cn';
beforeAll(async () => {
  ({ app, db } = await createTestApp({ corsOrigins: [ORIGIN] }, { demo: true, build: { clock: () => now } }));
});
afterAll(() => app?.close());

// One benefit, renamed in the database; the list's order may follow the name, so it is found by its id.
let id = '';
const firstName = async () => {
  const res = await app.inject('/api/v1/benefits');
  expect(res.statusCode).toBe(200);
  const items = res.json().items as { id: string; name: string }[];
  id ||= items[0]?.id ?? '';
  return { name: items.find((b) => b.id === id)?.name, etag: res.headers.etag as string };
};
const renameFirst = async (name: string) => {
  await firstName();
  await db.query('UPDATE benefits SET name = $1 WHERE id = $2', [name, id]);
};

describe('kept public answers', () => {
  it('answers a repeat from the kept bytes with the same ETag, and a conditional repeat with 304', async () => {
    const first = await firstName();
    await renameFirst('改名后的贷款');
    const again = await firstName();
    expect(again).toEqual(first);
    const conditional = await app.inject({ url: '/api/v1/benefits', headers: { 'if-none-match': first.etag } });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.body).toBe('');
    expect(conditional.headers.etag).toBe(first.etag);
  });

  it('empties them when the China date changes, even while it is the same day in UTC', async () => {
    // Kept answers live PUBLIC_CACHE_SECONDS (30 s by default) on the app's clock: kept at 23:59:50, still kept at 23:59:59.
    now = new Date('2026-06-01T15:59:50Z');
    await renameFirst('第二天的贷款');
    now = new Date('2026-06-01T15:59:59Z');
    expect((await firstName()).name).not.toBe('第二天的贷款');
    now = new Date('2026-06-01T16:00:00Z'); // 00:00 on 2 June in China
    const next = await firstName();
    expect(next.name).toBe('第二天的贷款');
    // And a clock set back is another date too.
    await renameFirst('前一天的贷款');
    now = new Date('2026-05-31T04:00:00Z');
    expect((await firstName()).name).toBe('前一天的贷款');
  });

  it('empties them on a write of this process', async () => {
    const before = await firstName();
    await renameFirst('写入后的贷款');
    expect((await firstName()).name).toBe(before.name);
    app.publicAnswers.clear(); // what the database plugin does after every successful write
    expect((await firstName()).name).toBe('写入后的贷款');
  });

  it('sends br, gzip or nothing as the client accepts, kept or not, with the same bytes inside', async () => {
    app.publicAnswers.clear();
    const plain = await app.inject('/api/v1/benefits');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    for (const round of ['kept', 'kept again']) {
      const br = await app.inject({ url: '/api/v1/benefits', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding'], round).toBe('br');
      expect(brotliDecompressSync(br.rawPayload).toString(), round).toBe(plain.body);
      const gzip = await app.inject({ url: '/api/v1/benefits', headers: { 'accept-encoding': 'gzip, br;q=0' } });
      expect(gzip.headers['content-encoding'], round).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString(), round).toBe(plain.body);
      const none = await app.inject({ url: '/api/v1/benefits', headers: { 'accept-encoding': 'identity' } });
      expect(none.headers['content-encoding'], round).toBeUndefined();
      expect(none.body, round).toBe(plain.body);
      expect(new Set([br.headers.etag, gzip.headers.etag, none.headers.etag]), round).toEqual(new Set([plain.headers.etag]));
    }
  });

  it('does not compress an answer under 1 KB, kept or not', async () => {
    for (const round of ['first', 'kept']) {
      const res = await app.inject({
        url: '/api/v1/entities?q=%E6%97%A0%E6%AD%A4%E4%BC%81%E4%B8%9A',
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(res.statusCode, round).toBe(200);
      expect(res.rawPayload.length, round).toBeLessThan(1024);
      expect(res.headers['content-encoding'], round).toBeUndefined();
    }
  });

  it('keeps Origin in Vary beside Accept-Encoding for a cross-origin request, kept or not', async () => {
    app.publicAnswers.clear();
    for (const round of ['first', 'kept']) {
      const res = await app.inject({ url: '/api/v1/benefits', headers: { origin: ORIGIN, 'accept-encoding': 'br' } });
      expect(res.headers['access-control-allow-origin'], round).toBe(ORIGIN);
      const vary = String(res.headers.vary)
        .split(',')
        .map((v) => v.trim().toLowerCase());
      expect(vary, round).toEqual(['origin', 'accept-encoding']);
    }
  });

  it('never keeps or serves an answer to a request with credentials', async () => {
    app.publicAnswers.clear();
    await firstName();
    await renameFirst('带凭据看到的贷款');
    const res = await app.inject({ url: '/api/v1/benefits', headers: { authorization: 'Bearer not-a-session' } });
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('chooseEncoding', () => {
  it('prefers br, then gzip, honours q=0 and a wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip;q=0')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('the memory of kept bytes', () => {
  // A kept answer that is a slice of Node's shared slab keeps the whole slab alive: six times its size for 1.3 KB.
  it('is the answer’s own, not a slice of a shared slab or of zlib’s output chunk', () => {
    const answer = JSON.stringify({ code: '91370100MA3C0000XX', name: '示例华夏贸易有限公司' });
    const pooled = Buffer.from(answer);
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    for (const kept of [ownedBytes(answer), ownedBytes(pooled), ownedBytes(gzipSync(Buffer.alloc(4000, answer)))]) {
      expect(kept.byteOffset).toBe(0);
      expect(kept.buffer.byteLength).toBe(kept.length);
    }
    expect(ownedBytes(answer).toString()).toBe(answer);
    expect(ownedBytes(pooled).equals(pooled)).toBe(true);
  });
});
