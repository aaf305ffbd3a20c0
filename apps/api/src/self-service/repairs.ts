import {
  type Attachment,
  type MyRecord,
  type NewRepair,
  REPAIR_STATUSES,
  type RepairApplication,
  type RepairEligibility,
  type RepairProgress,
  type RepairStatus,
} from '@xinyong/contract';
import { type CivilDate, computeDeadline, DISPLAY_PERIOD_RULE, type InformationClass, versionOn } from '@xinyong/domain';
import { newPublicCode } from '../auth/tokens';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';
import { ownAttachments } from './attachments';
import { ownCommitmentId } from './commitments';
import { parseRecordId, recordOf } from './records';
import type { Subject } from './subject';

const MATERIALS = ['履行义务的证明：如罚款缴纳凭证、整改完成的证明（拍照或 PDF）', '信用承诺书：在本应用中阅读并签署'];

function minimumPeriodLabel(infoClass: InformationClass, decisionDate: CivilDate): string {
  const periods = versionOn(DISPLAY_PERIOD_RULE, decisionDate).value.classes[infoClass];
  if (!periods) return '无';
  const min = periods.minimum;
  if (min === 'duty_fulfilled') return '履行义务后即可申请';
  return min ? `${min.months} 个月` : '未规定';
}

export function eligibilityOf(record: MyRecord, today: CivilDate): RepairEligibility {
  const action = record.nextActions.find((a) => a.action === 'repair');
  const deadline = computeDeadline('repair_decision', today);
  const reasons = [action?.reason ?? ''];
  return {
    recordId: record.id,
    eligible: action?.available === true,
    from: action?.available ? today : (action?.from ?? null),
    reasons: reasons.filter(Boolean),
    infoClass: record.infoClass,
    minimumPeriod: minimumPeriodLabel(record.infoClass, record.decisionDate),
    materials: MATERIALS,
    feeYuan: 0,
    deadlineWorkingDays: deadline.workingDays,
  };
}

export async function requireOwnRecord(tx: Queryable, subject: Subject, recordId: string, today: CivilDate) {
  const ref = parseRecordId(recordId);
  const record = ref && (await recordOf(tx, subject, recordId, today));
  if (!ref || !record) throw new AppError(404, 'RECORD_NOT_FOUND', '在您的信用记录中找不到这条记录，请从“我的记录”重新选择。');
  return { ref, record };
}

/** One transaction: the application, its first event, or nothing. */
export async function applyForRepair(tx: Queryable, subject: Subject, body: NewRepair, today: CivilDate): Promise<RepairApplication> {
  const { ref, record } = await requireOwnRecord(tx, subject, body.recordId, today);
  const eligibility = eligibilityOf(record, today);
  if (record.repair?.status === 'submitted')
    throw new AppError(409, 'REPAIR_ALREADY_OPEN', '这条记录已有正在审核的修复申请，请凭查询码查看进度。');
  if (!eligibility.eligible) throw new AppError(409, 'REPAIR_NOT_YET_POSSIBLE', eligibility.reasons.join(''));
  const proof = await ownAttachments(tx, subject.personId, body.proofAttachmentIds);
  const commitmentId = await ownCommitmentId(tx, subject, body.commitmentId);
  const deadline = computeDeadline('repair_decision', today);
  const publicId = newPublicCode(12);
  const inserted = await tx
    .query<{ id: number }>(
      `INSERT INTO repair_applications (public_id, query_code, record_kind, record_id, person_id, entity_id, department, status,
         commitment_id, submitted_on, decide_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10) RETURNING id`,
      [
        publicId,
        newPublicCode(12),
        ref.kind,
        ref.id,
        subject.personId,
        subject.entityId,
        record.authority,
        commitmentId,
        today,
        deadline.due,
      ],
    )
    .catch((error: { code?: string }) => {
      if (error.code === '23505') throw new AppError(409, 'REPAIR_ALREADY_OPEN', '这条记录已有正在审核的修复申请，请凭查询码查看进度。');
      throw error;
    });
  const applicationId = inserted.rows[0]?.id;
  for (const a of proof)
    await tx.query('INSERT INTO repair_attachments (application_id, attachment_id) VALUES ($1, $2)', [applicationId, a.id]);
  await tx.query('INSERT INTO repair_events (application_id, status, note) VALUES ($1, $2, $3)', [
    applicationId,
    'submitted',
    `已提交，免费办理，${deadline.due} 前办结。`,
  ]);
  return (await repairById(tx, subject, publicId)) as RepairApplication;
}

interface RepairRow {
  id: number;
  public_id: string;
  query_code: string;
  record_kind: string;
  record_id: number;
  status: RepairStatus;
  department: string;
  submitted_on: string;
  decide_by: string;
  decision_reason: string | null;
  decided_at: Date | string | null;
  record_title: string;
}

const SELECT = `
  SELECT r.id, r.public_id, r.query_code, r.record_kind, r.record_id, r.status, r.department, r.submitted_on, r.decide_by,
         r.decision_reason, r.decided_at,
         COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE r.record_kind = 'penalty' AND p.id = r.record_id),
                  (SELECT d.list_type FROM dishonesty_entries d WHERE r.record_kind = 'dishonesty' AND d.id = r.record_id), '') AS record_title
  FROM repair_applications r`;

export async function repairsOf(db: Queryable, subject: Subject): Promise<RepairApplication[]> {
  const own = subject.entityId ? 'r.entity_id = $1' : 'r.person_id = $1 AND r.entity_id IS NULL';
  const { rows } = await db.query<RepairRow>(`${SELECT} WHERE ${own} ORDER BY r.id DESC`, [subject.entityId ?? subject.personId]);
  return withAttachments(db, rows);
}

/** Every application the person filed, for themselves or for a business they acted for (their data export). */
export async function repairsFiledBy(db: Queryable, personId: number): Promise<RepairApplication[]> {
  const { rows } = await db.query<RepairRow>(`${SELECT} WHERE r.person_id = $1 ORDER BY r.id`, [personId]);
  return withAttachments(db, rows);
}

export async function repairById(db: Queryable, subject: Subject, publicId: string): Promise<RepairApplication | undefined> {
  const own = subject.entityId ? 'r.entity_id = $2' : 'r.person_id = $2 AND r.entity_id IS NULL';
  const { rows } = await db.query<RepairRow>(`${SELECT} WHERE r.public_id = $1 AND ${own}`, [
    publicId,
    subject.entityId ?? subject.personId,
  ]);
  return (await withAttachments(db, rows))[0];
}

/**
 * The query code as people copy it from a receipt: letters in either case, and spaces or hyphens between the
 * groups (the code itself never contains them).
 */
export function normaliseQueryCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();
}

/** Progress by query code: where the application stands, nothing about who or what. */
export async function progressByQueryCode(db: Queryable, queryCode: string): Promise<RepairProgress | undefined> {
  const { rows } = await db.query<RepairRow>(`${SELECT} WHERE r.query_code = $1`, [normaliseQueryCode(queryCode)]);
  const r = rows[0];
  if (!r) return undefined;
  const {
    id: _id,
    queryCode: _q,
    recordId: _r,
    recordTitle: _t,
    department: _d,
    attachments: _a,
    decisionReason,
    ...rest
  } = toApplication(r, []);
  return {
    ...rest,
    decidedOn: r.decided_at ? new Date(r.decided_at).toISOString().slice(0, 10) : null,
    rejectionReason: r.status === 'rejected' ? decisionReason : null,
  };
}

async function withAttachments(db: Queryable, rows: RepairRow[]): Promise<RepairApplication[]> {
  if (rows.length === 0) return [];
  const { rows: files } = await db.query<{
    application_id: number;
    public_id: string;
    media_type: Attachment['mediaType'];
    byte_size: number;
  }>(
    `SELECT ra.application_id, a.public_id, a.media_type, a.byte_size FROM repair_attachments ra JOIN attachments a ON a.id = ra.attachment_id
     WHERE ra.application_id = ANY($1::bigint[]) ORDER BY a.id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) =>
    toApplication(
      r,
      files
        .filter((f) => Number(f.application_id) === Number(r.id))
        .map((f) => ({ id: f.public_id, mediaType: f.media_type, byteSize: f.byte_size })),
    ),
  );
}

function toApplication(r: RepairRow, attachments: Attachment[]): RepairApplication {
  const deadline = computeDeadline('repair_decision', r.submitted_on);
  const decidedOn = r.decided_at ? new Date(r.decided_at).toISOString().slice(0, 10) : null;
  const done = r.status !== 'submitted';
  return {
    id: r.public_id,
    queryCode: r.query_code,
    recordId: `${r.record_kind}-${r.record_id}`,
    recordTitle: r.record_title,
    status: r.status,
    statusLabel: REPAIR_STATUSES[r.status],
    department: r.department,
    submittedOn: r.submitted_on,
    decideBy: r.decide_by,
    deadlineWorkingDays: deadline.workingDays,
    deadlineEstimated: deadline.estimated,
    feeYuan: 0,
    steps: [
      { label: '已提交', done: true, date: r.submitted_on },
      { label: '部门审核', done, date: null },
      { label: r.status === 'rejected' ? '未通过' : '已修复，停止公示', done, date: decidedOn },
    ],
    decisionReason: r.decision_reason,
    nextStep:
      r.status === 'submitted'
        ? `部门正在审核，${r.decide_by} 前办结。全程免费，无需找任何中介。`
        : r.status === 'approved'
          ? '已修复：这条记录不再公示，也不再作为惩戒依据。'
          : r.status === 'rejected'
            ? '未通过：请按照原因补齐材料，然后在“我的记录”中重新申请。'
            : '申请已撤回。',
    attachments,
  };
}
