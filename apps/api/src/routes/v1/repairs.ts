import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { subjectOf } from '../../plugins/app/auth';
import { LIMITS } from '../../plugins/app/rate-limit';
import { defineHandlers } from '../table';

export const repairHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'commitments.current': {
      handler: async (request) => request.repos.commitments.currentText(app.today()),
    },
    'commitments.list': {
      handler: async (request) => ({
        current: await request.repos.commitments.currentText(app.today()),
        matters: await request.repos.commitments.matters(),
        signed: await request.repos.commitments.of(subjectOf(request.session)),
      }),
    },
    'commitments.sign': {
      onRequest: [app.rateLimit('submit', LIMITS.submit)],
      handler: async (request, reply) => {
        // The unit of work has checked the key's form before this runs (the route is idempotent in the table).
        const key = String(request.headers['idempotency-key']);
        // Nothing typed reaches the public profile: the matter is a code of the closed list, the note is never published.
        const signed = await request.repos.commitments.sign(subjectOf(request.session), request.body, app.today(), key);
        reply.status(201);
        return signed;
      },
    },
    'commitments.withdraw': {
      onRequest: [app.rateLimit('submit', LIMITS.submit)],
      handler: async (request) => request.repos.commitments.withdraw(subjectOf(request.session), request.params.id, app.today()),
    },
    'repairs.eligibility': {
      handler: async (request) => request.repos.cases.repairEligibility(subjectOf(request.session), request.body.recordId, app.today()),
    },
    'repairs.create': {
      onRequest: [app.rateLimit('submit', LIMITS.submit)],
      handler: async (request, reply) => {
        const application = await request.repos.cases.applyForRepair(subjectOf(request.session), request.body, app.today());
        reply.status(201);
        return application;
      },
    },
    'repairs.list': {
      handler: async (request) => ({ items: await request.repos.cases.repairs(subjectOf(request.session)) }),
    },
    'repairs.get': {
      handler: async (request) => {
        const application = await request.repos.cases.repair(subjectOf(request.session), request.params.id);
        if (!application) throw new AppError(404, 'NOT_FOUND', '找不到这个修复申请。');
        return application;
      },
    },
    'repairs.progress': {
      onRequest: [app.rateLimit('progress', LIMITS.progress)],
      handler: async (request) => {
        const progress = await request.repos.cases.progress(request.body.queryCode);
        if (!progress)
          throw new AppError(404, 'QUERY_CODE_NOT_FOUND', '没有找到这个查询码。请核对申请回执上的 12 位查询码（不区分大小写）。');
        return progress;
      },
    },
  });
