import { PNG } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../../../src/auth/lockout';
import { totpCode } from '../../../src/auth/totp';
import { DEMO_DECISION_NUMBERS } from '../../../src/demo/fixed';
import { DEMO_CONSOLE_STAFF, DEMO_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';
import { bearer, devLogin, expectNoData } from '../../self-service.helpers';

// The staff console's accounts: a second factor, lockout, roles on the server, and evidence through a logged route.
let app: FastifyInstance;
// The app's clock: a test moves it on (30 seconds for a new code, 15 minutes past a lock) instead of waiting.
let now = new Date('2026-12-01T02:00:05Z');
beforeAll(async () => {
  // Every login here comes from one address; the per-address rate limit is another test's business.
  ({ app } = await createTestApp({ rateLimitScale: 100 }, { demo: true, build: { clock: () => now } }));
});
afterAll(() => app.close());

const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
const login = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/staff/login', payload });
const code = (account: { totpSecret: string }) => totpCode(account.totpSecret, now);
async function consoleToken(account: (typeof DEMO_CONSOLE_STAFF)[keyof typeof DEMO_CONSOLE_STAFF]): Promise<string> {
  later(31); // each login spends its step's code
  const res = await login({ username: account.username, password: account.password, totp: code(account) });
  expect(res.statusCode).toBe(200);
  return res.json().token;
}
const get = (url: string, token?: string, purpose?: string) =>
  app.inject({
    url: `/api/v1${url}`,
    headers: { ...(token ? bearer(token) : {}), ...(purpose ? { 'x-access-purpose': encodeURIComponent(purpose) } : {}) },
  });

describe('logging in with a second factor', () => {
  const cg = DEMO_CONSOLE_STAFF.chengguan;

  it('asks for the code after the right password, refuses a wrong one, and accepts the authenticator’s code once', async () => {
    const without = await login({ username: cg.username, password: cg.password });
    expect(without.statusCode).toBe(401);
    expect(without.json().error.code).toBe('TOTP_REQUIRED');
    const wrong = await login({ username: cg.username, password: cg.password, totp: code(cg) === '000000' ? '111111' : '000000' });
    expect(wrong.json().error.code).toBe('INVALID_TOTP');
    const ok = await login({ username: cg.username, password: cg.password, totp: code(cg) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The same code seen over a shoulder does not open a second session.
    const replay = await login({ username: cg.username, password: cg.password, totp: code(cg) });
    expect(replay.json().error.code).toBe('INVALID_TOTP');
    // A wrong password never reaches the question of the code.
    const badPassword = await login({ username: cg.username, password: 'not-the-password', totp: code(cg) });
    expect(badPassword.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it(`locks the account after ${LOCKOUT.attempts} wrong attempts, even for the right password, until ${LOCKOUT.minutes} minutes have passed`, async () => {
    const auditor = DEMO_CONSOLE_STAFF.auditor;
    later(31);
    for (let i = 1; i < LOCKOUT.attempts; i++) {
      const res = await login({ username: auditor.username, password: `wrong-${i}` });
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    }
    const last = await login({ username: auditor.username, password: 'wrong-last' });
    expect(last.statusCode).toBe(403);
    expect(last.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(last.json().error.message).toContain(`${LOCKOUT.minutes} 分钟`);
    const right = await login({ username: auditor.username, password: auditor.password, totp: code(auditor) });
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    later(LOCKOUT.minutes * 60 + 1);
    const after = await login({ username: auditor.username, password: auditor.password, totp: code(auditor) });
    expect(after.statusCode).toBe(200);
  });

  it('lets the development reviewers without a second factor in outside production only', async () => {
    const res = await login({ username: DEMO_STAFF.chengguan.username, password: DEMO_STAFF.chengguan.password });
    expect(res.statusCode).toBe(200);
    // Where a second factor is required (always in production), the same account is refused, and says why.
    const strict = await createTestApp({ staffTotpRequired: true }, { demo: true });
    try {
      const refused = await strict.app.inject({
        method: 'POST',
        url: '/api/v1/staff/login',
        payload: { username: DEMO_STAFF.chengguan.username, password: DEMO_STAFF.chengguan.password },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('TOTP_NOT_ENROLLED');
      expect(Object.keys(refused.json())).toEqual(['error']);
    } finally {
      await strict.app.close();
    }
  });
});

describe('roles, enforced on the server', () => {
  it('tells each account who it is', async () => {
    const me = (await get('/staff/me', await consoleToken(DEMO_CONSOLE_STAFF.creditOffice))).json();
    expect(me).toMatchObject({ username: 'console-credit-office', roles: ['credit_office'], roleLabels: ['信用办管理员'] });
    expectNoData(await get('/staff/me'), [401]);
    expectNoData(await get('/staff/me', await devLogin(app, 'zhang')), [403]);
  });

  it('gives the account list to the credit office only, without hashes or secrets', async () => {
    const list = await get('/staff/accounts', await consoleToken(DEMO_CONSOLE_STAFF.creditOffice));
    expect(list.statusCode).toBe(200);
    const usernames = list.json().items.map((a: { username: string }) => a.username);
    expect(usernames).toEqual(expect.arrayContaining(['console-chengguan', 'reviewer-shizhong', 'console-auditor']));
    expect(list.body).not.toMatch(/scrypt|totp_secret|JBSWY3DP/);
    const enrolled = list.json().items.find((a: { username: string }) => a.username === 'console-chengguan');
    expect(enrolled).toMatchObject({ secondFactor: true, roleLabels: ['部门审核员'] });
    const refused = await get('/staff/accounts', await consoleToken(DEMO_CONSOLE_STAFF.chengguan));
    expectNoData(refused, [403]);
    expect(refused.json().error.code).toBe('ROLE_FORBIDDEN');
  });

  it('keeps the queue and the decisions from an auditor and the credit office, who decide no department’s cases', async () => {
    for (const account of [DEMO_CONSOLE_STAFF.auditor, DEMO_CONSOLE_STAFF.creditOffice]) {
      const res = await get('/staff/queue?kind=objection', await consoleToken(account));
      expectNoData(res, [403]);
      expect(res.json().error.message).toBe('这个功能只对部门审核员开放。');
    }
    expect((await get('/staff/queue?kind=objection', await consoleToken(DEMO_CONSOLE_STAFF.chengguan))).statusCode).toBe(200);
  });
});

describe('evidence through an authorised route', () => {
  async function upload(zhang: string): Promise<string> {
    const boundary = '----staff-test';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ticket.png"\r\nContent-Type: image/png\r\n\r\n`),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await app.inject({
      method: 'POST',
      url: '/api/v1/me/attachments',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...bearer(zhang) },
    });
    expect(up.statusCode).toBe(201);
    return up.json().id;
  }

  // One objection per record at a time: Zhang's, with a photo, filed once for these tests.
  let filed: { objection: string; attachment: string; zhang: string };
  beforeAll(async () => {
    const zhang = await devLogin(app, 'zhang');
    const attachment = await upload(zhang);
    const records = (await get('/me/records', zhang)).json().items as { id: string; decisionNo: string }[];
    const record = records.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.zhangPenalty);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/objections',
      payload: { recordId: record?.id, reason: '当天我在外地出差，有火车票为证，这条处罚不是我。', attachmentIds: [attachment] },
      headers: { ...bearer(zhang), 'idempotency-key': `staff-test-${Math.random().toString(36).slice(2)}-${Date.now()}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    filed = { objection: res.json().id, attachment, zhang };
  });

  it('shows the department’s reviewer the file itself and logs the read in the applicant’s access log', async () => {
    const { objection, attachment, zhang } = filed;
    const reviewer = await consoleToken(DEMO_CONSOLE_STAFF.chengguan);
    const url = `/staff/objections/${objection}/evidence/${attachment}`;
    const res = await get(url, reviewer, '核实异议材料');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: attachment, mediaType: 'image/png', byteSize: PNG.length });
    expect(Buffer.from(res.json().contentBase64, 'base64').equals(PNG)).toBe(true);
    const log = (await get('/me/access-log', zhang)).json().items as { who: string; purpose: string; fields: string[] }[];
    expect(log).toContainEqual(expect.objectContaining({ who: '济南市城市管理局 审核员', purpose: '核实异议材料', fields: ['异议材料'] }));
  });

  it('gives nothing to a stranger, a citizen, a reviewer of another department, or for a file of another case', async () => {
    const { objection, attachment, zhang } = filed;
    const evidenceReads = async () =>
      ((await get('/me/access-log', zhang)).json().items as { fields: string[] }[]).filter((e) => e.fields.join() === '异议材料').length;
    const before = await evidenceReads();
    const url = `/staff/objections/${objection}/evidence/${attachment}`;
    expectNoData(await get(url, undefined, '核实异议材料'), [401]);
    expectNoData(await get(url, zhang, '核实异议材料'), [403]);
    const shizhong = (await login({ username: DEMO_STAFF.shizhong.username, password: DEMO_STAFF.shizhong.password })).json().token;
    expectNoData(await get(url, shizhong, '核实异议材料'), [403, 404]);
    expectNoData(await get(url, await consoleToken(DEMO_CONSOLE_STAFF.auditor), '核实异议材料'), [403]);
    // A file the applicant uploaded but did not attach to this objection.
    const stray = await upload(zhang);
    const reviewer = await consoleToken(DEMO_CONSOLE_STAFF.chengguan);
    expectNoData(await get(`/staff/objections/${objection}/evidence/${stray}`, reviewer, '核实异议材料'), [404]);
    // None of those refusals wrote a line in the applicant's log.
    expect(await evidenceReads()).toBe(before);
  });
});
