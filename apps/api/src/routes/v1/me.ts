import type { MyBenefits } from '@xinyong/contract';
import { BENEFIT_CATEGORIES } from '@xinyong/contract';
import { type CivilDate, type Criterion, evaluateBenefit, type SubjectFacts } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { subjectOf } from '../../plugins/app/auth';
import type { Repositories } from '../../repositories/index';
import type { Subject } from '../../repositories/subject';
import { defineHandlers } from '../table';
import { pageOf } from './paging';

/** Each 信易+ offer for the subject's audience, every criterion decided by the domain rule with its reason. */
function benefitsFor(
  catalogue: Awaited<ReturnType<Repositories['benefits']['withCriteria']>>,
  facts: SubjectFacts,
  subject: Subject,
  today: CivilDate,
): MyBenefits['items'] {
  const audience = subject.entityId ? 'business' : 'individual';
  return catalogue
    .filter((b) => b.audience.includes(audience))
    .map((b) => {
      const outcome = evaluateBenefit(b.criteria as Criterion[], facts, today);
      return {
        id: b.id,
        name: b.name,
        categoryName: BENEFIT_CATEGORIES[b.category],
        provider: b.provider,
        example: b.example,
        eligible: outcome.eligible,
        criteria: outcome.criteria.map((c) => ({ kind: c.kind, text: c.text, result: c.result, reason: c.reason })),
      };
    });
}

export const meHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'me.records': {
      handler: async (request) => {
        const subject = subjectOf(request.session);
        const { entities, persons, records } = request.repos;
        return {
          subject: subject.entityId
            ? { kind: 'entity' as const, label: await entities.nameOf(subject.entityId) }
            : { kind: 'person' as const, label: (await persons.masked(subject.personId)).nameMasked },
          asOf: app.today(),
          items: await records.of(subject, app.today()),
        };
      },
    },

    'me.accessLog': {
      handler: async (request) => request.repos.accessLog.ofSubject(subjectOf(request.session), pageOf(request.query.page, 1, 1000)),
    },

    'me.benefits': {
      handler: async (request) => {
        const subject = subjectOf(request.session);
        // One after the other: in a transaction on PostgreSQL they share one connection anyway.
        const facts = await request.repos.records.facts(subject);
        const catalogue = await request.repos.benefits.withCriteria();
        return { asOf: app.today(), items: benefitsFor(catalogue, facts, subject, app.today()) };
      },
    },

    'me.export': {
      handler: async (request, reply) => {
        const subject = subjectOf(request.session);
        const { accessLog, cases, commitments, entities, persons, records } = request.repos;
        const own: Subject = { personId: subject.personId, entityId: null };
        // One after the other: a transaction on PostgreSQL has one connection, and pg refuses overlapping queries on it.
        const person = await persons.masked(subject.personId);
        const ownRecords = await records.of(own, app.today());
        const filed = await cases.filedBy(subject.personId);
        const signed = await commitments.signedBy(subject.personId);
        const log = await accessLog.allOfSubject(own);
        const representing = await entities.representedBy(subject.personId);
        reply.header('content-disposition', 'attachment; filename="my-credit-data.json"');
        return {
          exportedAt: new Date().toISOString(),
          note: '这是信用山东平台保存的关于您的全部信息。为保护您的安全，身份证号仍以脱敏形式显示。',
          person,
          representing: representing.map((e) => ({ code: e.code, name: e.name, basis: e.basis })),
          records: ownRecords,
          objections: filed.objections,
          repairs: filed.repairs,
          commitments: signed,
          accessLog: log,
        };
      },
    },
  });
