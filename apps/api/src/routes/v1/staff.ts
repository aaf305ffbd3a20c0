import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import type { StaffCaseRead } from '../../repositories/cases';
import type { StaffMember } from '../../repositories/staff';
import { defineHandlers } from '../table';

// Set before a staff handler runs: the reviewer by requireStaff, the case (of the reviewer's department) by the unit of work.
const reviewer = (request: FastifyRequest) => request.staff as StaffMember;
const theCase = (request: FastifyRequest) => request.staffCase as StaffCaseRead;

export const staffHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'staff.login': {
      onRequest: [app.rateLimit('login', LIMITS.login)],
      handler: async (request) => {
        const account = await request.repos.staff.forLogin(request.body.username);
        const ok = await verifyPassword(request.body.password, account?.passwordHash ?? DUMMY_HASH);
        if (!ok || !account) throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码不正确。');
        const created = await request.repos.sessions.create({ kind: 'staff', staffId: account.id, provider: 'password' });
        return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
      },
    },
    'staff.queue': {
      handler: async (request) => request.repos.cases.queue(request.query.kind, reviewer(request).department, app.today()),
    },
    'staff.objection': { handler: async (request) => theCase(request).view },
    'staff.repair': { handler: async (request) => theCase(request).view },
    'staff.decideObjection': {
      handler: async (request) => request.repos.cases.decideObjection(theCase(request), reviewer(request).id, request.body, app.today()),
    },
    'staff.decideRepair': {
      handler: async (request) => request.repos.cases.decideRepair(theCase(request), reviewer(request).id, request.body, app.today()),
    },
  });
