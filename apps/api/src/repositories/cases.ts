import {
  type Attachment,
  type NewObjection,
  type NewRepair,
  OBJECTION_STATUSES,
  type Objection,
  type ObjectionStatus,
  type Queue,
  REPAIR_STATUSES,
  type RecordCorrection,
  type RepairApplication,
  type RepairEligibility,
  type RepairProgress,
  type RepairStatus,
  type StaffCase,
} from '@xinyong/contract';
import {
  type CivilDate,
  canApplyForRepair,
  canFileObjection,
  chinaDateAt,
  computeDeadline,
  dueStatus,
  normaliseCodeInput,
  OBJECTION_STATE_LABELS,
  OBJECTION_WORKFLOW,
  type ObjectionState,
  objectionDeadlines,
  objectionEventNote,
  objectionTransition,
  REPAIR_STATE_LABELS,
  REPAIR_WORKFLOW,
  type RepairState,
  repairEligibility,
  repairProgress,
  repairSubmittedNote,
  repairTransition,
  type TransitionRefusal,
} from '@xinyong/domain';
import { newPublicCode } from '../auth/tokens';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';
import type { AttachmentsRepository } from './attachments';
import type { CommitmentsRepository } from './commitments';
import { RECORD_TABLES, type RecordKind, type RecordsRepository } from './records';
import { ownsCase, type Subject } from './subject';

/**
 * Objections and repair applications: one module for both kinds of case. Ownership is checked in one place
 * (ownsCase for the subject, the department for staff), every read is one statement (history and attachments
 * come as JSON arrays built next to the data), and a record is found by its id, never by loading them all.
 */
export type CaseKind = 'objection' | 'repair';

/** One open case per record (a partial unique index): a second one, even from a concurrent request, is a 409. */
const alreadyOpen = (code: string, message: string) => (error: { code?: string }) => {
  if (error.code === '23505') throw new AppError(409, code, message);
  throw error;
};

const NOT_YOUR_RECORD = '在您的信用记录中找不到这条记录，请从“我的记录”重新选择。';

const RECORD_TITLE = (alias: string) => `COALESCE(
  (SELECT p.category || '：' || p.content FROM penalties p WHERE ${alias}.record_kind = 'penalty' AND p.id = ${alias}.record_id),
  (SELECT d.list_type FROM dishonesty_entries d WHERE ${alias}.record_kind = 'dishonesty' AND d.id = ${alias}.record_id), '')`;

const ATTACHMENTS_JSON = (join: string) => `(SELECT COALESCE(json_agg(json_build_object('id', a.public_id, 'mediaType', a.media_type,
  'byteSize', a.byte_size) ORDER BY a.id), '[]') FROM ${join})`;
const OBJECTION_FILES = (alias: string) =>
  ATTACHMENTS_JSON(`objection_attachments oa JOIN attachments a ON a.id = oa.attachment_id WHERE oa.objection_id = ${alias}.id`);
const REPAIR_FILES = (alias: string) =>
  ATTACHMENTS_JSON(`repair_attachments ra JOIN attachments a ON a.id = ra.attachment_id WHERE ra.application_id = ${alias}.id`);

/**
 * The query code as people copy it from a receipt: letters in either case, full-width characters, and spaces or
 * hyphens between the groups (the code itself never contains them).
 */
const normaliseQueryCode = (input: string) => normaliseCodeInput(input).replace(/[\s\-\u2010-\u2015\u2212]/g, '');

interface ObjectionRow {
  id: number;
  public_id: string;
  record_kind: RecordKind;
  record_id: number;
  status: ObjectionStatus;
  reason: string;
  department: string;
  accept_by: string;
  decide_by: string;
  decision_reason: string | null;
  created_at: Date | string;
  record_title: string;
  history: { status: string; note: string; at: string }[];
  attachments: Attachment[];
}

/** A case's events in order, each with the reviewer who made it (none: the applicant's own step). */
const CASE_HISTORY = (table: string, key: string, alias: string) =>
  `(SELECT COALESCE(json_agg(json_build_object('at', e.at, 'status', e.status, 'note', e.note, 'staff', s.display_name,
            'department', s.department) ORDER BY e.id), '[]')
      FROM ${table} e LEFT JOIN staff_accounts s ON s.id = e.staff_id WHERE e.${key} = ${alias}.id)`;

const OBJECTIONS = `
  SELECT o.id, o.public_id, o.record_kind, o.record_id, o.status, o.reason, o.department, o.accept_by, o.decide_by, o.decision_reason,
         o.created_at, ${RECORD_TITLE('o')} AS record_title,
         (SELECT COALESCE(json_agg(json_build_object('status', e.status, 'note', e.note, 'at', e.at) ORDER BY e.id), '[]')
            FROM objection_events e WHERE e.objection_id = o.id) AS history,
         ${OBJECTION_FILES('o')} AS attachments
  FROM objections o`;

interface RepairRow {
  id: number;
  public_id: string;
  query_code: string;
  record_kind: RecordKind;
  record_id: number;
  status: RepairStatus;
  department: string;
  submitted_on: string;
  decide_by: string;
  decision_reason: string | null;
  decided_at: Date | string | null;
  record_title: string;
  attachments: Attachment[];
}

const REPAIRS = `
  SELECT r.id, r.public_id, r.query_code, r.record_kind, r.record_id, r.status, r.department, r.submitted_on, r.decide_by,
         r.decision_reason, r.decided_at, ${RECORD_TITLE('r')} AS record_title, ${REPAIR_FILES('r')} AS attachments
  FROM repair_applications r`;

/** A case as its department's reviewer reads it, with the ids the access log and a decision need. */
export interface StaffCaseRead {
  view: StaffCase;
  caseId: number;
  status: string;
  subject: { personId: number; entityId: number | null };
  record: { kind: RecordKind; id: number };
}

export function casesRepository(
  db: Queryable,
  deps: { records: RecordsRepository; attachments: AttachmentsRepository; commitments: CommitmentsRepository },
) {
  const ownRecord = async (subject: Subject, recordId: string, today: CivilDate) => {
    const record = await deps.records.one(subject, recordId, today);
    if (!record) throw new AppError(404, 'RECORD_NOT_FOUND', NOT_YOUR_RECORD);
    return record;
  };

  /**
   * The move itself, conditional on the state the reviewer saw: of two decisions on one case, whoever commits first
   * wins, and the other's UPDATE finds no row in that state (PostgreSQL re-checks the condition once the first
   * commits) and is refused with 409 before anything else of it is written. A double click or a second reviewer
   * therefore never decides a case twice, and the record's effect follows only the decision that stands.
   */
  const moveCase = async (
    kind: CaseKind,
    c: StaffCaseRead,
    to: string,
    decision: { reason: string; staffId: number; final: boolean },
  ): Promise<void> => {
    const table = kind === 'objection' ? 'objections' : 'repair_applications';
    const { rows } = await db.query<{ id: number }>(
      `UPDATE ${table} SET status = $2, decision_reason = CASE WHEN $3 THEN $4 ELSE decision_reason END,
         decided_by_staff_id = CASE WHEN $3 THEN $5::bigint ELSE decided_by_staff_id END,
         decided_at = CASE WHEN $3 THEN now() ELSE decided_at END, updated_at = now()
       WHERE id = $1 AND status = $6 RETURNING id`,
      [c.caseId, to, decision.final, decision.reason, decision.staffId, c.status],
    );
    if (rows.length > 0) return;
    const now = await db.query<{ status: string }>(`SELECT status FROM ${table} WHERE id = $1`, [c.caseId]);
    const status = now.rows[0]?.status ?? '';
    const label = kind === 'objection' ? OBJECTION_STATE_LABELS[status as ObjectionState] : REPAIR_STATE_LABELS[status as RepairState];
    throw new AppError(
      409,
      'CASE_ALREADY_MOVED',
      `这个${kind === 'objection' ? '异议' : '修复申请'}刚刚已由其他审核人员办理，现在是“${label ?? status}”。请刷新后查看，不要重复办理。`,
    );
  };

  const repo = {
    async objections(subject: Subject): Promise<Objection[]> {
      const own = ownsCase(subject, 'o', 1);
      const { rows } = await db.query<ObjectionRow>(`${OBJECTIONS} WHERE ${own.sql} ORDER BY o.id DESC`, [own.value]);
      return rows.map(toObjection);
    },

    async objection(subject: Subject, publicId: string): Promise<Objection | undefined> {
      const own = ownsCase(subject, 'o', 2);
      const { rows } = await db.query<ObjectionRow>(`${OBJECTIONS} WHERE o.public_id = $1 AND ${own.sql}`, [publicId, own.value]);
      return rows[0] && toObjection(rows[0]);
    },

    /**
     * A new objection, if the rules allow it (the record in force, no objection open on it, no repeat of grounds already
     * decided without new evidence), with Shandong's time limits from the day it is received.
     */
    async fileObjection(subject: Subject, body: NewObjection, today: CivilDate): Promise<Objection> {
      const record = await ownRecord(subject, body.recordId, today);
      const allowed = canFileObjection(
        record.facts,
        record.cases,
        { reason: body.reason, newEvidence: body.attachmentIds.length > 0 },
        today,
      );
      if (!allowed.ok) throw new AppError(409, allowed.code, allowed.message);
      const attachments = await deps.attachments.own(subject.personId, body.attachmentIds);
      const deadlines = objectionDeadlines(today);
      const publicId = newPublicCode(12);
      const inserted = await db
        .query<{ id: number }>(
          `INSERT INTO objections (record_kind, record_id, status, public_id, person_id, entity_id, department, reason, accept_by, decide_by)
           VALUES ($1, $2, 'submitted', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [
            record.ref.kind,
            record.ref.id,
            publicId,
            subject.personId,
            subject.entityId,
            record.authority,
            body.reason.trim(),
            deadlines.acceptBy,
            deadlines.decideBy,
          ],
        )
        .catch(alreadyOpen('OBJECTION_ALREADY_OPEN', OBJECTION_WORKFLOW.oneOpenPerRecord.message));
      const id = inserted.rows[0]?.id as number;
      if (attachments.length)
        await db.query('INSERT INTO objection_attachments (objection_id, attachment_id) SELECT $1, unnest($2::bigint[])', [
          id,
          attachments.map((a) => a.id),
        ]);
      await db.query('INSERT INTO objection_events (objection_id, status, note) VALUES ($1, $2, $3)', [
        id,
        'submitted',
        objectionEventNote('submitted', deadlines),
      ]);
      return (await repo.objection(subject, publicId)) as Objection;
    },

    async repairs(subject: Subject): Promise<RepairApplication[]> {
      const own = ownsCase(subject, 'r', 1);
      const { rows } = await db.query<RepairRow>(`${REPAIRS} WHERE ${own.sql} ORDER BY r.id DESC`, [own.value]);
      return rows.map(toApplication);
    },

    async repair(subject: Subject, publicId: string): Promise<RepairApplication | undefined> {
      const own = ownsCase(subject, 'r', 2);
      const { rows } = await db.query<RepairRow>(`${REPAIRS} WHERE r.public_id = $1 AND ${own.sql}`, [publicId, own.value]);
      return rows[0] && toApplication(rows[0]);
    },

    async repairEligibility(subject: Subject, recordId: string, today: CivilDate): Promise<RepairEligibility> {
      const record = await ownRecord(subject, recordId, today);
      const e = repairEligibility(record.facts, record.cases, today);
      return {
        recordId: record.id,
        eligible: e.eligible,
        from: e.from,
        reasons: e.reasons,
        infoClass: e.infoClass,
        minimumPeriod: e.minimumPeriod,
        materials: e.materials,
        feeYuan: e.feeYuan,
        feeText: e.feeText,
        deadlineWorkingDays: e.deadlineWorkingDays,
        deadlineText: e.deadlineText,
      };
    },

    /** One transaction: the application, its first event, or nothing. */
    async applyForRepair(subject: Subject, body: NewRepair, today: CivilDate): Promise<RepairApplication> {
      const record = await ownRecord(subject, body.recordId, today);
      const allowed = canApplyForRepair(record.facts, record.cases, today);
      if (!allowed.ok) throw new AppError(409, allowed.code, allowed.message);
      const proof = await deps.attachments.own(subject.personId, body.proofAttachmentIds);
      const commitmentId = await deps.commitments.ownId(subject, body.commitmentId);
      const deadline = computeDeadline('repair_decision', today);
      const publicId = newPublicCode(12);
      const inserted = await db
        .query<{ id: number }>(
          `INSERT INTO repair_applications (public_id, query_code, record_kind, record_id, person_id, entity_id, department, status,
             commitment_id, submitted_on, decide_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10) RETURNING id`,
          [
            publicId,
            newPublicCode(12),
            record.ref.kind,
            record.ref.id,
            subject.personId,
            subject.entityId,
            record.authority,
            commitmentId,
            today,
            deadline.due,
          ],
        )
        .catch(alreadyOpen('REPAIR_ALREADY_OPEN', REPAIR_WORKFLOW.oneOpenPerRecord.message));
      const id = inserted.rows[0]?.id as number;
      await db.query('INSERT INTO repair_attachments (application_id, attachment_id) SELECT $1, unnest($2::bigint[])', [
        id,
        proof.map((a) => a.id),
      ]);
      await db.query('INSERT INTO repair_events (application_id, status, note) VALUES ($1, $2, $3)', [
        id,
        'submitted',
        repairSubmittedNote(deadline.due, today),
      ]);
      return (await repo.repair(subject, publicId)) as RepairApplication;
    },

    /** Progress by query code: where the application stands, nothing about who or what. */
    async progress(queryCode: string): Promise<RepairProgress | undefined> {
      const { rows } = await db.query<RepairRow>(`${REPAIRS} WHERE r.query_code = $1`, [normaliseQueryCode(queryCode)]);
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
      } = toApplication(r);
      return {
        ...rest,
        decidedOn: r.decided_at ? chinaDateAt(new Date(r.decided_at)) : null,
        rejectionReason: r.status === 'rejected' ? decisionReason : null,
      };
    },

    /** Every case the person filed, for themselves or for a business they acted for (their data export). */
    async filedBy(personId: number): Promise<{ objections: Objection[]; repairs: RepairApplication[] }> {
      // One after the other: a transaction on PostgreSQL has one connection, and pg refuses overlapping queries on it.
      const objections = await db.query<ObjectionRow>(`${OBJECTIONS} WHERE o.person_id = $1 ORDER BY o.id`, [personId]);
      const repairs = await db.query<RepairRow>(`${REPAIRS} WHERE r.person_id = $1 ORDER BY r.id`, [personId]);
      return { objections: objections.rows.map(toObjection), repairs: repairs.rows.map(toApplication) };
    },

    /** The department's open cases with their due dates; what is overdue comes first. */
    async queue(kind: CaseKind, department: string, today: CivilDate): Promise<Queue> {
      const { rows } = await db.query<{ public_id: string; status: string; created_at: Date | string; due: string; title: string }>(
        kind === 'objection'
          ? `SELECT o.public_id, o.status, o.created_at, CASE WHEN o.status = 'submitted' THEN o.accept_by ELSE o.decide_by END AS due,
                    COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE o.record_kind = 'penalty' AND p.id = o.record_id), '') AS title
             FROM objections o WHERE o.department = $1 AND o.status IN ('submitted', 'accepted') AND o.public_id IS NOT NULL ORDER BY due, o.id`
          : `SELECT r.public_id, r.status, r.submitted_on AS created_at, r.decide_by AS due,
                    COALESCE((SELECT p.category || '：' || p.content FROM penalties p WHERE r.record_kind = 'penalty' AND p.id = r.record_id), '') AS title
             FROM repair_applications r WHERE r.department = $1 AND r.status = 'submitted' ORDER BY due, r.id`,
        [department],
      );
      const labels: Record<string, string> = kind === 'objection' ? OBJECTION_STATUSES : REPAIR_STATUSES;
      const items = rows.map((r) => ({
        kind,
        id: r.public_id,
        recordTitle: r.title,
        status: r.status,
        statusLabel: labels[r.status] ?? r.status,
        submittedAt: new Date(r.created_at).toISOString(),
        dueBy: r.due,
        ...dueStatus(r.due, today),
      }));
      return { department, items, overdue: items.filter((i) => i.overdue).length };
    },

    /**
     * One case of the department, with its record, the subject's masked name and the attachments, in one statement.
     * Another department's case is as unknown as a missing one.
     */
    async forStaff(kind: CaseKind, publicId: string, department: string): Promise<StaffCaseRead> {
      const { rows } = await db.query<{
        id: number;
        public_id: string;
        status: string;
        person_id: number;
        entity_id: number | null;
        record_kind: RecordKind;
        record_id: number;
        reason: string | null;
        due: string;
        title: string | null;
        decision_no: string | null;
        authority: string | null;
        decision_date: string | null;
        info_class: string | null;
        name_masked: string | null;
        attachments: Attachment[];
        history: { at: string; status: string; note: string; staff: string | null; department: string | null }[] | string;
      }>(
        `SELECT c.id, c.public_id, c.status, c.person_id, c.entity_id, c.record_kind, c.record_id, c.reason, c.due,
                COALESCE(p.category || '：' || p.content, d.list_type) AS title, COALESCE(p.decision_no, d.decision_no) AS decision_no,
                COALESCE(p.authority, d.authority) AS authority, COALESCE(p.decision_date, d.decision_date) AS decision_date,
                CASE WHEN c.record_kind = 'penalty' THEN p.info_class WHEN d.id IS NOT NULL THEN '严重' END AS info_class,
                pe.name_masked, c.attachments, c.history
         FROM (${
           kind === 'objection'
             ? `SELECT o.id, o.public_id, o.status, o.department, o.person_id, o.entity_id, o.record_kind, o.record_id, o.reason,
                       CASE WHEN o.status = 'submitted' THEN o.accept_by ELSE o.decide_by END AS due,
                       ${OBJECTION_FILES('o')} AS attachments, ${CASE_HISTORY('objection_events', 'objection_id', 'o')} AS history
                FROM objections o WHERE o.public_id = $1`
             : `SELECT r.id, r.public_id, r.status, r.department, r.person_id, r.entity_id, r.record_kind, r.record_id, NULL::text AS reason,
                       r.decide_by AS due, ${REPAIR_FILES('r')} AS attachments, ${CASE_HISTORY('repair_events', 'application_id', 'r')} AS history
                FROM repair_applications r WHERE r.public_id = $1`
         }) c
         LEFT JOIN penalties p ON c.record_kind = 'penalty' AND p.id = c.record_id
         LEFT JOIN dishonesty_entries d ON c.record_kind = 'dishonesty' AND d.id = c.record_id
         LEFT JOIN persons pe ON pe.id = c.person_id
         WHERE c.department = $2`,
        [publicId, department],
      );
      const row = rows[0];
      if (!row) throw new AppError(404, 'NOT_FOUND', '本部门没有这个案件。');
      return {
        caseId: row.id,
        status: row.status,
        subject: { personId: row.person_id, entityId: row.entity_id },
        record: { kind: row.record_kind, id: row.record_id },
        view: {
          kind,
          id: row.public_id,
          status: row.status,
          subjectNameMasked: row.name_masked ?? '',
          record: {
            title: row.title ?? '',
            decisionNo: row.decision_no ?? '',
            authority: row.authority ?? '',
            decisionDate: row.decision_date ?? '',
            infoClass: row.info_class ?? '',
          },
          reason: row.reason,
          attachments: row.attachments,
          dueBy: row.due,
          history: (typeof row.history === 'string' ? JSON.parse(row.history) : row.history).map(
            (e: { at: string; status: string; note: string; staff: string | null; department: string | null }) => ({
              at: new Date(e.at).toISOString(),
              // The applicant is named as on the rest of the page: masked.
              who: e.staff ? `${e.department ?? ''} ${e.staff}`.trim() : `申请人${row.name_masked ? ` ${row.name_masked}` : ''}`,
              status: e.status,
              statusLabel: (kind === 'objection' ? OBJECTION_STATUSES : REPAIR_STATUSES)[e.status as never] ?? e.status,
              note: e.note,
            }),
          ),
        },
      };
    },

    /**
     * A reviewer's decision on an objection, as the domain's state machine allows it (acceptance first, no move out of a
     * closed case). The effect the move carries changes the record: 删除 takes it out of every public answer from today,
     * 更正 changes what it says, for the subject and in public. One decision per case: see `moveCase`.
     */
    async decideObjection(
      c: StaffCaseRead,
      staffId: number,
      decision: { outcome: ObjectionState; reason: string; correction?: RecordCorrection },
      today: CivilDate,
    ) {
      const { outcome, reason, correction } = decision;
      const move = objectionTransition({ from: c.status as ObjectionState, to: outcome, actor: 'staff', reason });
      if (!move.ok) throw refusalOf(move);
      if (move.effect === 'correct' && !correction)
        throw new AppError(400, 'CORRECTION_REQUIRED', '更正记录时，请写明更正后的处罚内容或依据。');
      if (move.effect !== 'correct' && correction)
        throw new AppError(400, 'CORRECTION_NOT_EXPECTED', '只有“更正”才修改记录内容；其他处理方式请不要填写更正内容。');
      await moveCase('objection', c, outcome, { reason, staffId, final: move.final });
      await db.query('INSERT INTO objection_events (objection_id, status, note, staff_id) VALUES ($1, $2, $3, $4)', [
        c.caseId,
        outcome,
        reason,
        staffId,
      ]);
      if (move.effect === 'revoke')
        await db.query(`UPDATE ${RECORD_TABLES[c.record.kind]} SET revoked_on = $2 WHERE id = $1`, [c.record.id, today]);
      if (move.effect === 'correct' && correction)
        await deps.records.correct({ objectionId: c.caseId, kind: c.record.kind, recordId: c.record.id }, correction, today);
      return { id: c.view.id, status: outcome };
    },

    /** A reviewer's decision on a repair application; approval (effect 'repair') ends display and use of the record from today. */
    async decideRepair(c: StaffCaseRead, staffId: number, decision: { outcome: RepairState; reason: string }, today: CivilDate) {
      const { outcome, reason } = decision;
      const move = repairTransition({ from: c.status as RepairState, to: outcome, actor: 'staff', reason });
      if (!move.ok) throw refusalOf(move);
      await moveCase('repair', c, outcome, { reason, staffId, final: move.final });
      await db.query('INSERT INTO repair_events (application_id, status, note, staff_id) VALUES ($1, $2, $3, $4)', [
        c.caseId,
        outcome,
        reason,
        staffId,
      ]);
      if (move.effect === 'repair')
        await db.query(`UPDATE ${RECORD_TABLES[c.record.kind]} SET repaired_on = $2 WHERE id = $1`, [c.record.id, today]);
      return { id: c.view.id, status: outcome };
    },
  };
  return repo;
}
export type CasesRepository = ReturnType<typeof casesRepository>;

/** A move the state machine refuses: a missing reason is the reviewer's to fix (400); anything else means the case is not where the move starts (409). */
function refusalOf(refusal: { code: TransitionRefusal; message: string }): AppError {
  return new AppError(refusal.code === 'REASON_REQUIRED' ? 400 : 409, refusal.code, refusal.message);
}

function toObjection(r: ObjectionRow): Objection {
  const deadlines = objectionDeadlines(chinaDateAt(new Date(r.created_at)));
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
    deadlineEstimated: deadlines.estimated,
    deadlineSource: deadlines.text,
    decisionReason: r.decision_reason,
    attachments: r.attachments,
    history: r.history.map((h) => ({
      status: h.status,
      label: OBJECTION_STATUSES[h.status as ObjectionStatus] ?? h.status,
      note: h.note,
      at: new Date(h.at).toISOString(),
    })),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

function toApplication(r: RepairRow): RepairApplication {
  const progress = repairProgress({
    status: r.status,
    submittedOn: r.submitted_on,
    decideBy: r.decide_by,
    decidedOn: r.decided_at ? chinaDateAt(new Date(r.decided_at)) : null,
  });
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
    deadlineWorkingDays: progress.deadlineWorkingDays,
    deadlineEstimated: progress.deadlineEstimated,
    deadlineText: progress.deadlineText,
    feeYuan: progress.feeYuan,
    feeText: progress.feeText,
    steps: progress.steps,
    decisionReason: r.decision_reason,
    attachments: r.attachments,
    nextStep: progress.nextStep,
  };
}
