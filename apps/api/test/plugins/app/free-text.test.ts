import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { createTestApp } from '../../helpers';
import { bearer, devLogin } from '../../self-service.helpers';

// Free text is measured and stored as a reader sees it, and text that may be published carries no identifiers.
let app: FastifyInstance;
let zhang: string;
let li: string;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
  [zhang, li] = [await devLogin(app, 'zhang'), await devLogin(app, 'li')];
});
afterAll(() => app.close());

const key = () => `free-text-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';

async function recordId(token: string, decisionNo: string): Promise<string> {
  const { items } = (await app.inject({ url: '/api/v1/me/records', headers: bearer(token) })).json();
  return items.find((r: { decisionNo: string }) => r.decisionNo === decisionNo).id;
}

describe('invisible characters', () => {
  it('do not count towards the 10 characters an objection needs', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(zhang),
      payload: { entityCode: DEMO_ENTITIES.huaxia.code },
    });
    const recordIdValue = await recordId(zhang, DEMO_DECISION_NUMBERS.huaxiaInDisplay);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      headers: { ...bearer(zhang), 'idempotency-key': key() },
      payload: { recordId: recordIdValue, reason: `有误${ZERO_WIDTH}${ZERO_WIDTH}`, attachmentIds: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('至少需要 10 个字符');
  });

  it('are removed from what is stored', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(li),
      payload: { entityCode: DEMO_ENTITIES.xiaochi.code },
    });
    const { current } = (await app.inject({ url: '/api/v1/me/commitments', headers: bearer(li) })).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/commitments',
      headers: { ...bearer(li), 'idempotency-key': key() },
      payload: { version: current.version, matter: 'credit-repair', note: `信用${ZERO_WIDTH}修复`, agreed: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().note).toBe('信用修复');
  });
});

describe('identifiers and a business’s commitment', () => {
  it('never reach the public profile: the matter is a code of the list, the note stays with the signer', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/acting',
      headers: bearer(li),
      payload: { entityCode: DEMO_ENTITIES.xiaochi.code },
    });
    const { current } = (await app.inject({ url: '/api/v1/me/commitments', headers: bearer(li) })).json();
    const typed = '王五 身份证370102199001011237 手机13812345678';
    const asMatter = await app.inject({
      method: 'POST',
      url: '/api/v1/me/commitments',
      headers: { ...bearer(li), 'idempotency-key': key() },
      payload: { version: current.version, matter: typed, agreed: true },
    });
    expect(asMatter.statusCode).toBe(400);
    const asNote = await app.inject({
      method: 'POST',
      url: '/api/v1/me/commitments',
      headers: { ...bearer(li), 'idempotency-key': key() },
      payload: { version: current.version, matter: 'voluntary', note: typed, agreed: true },
    });
    expect(asNote.statusCode).toBe(201);
    const profile = await app.inject({ url: `/api/v1/entities/${DEMO_ENTITIES.xiaochi.code}` });
    expect(profile.json().commitments).toContainEqual(expect.objectContaining({ matter: '主动向社会作出信用承诺', signedBy: '李**' }));
    expect(profile.body).not.toContain('13812345678');
    expect(profile.body).not.toContain('370102199001011237');
  });
});
