import {
  type MyRecord,
  OBJECTION_STATUSES,
  type ObjectionStatus,
  REPAIR_STATUSES,
  type RecordCorrection,
  type RepairStatus,
} from '@xinyong/contract';
import {
  assessDisplay,
  type CivilDate,
  type CreditRecord,
  compareDates,
  type InformationClass,
  RECORD_KIND_LABELS,
  type SubjectFacts,
  type TaxCreditGrade,
} from '@xinyong/domain';
import type { Queryable } from '../db/client';
import type { EntitiesTable, PenaltiesTable } from '../db/schema';
import { AppError } from '../errors';
import { ownedBy, type Subject } from './subject';

export type RecordKind = 'penalty' | 'dishonesty';
/** What an objection decided as 更正 may change in a record. */
export type CorrectedField = 'content' | 'legal_basis';

interface RecordRow {
  kind: RecordKind;
  id: number;
  title: string;
  decision_no: string;
  authority: string;
  legal_basis: string;
  info_class: InformationClass;
  decision_date: PenaltiesTable['decision_date'];
  display_end: PenaltiesTable['authority_display_end'];
  repaired_on: PenaltiesTable['repaired_on'];
  duty_fulfilled_on: PenaltiesTable['duty_fulfilled_on'];
  subject_minor: boolean;
  natural_person: boolean;
  objection_id: string | null;
  objection_status: string | null;
  repair_id: string | null;
  repair_status: string | null;
  repair_query_code: string | null;
  corrected_on: string | null;
  corrected_fields: CorrectedField[] | null;
}

// The latest objection and repair application of each record, and what objections corrected in it, come with it
// (LATERAL): one statement.
const LATEST_CASES = (kind: RecordKind, alias: string) => `
  LEFT JOIN LATERAL (SELECT public_id, status FROM objections WHERE record_kind = '${kind}' AND record_id = ${alias}.id ORDER BY id DESC LIMIT 1) o ON true
  LEFT JOIN LATERAL (SELECT public_id, status, query_code FROM repair_applications WHERE record_kind = '${kind}' AND record_id = ${alias}.id ORDER BY id DESC LIMIT 1) r ON true
  LEFT JOIN LATERAL (SELECT max(corrected_on) AS corrected_on, array_agg(DISTINCT field ORDER BY field) AS corrected_fields
    FROM record_corrections WHERE record_kind = '${kind}' AND record_id = ${alias}.id) c ON true`;
const CASE_COLUMNS = `o.public_id AS objection_id, o.status AS objection_status, r.public_id AS repair_id, r.status AS repair_status,
  r.query_code AS repair_query_code, c.corrected_on, c.corrected_fields`;
const PENALTIES = (own: string, extra = '') => `
  SELECT 'penalty' AS kind, p.id, p.category || '：' || p.content AS title, p.decision_no, p.authority, p.legal_basis, p.info_class,
         p.decision_date, p.authority_display_end AS display_end, p.repaired_on, p.duty_fulfilled_on, p.subject_minor,
         p.person_id IS NOT NULL AS natural_person, ${CASE_COLUMNS}
  FROM penalties p ${LATEST_CASES('penalty', 'p')}
  WHERE ${own} AND p.revoked_on IS NULL${extra}`;
const DISHONESTY = (own: string, extra = '') => `
  SELECT 'dishonesty' AS kind, d.id, d.list_type || '：' || d.reason AS title, d.decision_no, d.authority, d.legal_basis, '严重' AS info_class,
         d.decision_date, d.listed_until AS display_end, d.repaired_on, NULL::date AS duty_fulfilled_on, false AS subject_minor,
         d.person_id IS NOT NULL AS natural_person, ${CASE_COLUMNS}
  FROM dishonesty_entries d ${LATEST_CASES('dishonesty', 'd')}
  WHERE ${own} AND d.revoked_on IS NULL${extra}`;

const OPEN_OBJECTION = new Set(['submitted', 'accepted']);

export function parseRecordId(id: string): { kind: RecordKind; id: number } | null {
  const match = /^(penalty|dishonesty)-(\d{1,15})$/.exec(id);
  return match ? { kind: match[1] as RecordKind, id: Number(match[2]) } : null;
}

/** The subject's own negative records (public or not), as the subject sees them, and the facts 信易+ rules need. */
export function recordsRepository(db: Queryable) {
  return {
    /** Every negative record about the subject, public or not, each with what the subject can do next. */
    async of(subject: Subject, today: CivilDate): Promise<MyRecord[]> {
      const p = ownedBy(subject, 'p', 1);
      const d = ownedBy(subject, 'd', 1);
      const { rows } = await db.query<RecordRow>(
        `${PENALTIES(p.sql)} UNION ALL ${DISHONESTY(d.sql)} ORDER BY decision_date DESC, id DESC`,
        [p.value],
      );
      return rows.map((row) => toMyRecord(row, today));
    },

    /** One of the subject's records by its id ("penalty-123"), or undefined when it is not theirs: one indexed row. */
    async one(
      subject: Subject,
      recordId: string,
      today: CivilDate,
    ): Promise<(MyRecord & { ref: { kind: RecordKind; id: number } }) | undefined> {
      const ref = parseRecordId(recordId);
      if (!ref) return undefined;
      const own = ownedBy(subject, ref.kind === 'penalty' ? 'p' : 'd', 1);
      const sql = ref.kind === 'penalty' ? PENALTIES(own.sql, ' AND p.id = $2') : DISHONESTY(own.sql, ' AND d.id = $2');
      const { rows } = await db.query<RecordRow>(sql, [own.value, ref.id]);
      return rows[0] && { ...toMyRecord(rows[0], today), ref };
    },

    /**
     * An objection decided as 更正 changes the record itself, so the subject's list and the public profile show the
     * corrected text; what it said before is kept beside it (record_corrections) for the audit trail and the export.
     */
    async correct(
      target: { objectionId: number; kind: RecordKind; recordId: number },
      correction: RecordCorrection,
      today: CivilDate,
    ): Promise<void> {
      const columns = CORRECTABLE[target.kind];
      const changes = (
        [
          ['content', correction.content],
          ['legal_basis', correction.legalBasis],
        ] as const
      ).filter((c): c is readonly [CorrectedField, string] => typeof c[1] === 'string' && c[1].trim().length > 0);
      if (changes.length === 0) throw new AppError(400, 'CORRECTION_REQUIRED', '更正记录时，请写明更正后的处罚内容或依据。');
      const table = RECORD_TABLES[target.kind];
      const { rows } = await db.query<Record<CorrectedField, string>>(
        `SELECT ${columns.content} AS content, ${columns.legal_basis} AS legal_basis FROM ${table} WHERE id = $1 FOR UPDATE`,
        [target.recordId],
      );
      const before = rows[0];
      if (!before) throw new AppError(404, 'RECORD_NOT_FOUND', '找不到这个异议对应的记录。');
      for (const [field, value] of changes) {
        const after = value.trim();
        await db.query(`UPDATE ${table} SET ${columns[field]} = $2 WHERE id = $1`, [target.recordId, after]);
        await db.query(
          `INSERT INTO record_corrections (objection_id, record_kind, record_id, field, before, after, corrected_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [target.objectionId, target.kind, target.recordId, field, before[field], after, today],
        );
      }
    },

    /** What the 信易+ engine needs to know about the subject; repaired records go in with their repair date and never count. */
    async facts(subject: Subject): Promise<SubjectFacts> {
      const p = ownedBy(subject, 'p', 1);
      const d = ownedBy(subject, 'd', 1);
      const c = ownedBy(subject, 'c', 1);
      // Sequential: inside a PostgreSQL transaction these share one connection (pg refuses overlapping queries on it).
      const penalties = await db.query<{
        info_class: InformationClass;
        decision_date: string;
        display_end: string | null;
        repaired_on: string | null;
      }>(
        `SELECT info_class, decision_date, authority_display_end AS display_end, repaired_on FROM penalties p WHERE ${p.sql} AND p.revoked_on IS NULL`,
        [p.value],
      );
      const lists = await db.query<{
        decision_date: string;
        listed_until: string | null;
        repaired_on: string | null;
        removed_on: string | null;
      }>(`SELECT decision_date, listed_until, repaired_on, removed_on FROM dishonesty_entries d WHERE ${d.sql} AND d.revoked_on IS NULL`, [
        d.value,
      ]);
      const commitments = await db.query<{ n: number }>(`SELECT count(*) AS n FROM commitments c WHERE ${c.sql}`, [c.value]);
      const records: CreditRecord[] = [
        ...penalties.rows.map(
          (r): CreditRecord => ({
            kind: 'penalty',
            infoClass: r.info_class,
            decisionDate: r.decision_date,
            displayEnd: r.display_end,
            repairedAt: r.repaired_on,
          }),
        ),
        ...lists.rows.map(
          (r): CreditRecord => ({
            kind: 'serious_dishonesty',
            infoClass: '严重',
            decisionDate: r.decision_date,
            // Removal from the list ends it like the end of display does.
            displayEnd: r.removed_on ?? r.listed_until,
            repairedAt: r.repaired_on,
          }),
        ),
      ];
      const base: SubjectFacts = { records, commitmentSigned: Number(commitments.rows[0]?.n ?? 0) > 0 };
      if (!subject.entityId) return { ...base, subjectType: 'natural_person', cityCode: null, establishedOn: null, taxCreditGrade: null };
      const { rows } = await db.query<{
        subject_type: SubjectFacts['subjectType'];
        city_code: EntitiesTable['city_code'];
        established_on: EntitiesTable['established_on'];
        tax_credit_grade: TaxCreditGrade | null;
      }>('SELECT subject_type, city_code, established_on, tax_credit_grade FROM entities WHERE id = $1', [subject.entityId]);
      const e = rows[0];
      return {
        ...base,
        subjectType: e?.subject_type ?? null,
        cityCode: e?.city_code ?? null,
        establishedOn: e?.established_on ?? null,
        taxCreditGrade: e?.tax_credit_grade ?? null,
      };
    },
  };
}
export type RecordsRepository = ReturnType<typeof recordsRepository>;

/** The table each kind of record lives in. */
export const RECORD_TABLES: Record<RecordKind, 'penalties' | 'dishonesty_entries'> = {
  penalty: 'penalties',
  dishonesty: 'dishonesty_entries',
};

/** The column that holds each correctable field, per kind of record (a list entry's "content" is its reason). */
const CORRECTABLE: Record<RecordKind, Record<CorrectedField, string>> = {
  penalty: { content: 'content', legal_basis: 'legal_basis' },
  dishonesty: { content: 'reason', legal_basis: 'legal_basis' },
};

/** How a corrected field is named to the subject, per kind of record. */
const CORRECTED_FIELD_LABELS: Record<RecordKind, Record<CorrectedField, string>> = {
  penalty: { content: '处罚内容', legal_basis: '处罚依据' },
  dishonesty: { content: '列入事由', legal_basis: '列入依据' },
};

// TODO(rules): moves to @xinyong/domain — what a subject can do next with a record (object, repair, from when)
// is a rule restated here; moved unchanged from self-service/records.ts.
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
      ? { on: row.corrected_on, fields: (row.corrected_fields ?? []).map((f) => CORRECTED_FIELD_LABELS[row.kind][f] ?? f) }
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
