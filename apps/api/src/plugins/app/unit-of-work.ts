import { createHash } from 'node:crypto';
import type { AccessPurpose, PersonalData, RouteSpec } from '@xinyong/contract';
import { normaliseFreeText, visibleLength } from '@xinyong/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';
import type { AccessEntry } from '../../repositories/access-log';
import type { StaffCaseRead } from '../../repositories/cases';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's entry in the contract's route table (set by routes/table.ts). */
    spec?: RouteSpec;
    /** What the route does with personal data (ROUTE_DOCS). */
    personal?: PersonalData;
  }
  interface FastifyRequest {
    /** The case a reviewer's route is about, loaded (department checked) before the handler runs. */
    staffCase: StaffCaseRead | null;
    /**
     * For a route whose subject is 'report' or 'entity': the business the report names or the department queries, set
     * by the handler once it has found it (none found: nothing is logged), and what the line says happened when it
     * differs from the declaration.
     */
    foundEntity: { entityId: number; purpose?: string } | null;
  }
}

type Logged = Extract<PersonalData, { logged: true }>;

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,80}$/;

/** Control characters (U+0000–U+001F) have no place in a purpose and cannot be stored as text. */
const hasControlCharacters = (text: string) => Array.from(text).some((ch) => (ch.codePointAt(0) ?? 0) < 0x20);

function headerPurpose(request: FastifyRequest): string {
  const raw = request.headers['x-access-purpose'];
  let purpose = '';
  try {
    purpose = typeof raw === 'string' ? normaliseFreeText(decodeURIComponent(raw)) : '';
  } catch {
    purpose = '';
  }
  if (hasControlCharacters(purpose)) throw new AppError(400, 'INVALID_CHARACTER', '目的说明中有无法处理的控制字符，请删除后重试。');
  if (visibleLength(purpose) < 4)
    throw new AppError(400, 'PURPOSE_REQUIRED', '查看个人信息前必须写明目的（至少 4 个字），这会记入当事人的查询记录。');
  return purpose;
}

function purposeOf(request: FastifyRequest, purpose: AccessPurpose): string {
  if (typeof purpose === 'string') return purpose;
  if ('header' in purpose) return headerPurpose(request);
  const value = (request.body as Record<string, unknown> | undefined)?.[purpose.field];
  return purpose.template.replace(`{${purpose.field}}`, String(value ?? ''));
}

/** Who is reading, as the subject is shown it: built here and nowhere else. */
function actorOf(
  request: FastifyRequest,
  declared: Logged['subject'],
): Pick<AccessEntry, 'actorKind' | 'actorId' | 'actorRole' | 'actorLabel'> {
  // Whoever verifies a report is the receiver, never identified (a verifier with a session stays anonymous too).
  if (declared === 'report') return { actorKind: 'system', actorId: null, actorRole: '报告接收方', actorLabel: '报告接收方（核验报告）' };
  // A department querying a business under the application list is named by its department: the query is the department's act.
  if (declared === 'entity' && request.staff) {
    return { actorKind: 'staff', actorId: request.staff.id, actorRole: '行政部门（应查尽查）', actorLabel: request.staff.department };
  }
  if (request.staff) {
    return { actorKind: 'staff', actorId: request.staff.id, actorRole: '部门审核员', actorLabel: `${request.staff.department} 审核员` };
  }
  const session = request.session;
  return {
    actorKind: 'subject',
    actorId: session?.personId ?? null,
    actorRole: '本人',
    actorLabel: session?.actingEntityId ? '本人（代办企业）' : '本人',
  };
}

/** Whose data was read; null when there is nobody (a session not yet verified reads nothing personal). */
function subjectOf(
  request: FastifyRequest,
  declared: Logged['subject'],
): { subjectPersonId: number | null; subjectEntityId: number | null } | null {
  if (declared === 'report' || declared === 'entity')
    return request.foundEntity ? { subjectPersonId: null, subjectEntityId: request.foundEntity.entityId } : null;
  if (typeof declared === 'object') {
    const c = request.staffCase;
    if (!c) throw new Error('a case route ran without its case');
    return { subjectPersonId: c.subject.personId, subjectEntityId: c.subject.entityId };
  }
  const personId = request.session?.personId;
  if (!personId) return null;
  return { subjectPersonId: personId, subjectEntityId: declared === 'session' ? (request.session?.actingEntityId ?? null) : null };
}

function idempotencyOf(request: FastifyRequest) {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new AppError(400, 'IDEMPOTENCY_KEY_REQUIRED', '提交缺少防重复编号，请刷新页面后重新提交。');
  }
  const s = request.session;
  return {
    actor: s?.staffId ? `staff:${s.staffId}` : `person:${s?.personId}`,
    key,
    method: request.method,
    route: request.routeOptions.url ?? request.url,
    requestHash: createHash('sha256')
      .update(`${request.method} ${request.url}\n`)
      .update(JSON.stringify(request.body ?? null))
      .digest(),
  };
}

/**
 * One unit of work per declared route: its idempotency claim, the case it is about, the handler's work, its
 * access-log line and its stored answer commit together in one transaction, or none of them does. Routes declare
 * this in the contract's route table (`idempotent` in ROUTES, `personal` in ROUTE_DOCS); the handlers only do their work. A read and its
 * log line therefore cannot come apart, and no handler writes a log line of its own.
 */
export default fp(async (app: FastifyInstance) => {
  app.decorateRequest('staffCase', null);
  app.decorateRequest('foundEntity', null);

  app.addHook('onRoute', (route) => {
    const spec = route.config?.spec;
    const personal = route.config?.personal;
    const logged = personal?.logged ? personal : null;
    if (!spec || (!logged && !spec.idempotent && !('transaction' in spec && spec.transaction))) return;
    const work = route.handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
    const caseKind = logged && typeof logged.subject === 'object' ? logged.subject.case : null;

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      // Everything that can be refused without reading anything is refused first.
      const purpose = logged ? purposeOf(request, logged.purpose) : '';
      const claim = spec.idempotent ? idempotencyOf(request) : null;
      const outcome = await app.db.transaction(async (tx) => {
        const repos = app.reposOver(tx);
        request.transactionRepos = repos;
        try {
          if (claim && !(await repos.idempotency.claim(claim))) {
            const first = await repos.idempotency.stored(claim.actor, claim.key);
            if (!first || !Buffer.from(first.requestHash).equals(claim.requestHash)) {
              throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个防重复编号已用于另一次提交，请刷新页面后重新提交。');
            }
            return { statusCode: first.statusCode, body: first.response, replayed: true };
          }
          if (caseKind) {
            const id = (request.params as { id: string }).id;
            request.staffCase = await repos.cases.forStaff(caseKind, id, request.staff?.department ?? '');
          }
          const body = await work(request, reply);
          const subject = logged && subjectOf(request, logged.subject);
          if (logged && subject) {
            await repos.accessLog.append({
              ...actorOf(request, logged.subject),
              ...subject,
              action: logged.action,
              purpose: request.foundEntity?.purpose ?? purpose,
              fields: [...logged.fields],
              requestId: String(request.id),
            });
          }
          if (claim) {
            await repos.idempotency.faultPause();
            await repos.idempotency.save(claim.actor, claim.key, reply.statusCode, body);
          }
          return { statusCode: reply.statusCode, body, replayed: false };
        } finally {
          request.transactionRepos = null;
        }
      });
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(outcome.statusCode).send(outcome.body);
    };
    route.handler = handler as RouteHandlerMethod;
  });
});
