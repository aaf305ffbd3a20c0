import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await createTestApp());
});
afterAll(() => app.close());

describe('GET /api/v1/benefits', () => {
  it('lists the catalogue from content/benefits with category names', async () => {
    const res = await app.inject('/api/v1/benefits');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(body.items.length);
    const loan = body.items.find((b: { id: string }) => b.id === 'loan-sme-credit');
    expect(loan).toMatchObject({ name: '小微企业信用贷款', category: 'loan', categoryName: '信易贷', example: true });
  });

  it('filters by category and audience', async () => {
    const res = await app.inject('/api/v1/benefits?category=loan&audience=business');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { category: string; audience: string[] }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.category).toBe('loan');
      expect(item.audience).toContain('business');
    }
  });

  it('answers an unknown category with 400, the error shape and the valid categories', async () => {
    const res = await app.inject(`/api/v1/benefits?category=${encodeURIComponent('不存在')}`);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('INVALID_CATEGORY');
    expect(error.message).toContain('loan（信易贷）');
    expect(error.message).toContain('employment（信易就业）');
    expect(error.requestId).toBe(res.headers['x-request-id']);
  });

  it('rejects unknown query parameters instead of ignoring them', async () => {
    const res = await app.inject('/api/v1/benefits?colour=red');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/benefits/:id', () => {
  it('returns criteria in plain words, basis and how to apply', async () => {
    const res = await app.inject('/api/v1/benefits/loan-sme-credit');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.criteria.length).toBeGreaterThan(0);
    expect(body.criteria[0].text).toMatch(/[\u4e00-\u9fa5]/);
    expect(body.basis[0].ref).toBeTruthy();
    expect(body.howToApply).toBeTruthy();
  });

  it('answers 404 in the error shape for an unknown id', async () => {
    const res = await app.inject('/api/v1/benefits/no-such-benefit');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GET /api/v1/benefits?city=', () => {
  it('gives a city’s own benefits and the province-wide ones', async () => {
    const res = await app.inject(`/api/v1/benefits?city=${encodeURIComponent('济南市')}`);
    expect(res.statusCode).toBe(200);
    const regions = new Set((res.json().items as { region: string }[]).map((b) => b.region));
    expect([...regions].every((r) => r === '济南市' || r === '全省')).toBe(true);
    expect(regions.has('全省')).toBe(true);
  });
});
