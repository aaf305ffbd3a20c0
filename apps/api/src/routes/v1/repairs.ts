import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CommitmentList,
  CommitmentText,
  ErrorBody,
  IdempotentHeaders,
  NewRepair,
  PublicIdParams,
  RepairApplication,
  RepairEligibility,
  RepairEligibilityRequest,
  RepairList,
  RepairProgress,
  RepairProgressRequest,
  SignCommitment,
  SignedCommitment,
} from '@xinyong/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client';
import { AppError } from '../../errors';
import { idempotent } from '../../idempotency';
import { LIMITS } from '../../plugins/app/rate-limit';
import { appendAccessLog } from '../../privacy/access-log';
import { commitmentsOf, currentCommitmentText, signCommitment } from '../../self-service/commitments';
import { applyForRepair, eligibilityOf, progressByQueryCode, repairById, repairsOf, requireOwnRecord } from '../../self-service/repairs';
import { type Subject, subjectOf } from '../../self-service/subject';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export default async function repairRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const logged = <T>(request: FastifyRequest, purpose: string, fields: string[], read: (tx: Queryable, subject: Subject) => Promise<T>) => {
    const subject = subjectOf(request.session);
    return app.db.transaction(async (tx) => {
      const result = await read(tx, subject);
      await appendAccessLog(tx, {
        actorKind: 'subject',
        actorId: subject.personId,
        actorRole: '本人',
        actorLabel: '本人',
        subjectPersonId: subject.personId,
        subjectEntityId: subject.entityId,
        action: 'read',
        purpose,
        fields,
        requestId: String(request.id),
      });
      return result;
    });
  };

  /** Runs a creating submission once per idempotency key and answers 201, or the first answer on a retry. */
  const created = async <T>(
    request: FastifyRequest,
    reply: FastifyReply,
    work: (tx: Queryable, subject: Subject) => Promise<T>,
  ): Promise<T> => {
    const subject = subjectOf(request.session);
    const result = await idempotent(request, `person:${subject.personId}`, app.db, async (tx) => ({
      statusCode: 201,
      body: await work(tx, subject),
    }));
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(result.statusCode);
    return result.body;
  };

  app.get(
    '/commitment-texts/current',
    { schema: { tags: ['self-service'], summary: '现行信用承诺书', response: { 200: CommitmentText, 503: ErrorBody } } },
    async () => currentCommitmentText(app.db, app.today()),
  );

  app.get(
    '/me/commitments',
    {
      onRequest: app.requireVerified,
      schema: { tags: ['self-service'], summary: '我的信用承诺', response: { 200: CommitmentList, ...errors } },
    },
    async (request) =>
      logged(request, '本人查看信用承诺', ['信用承诺'], async (tx, subject) => ({
        current: await currentCommitmentText(tx, app.today()),
        signed: await commitmentsOf(tx, subject),
      })),
  );

  app.post(
    '/me/commitments',
    {
      onRequest: [app.requireVerified, app.rateLimit('submit', LIMITS.submit)],
      schema: {
        tags: ['self-service'],
        summary: '签署信用承诺',
        description: '签署现行版本的承诺书。承诺会计入信易+ 条件，信用修复申请也需要它。',
        headers: IdempotentHeaders,
        body: SignCommitment,
        response: { 201: SignedCommitment, ...errors },
      },
    },
    async (request, reply) =>
      created(request, reply, (tx, subject) =>
        // created() has checked the key's form before any work runs.
        signCommitment(tx, subject, request.body, app.today(), String(request.headers['idempotency-key'])),
      ),
  );

  app.post(
    '/me/repairs/eligibility',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '能不能申请信用修复',
        description: '说明现在能否申请、不能的话从哪天起可以、为什么，以及需要的材料。',
        body: RepairEligibilityRequest,
        response: { 200: RepairEligibility, ...errors },
      },
    },
    async (request) =>
      logged(request, '本人查询信用修复条件', ['信用记录'], async (tx, subject) => {
        const { record } = await requireOwnRecord(tx, subject, request.body.recordId, app.today());
        return eligibilityOf(record, app.today());
      }),
  );

  app.post(
    '/me/repairs',
    {
      onRequest: [app.requireVerified, app.rateLimit('submit', LIMITS.submit)],
      schema: {
        tags: ['self-service'],
        summary: '申请信用修复',
        description:
          '两份材料：履行义务的证明（已上传的附件，一份或几份）和在应用内签署的信用承诺。免费；一条记录同时只能有一个申请。需要 Idempotency-Key 头。',
        headers: IdempotentHeaders,
        body: NewRepair,
        response: { 201: RepairApplication, ...errors },
      },
    },
    async (request, reply) => created(request, reply, (tx, subject) => applyForRepair(tx, subject, request.body, app.today())),
  );

  app.get(
    '/me/repairs',
    {
      onRequest: app.requireVerified,
      schema: { tags: ['self-service'], summary: '我的信用修复申请', response: { 200: RepairList, ...errors } },
    },
    async (request) =>
      logged(request, '本人查看信用修复申请', ['信用修复'], async (tx, subject) => ({ items: await repairsOf(tx, subject) })),
  );

  app.get(
    '/me/repairs/:id',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '信用修复申请详情',
        params: PublicIdParams,
        response: { 200: RepairApplication, ...errors },
      },
    },
    async (request) =>
      logged(request, '本人查看信用修复进度', ['信用修复'], async (tx, subject) => {
        const application = await repairById(tx, subject, request.params.id);
        if (!application) throw new AppError(404, 'NOT_FOUND', '找不到这个修复申请。');
        return application;
      }),
  );

  app.post(
    '/repairs/progress',
    {
      onRequest: app.rateLimit('progress', LIMITS.progress),
      schema: {
        tags: ['self-service'],
        summary: '凭查询码查看修复进度',
        description: '不需要登录。只返回办理进度，不含姓名、证件号或记录内容。查询码放在请求体中。',
        body: RepairProgressRequest,
        response: { 200: RepairProgress, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const progress = await progressByQueryCode(app.db, request.body.queryCode);
      if (!progress)
        throw new AppError(404, 'QUERY_CODE_NOT_FOUND', '没有找到这个查询码。请核对申请回执上的 12 位查询码（不区分大小写）。');
      return progress;
    },
  );
}
