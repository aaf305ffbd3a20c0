import { urgencyOf } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../src/demo/cases';
import { DEMO_STAFF } from '../../src/demo/staff';
import { createTestApp } from '../helpers';
import { bearer } from '../self-service.helpers';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
});
afterAll(() => app.close());

describe('the console’s demo queue', () => {
  it('has one objection past its working-day deadline and one due within two working days', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username: DEMO_STAFF.chengguan.username, password: DEMO_STAFF.chengguan.password },
    });
    const queue = (await app.inject({ url: '/api/v1/staff/queue?kind=objection', headers: bearer(login.json().token) })).json();
    const overdue = queue.items.find((i: { id: string }) => i.id === DEMO_CASES.overdue.id);
    const dueSoon = queue.items.find((i: { id: string }) => i.id === DEMO_CASES.dueSoon.id);
    expect(overdue).toMatchObject({ status: 'submitted', overdue: true });
    expect(urgencyOf(overdue)).toBe('overdue');
    expect(dueSoon).toMatchObject({ status: 'accepted', overdue: false, workingDaysLeft: 1 });
    expect(urgencyOf(dueSoon)).toBe('dueSoon');
    expect(queue.overdue).toBeGreaterThanOrEqual(1);
  });
});
