import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRealNameVerifier } from '../../../src/auth/real-name';
import { wechatClient } from '../../../src/auth/wechat';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_CITIZENS } from '../../../src/demo/citizens';
import { DEMO_DECISION_NUMBERS } from '../../../src/demo/fixed';
import { createTestApp } from '../../helpers';
import { bearer } from '../../self-service.helpers';
import type { StandIn } from '../../stand-ins/http';
import { REAL_NAME_STAND_IN_KEY, startRealNameStandIn } from '../../stand-ins/real-name';
import { startWechatStandIn, WECHAT_STAND_IN_APPID, WECHAT_STAND_IN_SECRET } from '../../stand-ins/wechat';

// The real clients, against local stand-ins that check what they receive: WeChat's and the real-name
// platform's servers cannot be reached from here.
let app: FastifyInstance;
let db: SqlClient;
let wechat: StandIn;
let realName: StandIn;
const zhang = DEMO_CITIZENS.zhang;

beforeAll(async () => {
  wechat = await startWechatStandIn();
  realName = await startRealNameStandIn({ tickets: { 'ticket-zhang': { person: { name: zhang.name, idNumber: zhang.idNumber } } } });
  ({ app, db } = await createTestApp(
    {},
    {
      demo: true,
      build: {
        identity: {
          wechat: wechatClient({ baseUrl: wechat.baseUrl, appId: WECHAT_STAND_IN_APPID, appSecret: WECHAT_STAND_IN_SECRET }),
          realName: httpRealNameVerifier({ baseUrl: realName.baseUrl, apiKey: REAL_NAME_STAND_IN_KEY }),
        },
      },
    },
  ));
});
afterAll(async () => {
  await app.close();
  await wechat.close();
  await realName.close();
});

const post = (url: string, payload: unknown, token?: string) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: token ? bearer(token) : {} });

describe('WeChat login and real-name verification', () => {
  it('logs in with a wx.login code, verifies the real name, then reads my records', async () => {
    const login = await post('/api/v1/auth/wechat', { code: 'valid-zhang.1' });
    expect(login.statusCode).toBe(200);
    expect(login.json().verified).toBe(false);
    const unverified = login.json().token;
    expect((await app.inject({ url: '/api/v1/me/records', headers: bearer(unverified) })).json().error.code).toBe('VERIFICATION_REQUIRED');

    const verified = await post('/api/v1/auth/verify', { name: zhang.name, idNumber: zhang.idNumber, ticket: 'ticket-zhang' }, unverified);
    expect(verified.statusCode).toBe(200);
    expect(verified.body).not.toContain(zhang.idNumber);
    const token = verified.json().token;
    expect(token).not.toBe(unverified);
    expect((await app.inject({ url: '/api/v1/me', headers: bearer(unverified) })).statusCode).toBe(401);

    const records = (await app.inject({ url: '/api/v1/me/records', headers: bearer(token) })).json();
    expect(records.items.map((r: { decisionNo: string }) => r.decisionNo)).toContain(DEMO_DECISION_NUMBERS.zhangPenalty);

    // What the platform received: the ID number in the JSON body only, never in a URL.
    const call = realName.received.at(-1);
    expect(call?.url).toBe('/v1/verify');
    expect(call?.body).toContain(zhang.idNumber);
    expect(wechat.received.at(-1)?.query).toMatchObject({
      appid: WECHAT_STAND_IN_APPID,
      secret: WECHAT_STAND_IN_SECRET,
      js_code: 'valid-zhang.1',
      grant_type: 'authorization_code',
    });

    // Next time, the same WeChat user is recognised without verifying again.
    const again = await post('/api/v1/auth/wechat', { code: 'valid-zhang.2' });
    expect(again.json().verified).toBe(true);

    // The openid is stored only as a keyed hash.
    const { rows } = await db.query<{ openid_hash: Uint8Array }>('SELECT openid_hash FROM wechat_identities');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('maps WeChat errors to clear messages and stable codes', async () => {
    const used = await post('/api/v1/auth/wechat', { code: 'used-code' });
    expect(used.statusCode).toBe(400);
    expect(used.json().error.code).toBe('WECHAT_CODE_USED');
    const busy = await post('/api/v1/auth/wechat', { code: 'busy' });
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses an invalid ID number before asking the platform, and a mismatch after', async () => {
    const token = (await post('/api/v1/auth/wechat', { code: 'valid-someone' })).json().token;
    const calls = realName.received.length;
    const bad = await post(
      '/api/v1/auth/verify',
      { name: zhang.name, idNumber: `${zhang.idNumber.slice(0, 17)}0`, ticket: 'ticket-zhang' },
      token,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ID_NUMBER');
    expect(bad.body).not.toContain(zhang.idNumber.slice(0, 17));
    expect(realName.received.length).toBe(calls);
    const mismatch = await post('/api/v1/auth/verify', { name: '李四海', idNumber: zhang.idNumber, ticket: 'ticket-zhang' }, token);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.code).toBe('REALNAME_MISMATCH');
  });
});
