import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody, IdempotentHeaders, NewObjection, Objection, ObjectionList, PublicIdParams } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { idempotent } from '../../idempotency';
import { LIMITS } from '../../plugins/app/rate-limit';
import { appendAccessLog } from '../../privacy/access-log';
import { fileObjection, objectionById, objectionsOf } from '../../self-service/objections';
import { subjectOf } from '../../self-service/subject';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export default async function objectionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const logRead = (
    request: { id: unknown; session: { personId: number | null; actingEntityId: number | null } | null },
    purpose: string,
  ) => ({
    actorKind: 'subject' as const,
    actorId: request.session?.personId ?? null,
    actorRole: '本人',
    actorLabel: '本人',
    subjectPersonId: request.session?.personId ?? null,
    subjectEntityId: request.session?.actingEntityId ?? null,
    action: 'read' as const,
    purpose,
    fields: ['异议'],
    requestId: String(request.id),
  });

  app.post(
    '/me/objections',
    {
      onRequest: [app.requireVerified, app.rateLimit('submit', LIMITS.submit)],
      schema: {
        tags: ['self-service'],
        summary: '提出异议',
        description:
          '对本人（或代办企业）的一条记录提出异议。处理期间这条记录对外标注“异议处理中”。需要 Idempotency-Key 头，重试不会重复提交。',
        headers: IdempotentHeaders,
        body: NewObjection,
        response: { 201: Objection, 200: Objection, ...errors },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.session);
      const result = await idempotent(request, `person:${subject.personId}`, app.db, async (tx) => ({
        statusCode: 201,
        body: await fileObjection(tx, subject, request.body, app.today()),
      }));
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.statusCode).send(result.body);
    },
  );

  app.get(
    '/me/objections',
    {
      onRequest: app.requireVerified,
      schema: { tags: ['self-service'], summary: '我的异议', response: { 200: ObjectionList, ...errors } },
    },
    async (request) => {
      const subject = subjectOf(request.session);
      return app.db.transaction(async (tx) => {
        const items = await objectionsOf(tx, subject);
        await appendAccessLog(tx, logRead(request, '本人查看异议'));
        return { items };
      });
    },
  );

  app.get(
    '/me/objections/:id',
    {
      onRequest: app.requireVerified,
      schema: { tags: ['self-service'], summary: '异议详情和处理进度', params: PublicIdParams, response: { 200: Objection, ...errors } },
    },
    async (request) => {
      const subject = subjectOf(request.session);
      return app.db.transaction(async (tx) => {
        const objection = await objectionById(tx, subject, request.params.id);
        if (!objection) throw new AppError(404, 'NOT_FOUND', '找不到这条异议。');
        await appendAccessLog(tx, logRead(request, '本人查看异议详情'));
        return objection;
      });
    },
  );
}
