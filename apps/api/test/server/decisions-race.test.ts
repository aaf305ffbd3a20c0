import { PDF } from '@xinyong/test-support/files';
import { type RunningServer, startApi } from '@xinyong/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/passwords';
import type { SqlClient } from '../../src/db/client';
import { kyselyOver } from '../../src/db/kysely';
import { openDatabase } from '../../src/db/open';
import { DEMO_DECISION_NUMBERS, DEMO_ENTITIES } from '../../src/demo/fixed';
import { DEMO_STAFF } from '../../src/demo/staff';
import { verifyAccessLog } from '../../src/repositories/access-log';
import { staffRepository } from '../../src/repositories/staff';
import { createScratchDatabase } from '../helpers';

// A double click, or two reviewers of one department, send decisions on one case at the same moment. On PostgreSQL
// these run in parallel transactions: exactly one may stand, and the record must follow that one.
const serverUrl = process.env.TEST_DATABASE_URL as string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let db: SqlClient;
let a: RunningServer;
let b: RunningServer;

const SECOND = {
  shizhong: { username: 'reviewer-shizhong-2', password: 'race-shizhong-2-2026', department: DEMO_STAFF.shizhong.department },
  chengguan: { username: 'reviewer-chengguan-2', password: 'race-chengguan-2-2026', department: DEMO_STAFF.chengguan.department },
};

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl);
  const env = { DATABASE_URL: scratch.url };
  [a, b] = await Promise.all([startApi({ env }), startApi({ env })]);
  db = await openDatabase({ databaseUrl: scratch.url });
  const staff = staffRepository(kyselyOver(db));
  for (const s of Object.values(SECOND))
    await staff.create({
      username: s.username,
      passwordHash: await hashPassword(s.password),
      displayName: '第二位审核员',
      department: s.department,
      roles: ['reviewer'],
    });
}, 120_000);
afterAll(async () => {
  await db?.close();
  await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
  await scratch?.drop();
});

/** The parts of an answer these tests read. */
interface Answer {
  id?: string;
  token?: string;
  version?: string;
  status?: string;
  items?: { id: string; decisionNo: string; repair: { status: string } | null }[];
  error?: { code: string; message: string };
}

let keys = 0;
const newKey = () => `race-${process.pid}-${Date.now()}-${++keys}`;

async function call(
  origin: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${origin}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Answer | null };
}

async function staffLogin(username: string, password: string): Promise<string> {
  const res = await call(a.origin, '/staff/login', { method: 'POST', body: { username, password } });
  expect(res.status).toBe(200);
  return res.body?.token as string;
}

async function citizen(name: string, entityCode: string | null): Promise<string> {
  const login = await call(a.origin, '/auth/dev-login', { method: 'POST', body: { citizen: name } });
  const token = login.body?.token as string;
  if (entityCode) expect((await call(a.origin, '/me/acting', { method: 'POST', token, body: { entityCode } })).status).toBe(204);
  return token;
}

async function recordOf(token: string, decisionNo: string): Promise<string> {
  const records = await call(a.origin, '/me/records', { token });
  return (records.body?.items ?? []).find((r) => r.decisionNo === decisionNo)?.id as string;
}

/** Eight decisions at once, alternating reviewer and API process, each with its own idempotency key (as separate clicks send). */
function eightAtOnce(path: string, tokens: [string, string], bodies: [object, object]) {
  return Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      call(i % 2 ? a.origin : b.origin, path, {
        method: 'POST',
        token: tokens[i % 2],
        headers: { 'idempotency-key': newKey() },
        body: bodies[(i >> 1) % 2],
      }),
    ),
  );
}

function expectOneWinner(answers: { status: number; body: Answer | null }[]) {
  const statuses = answers.map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(7);
  for (const loser of answers.filter((r) => r.status === 409)) {
    expect(['CASE_ALREADY_MOVED', 'CASE_CLOSED', 'INVALID_TRANSITION']).toContain(loser.body?.error?.code);
    expect(loser.body?.error?.message).toMatch(/[\u4e00-\u9fff]/);
  }
  return answers.find((r) => r.status === 200)?.body as { id: string; status: string };
}

describe('simultaneous decisions on one case, PostgreSQL, two API processes', () => {
  it('on a repair application: one decision stands, seven get 409, and the record agrees with the case', async () => {
    const li = await citizen('li', DEMO_ENTITIES.xiaochi.code);
    const recordId = await recordOf(li, DEMO_DECISION_NUMBERS.xiaochiRepairable);
    const pdf = new FormData();
    pdf.append('file', new Blob([PDF], { type: 'application/pdf' }), 'p.pdf');
    const uploaded = await fetch(`${a.origin}/api/v1/me/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${li}` },
      body: pdf,
    });
    expect(uploaded.status).toBe(201);
    const proof = ((await uploaded.json()) as { id: string }).id;
    const text = await call(a.origin, '/commitment-texts/current');
    const commitment = await call(a.origin, '/me/commitments', {
      method: 'POST',
      token: li,
      headers: { 'idempotency-key': newKey() },
      body: { version: text.body?.version, matter: 'credit-repair', agreed: true },
    });
    const filed = await call(a.origin, '/me/repairs', {
      method: 'POST',
      token: li,
      headers: { 'idempotency-key': newKey() },
      body: { recordId, proofAttachmentIds: [proof], commitmentId: commitment.body?.id },
    });
    expect(filed.status).toBe(201);
    const id = filed.body?.id as string;

    const tokens: [string, string] = [
      await staffLogin(DEMO_STAFF.shizhong.username, DEMO_STAFF.shizhong.password),
      await staffLogin(SECOND.shizhong.username, SECOND.shizhong.password),
    ];
    const winner = expectOneWinner(
      await eightAtOnce(`/staff/repairs/${id}/decision`, tokens, [
        { outcome: 'approved', reason: '罚款已缴清，材料齐全，同意修复。' },
        { outcome: 'rejected', reason: '缴款凭证不清晰，请重新上传。' },
      ]),
    );

    const { rows } = await db.query<{ status: string; repaired_on: string | null; events: number; decided_by: number }>(
      `SELECT r.status, p.repaired_on::text AS repaired_on, r.decided_by_staff_id::int AS decided_by,
              (SELECT count(*)::int FROM repair_events e WHERE e.application_id = r.id) AS events
       FROM repair_applications r JOIN penalties p ON p.id = r.record_id WHERE r.public_id = $1`,
      [id],
    );
    const row = rows[0];
    expect(row?.status).toBe(winner.status);
    expect(row?.events).toBe(2);
    // Repaired exactly when the decision that stands is an approval.
    expect(row?.repaired_on !== null).toBe(winner.status === 'approved');
    const mine = (await call(b.origin, '/me/records', { token: li })).body?.items ?? [];
    expect(mine.find((r) => r.id === recordId)?.repair?.status).toBe(winner.status);
    expect((await verifyAccessLog(db)).ok).toBe(true);
  });

  it('on an objection: one move out of 已提交 stands, seven get 409, and a skipped acceptance never happens', async () => {
    const zhang = await citizen('zhang', null);
    const recordId = await recordOf(zhang, DEMO_DECISION_NUMBERS.zhangPenalty);
    const filed = await call(a.origin, '/me/objections', {
      method: 'POST',
      token: zhang,
      headers: { 'idempotency-key': newKey() },
      body: { recordId, reason: '处罚决定书上的地点与实际经营地点不符，请核实。', attachmentIds: [] },
    });
    expect(filed.status).toBe(201);
    const id = filed.body?.id as string;
    const tokens: [string, string] = [
      await staffLogin(DEMO_STAFF.chengguan.username, DEMO_STAFF.chengguan.password),
      await staffLogin(SECOND.chengguan.username, SECOND.chengguan.password),
    ];
    const winner = expectOneWinner(
      await eightAtOnce(`/staff/objections/${id}/decision`, tokens, [
        { outcome: 'accepted', reason: '材料齐全，予以受理。' },
        { outcome: 'rejected', reason: '不属于异议范围，不予受理。' },
      ]),
    );
    const { rows } = await db.query<{ status: string; events: string[]; revoked_on: string | null }>(
      `SELECT o.status, p.revoked_on::text AS revoked_on,
              (SELECT array_agg(e.status ORDER BY e.id) FROM objection_events e WHERE e.objection_id = o.id) AS events
       FROM objections o JOIN penalties p ON p.id = o.record_id WHERE o.public_id = $1`,
      [id],
    );
    expect(rows[0]).toMatchObject({ status: winner.status, events: ['submitted', winner.status], revoked_on: null });
    expect((await verifyAccessLog(db)).ok).toBe(true);
  });
});
