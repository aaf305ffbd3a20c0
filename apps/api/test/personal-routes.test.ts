import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers';
import { bearer, devLogin, expectNoData } from './self-service.helpers';

/**
 * Every route that touches personal data, found from the OpenAPI document rather than listed by hand, so a
 * new route cannot be forgotten: an anonymous caller and the wrong kind of account get nothing.
 */
let app: FastifyInstance;
let routes: { method: string; path: string; tag: string }[];
let citizen: string;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
  const doc = (await app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.tags?.some((t) => t === 'self-service' || t === 'staff'))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, tag: op.tags?.[0] ?? '' })),
  );
  citizen = await devLogin(app, 'li');
});
afterAll(() => app.close());

// Open on purpose: the current commitment text (no personal data), progress by query code (the code is the
// credential and the answer holds nothing personal), and staff login.
const OPEN = new Set(['GET /api/v1/commitment-texts/current', 'POST /api/v1/repairs/progress', 'POST /api/v1/staff/login']);
const concrete = (path: string) => path.replace('{id}', 'ABCDEFGHJKLM');

describe('personal-data routes', () => {
  it('finds them in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it('refuse an anonymous caller with 401 and no data', async () => {
    for (const r of routes) {
      if (OPEN.has(`${r.method} ${r.path}`)) continue;
      const res = await app.inject({ method: r.method as 'GET', url: concrete(r.path), payload: r.method === 'POST' ? {} : undefined });
      expectNoData(res, [401]);
    }
  });

  it('refuse a forged token the same way', async () => {
    for (const r of routes) {
      if (OPEN.has(`${r.method} ${r.path}`)) continue;
      const res = await app.inject({
        method: r.method as 'GET',
        url: concrete(r.path),
        headers: bearer('F'.repeat(43)),
        payload: r.method === 'POST' ? {} : undefined,
      });
      expectNoData(res, [401]);
    }
  });

  it('keep staff routes from citizens', async () => {
    for (const r of routes.filter((x) => x.tag === 'staff' && !OPEN.has(`${x.method} ${x.path}`))) {
      const res = await app.inject({
        method: r.method as 'GET',
        url: `${concrete(r.path)}${r.path.endsWith('queue') ? '?kind=repair' : ''}`,
        headers: { ...bearer(citizen), 'x-access-purpose': encodeURIComponent('随便看看别人的'), 'idempotency-key': 'k'.repeat(20) },
        payload: r.method === 'POST' ? { outcome: 'approved', reason: '试图越权审批' } : undefined,
      });
      expectNoData(res, [403]);
    }
  });
});
