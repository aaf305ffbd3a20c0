import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LIST } from '../src/demo/citizens';
import { DEMO_ENTITIES } from '../src/demo/fixed';
import { createTestApp } from './helpers';

/**
 * Calls every public route of the OpenAPI document with realistic arguments and checks that no demo
 * citizen's name or ID number appears in any answer, whatever the route.
 */
let app: FastifyInstance;
let paths: Record<string, Record<string, { security?: unknown; tags?: string[]; parameters?: { name: string; in: string }[] }>>;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
  paths = (await app.inject('/api/v1/openapi.json')).json().paths;
});
afterAll(() => app.close());

const PERSONAL_TAGS = new Set(['self-service', 'staff', 'identity']);
const secrets = DEMO_CITIZEN_LIST.flatMap((c) => [c.name, c.idNumber, c.idNumber.slice(0, 14)]);

/** Values to try for each path parameter and query: demo names, codes and the citizens' own identifiers as probes. */
const PROBES: Record<string, string[]> = {
  code: [DEMO_ENTITIES.huaxia.code, DEMO_ENTITIES.xiaochi.code, ...DEMO_CITIZEN_LIST.map((c) => c.idNumber)],
  q: ['示例', '华夏', DEMO_ENTITIES.huaxia.name, ...DEMO_CITIZEN_LIST.flatMap((c) => [c.name, c.name.slice(0, 2), c.idNumber])],
  id: ['loan-sme-credit'],
};

function publicRoutes() {
  const routes: { method: string; path: string; parameters: { name: string; in: string }[] }[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if ((op.tags ?? []).some((t) => PERSONAL_TAGS.has(t))) continue;
      routes.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [] });
    }
  }
  return routes;
}

describe('privacy probe over every public route of the OpenAPI document', () => {
  it('finds the public routes in the document', () => {
    const routes = publicRoutes().map((r) => r.path);
    expect(routes).toEqual(
      expect.arrayContaining(['/api/v1/entities', '/api/v1/entities/{code}', '/api/v1/benefits', '/api/v1/measures', '/api/v1/catalog']),
    );
  });

  it('never answers with a demo citizen’s name or ID number', async () => {
    let calls = 0;
    for (const route of publicRoutes()) {
      const pathParam = route.parameters.find((p) => p.in === 'path');
      const queryParam = route.parameters.find((p) => p.in === 'query' && p.name === 'q');
      const values = pathParam ? (PROBES[pathParam.name] ?? ['x']) : queryParam ? (PROBES.q ?? []) : [''];
      for (const value of values) {
        let url = route.path;
        if (pathParam) url = url.replace(`{${pathParam.name}}`, encodeURIComponent(value));
        if (queryParam) url += `?q=${encodeURIComponent(value)}`;
        const res = await app.inject({
          method: route.method as 'GET',
          url,
          payload: route.method === 'POST' ? { queryCode: 'ABCDEFGHJKLM' } : undefined,
        });
        calls++;
        expect(res.statusCode, `${route.method} ${url}`).toBeLessThan(500);
        for (const secret of secrets)
          expect(res.body.includes(secret), `${route.method} ${url} leaked a demo citizen identifier`).toBe(false);
      }
    }
    expect(calls).toBeGreaterThan(20);
  });

  it('keeps natural persons out of the search even when their full name is typed', async () => {
    for (const c of DEMO_CITIZEN_LIST) {
      const res = await app.inject(`/api/v1/entities?q=${encodeURIComponent(c.name)}`);
      expect(res.json().items.every((i: { name: string }) => !i.name.includes(c.name) || i.name !== c.name)).toBe(true);
    }
  });
});
