import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  IdempotentHeaders,
  ObjectionDecision,
  PublicIdParams,
  Queue,
  QueueQuery,
  RepairDecision,
  SessionToken,
  StaffCase,
  StaffLoginRequest,
  StaffPurposeHeaders,
} from '@xinyong/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords';
import { sessionsRepository } from '../../auth/sessions';
import type { Queryable } from '../../db/client';
import { AppError } from '../../errors';
import { idempotent } from '../../idempotency';
import { LIMITS } from '../../plugins/app/rate-limit';
import { appendAccessLog } from '../../privacy/access-log';
import { correctRecord } from '../../self-service/corrections';
import { queueFor, type StaffMember, staffMember } from '../../self-service/staff-cases';

const DecisionResult = Type.Object({ id: Type.String(), status: Type.String() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Control characters (U+0000–U+001F) have no place in a purpose and cannot be stored as text. */
const hasControlCharacters = (text: string) => Array.from(text).some((ch) => (ch.codePointAt(0) ?? 0) < 0x20);

function purposeOf(request: FastifyRequest): string {
  const raw = request.headers['x-access-purpose'];
  let purpose = '';
  try {
    purpose = typeof raw === 'string' ? decodeURIComponent(raw).trim() : '';
  } catch {
    purpose = '';
  }
  if (hasControlCharacters(purpose)) throw new AppError(400, 'INVALID_CHARACTER', '目的说明中有无法处理的控制字符，请删除后重试。');
  if (Array.from(purpose).length < 4)
    throw new AppError(400, 'PURPOSE_REQUIRED', '查看个人信息前必须写明目的（至少 4 个字），这会记入当事人的查询记录。');
  return purpose;
}

interface CaseRow {
  id: number;
  public_id: string;
  status: string;
  department: string;
  person_id: number;
  entity_id: number | null;
  record_kind: 'penalty' | 'dishonesty';
  record_id: number;
  reason: string | null;
  due: string;
}

export default async function staffRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const sessions = sessionsRepository(app.db);
  const me = (request: FastifyRequest) => staffMember(app.db, request.session?.staffId as number);

  app.post(
    '/staff/login',
    {
      onRequest: app.rateLimit('login', LIMITS.login),
      schema: { tags: ['staff'], summary: '审核人员登录', body: StaffLoginRequest, response: { 200: SessionToken, ...errors } },
    },
    async (request) => {
      const { rows } = await app.db.query<{ id: number; password_hash: string }>(
        'SELECT id, password_hash FROM staff_accounts WHERE username = $1 AND NOT disabled',
        [request.body.username],
      );
      const ok = await verifyPassword(request.body.password, rows[0]?.password_hash ?? DUMMY_HASH);
      if (!ok || !rows[0]) throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码不正确。');
      const created = await sessions.create({ kind: 'staff', staffId: rows[0].id, provider: 'password' });
      return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
    },
  );

  app.get(
    '/staff/queue',
    {
      onRequest: app.requireStaff,
      schema: { tags: ['staff'], summary: '本部门待办（异议或修复）', querystring: QueueQuery, response: { 200: Queue, ...errors } },
    },
    async (request) => queueFor(app.db, await me(request), request.query.kind, app.today()),
  );

  /** Reads one case of the staff member's department, logging the read with its purpose for the subject to see. */
  const readCase = async (
    tx: Queryable,
    staff: StaffMember,
    kind: 'objection' | 'repair',
    id: string,
    purpose: string,
    requestId: string,
  ) => {
    const { rows } =
      kind === 'objection'
        ? await tx.query<CaseRow>(
            `SELECT id, public_id, status, department, person_id, entity_id, record_kind, record_id, reason,
                    CASE WHEN status = 'submitted' THEN accept_by ELSE decide_by END AS due FROM objections WHERE public_id = $1`,
            [id],
          )
        : await tx.query<CaseRow>(
            `SELECT id, public_id, status, department, person_id, entity_id, record_kind, record_id, NULL AS reason, decide_by AS due
             FROM repair_applications WHERE public_id = $1`,
            [id],
          );
    const row = rows[0];
    // Another department's case is as unknown as a missing one.
    if (!row || row.department !== staff.department) throw new AppError(404, 'NOT_FOUND', '本部门没有这个案件。');
    await appendAccessLog(tx, {
      actorKind: 'staff',
      actorId: staff.id,
      actorRole: '部门审核员',
      actorLabel: `${staff.department} 审核员`,
      subjectPersonId: row.person_id,
      subjectEntityId: row.entity_id,
      action: 'read',
      purpose,
      fields: kind === 'objection' ? ['异议理由', '异议材料', '信用记录'] : ['修复申请', '履行证明', '信用承诺', '信用记录'],
      requestId,
    });
    return row;
  };

  for (const kind of ['objection', 'repair'] as const) {
    app.get(
      `/staff/${kind}s/:id`,
      {
        onRequest: app.requireStaff,
        schema: {
          tags: ['staff'],
          summary: kind === 'objection' ? '查看异议案件' : '查看修复申请',
          description: '必须在 X-Access-Purpose 头写明目的；每次查看都会记入当事人的查询记录。',
          headers: StaffPurposeHeaders,
          params: PublicIdParams,
          response: { 200: StaffCase, ...errors },
        },
      },
      async (request) => {
        const purpose = purposeOf(request);
        const staff = await me(request);
        return app.db.transaction(async (tx) => {
          const row = await readCase(tx, staff, kind, request.params.id, purpose, String(request.id));
          const table = row.record_kind === 'penalty' ? 'penalties' : 'dishonesty_entries';
          const title = row.record_kind === 'penalty' ? "category || '：' || content" : 'list_type';
          const infoClass = row.record_kind === 'penalty' ? 'info_class' : "'严重'";
          const record = await tx.query<{
            title: string;
            decision_no: string;
            authority: string;
            decision_date: string;
            info_class: string;
          }>(`SELECT ${title} AS title, decision_no, authority, decision_date, ${infoClass} AS info_class FROM ${table} WHERE id = $1`, [
            row.record_id,
          ]);
          const person = await tx.query<{ name_masked: string }>('SELECT name_masked FROM persons WHERE id = $1', [row.person_id]);
          const attachments = await tx.query<{
            public_id: string;
            media_type: 'image/jpeg' | 'image/png' | 'application/pdf';
            byte_size: number;
          }>(
            kind === 'objection'
              ? 'SELECT a.public_id, a.media_type, a.byte_size FROM objection_attachments oa JOIN attachments a ON a.id = oa.attachment_id WHERE oa.objection_id = $1'
              : 'SELECT a.public_id, a.media_type, a.byte_size FROM repair_attachments ra JOIN attachments a ON a.id = ra.attachment_id WHERE ra.application_id = $1 ORDER BY a.id',
            [row.id],
          );
          const r = record.rows[0];
          return {
            kind,
            id: row.public_id,
            status: row.status,
            subjectNameMasked: person.rows[0]?.name_masked ?? '',
            record: {
              title: r?.title ?? '',
              decisionNo: r?.decision_no ?? '',
              authority: r?.authority ?? '',
              decisionDate: r?.decision_date ?? '',
              infoClass: r?.info_class ?? '',
            },
            reason: row.reason,
            attachments: attachments.rows.map((a) => ({ id: a.public_id, mediaType: a.media_type, byteSize: a.byte_size })),
            dueBy: row.due,
          };
        });
      },
    );
  }

  app.post(
    '/staff/objections/:id/decision',
    {
      onRequest: app.requireStaff,
      schema: {
        tags: ['staff'],
        summary: '处理异议',
        description:
          'accepted 受理；corrected 更正（correction 写明更正后的内容，记录随之改变）；deleted 删除记录；upheld 维持；rejected 不予受理。必须写明理由；公示随决定改变。',
        headers: IdempotentHeaders,
        params: PublicIdParams,
        body: ObjectionDecision,
        response: { 200: DecisionResult, ...errors },
      },
    },
    async (request, reply) => {
      const staff = await me(request);
      const result = await idempotent(request, `staff:${staff.id}`, app.db, async (tx) => {
        const row = await readCase(tx, staff, 'objection', request.params.id, `处理异议（${request.body.outcome}）`, String(request.id));
        const { outcome, reason } = request.body;
        const allowed =
          row.status === 'submitted'
            ? ['accepted', 'rejected', 'corrected', 'deleted', 'upheld']
            : row.status === 'accepted'
              ? ['corrected', 'deleted', 'upheld']
              : [];
        if (!allowed.includes(outcome)) throw new AppError(409, 'INVALID_TRANSITION', '这个异议已处理完毕或不能这样处理。');
        const { correction } = request.body;
        if (outcome === 'corrected' && !correction)
          throw new AppError(400, 'CORRECTION_REQUIRED', '更正记录时，请写明更正后的处罚内容或依据。');
        if (outcome !== 'corrected' && correction)
          throw new AppError(400, 'CORRECTION_NOT_EXPECTED', '只有“更正”才修改记录内容；其他处理方式请不要填写更正内容。');
        const final = outcome !== 'accepted';
        await tx.query(
          `UPDATE objections SET status = $2, decision_reason = CASE WHEN $3 THEN $4 ELSE decision_reason END,
             decided_by_staff_id = CASE WHEN $3 THEN $5 ELSE decided_by_staff_id END, decided_at = CASE WHEN $3 THEN now() ELSE decided_at END,
             updated_at = now() WHERE id = $1`,
          [row.id, outcome, final, reason, staff.id],
        );
        await tx.query('INSERT INTO objection_events (objection_id, status, note) VALUES ($1, $2, $3)', [row.id, outcome, reason]);
        if (outcome === 'deleted') {
          const table = row.record_kind === 'penalty' ? 'penalties' : 'dishonesty_entries';
          await tx.query(`UPDATE ${table} SET revoked_on = $2 WHERE id = $1`, [row.record_id, app.today()]);
        }
        if (outcome === 'corrected' && correction)
          await correctRecord(tx, { objectionId: row.id, kind: row.record_kind, recordId: row.record_id }, correction, app.today());
        return { statusCode: 200, body: { id: row.public_id, status: outcome } };
      });
      return reply.status(result.statusCode).send(result.body);
    },
  );

  app.post(
    '/staff/repairs/:id/decision',
    {
      onRequest: app.requireStaff,
      schema: {
        tags: ['staff'],
        summary: '审核信用修复申请',
        description: 'approved：记录停止公示、转为档案，不再作为信易+ 和惩戒的依据；rejected：写明原因和如何重新申请。',
        headers: IdempotentHeaders,
        params: PublicIdParams,
        body: RepairDecision,
        response: { 200: DecisionResult, ...errors },
      },
    },
    async (request, reply) => {
      const staff = await me(request);
      const result = await idempotent(request, `staff:${staff.id}`, app.db, async (tx) => {
        const row = await readCase(
          tx,
          staff,
          'repair',
          request.params.id,
          `审核信用修复申请（${request.body.outcome}）`,
          String(request.id),
        );
        if (row.status !== 'submitted') throw new AppError(409, 'INVALID_TRANSITION', '这个申请已经审核完毕。');
        const { outcome, reason } = request.body;
        await tx.query(
          'UPDATE repair_applications SET status = $2, decision_reason = $3, decided_by_staff_id = $4, decided_at = now(), updated_at = now() WHERE id = $1',
          [row.id, outcome, reason, staff.id],
        );
        await tx.query('INSERT INTO repair_events (application_id, status, note) VALUES ($1, $2, $3)', [row.id, outcome, reason]);
        if (outcome === 'approved') {
          const table = row.record_kind === 'penalty' ? 'penalties' : 'dishonesty_entries';
          await tx.query(`UPDATE ${table} SET repaired_on = $2 WHERE id = $1`, [row.record_id, app.today()]);
        }
        return { statusCode: 200, body: { id: row.public_id, status: outcome } };
      });
      return reply.status(result.statusCode).send(result.body);
    },
  );
}
