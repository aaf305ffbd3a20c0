import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await createTestApp());
});
afterAll(() => app.close());

describe('system routes', () => {
  it('reports version and database status', async () => {
    const res = await app.inject('/api/v1/health');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.database.status).toBe('up');
    expect(body.database.migration).toBeGreaterThanOrEqual(1);
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const res = await app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    const { error } = res.json();
    expect(error.code).toBe('ROUTE_NOT_FOUND');
    expect(error.message).toMatch(/找不到/);
    expect(error.requestId).toBeTruthy();
  });

  it('serves an OpenAPI 3 document that covers the benefit routes with contract schemas', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/benefits', '/api/v1/benefits/{id}']));
    const categoryParam = doc.paths['/api/v1/benefits'].get.parameters.find((p: { name: string }) => p.name === 'category');
    expect(categoryParam.schema.enum).toContain('loan');
  });

  it('serves the interactive reference page without outside resources', async () => {
    const res = await app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger-ui');
    expect(res.body).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
  });

  it('never shows a stack trace: a broken request gets the error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/benefits/%E0%A4%A' });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.json().error.code).toBeTruthy();
  });
});
