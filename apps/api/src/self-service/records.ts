import { type MyRecord, OBJECTION_STATUSES, type ObjectionStatus, REPAIR_STATUSES, type RepairStatus } from '@xinyong/contract';
import { assessDisplay, type CivilDate, compareDates, type InformationClass, RECORD_KIND_LABELS } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { ownedBy, type Subject } from './subject';

interface RecordRow {
  kind: 'penalty' | 'dishonesty';
  id: number;
  title: string;
  decision_no: string;
  authority: string;
  legal_basis: string;
  info_class: InformationClass;
  decision_date: string;
  display_end: string | null;
  repaired_on: string | null;
  duty_fulfilled_on: string | null;
  subject_minor: boolean;
  natural_person: boolean;
  objection_id: string | null;
  objection_status: string | null;
  repair_id: string | null;
  repair_status: string | null;
  repair_query_code: string | null;
  corrected_on: string | null;
  corrected_fields: string[] | null;
}

/** The latest correction an objection made to a record, and which fields it changed. */
const CORRECTIONS = (kind: string, alias: string) =>
  `SELECT max(corrected_on) AS corrected_on, array_agg(DISTINCT field ORDER BY field) FILTER (WHERE field IS NOT NULL) AS corrected_fields
   FROM record_corrections WHERE record_kind = '${kind}' AND record_id = ${alias}.id`;

const FIELD_LABELS = {
  penalty: { content: '处罚内容', legal_basis: '处罚依据' },
  dishonesty: { content: '列入事由', legal_basis: '列入依据' },
} as const;

const RECORDS_SQL = (own: string, ownD: string) => `
  SELECT 'penalty' AS kind, p.id, p.category || '：' || p.content AS title, p.decision_no, p.authority, p.legal_basis, p.info_class,
         p.decision_date, p.authority_display_end AS display_end, p.repaired_on, p.duty_fulfilled_on, p.subject_minor,
         p.person_id IS NOT NULL AS natural_person,
         o.public_id AS objection_id, o.status AS objection_status, r.public_id AS repair_id, r.status AS repair_status, r.query_code AS repair_query_code,
         c.corrected_on, c.corrected_fields
  FROM penalties p
  LEFT JOIN LATERAL (SELECT public_id, status FROM objections WHERE record_kind = 'penalty' AND record_id = p.id ORDER BY id DESC LIMIT 1) o ON true
  LEFT JOIN LATERAL (SELECT public_id, status, query_code FROM repair_applications WHERE record_kind = 'penalty' AND record_id = p.id ORDER BY id DESC LIMIT 1) r ON true
  LEFT JOIN LATERAL (${CORRECTIONS('penalty', 'p')}) c ON true
  WHERE ${own} AND p.revoked_on IS NULL
  UNION ALL
  SELECT 'dishonesty', d.id, d.list_type || '：' || d.reason, d.decision_no, d.authority, d.legal_basis, '严重',
         d.decision_date, d.listed_until, d.repaired_on, NULL, false, d.person_id IS NOT NULL,
         o.public_id, o.status, r.public_id, r.status, r.query_code, c.corrected_on, c.corrected_fields
  FROM dishonesty_entries d
  LEFT JOIN LATERAL (SELECT public_id, status FROM objections WHERE record_kind = 'dishonesty' AND record_id = d.id ORDER BY id DESC LIMIT 1) o ON true
  LEFT JOIN LATERAL (SELECT public_id, status, query_code FROM repair_applications WHERE record_kind = 'dishonesty' AND record_id = d.id ORDER BY id DESC LIMIT 1) r ON true
  LEFT JOIN LATERAL (${CORRECTIONS('dishonesty', 'd')}) c ON true
  WHERE ${ownD} AND d.revoked_on IS NULL
  ORDER BY decision_date DESC, id DESC`;

const OPEN_OBJECTION = new Set(['submitted', 'accepted']);

/** Every negative record about the subject, public or not, each with what the subject can do next. */
export async function recordsOf(db: Queryable, subject: Subject, today: CivilDate): Promise<MyRecord[]> {
  const p = ownedBy(subject, 'p', 1);
  const d = ownedBy(subject, 'd', 1);
  const { rows } = await db.query<RecordRow>(RECORDS_SQL(p.sql, d.sql), p.params);
  return rows.map((row) => toMyRecord(row, today));
}

export async function recordOf(db: Queryable, subject: Subject, recordId: string, today: CivilDate): Promise<MyRecord | undefined> {
  const all = await recordsOf(db, subject, today);
  return all.find((r) => r.id === recordId);
}

export function parseRecordId(id: string): { kind: 'penalty' | 'dishonesty'; id: number } | null {
  const match = /^(penalty|dishonesty)-(\d{1,15})$/.exec(id);
  return match ? { kind: match[1] as 'penalty' | 'dishonesty', id: Number(match[2]) } : null;
}

function toMyRecord(row: RecordRow, today: CivilDate): MyRecord {
  const objectionOpen = row.objection_status !== null && OPEN_OBJECTION.has(row.objection_status);
  const a = assessDisplay(
    {
      kind: row.kind === 'penalty' ? 'penalty' : 'serious_dishonesty',
      infoClass: row.info_class,
      decisionDate: row.decision_date,
      displayEnd: row.display_end,
      repairedAt: row.repaired_on,
      dutyFulfilledAt: row.duty_fulfilled_on,
      objectionOpen,
      subjectIsNaturalPerson: row.natural_person,
      subjectIsMinor: row.subject_minor,
    },
    today,
  );
  const inForce = a.window !== null && a.status !== '已修复' && compareDates(today, a.window.end) <= 0;
  const repairOpen = row.repair_status === 'submitted';
  const canObject = inForce && !objectionOpen;
  const repairFrom = a.earliestRepairDate;
  const repairNow = inForce && !repairOpen && repairFrom !== null && compareDates(today, repairFrom) >= 0;
  return {
    id: `${row.kind}-${row.id}`,
    kind: row.kind,
    kindLabel: row.kind === 'penalty' ? RECORD_KIND_LABELS.penalty : RECORD_KIND_LABELS.serious_dishonesty,
    title: row.title,
    decisionNo: row.decision_no,
    authority: row.authority,
    legalBasis: row.legal_basis,
    infoClass: row.info_class,
    decisionDate: row.decision_date,
    status: a.status,
    statusReason: a.statusReason,
    publiclyShown: a.displayed && a.publishable,
    displayStart: a.window?.start ?? null,
    displayEnd: a.window?.end ?? null,
    repairedOn: row.repaired_on,
    correction: row.corrected_on
      ? {
          on: row.corrected_on,
          fields: (row.corrected_fields ?? []).map((f) => FIELD_LABELS[row.kind][f as 'content' | 'legal_basis'] ?? f),
        }
      : null,
    objection: row.objection_id
      ? {
          id: row.objection_id,
          status: row.objection_status as string,
          statusLabel: OBJECTION_STATUSES[row.objection_status as ObjectionStatus] ?? '',
          open: objectionOpen,
        }
      : null,
    repair: row.repair_id
      ? {
          id: row.repair_id,
          status: row.repair_status as string,
          statusLabel: REPAIR_STATUSES[row.repair_status as RepairStatus] ?? '',
          queryCode: row.repair_query_code as string,
        }
      : null,
    nextActions: [
      {
        action: 'object',
        available: canObject,
        from: null,
        reason: canObject
          ? '认为信息有误或不完整，可以提出异议。'
          : objectionOpen
            ? '异议正在处理，请等待结果。'
            : '这条记录已不再使用，无需提出异议。',
      },
      {
        action: 'repair',
        available: repairNow,
        from: inForce && !repairNow && !repairOpen ? repairFrom : null,
        reason: repairOpen
          ? '修复申请正在审核。'
          : !inForce
            ? a.status === '已修复'
              ? '已经修复，不再公示，也不再作为惩戒依据。'
              : '已不在公示期内，无需修复。'
            : repairNow
              ? `${a.repairReason}现在可以申请，需要提供履行义务的证明并签署信用承诺。`
              : a.repairReason,
      },
    ],
  };
}
