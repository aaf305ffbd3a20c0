import type { AddressInfo } from 'node:net';
import { ConflictError, createClient, NotFoundError } from '@xinyong/api-client';
import { PDF as PDF_FILE } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/db/client';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { DEMO_STAFF } from '../../../src/demo/staff';
import { verifyAccessLog } from '../../../src/repositories/access-log';
import { createTestApp } from '../../helpers';

let app: FastifyInstance;
let db: SqlClient;
let baseURL: string;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseURL = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => app.close());

const PDF = new Blob([PDF_FILE], { type: 'application/pdf' });

describe('the repair journey, end to end through @xinyong/api-client', () => {
  it('eligible record → application → staff approval → gone from the public profile → repaired in my records', async () => {
    const citizen = createClient({ baseURL, retryBaseDelayMs: 0 });
    await citizen.auth.devLogin('li');
    await citizen.me.actFor(DEMO_ENTITIES.xiaochi.code);

    const publicBefore = await createClient({ baseURL }).entities.profile(DEMO_ENTITIES.xiaochi.code);
    expect(publicBefore.penalties.map((p) => p.decisionNo)).toContain(DEMO_DECISION_NUMBERS.xiaochiRepairable);

    const record = (await citizen.me.records()).items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
    if (!record) throw new Error('the repairable demo record is missing');
    const eligibility = await citizen.repairs.eligibility(record.id);
    expect(eligibility).toMatchObject({ eligible: true, feeYuan: 0, deadlineWorkingDays: 10, minimumPeriod: '3 个月' });
    expect(eligibility.materials).toHaveLength(2);

    const proof = await citizen.attachments.upload(PDF, 'fine-receipt.pdf');
    const { current } = await citizen.commitments.list();
    const commitment = await citizen.commitments.sign({ version: current.version, matter: 'credit-repair', agreed: true });
    const application = await citizen.repairs.create({ recordId: record.id, proofAttachmentIds: [proof.id], commitmentId: commitment.id });
    expect(application).toMatchObject({ status: 'submitted', feeYuan: 0, deadlineWorkingDays: 10 });
    // The sentences the screens show are the rules' (content/rules), not the app's.
    expect(application.feeText).toBe(eligibility.feeText);
    expect(application.deadlineText).toBe(eligibility.deadlineText);
    expect(application.queryCode).toMatch(/^[2-9A-Z]{12}$/);

    // One application per record at a time.
    await expect(
      citizen.repairs.create({ recordId: record.id, proofAttachmentIds: [proof.id], commitmentId: commitment.id }),
    ).rejects.toBeInstanceOf(ConflictError);

    // Anyone with the query code sees progress, and nothing personal.
    const anonymous = createClient({ baseURL });
    const progress = await anonymous.repairs.progress({ queryCode: application.queryCode.toLowerCase() });
    expect(progress).toMatchObject({
      status: 'submitted',
      feeYuan: 0,
      feeText: eligibility.feeText,
      deadlineText: eligibility.deadlineText,
    });
    expect(JSON.stringify(progress)).not.toContain(DEMO_ENTITIES.xiaochi.name);
    await expect(anonymous.repairs.progress({ queryCode: 'ZZZZZZZZZZZZ' })).rejects.toBeInstanceOf(NotFoundError);

    const reviewer = createClient({ baseURL, retryBaseDelayMs: 0 });
    await reviewer.staff.login(DEMO_STAFF.shizhong.username, DEMO_STAFF.shizhong.password);
    const queue = await reviewer.staff.queue('repair');
    expect(queue.items.map((i) => i.id)).toContain(application.id);
    await reviewer.staff.getCase('repair', application.id, '审核信用修复材料');
    await reviewer.staff.decideRepair(application.id, { outcome: 'approved', reason: '罚款已缴清，已整改，材料齐全，同意修复。' });

    const publicAfter = await anonymous.entities.profile(DEMO_ENTITIES.xiaochi.code);
    expect(publicAfter.penalties.map((p) => p.decisionNo)).not.toContain(DEMO_DECISION_NUMBERS.xiaochiRepairable);

    citizen.clearPersonalData();
    const mine = (await citizen.me.records()).items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
    expect(mine).toMatchObject({ status: '已修复', publiclyShown: false, repair: { status: 'approved' } });
    expect((await anonymous.repairs.progress({ queryCode: application.queryCode })).status).toBe('approved');

    const log = await citizen.me.accessLog();
    expect(log.items.some((e) => e.who === '济南市市中区市场监督管理局 审核员' && e.purpose === '审核信用修复材料')).toBe(true);
    expect((await verifyAccessLog(db)).ok).toBe(true);
    await citizen.auth.logout();
  });
});
