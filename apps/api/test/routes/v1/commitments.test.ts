import type { AddressInfo } from 'node:net';
import { ApiError, createClient } from '@xinyong/api-client';
import { PDF as PDF_FILE } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../../src/demo/fixed';
import { DEMO_STAFF } from '../../../src/demo/staff';
import { createTestApp } from '../../helpers';

// What a business's commitment shows in public comes from a closed list; the signer is named masked; the note stays
// private; a commitment can be withdrawn as packages/domain commitmentWithdrawal allows.
let app: FastifyInstance;
let baseURL: string;
beforeAll(async () => {
  ({ app } = await createTestApp({}, { demo: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseURL = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => app.close());

const NOTE = '门店后厨已按要求整改，承诺每月自查一次';
async function actingForXiaochi() {
  const li = createClient({ baseURL, retryBaseDelayMs: 0 });
  await li.auth.devLogin('li');
  await li.me.actFor(DEMO_ENTITIES.xiaochi.code);
  return li;
}
const publicCommitments = async () => (await createClient({ baseURL }).entities.profile(DEMO_ENTITIES.xiaochi.code)).commitments;
const errorOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof ApiError)) throw new Error(`expected an API error, got ${String(e)}`);
  return e;
};

describe('a business’s commitment in public', () => {
  it('shows only the type and the matter from the list, with the signer masked, never the note', async () => {
    const li = await actingForXiaochi();
    const { current, matters } = await li.commitments.list();
    expect(matters.map((m) => m.code)).toEqual(['credit-repair', 'xinyi-plus', 'voluntary']);

    // Free text where the matter goes is refused with a message a person can act on; so is an unknown code.
    const typed = await errorOf(li.commitments.sign({ version: current.version, matter: '王五身份证370102199001011237', agreed: true }));
    expect(typed.status).toBe(400);
    expect(typed.message).toMatch(/[\u4e00-\u9fa5]/);
    const unknown = await errorOf(li.commitments.sign({ version: current.version, matter: 'no-such-matter', agreed: true }));
    expect(unknown).toMatchObject({ status: 400, code: 'COMMITMENT_MATTER_UNKNOWN', message: '请从列表中选择承诺事项。' });

    const before = (await publicCommitments()).length;
    const signed = await li.commitments.sign({ version: current.version, matter: 'voluntary', note: NOTE, agreed: true });
    expect(signed).toMatchObject({ kind: '主动型', matter: '主动向社会作出信用承诺', note: NOTE, withdrawnOn: null });
    expect(signed.withdrawal.allowed).toBe(true);

    const shown = await publicCommitments();
    expect(shown).toHaveLength(before + 1);
    expect(shown).toContainEqual(expect.objectContaining({ kind: '主动型', matter: '主动向社会作出信用承诺', signedBy: '李**' }));
    const profile = await app.inject({ url: `/api/v1/entities/${DEMO_ENTITIES.xiaochi.code}` });
    expect(profile.body).not.toContain(NOTE);
    expect(profile.body).not.toContain('李四海');

    // A stranger sees neither the note nor the commitment among theirs, and cannot withdraw it.
    const zhang = createClient({ baseURL, retryBaseDelayMs: 0 });
    await zhang.auth.devLogin('zhang');
    expect(JSON.stringify(await zhang.commitments.list())).not.toContain(NOTE);
    expect(await errorOf(zhang.commitments.withdraw(signed.id))).toMatchObject({ status: 404, code: 'COMMITMENT_NOT_FOUND' });
    expect(await publicCommitments()).toHaveLength(before + 1);

    // Reading one's commitments (the note is personal) is in the access log.
    const log = await li.me.accessLog();
    expect(log.items.some((e) => e.purpose === '本人查看信用承诺')).toBe(true);
  });

  it('can be withdrawn when nothing relies on it: it leaves the public profile and stays in the signer’s list', async () => {
    const li = await actingForXiaochi();
    const { current } = await li.commitments.list();
    const signed = await li.commitments.sign({ version: current.version, matter: 'xinyi-plus', agreed: true });
    const before = await publicCommitments();
    const withdrawn = await li.commitments.withdraw(signed.id);
    expect(withdrawn.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(withdrawn.withdrawal).toMatchObject({ allowed: false, reason: expect.stringContaining('已于') });
    expect(await publicCommitments()).toHaveLength(before.length - 1);
    // A second tap answers the same; the withdrawn commitment cannot carry a repair application.
    expect((await li.commitments.withdraw(signed.id)).withdrawnOn).toBe(withdrawn.withdrawnOn);
    const mine = (await li.commitments.list()).signed.find((c) => c.id === signed.id);
    expect(mine?.withdrawnOn).toBe(withdrawn.withdrawnOn);
    const record = (await li.me.records()).items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
    if (!record) throw new Error('the repairable demo record is missing');
    const proof = await li.attachments.upload(new Blob([PDF_FILE], { type: 'application/pdf' }), 'receipt.pdf');
    expect(
      await errorOf(li.repairs.create({ recordId: record.id, proofAttachmentIds: [proof.id], commitmentId: signed.id })),
    ).toMatchObject({ status: 409, code: 'COMMITMENT_WITHDRAWN' });
  });

  it('cannot be withdrawn while a repair application carries it, nor after a repair decision rests on it', async () => {
    const li = await actingForXiaochi();
    const { current } = await li.commitments.list();
    const signed = await li.commitments.sign({ version: current.version, matter: 'credit-repair', agreed: true });
    const record = (await li.me.records()).items.find((r) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
    if (!record) throw new Error('the repairable demo record is missing');
    const proof = await li.attachments.upload(new Blob([PDF_FILE], { type: 'application/pdf' }), 'receipt.pdf');
    const application = await li.repairs.create({ recordId: record.id, proofAttachmentIds: [proof.id], commitmentId: signed.id });

    const inUse = await errorOf(li.commitments.withdraw(signed.id));
    expect(inUse).toMatchObject({ status: 409, code: 'COMMITMENT_IN_USE' });
    expect(inUse.message).toContain('请先撤回那件申请');
    expect((await li.commitments.list()).signed.find((c) => c.id === signed.id)?.withdrawal.allowed).toBe(false);

    const reviewer = createClient({ baseURL, retryBaseDelayMs: 0 });
    await reviewer.staff.login(DEMO_STAFF.shizhong.username, DEMO_STAFF.shizhong.password);
    await reviewer.staff.getCase('repair', application.id, '审核信用修复材料');
    await reviewer.staff.decideRepair(application.id, { outcome: 'approved', reason: '罚款已缴清，已整改，材料齐全，同意修复。' });

    const reliedOn = await errorOf(li.commitments.withdraw(signed.id));
    expect(reliedOn).toMatchObject({ status: 409, code: 'COMMITMENT_RELIED_ON' });
  });
});
