import type { AddressInfo } from 'node:net';
import { BadRequestError, createClient } from '@xinyong/api-client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers';

let app: FastifyInstance;
let baseURL: string;
beforeAll(async () => {
  ({ app } = await createTestApp());
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseURL = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => app.close());

describe('@xinyong/api-client against the real API in Node', () => {
  it('lists benefits with types from the contract', async () => {
    const client = createClient({ baseURL });
    const list = await client.benefits.list({ category: 'loan' });
    expect(list.items.some((b) => b.name === '小微企业信用贷款')).toBe(true);
    const detail = await client.benefits.get('loan-sme-credit');
    expect(detail.criteria.length).toBeGreaterThan(0);
  });

  it('surfaces the API error as a class with status, code and request id', async () => {
    const client = createClient({ baseURL });
    // @ts-expect-error: the contract does not allow this category; the server must refuse it too.
    const error = await client.benefits.list({ category: '不存在' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'INVALID_CATEGORY' });
    expect((error as BadRequestError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health', async () => {
    const health = await createClient({ baseURL }).health();
    expect(health.database.status).toBe('up');
  });
});

describe('public credit through the client', () => {
  it('searches entities, reads lists, and reports a bad code with the validator’s reason', async () => {
    const client = createClient({ baseURL });
    const measures = await client.lists.measures();
    expect(measures.total).toBeGreaterThan(0);
    const catalog = await client.lists.catalog();
    expect(catalog.items[0]?.disclosure).toBe('公开');
    const error = await client.entities.profile('91110000600037341X').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: 'INVALID_CREDIT_CODE' });
    const found = await client.entities.search({ q: '不存在的名字' });
    expect(found).toMatchObject({ total: 0, items: [] });
  });
});
