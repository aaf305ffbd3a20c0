import { PDF } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/auth/totp';
import { DEMO_CASES } from '../../../src/demo/cases';
import { DEMO_DECISION_NUMBERS } from '../../../src/demo/fixed';
import { DEMO_CONSOLE_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';
import { bearer, devLogin } from '../../self-service.helpers';

// The case page: the history of the case (every event with who and when, the applicant masked) and a PDF's pages as
// pictures rendered on the server.
let app: FastifyInstance;
let reviewer = '';
let filed = { objection: '', attachment: '' };
const now = new Date('2026-12-01T02:00:05Z');
const key = () => `case-page-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const get = (url: string, purpose = '审核异议申请') =>
  app.inject({ url: `/api/v1${url}`, headers: { ...bearer(reviewer), 'x-access-purpose': encodeURIComponent(purpose) } });

beforeAll(async () => {
  ({ app } = await createTestApp({ rateLimitScale: 100 }, { demo: true, build: { clock: () => now } }));
  const cg = DEMO_CONSOLE_STAFF.chengguan;
  reviewer = (
    await app.inject({
      method: 'POST',
      url: '/api/v1/staff/login',
      payload: { username: cg.username, password: cg.password, totp: totpCode(cg.totpSecret, now) },
    })
  ).json().token;
  const zhang = await devLogin(app, 'zhang');
  const boundary = '----case-page';
  const up = await app.inject({
    method: 'POST',
    url: '/api/v1/me/attachments',
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="approval.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...bearer(zhang) },
  });
  expect(up.statusCode, up.body).toBe(201);
  const records = (await app.inject({ url: '/api/v1/me/records', headers: bearer(zhang) })).json().items as {
    id: string;
    decisionNo: string;
  }[];
  const record = records.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.zhangPenalty);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/me/objections',
    payload: { recordId: record?.id, reason: '当天我在外地出差，有审批单为证，这条处罚不是我。', attachmentIds: [up.json().id] },
    headers: { ...bearer(zhang), 'idempotency-key': key() },
  });
  expect(res.statusCode, res.body).toBe(201);
  filed = { objection: res.json().id, attachment: up.json().id };
});
afterAll(() => app.close());

describe('the case page', () => {
  it('shows every step with when and who: the applicant masked, the reviewer with their department', async () => {
    const decided = await app.inject({
      method: 'POST',
      url: `/api/v1/staff/objections/${filed.objection}/decision`,
      payload: { outcome: 'accepted', reason: '材料齐全，予以受理。' },
      headers: { ...bearer(reviewer), 'idempotency-key': key() },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const history = (await get(`/staff/objections/${filed.objection}`)).json().history;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ status: 'submitted', statusLabel: '已提交，待受理' });
    expect(history[0].who).toMatch(/^申请人 张\*+$/);
    expect(history[1]).toMatchObject({
      status: 'accepted',
      statusLabel: '已受理，核实中',
      who: `${DEMO_CONSOLE_STAFF.chengguan.department} ${DEMO_CONSOLE_STAFF.chengguan.displayName}`,
      note: '材料齐全，予以受理。',
    });
    expect(Date.parse(history[0].at)).toBeLessThanOrEqual(Date.parse(history[1].at));
    expect(JSON.stringify(history)).not.toContain('张三丰');
  });

  it('gives a PDF with pictures of its pages, rendered on the server', async () => {
    const res = await get(`/staff/objections/${filed.objection}/evidence/${filed.attachment}`, '核实异议材料');
    expect(res.statusCode).toBe(200);
    const { pages, mediaType } = res.json();
    expect(mediaType).toBe('application/pdf');
    expect(pages).toMatchObject({ rendered: true, shown: 1 });
    const png = Buffer.from(pages.pngBase64[0], 'base64');
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.height).toBe(1400);
  });

  it('shows the demo case accepted by the demo reviewer in its history', async () => {
    const history = (await get(`/staff/objections/${DEMO_CASES.dueSoon.id}`)).json().history;
    expect(history.map((e: { status: string }) => e.status)).toEqual(['submitted', 'accepted']);
    expect(history[1].who).toBe(`${DEMO_CONSOLE_STAFF.chengguan.department} ${DEMO_CONSOLE_STAFF.chengguan.displayName}`);
    expect(history[0].who).toBe('申请人');
  });
});
