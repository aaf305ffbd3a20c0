import { type NewObjection, OBJECTION_STATUSES, type Objection, type ObjectionStatus } from '@xinyong/contract';
import { type CivilDate, computeDeadline } from '@xinyong/domain';
import { newPublicCode } from '../auth/tokens';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';
import { ownAttachments } from './attachments';
import { parseRecordId, recordOf } from './records';
import type { Subject } from './subject';

interface ObjectionRow {
  id: number;
  public_id: string;
  record_kind: 'penalty' | 'dishonesty';
  record_id: number;
  status: ObjectionStatus;
  reason: string;
  department: string;
  accept_by: string;
  decide_by: string;
  decision_reason: string | null;
  created_at: Date | string;
  record_title: string;
}

const SELECT = `
  SELECT o.id, o.public_id, o.record_kind, o.record_id, o.status, o.reason, o.department, o.accept_by, o.decide_by, o.decision_reason,
         o.created_at,
         COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE o.record_kind = 'penalty' AND p.id = o.record_id),
                  (SELECT d.list_type FROM dishonesty_entries d WHERE o.record_kind = 'dishonesty' AND d.id = o.record_id), '') AS record_title
  FROM objections o`;

/** A new objection: acceptance within 2 working days, verification within 10 more (DOMAIN.md; sources in @xinyong/domain). */
export async function fileObjection(tx: Queryable, subject: Subject, body: NewObjection, today: CivilDate): Promise<Objection> {
  const ref = parseRecordId(body.recordId);
  const record = ref && (await recordOf(tx, subject, body.recordId, today));
  if (!ref || !record) throw new AppError(404, 'RECORD_NOT_FOUND', '在您的信用记录中找不到这条记录，请从“我的记录”重新选择。');
  const canObject = record.nextActions.find((a) => a.action === 'object');
  if (!canObject?.available) throw new AppError(409, 'OBJECTION_NOT_POSSIBLE', canObject?.reason ?? '这条记录现在不能提出异议。');
  const attachments = await ownAttachments(tx, subject.personId, body.attachmentIds);
  const accept = computeDeadline('objection_acceptance', today);
  const verify = computeDeadline('objection_verification', accept.due);
  const publicId = newPublicCode(12);
  const inserted = await tx
    .query<{ id: number }>(
      `INSERT INTO objections (record_kind, record_id, status, public_id, person_id, entity_id, department, reason, accept_by, decide_by)
       VALUES ($1, $2, 'submitted', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [ref.kind, ref.id, publicId, subject.personId, subject.entityId, record.authority, body.reason.trim(), accept.due, verify.due],
    )
    .catch((error: { code?: string }) => {
      if (error.code === '23505') throw new AppError(409, 'OBJECTION_ALREADY_OPEN', '这条记录已有正在处理的异议，请等待结果。');
      throw error;
    });
  const id = inserted.rows[0]?.id as number;
  for (const a of attachments)
    await tx.query('INSERT INTO objection_attachments (objection_id, attachment_id) VALUES ($1, $2)', [id, a.id]);
  await tx.query('INSERT INTO objection_events (objection_id, status, note) VALUES ($1, $2, $3)', [
    id,
    'submitted',
    `已提交，${accept.due} 前决定是否受理。`,
  ]);
  return (await objectionById(tx, subject, publicId)) as Objection;
}

export async function objectionsOf(db: Queryable, subject: Subject): Promise<Objection[]> {
  const own = subject.entityId ? 'o.entity_id = $1' : 'o.person_id = $1 AND o.entity_id IS NULL';
  const { rows } = await db.query<ObjectionRow>(`${SELECT} WHERE ${own} ORDER BY o.id DESC`, [subject.entityId ?? subject.personId]);
  return Promise.all(rows.map((r) => toObjection(db, r)));
}

/** Every objection the person filed, for themselves or for a business they acted for (their data export). */
export async function objectionsFiledBy(db: Queryable, personId: number): Promise<Objection[]> {
  const { rows } = await db.query<ObjectionRow>(`${SELECT} WHERE o.person_id = $1 ORDER BY o.id`, [personId]);
  return Promise.all(rows.map((r) => toObjection(db, r)));
}

export async function objectionById(db: Queryable, subject: Subject, publicId: string): Promise<Objection | undefined> {
  const own = subject.entityId ? 'o.entity_id = $2' : 'o.person_id = $2 AND o.entity_id IS NULL';
  const { rows } = await db.query<ObjectionRow>(`${SELECT} WHERE o.public_id = $1 AND ${own}`, [
    publicId,
    subject.entityId ?? subject.personId,
  ]);
  return rows[0] && toObjection(db, rows[0]);
}

async function toObjection(db: Queryable, r: ObjectionRow): Promise<Objection> {
  const [history, attachments] = await Promise.all([
    db.query<{ status: string; note: string; at: Date | string }>(
      'SELECT status, note, at FROM objection_events WHERE objection_id = $1 ORDER BY id',
      [r.id],
    ),
    db.query<{ public_id: string; media_type: Objection['attachments'][number]['mediaType']; byte_size: number }>(
      `SELECT a.public_id, a.media_type, a.byte_size FROM objection_attachments oa JOIN attachments a ON a.id = oa.attachment_id
       WHERE oa.objection_id = $1 ORDER BY a.id`,
      [r.id],
    ),
  ]);
  const verification = computeDeadline('objection_verification', r.accept_by);
  return {
    id: r.public_id,
    recordId: `${r.record_kind}-${r.record_id}`,
    recordTitle: r.record_title,
    status: r.status,
    statusLabel: OBJECTION_STATUSES[r.status],
    reason: r.reason,
    department: r.department,
    acceptBy: r.accept_by,
    decideBy: r.decide_by,
    deadlineEstimated: verification.estimated,
    deadlineSource: `受理 2 个工作日、核实 10 个工作日（${verification.source.reference}）`,
    decisionReason: r.decision_reason,
    attachments: attachments.rows.map((a) => ({ id: a.public_id, mediaType: a.media_type, byteSize: a.byte_size })),
    history: history.rows.map((h) => ({
      status: h.status,
      label: OBJECTION_STATUSES[h.status as ObjectionStatus] ?? h.status,
      note: h.note,
      at: new Date(h.at).toISOString(),
    })),
    createdAt: new Date(r.created_at).toISOString(),
  };
}
