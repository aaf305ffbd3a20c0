import { PDF } from '@xinyong/test-support/files';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable, SqlClient } from '../../src/db/client';
import { kyselyOver } from '../../src/db/kysely';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { DEMO_STAFF } from '../../src/demo/staff';
import { AppError } from '../../src/errors';
import { attachmentsRepository } from '../../src/repositories/attachments';
import { casesRepository } from '../../src/repositories/cases';
import { commitmentsRepository } from '../../src/repositories/commitments';
import { recordsRepository } from '../../src/repositories/records';
import { uploadCheckPool } from '../../src/uploads/check-pool';
import { createTestApp } from '../helpers';
import { bearer, devLogin } from '../self-service.helpers';

let app: FastifyInstance;
let db: SqlClient;
beforeAll(async () => {
  ({ app, db } = await createTestApp({}, { demo: true }));
});
// These cases attach no file: the pool's workers are never started.
const checks = uploadCheckPool();
afterAll(async () => {
  await checks.close();
  await app.close();
});

const casesOver = (q: Queryable) =>
  casesRepository(q, {
    records: recordsRepository(q),
    attachments: attachmentsRepository(kyselyOver(q), checks),
    commitments: commitmentsRepository(kyselyOver(q)),
  });
const key = () => `cases-${Math.random().toString(36).slice(2)}-${Date.now()}`;

async function fileRepair(): Promise<string> {
  const li = await devLogin(app, 'li');
  await app.inject({ method: 'POST', url: '/api/v1/me/acting', headers: bearer(li), payload: { entityCode: DEMO_ENTITIES.xiaochi.code } });
  const { items } = (await app.inject({ url: '/api/v1/me/records', headers: bearer(li) })).json();
  const record = items.find((r: { decisionNo: string }) => r.decisionNo === DEMO_DECISION_NUMBERS.xiaochiRepairable);
  const pdf = PDF;
  const boundary = '----cases-test';
  const upload = await app.inject({
    method: 'POST',
    url: '/api/v1/me/attachments',
    headers: { ...bearer(li), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  const current = (await app.inject({ url: '/api/v1/commitment-texts/current' })).json();
  const commitment = await app.inject({
    method: 'POST',
    url: '/api/v1/me/commitments',
    headers: { ...bearer(li), 'idempotency-key': key() },
    payload: { version: current.version, matter: 'credit-repair', agreed: true },
  });
  const filed = await app.inject({
    method: 'POST',
    url: '/api/v1/me/repairs',
    headers: { ...bearer(li), 'idempotency-key': key() },
    payload: { recordId: record.id, proofAttachmentIds: [upload.json().id], commitmentId: commitment.json().id },
  });
  expect(filed.statusCode).toBe(201);
  return filed.json().id as string;
}

describe('one decision per case', () => {
  it('refuses a decision made on a case that moved on since the reviewer read it, and the record follows the decision that stands', async () => {
    const id = await fileRepair();
    const cases = casesOver(db);
    const department = DEMO_STAFF.shizhong.department;
    // Two reviewers open the same application while it is 审核中.
    const first = await cases.forStaff('repair', id, department);
    const second = await cases.forStaff('repair', id, department);
    expect([first.status, second.status]).toEqual(['submitted', 'submitted']);

    await db.transaction(async (tx) => {
      await casesOver(tx).decideRepair(first, 1, { outcome: 'rejected', reason: '缴款凭证不清晰，请重新上传。' }, app.today());
    });
    const late = await db
      .transaction(async (tx) =>
        casesOver(tx).decideRepair(second, 2, { outcome: 'approved', reason: '材料齐全，同意修复。' }, app.today()),
      )
      .catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AppError);
    expect(late).toMatchObject({ statusCode: 409, code: 'CASE_ALREADY_MOVED' });
    expect((late as AppError).message).toContain('未通过');

    const { rows } = await db.query<{ status: string; decision_reason: string; repaired_on: string | null; events: number }>(
      `SELECT r.status, r.decision_reason, p.repaired_on,
              (SELECT count(*)::int FROM repair_events e WHERE e.application_id = r.id) AS events
       FROM repair_applications r JOIN penalties p ON p.id = r.record_id WHERE r.public_id = $1`,
      [id],
    );
    expect(rows[0]).toMatchObject({ status: 'rejected', decision_reason: '缴款凭证不清晰，请重新上传。', repaired_on: null, events: 2 });
  });
});
