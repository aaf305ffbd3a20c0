import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { subjectOf } from '../../plugins/app/auth';
import { LIMITS } from '../../plugins/app/rate-limit';
import { defineHandlers } from '../table';

export const objectionHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'objections.create': {
      onRequest: [app.rateLimit('submit', LIMITS.submit)],
      handler: async (request, reply) => {
        const filed = await request.repos.cases.fileObjection(subjectOf(request.session), request.body, app.today());
        reply.status(201);
        return filed;
      },
    },
    'objections.list': {
      handler: async (request) => ({ items: await request.repos.cases.objections(subjectOf(request.session)) }),
    },
    'objections.get': {
      handler: async (request) => {
        const objection = await request.repos.cases.objection(subjectOf(request.session), request.params.id);
        if (!objection) throw new AppError(404, 'NOT_FOUND', '找不到这条异议。');
        return objection;
      },
    },
  });
