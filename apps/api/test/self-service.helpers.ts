import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function devLogin(app: FastifyInstance, citizen: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/dev-login', payload: { citizen } });
  expect(res.statusCode).toBe(200);
  return res.json().token as string;
}

/** What a stranger gets must carry no data: the error shape and nothing else. */
export function expectNoData(res: { statusCode: number; json: () => Record<string, unknown> }, statuses: number[]) {
  expect(statuses).toContain(res.statusCode);
  expect(Object.keys(res.json())).toEqual(['error']);
}
