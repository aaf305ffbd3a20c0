import {
  type MyRecord,
  OBJECTION_STATUSES,
  type ObjectionStatus,
  REPAIR_STATUSES,
  type RecordCorrection,
  type RepairStatus,
} from '@xinyong/contract';
import {
  assessWithCases,
  type CivilDate,
  type CreditRecord,
  type InformationClass,
  isObjectionOpen,
  nextActions,
  type ObjectionState,
  RECORD_KIND_LABELS,
  type RecordCases,
  type RepairState,
  type SubjectFacts,
  type TaxCreditGrade,
} from '@xinyong/domain';
import type { Queryable } from '../db/client';
import type { EntitiesTable, PenaltiesTable } from '../db/schema';
import { AppError } from '../errors';
import { dishonestyRecord, PENALTY_FACTS, type PenaltyFactColumns, penaltyRecord } from '../records/facts';
import { ownedBy, type Subject } from './subject';

export type RecordKind = 'penalty' | 'dishonesty';
/** What an objection decided as 更正 may change in a record. */
export type CorrectedField = 'content' | 'legal_basis';

interface RecordRow extends Omit<PenaltyFactColumns, 'info_class'> {
  kind: RecordKind;
  id: number;
  title: string;
  decision_no: string;
  authority: string;
  legal_basis: string;
  info_class: InformationClass;
  list_type: string | null;
  repaired_on: PenaltiesTable['repaired_on'];
  duty_fulfilled_on: PenaltiesTable['duty_fulfilled_on'];
  subject_minor: boolean;
  natural_person: boolean;
  /** Every case of the record, oldest first: the rules read them all (one open at a time, no repeat of decided grounds). */
  objections: { id: string | null; status: ObjectionState; reason: string | null }[];
  repairs: { id: string; status: RepairState; query_code: string }[];
  corrected_on: string | null;
  corrected_fields: CorrectedField[] | null;
}

// The record's cases and what objections corrected in it come with it (LATERAL): one statement.
const CASES = (kind: RecordKind, alias: string) => `
  LEFT JOIN LATERAL (SELECT COALESCE(json_agg(json_build_object('id', public_id, 'status', status, 'reason', reason) ORDER BY id), '[]') AS objections
    FROM objections WHERE record_kind = '${kind}' AND record_id = ${alias}.id) o ON true
  LEFT JOIN LATERAL (SELECT COALESCE(json_agg(json_build_object('id', public_id, 'status', status, 'query_code', query_code) ORDER BY id), '[]') AS repairs
    FROM repair_applications WHERE record_kind = '${kind}' AND record_id = ${alias}.id) r ON true
  LEFT JOIN LATERAL (SELECT max(corrected_on) AS corrected_on, array_agg(DISTINCT field ORDER BY field) AS corrected_fields
    FROM record_corrections WHERE record_kind = '${kind}' AND record_id = ${alias}.id) c ON true`;
const CASE_COLUMNS = 'o.objections, r.repairs, c.corrected_on, c.corrected_fields';
const PENALTIES = (own: string, extra = '') => `
  SELECT 'penalty' AS kind, p.id, p.category || '：' || p.content AS title, p.decision_no, p.authority, p.legal_basis, ${PENALTY_FACTS('p')},
         NULL::text AS list_type, p.repaired_on, p.duty_fulfilled_on, p.subject_minor, p.person_id IS NOT NULL AS natural_person, ${CASE_COLUMNS}
  FROM penalties p ${CASES('penalty', 'p')}
  WHERE ${own} AND p.revoked_on IS NULL${extra}`;
// A list entry has no penalty facts: the same columns, empty, so both kinds come in one UNION.
const DISHONESTY = (own: string, extra = '') => `
  SELECT 'dishonesty' AS kind, d.id, d.list_type || '：' || d.reason AS title, d.decision_no, d.authority, d.legal_basis, '严重' AS info_class,
         d.decision_date, d.listed_until AS authority_display_end, NULL::text AS sector, NULL::text[] AS penalty_types, NULL::text AS procedure,
         NULL::boolean AS specific_serious, NULL::date AS conduct_ended_on, NULL::date AS law_period_end, NULL::text AS law_period_ref,
         false AS duty_outstanding, NULL::text AS authority_kind, false AS repeated_same_kind,
         d.list_type, d.repaired_on, NULL::date AS duty_fulfilled_on, false AS subject_minor, d.person_id IS NOT NULL AS natural_person, ${CASE_COLUMNS}
  FROM dishonesty_entries d ${CASES('dishonesty', 'd')}
  WHERE ${own} AND d.revoked_on IS NULL${extra}`;

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
    ): Promise<(MyRecord & { ref: { kind: RecordKind; id: number }; facts: CreditRecord; cases: RecordCases }) | undefined> {
      const ref = parseRecordId(recordId);
      if (!ref) return undefined;
      const own = ownedBy(subject, ref.kind === 'penalty' ? 'p' : 'd', 1);
      const sql = ref.kind === 'penalty' ? PENALTIES(own.sql, ' AND p.id = $2') : DISHONESTY(own.sql, ' AND d.id = $2');
      const { rows } = await db.query<RecordRow>(sql, [own.value, ref.id]);
      const row = rows[0];
      return row && { ...toMyRecord(row, today), ref, facts: factsOf(row), cases: casesOf(row) };
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
      const penalties = await db.query<PenaltyFactColumns & { repaired_on: string | null; duty_fulfilled_on: string | null }>(
        `SELECT ${PENALTY_FACTS('p')}, p.repaired_on, p.duty_fulfilled_on FROM penalties p WHERE ${p.sql} AND p.revoked_on IS NULL`,
        [p.value],
      );
      const lists = await db.query<{
        decision_date: string;
        listed_until: string | null;
        list_type: string;
        repaired_on: string | null;
        removed_on: string | null;
      }>(
        `SELECT decision_date, listed_until, list_type, repaired_on, removed_on FROM dishonesty_entries d WHERE ${d.sql} AND d.revoked_on IS NULL`,
        [d.value],
      );
      const commitments = await db.query<{ n: number }>(
        `SELECT count(*) AS n FROM commitments c WHERE ${c.sql} AND c.withdrawn_on IS NULL`,
        [c.value],
      );
      const records: CreditRecord[] = [
        ...penalties.rows.map((r) => penaltyRecord(r, { repairedOn: r.repaired_on, dutyFulfilledOn: r.duty_fulfilled_on })),
        // Removal from the list ends it like the end of display does.
        ...lists.rows.map((r) => dishonestyRecord({ ...r, listed_until: r.removed_on ?? r.listed_until }, { repairedOn: r.repaired_on })),
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

/** The record as the rules read it (the open objection comes from its cases). */
function factsOf(row: RecordRow): CreditRecord {
  const after = { repairedOn: row.repaired_on, naturalPerson: row.natural_person };
  return row.kind === 'penalty'
    ? penaltyRecord(row, { ...after, dutyFulfilledOn: row.duty_fulfilled_on, minor: row.subject_minor })
    : dishonestyRecord(
        { decision_date: row.decision_date, listed_until: row.authority_display_end, list_type: row.list_type ?? '' },
        after,
      );
}

function casesOf(row: RecordRow): RecordCases {
  return {
    objections: row.objections.map((o) => ({ status: o.status, reason: o.reason ?? undefined })),
    repairs: row.repairs.map((r) => ({ status: r.status })),
  };
}

/** What the subject sees of a record: its status and what they may do next, both from the domain's rules. */
function toMyRecord(row: RecordRow, today: CivilDate): MyRecord {
  const facts = factsOf(row);
  const cases = casesOf(row);
  const a = assessWithCases(facts, cases, today);
  const objection = row.objections.filter((o) => o.id !== null).at(-1);
  const repair = row.repairs.at(-1);
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
    objection: objection
      ? {
          id: objection.id as string,
          status: objection.status,
          statusLabel: OBJECTION_STATUSES[objection.status as ObjectionStatus] ?? '',
          open: isObjectionOpen(objection.status),
        }
      : null,
    repair: repair
      ? {
          id: repair.id,
          status: repair.status,
          statusLabel: REPAIR_STATUSES[repair.status as RepairStatus] ?? '',
          queryCode: repair.query_code,
        }
      : null,
    nextActions: nextActions(facts, cases, today).map(({ action, available, from, reason }) => ({ action, available, from, reason })),
  };
}
