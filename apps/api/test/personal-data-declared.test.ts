import { ROUTES } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers';

/**
 * Every route that touches people declares, in the contract's route table, whether it reads or changes personal
 * data, for what purpose and which fields, or why it is not logged. Found from the served OpenAPI document, so a
 * route added without a declaration fails here.
 */
type Operation = { tags?: string[]; 'x-personal-data'?: Record<string, unknown>; 'x-idempotent'?: boolean };
let app: FastifyInstance;
let operations: { key: string; op: Operation }[];
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
  const doc = (await app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );
});
afterAll(() => app.close());

const PERSONAL_TAGS = new Set(['self-service', 'staff', 'identity']);

describe('personal-data declarations in the OpenAPI document', () => {
  it('document every route of the contract’s route table', () => {
    const documented = new Set(operations.map((o) => o.key));
    for (const spec of Object.values(ROUTES)) {
      const path = `/api/v1${spec.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(documented, `${spec.method} ${path}`).toContain(`${spec.method} ${path}`);
    }
  });

  it('exist for every self-service, staff and identity route', () => {
    const personal = operations.filter((o) => o.op.tags?.some((t) => PERSONAL_TAGS.has(t)));
    expect(personal.length).toBeGreaterThanOrEqual(25);
    for (const { key, op } of personal) {
      const declared = op['x-personal-data'];
      expect(declared, `${key} declares nothing about personal data`).toBeDefined();
      if (declared?.logged) {
        expect(['read', 'export', 'decide'], key).toContain(declared.action);
        expect(declared.purpose, key).toBeTruthy();
        expect((declared.fields as string[]).length, key).toBeGreaterThan(0);
      } else {
        expect(String(declared?.reason ?? '').length, `${key} says why it is not logged`).toBeGreaterThan(5);
      }
    }
  });

  it('log staff decisions as decisions and staff reads as reads', () => {
    const decisions = operations.filter((o) => o.key.endsWith('/decision'));
    expect(decisions).toHaveLength(2);
    for (const { op } of decisions) {
      expect(op['x-personal-data']).toMatchObject({ logged: true, action: 'decide' });
      expect(op['x-idempotent']).toBe(true);
    }
    const reads = operations.filter((o) => /^GET \/api\/v1\/staff\/(objections|repairs)\/\{id\}$/.test(o.key));
    expect(reads).toHaveLength(2);
    for (const { op } of reads)
      expect(op['x-personal-data']).toMatchObject({ logged: true, action: 'read', purpose: { header: 'x-access-purpose' } });
  });
});
