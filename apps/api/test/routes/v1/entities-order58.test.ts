import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { createTestApp } from '../../helpers';

// Issue 13's case: 示例华夏贸易有限公司's food penalty decided 2024-11-22 falls under 国家发展改革委令第58号 (decisions
// 2023-05-01 … 2026-03-31): at least 1 year in food, at most 3 years. The public sees it until 2027-11-21, not after.
// The app's clock is moved (the house way: buildApp's clock), never the machine's.
let now = new Date('2027-11-21T04:00:00Z');
let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true, build: { clock: () => now } }));
});
afterAll(() => app?.close());

const shown = async () => {
  const res = await app.inject(`/api/v1/entities/${DEMO_ENTITIES.huaxia.code}`);
  expect(res.statusCode).toBe(200);
  return (res.json().penalties as { decisionNo: string; decisionDate: string; displayEnd: string }[]).find(
    (p) => p.decisionNo === DEMO_DECISION_NUMBERS.huaxiaOrder58Food,
  );
};

describe('the demo food penalty of 2024-11-22 on the public profile (Order 58)', () => {
  it('is shown on 2027-11-21, its last day, with that end', async () => {
    now = new Date('2027-11-21T15:59:59Z'); // 23:59:59 in China
    expect(await shown()).toMatchObject({ decisionDate: '2024-11-22', displayEnd: '2027-11-21' });
  });

  it('is gone on 2027-11-22 in China, even while it is still the 21st in UTC', async () => {
    now = new Date('2027-11-21T16:00:00Z'); // 00:00 on the 22nd in China
    expect(await shown()).toBeUndefined();
  });

  it('was shown a year after the decision, where the 527号 split would have ended it', async () => {
    now = new Date('2025-12-01T04:00:00Z');
    expect(await shown()).toMatchObject({ displayEnd: '2027-11-21' });
  });
});
