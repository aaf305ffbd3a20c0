import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AccessLog, AccessLogQuery, ErrorBody, MyBenefits, MyExport, MyRecords } from '@xinyong/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client';
import { appendAccessLog } from '../../privacy/access-log';
import { accessLogOf } from '../../self-service/access-log-view';
import { benefitsFor } from '../../self-service/benefits';
import { commitmentsSignedBy } from '../../self-service/commitments';
import { objectionsFiledBy } from '../../self-service/objections';
import { personsRepository } from '../../self-service/persons';
import { recordsOf } from '../../self-service/records';
import { repairsFiledBy } from '../../self-service/repairs';
import { representedEntities, type Subject, subjectOf } from '../../self-service/subject';
import { pageOf } from './paging';

const errors = { 401: ErrorBody, 403: ErrorBody, 500: ErrorBody };

export default async function meRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  /** Every read of personal data commits together with its access-log line. */
  const readLogged = <T>(
    request: FastifyRequest,
    purpose: string,
    fields: string[],
    read: (tx: Queryable, subject: Subject) => Promise<T>,
    action: 'read' | 'export' = 'read',
  ) => {
    const subject = subjectOf(request.session);
    return app.db.transaction(async (tx) => {
      const result = await read(tx, subject);
      await appendAccessLog(tx, {
        actorKind: 'subject',
        actorId: subject.personId,
        actorRole: '本人',
        actorLabel: subject.entityId ? '本人（代办企业）' : '本人',
        subjectPersonId: subject.personId,
        subjectEntityId: subject.entityId,
        action,
        purpose,
        fields,
        requestId: String(request.id),
      });
      return result;
    });
  };

  const subjectLabel = async (tx: Queryable, subject: Subject) => {
    if (subject.entityId) {
      const { rows } = await tx.query<{ name: string }>('SELECT name FROM entities WHERE id = $1', [subject.entityId]);
      return { kind: 'entity' as const, label: rows[0]?.name ?? '' };
    }
    return { kind: 'person' as const, label: (await personsRepository(tx, app.personalData).masked(subject.personId)).nameMasked };
  };

  app.get(
    '/me/records',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '我的信用记录',
        description: '关于本人（或代办企业）的全部记录，包括不公开的、已修复的和有异议的，并说明下一步可以做什么。',
        response: { 200: MyRecords, ...errors },
      },
    },
    async (request) =>
      readLogged(request, '本人查询信用记录', ['信用记录'], async (tx, subject) => ({
        subject: await subjectLabel(tx, subject),
        asOf: app.today(),
        items: await recordsOf(tx, subject, app.today()),
      })),
  );

  app.get(
    '/me/access-log',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '谁查看了我的信息',
        description: '每一次读取本人信息的记录：谁、何时、为什么、看了哪些内容。',
        querystring: AccessLogQuery,
        response: { 200: AccessLog, ...errors },
      },
    },
    async (request) =>
      readLogged(request, '本人查看查询记录', ['查询记录'], (tx, subject) => accessLogOf(tx, subject, pageOf(request.query.page, 1, 1000))),
  );

  app.get(
    '/me/benefits',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '我能享受哪些信易+',
        description: '逐条说明每项条件是否满足。已修复的记录不会影响结果。',
        response: { 200: MyBenefits, ...errors },
      },
    },
    async (request) =>
      readLogged(request, '本人查看信易+资格', ['信用记录', '信用承诺', '纳税信用等级'], async (tx, subject) => ({
        asOf: app.today(),
        items: await benefitsFor(tx, subject, app.today()),
      })),
  );

  app.get(
    '/me/export',
    {
      onRequest: app.requireVerified,
      schema: {
        tags: ['self-service'],
        summary: '导出我的数据',
        description:
          '本平台保存的关于本人的全部信息（JSON）：本人的记录，本人提交的异议、修复申请和签署的承诺（含代办单位的），谁查看过。身份证号仍然脱敏。',
        response: { 200: MyExport, ...errors },
      },
    },
    async (request, reply) => {
      const body = await readLogged(
        request,
        '本人导出个人数据',
        ['姓名（脱敏）', '身份证号（脱敏）', '信用记录', '异议', '信用修复', '信用承诺', '查询记录'],
        async (tx, subject) => {
          const person = await personsRepository(tx, app.personalData).masked(subject.personId);
          const own: Subject = { personId: subject.personId, entityId: null };
          const [records, objections, repairs, commitments, log, representing] = await Promise.all([
            recordsOf(tx, own, app.today()),
            objectionsFiledBy(tx, subject.personId),
            repairsFiledBy(tx, subject.personId),
            commitmentsSignedBy(tx, subject.personId),
            accessLogOf(tx, own, 1, 10_000),
            representedEntities(tx, subject.personId),
          ]);
          return {
            exportedAt: new Date().toISOString(),
            note: '这是信用山东平台保存的关于您的全部信息。为保护您的安全，身份证号仍以脱敏形式显示。',
            person,
            representing: representing.map((e) => ({ code: e.code, name: e.name, basis: e.basis })),
            records,
            objections,
            repairs,
            commitments,
            accessLog: log.items,
          };
        },
        'export',
      );
      reply.header('content-disposition', 'attachment; filename="my-credit-data.json"');
      return body;
    },
  );
}
