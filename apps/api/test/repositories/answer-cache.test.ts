import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTITIES } from '../../src/demo/fixed';
import { answerCache } from '../../src/repositories/answer-cache';
import { createTestApp } from '../helpers';

describe('answer cache', () => {
  it('keeps an answer until it expires, then loads it again', async () => {
    let clock = 0;
    const cache = answerCache({ maxBytes: 1000, ttlMs: 1000, now: () => clock });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    clock = 999;
    expect(await cache.get('a', load)).toBe(1);
    clock = 1000;
    expect(await cache.get('a', load)).toBe(2);
    expect(cache.stats()).toEqual({ hits: 1, misses: 2, entries: 1, bytes: 1 });
  });

  it('forgets the least recently used answer first, to stay within its bytes', async () => {
    // Each answer is 5 bytes of JSON ("aaa" with its quotes): two fit in 12 bytes, three do not.
    const cache = answerCache({ maxBytes: 12, ttlMs: 60_000 });
    const loaded: string[] = [];
    const get = (k: string) =>
      cache.get(k, async () => {
        loaded.push(k);
        return k.repeat(3);
      });
    await get('a');
    await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // evicts b
    await get('a');
    await get('b');
    expect(loaded).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 10 });
    // An answer bigger than the whole cache is returned but never kept.
    expect(await cache.get('big', async () => 'x'.repeat(20))).toHaveLength(20);
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 10 });
  });

  it('shares one load between concurrent misses', async () => {
    const cache = answerCache({ maxBytes: 1000, ttlMs: 60_000 });
    let loads = 0;
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const load = async () => {
      loads += 1;
      await gate;
      return 'answer';
    };
    const both = Promise.all([cache.get('k', load), cache.get('k', load)]);
    release();
    expect(await both).toEqual(['answer', 'answer']);
    expect(loads).toBe(1);
  });

  it('does not keep an answer whose load began before a clear', async () => {
    const cache = answerCache({ maxBytes: 1000, ttlMs: 60_000 });
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const stale = cache.get('k', async () => {
      await gate;
      return 'before the write';
    });
    cache.clear();
    release();
    expect(await stale).toBe('before the write');
    expect(await cache.get('k', async () => 'after the write')).toBe('after the write');
  });

  it('keeps nothing for a missing answer, and nothing at all when turned off', async () => {
    const cache = answerCache({ maxBytes: 1000, ttlMs: 60_000 });
    let loads = 0;
    await cache.get('missing', async () => {
      loads += 1;
      return undefined;
    });
    await cache.get('missing', async () => {
      loads += 1;
      return undefined;
    });
    expect(loads).toBe(2);
    const off = answerCache({ maxBytes: 0, ttlMs: 60_000 });
    let offLoads = 0;
    await off.get('k', async () => ++offLoads);
    await off.get('k', async () => ++offLoads);
    expect(offLoads).toBe(2);
    expect(off.stats().entries).toBe(0);
  });
});

describe('public answers through the API', () => {
  const counted = { queries: 0 };
  let app: Awaited<ReturnType<typeof createTestApp>>['app'];
  beforeAll(async () => {
    ({ app } = await createTestApp({}, { demo: true }));
    const query = app.db.query.bind(app.db);
    app.db.query = ((text: string, params?: unknown[]) => {
      if (/FROM entities/.test(text)) counted.queries += 1;
      return query(text, params);
    }) as typeof app.db.query;
  });
  afterAll(() => app.close());

  it('reads a profile and a search from the database once, and again after any write', async () => {
    const code = DEMO_ENTITIES.xiaochi.code;
    const before = counted.queries;
    const first = await app.inject({ url: `/api/v1/entities/${code}` });
    const second = await app.inject({ url: `/api/v1/entities/${code}` });
    expect(first.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(counted.queries - before).toBe(1);
    // The same answer gets the same validator, so a CDN and a conditional GET behave as before.
    expect(second.headers.etag).toBe(first.headers.etag);

    await app.inject({ url: `/api/v1/entities?q=${encodeURIComponent('诚信')}` });
    await app.inject({ url: `/api/v1/entities?q=${encodeURIComponent('诚信')}` });
    expect(counted.queries - before).toBe(2);

    // Any successful write (here a login) empties the cache: the next read goes to the database.
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/dev-login', payload: { citizen: 'zhang' } });
    expect(login.statusCode).toBe(200);
    await app.inject({ url: `/api/v1/entities/${code}` });
    expect(counted.queries - before).toBe(3);
    // The repeats were answered by the HTTP layer's kept bytes (plugins/external/http-cache.ts), before the value
    // cache: it saw each answer once, as a miss.
    expect(app.publicAnswers.stats().misses).toBeGreaterThanOrEqual(3);
  });

  it('never keeps an unknown code, so each miss is counted against the enumeration limit', async () => {
    const before = counted.queries;
    const unknown = '91110000600037341L';
    const a = await app.inject({ url: `/api/v1/entities/${unknown}` });
    const b = await app.inject({ url: `/api/v1/entities/${unknown}` });
    expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
    expect(counted.queries - before).toBe(2);
  });
});
