import { STAFF_ROLES } from '@xinyong/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';
import type { Session } from '../../repositories/sessions';
import type { StaffMember } from '../../repositories/staff';
import type { Subject } from '../../repositories/subject';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    /** The reviewer behind a staff session, loaded once by requireStaff. */
    staff: StaffMember | null;
  }
  interface FastifyInstance {
    /** onRequest hook: any live session (a citizen before real-name verification included). */
    requireSession: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** onRequest hook: a citizen whose real name has been verified. */
    requireVerified: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** onRequest hook: a staff account, not disabled, with one of the roles the route's table entry allows. */
    requireStaff: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const MESSAGES = {
  missing: '请先登录。',
  unknown: '登录状态无效，请重新登录。',
  expired: '登录已超时，为保护您的信息已自动退出，请重新登录。',
  ended: '您已退出登录，请重新登录。',
} as const;

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  if (!match?.[1]) throw new AppError(401, 'INVALID_TOKEN', MESSAGES.unknown);
  return match[1];
}

/** Whose data a citizen's request is about: the verified person, or the business they act for. */
export function subjectOf(session: Session | null): Subject {
  if (!session?.personId) throw new AppError(403, 'VERIFICATION_REQUIRED', '请先完成实名认证。');
  return { personId: session.personId, entityId: session.actingEntityId };
}

export default fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);
  app.decorateRequest('staff', null);
  const sessions = app.repos.sessions;

  const requireSession = async (request: FastifyRequest) => {
    const token = bearer(request);
    if (!token) throw new AppError(401, 'UNAUTHORIZED', MESSAGES.missing);
    const found = await sessions.use(token);
    if (!found.ok) {
      const code = found.reason === 'expired' ? 'SESSION_EXPIRED' : found.reason === 'ended' ? 'SESSION_ENDED' : 'INVALID_TOKEN';
      throw new AppError(401, code, MESSAGES[found.reason]);
    }
    request.session = found.session;
  };
  app.decorate('requireSession', requireSession);
  app.decorate('requireVerified', async (request: FastifyRequest) => {
    await requireSession(request);
    if (request.session?.kind !== 'citizen') throw new AppError(403, 'FORBIDDEN', '这个功能只对本人开放。');
    if (!request.session.personId) throw new AppError(403, 'VERIFICATION_REQUIRED', '请先完成实名认证，再查看本人信用信息。');
  });
  app.decorate('requireStaff', async (request: FastifyRequest) => {
    await requireSession(request);
    if (request.session?.kind !== 'staff' || !request.session.staffId)
      throw new AppError(403, 'FORBIDDEN', '只有审核人员可以使用这个功能。');
    request.staff = (await app.repos.staff.member(request.session.staffId)) ?? null;
    if (!request.staff) throw new AppError(403, 'FORBIDDEN', '账号已停用。');
    const allowed = request.routeOptions.config.spec?.roles ?? ['reviewer'];
    if (!request.staff.roles.some((role) => allowed.includes(role)))
      throw new AppError(403, 'ROLE_FORBIDDEN', `这个功能只对${allowed.map((r) => STAFF_ROLES[r]).join('、')}开放。`);
  });
});
