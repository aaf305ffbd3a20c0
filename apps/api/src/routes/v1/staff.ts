import { STAFF_ROLES, type StaffEvidence } from '@xinyong/contract';
import { identifierRefusal } from '@xinyong/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCKOUT } from '../../auth/lockout';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords';
import { matchTotp } from '../../auth/totp';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import type { StaffCaseRead } from '../../repositories/cases';
import type { StaffMember } from '../../repositories/staff';
import { renderPdfPages } from '../../uploads/pdf-pages';
import { defineHandlers } from '../table';

// Set before a staff handler runs: the reviewer by requireStaff, the case (of the reviewer's department) by the unit of work.
const reviewer = (request: FastifyRequest) => request.staff as StaffMember;
const theCase = (request: FastifyRequest) => request.staffCase as StaffCaseRead;

/** 14:05 in China, for the message of a locked account. */
const chinaClock = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
/** Locked for this address only (see auth/lockout.ts): the owner elsewhere is not affected. */
const lockedHere = (until: Date, now: Date) =>
  new AppError(
    403,
    'ACCOUNT_LOCKED',
    `密码或动态口令连续输错 ${LOCKOUT.attempts} 次，账号在这台电脑上已锁定 ${Math.ceil((until.getTime() - now.getTime()) / 60_000)} 分钟。请在 ${chinaClock(until)} 以后再试，或请信用办管理员解锁。`,
  );
/** Locked for every address the account has not logged in from: many wrong attempts from many places. */
const lockedAccount = (until: Date) =>
  new AppError(
    403,
    'ACCOUNT_LOCKED',
    `这个账号近来被多次用错误的密码或口令尝试登录，已暂时锁定，请在 ${chinaClock(until)} 以后再试。平时登录用的电脑不受影响；如果不是您本人在尝试，请告诉信用办管理员。`,
  );

/** A file of a case in the answer; a PDF also as pictures of its pages (see uploads/pdf-pages.ts). */
async function evidenceOf(id: string, file: { mediaType: StaffEvidence['mediaType']; bytes: Buffer }): Promise<StaffEvidence> {
  const base = { id, mediaType: file.mediaType, byteSize: file.bytes.length, contentBase64: file.bytes.toString('base64') };
  if (file.mediaType !== 'application/pdf') return base;
  try {
    const pages = await renderPdfPages(file.bytes);
    return { ...base, pages: { pngBase64: pages.map((p) => p.toString('base64')), shown: pages.length, rendered: true } };
  } catch {
    // The reviewer can still open the file itself; the page says the pictures could not be made.
    return { ...base, pages: { pngBase64: [], shown: 0, rendered: false } };
  }
}

export const staffHandlers = (app: FastifyInstance, opts: { staffTotpRequired: boolean }) =>
  defineHandlers({
    'staff.login': {
      onRequest: [app.rateLimit('login', LIMITS.login)],
      note: `同一地址连续输错 ${LOCKOUT.attempts} 次，这个地址锁定 ${LOCKOUT.minutes} 分钟（再次锁定时加倍）；各地址合计连续输错 ${LOCKOUT.accountAttempts} 次，账号对没有登录过的地址锁定 ${LOCKOUT.accountMinutes} 分钟。`,
      handler: async (request) => {
        const { username, password, totp } = request.body;
        const now = app.now();
        const account = await request.repos.staff.forLogin(username);
        // The hash is checked even for a locked or unknown account, so the answer's timing tells nothing.
        const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
        if (!account) throw new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码不正确。');
        // The address as a keyed hash: lockout needs to tell addresses apart, not to know them.
        const client = app.personalData.lookupHash(`staff-login:${request.ip}`);
        const here = await request.repos.staff.clientState(account.id, client, now);
        if (here.lockedUntil) throw lockedHere(here.lockedUntil, now);
        if (account.lockedUntil && account.lockedUntil > now && !here.known) throw lockedAccount(account.lockedUntil);
        const fail = async (error: AppError) => {
          const { clientLockedUntil, accountLockedUntil } = await request.repos.staff.recordFailedLogin(account.id, client, now);
          if (clientLockedUntil) throw lockedHere(clientLockedUntil, now);
          throw accountLockedUntil && !here.known ? lockedAccount(accountLockedUntil) : error;
        };
        if (!passwordOk) return fail(new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码不正确。'));
        let step: number | null = null;
        if (account.totpSecret) {
          if (!totp) throw new AppError(401, 'TOTP_REQUIRED', '请输入验证器应用上显示的 6 位动态口令。');
          step = matchTotp(account.totpSecret, totp, now, account.totpLastStep);
          if (step === null) return fail(new AppError(401, 'INVALID_TOTP', '动态口令不正确或已用过，请等验证器显示新的口令后再输入。'));
        } else if (opts.staffTotpRequired) {
          throw new AppError(403, 'TOTP_NOT_ENROLLED', '这个账号还没有绑定动态口令，不能登录。请联系信用办管理员绑定后再试。');
        }
        await request.repos.staff.recordLogin(account.id, client, step, now);
        const created = await request.repos.sessions.create({ kind: 'staff', staffId: account.id, provider: 'password' });
        return { token: created.token, verified: true, idleMinutes: created.idleMinutes };
      },
    },
    'staff.me': {
      handler: async (request) => {
        const me = reviewer(request);
        return {
          username: me.username,
          displayName: me.displayName,
          department: me.department,
          roles: me.roles,
          roleLabels: me.roles.map((r) => STAFF_ROLES[r]),
        };
      },
    },
    'staff.accounts': {
      handler: async (request) => ({
        items: (await request.repos.staff.list(app.now())).map(({ roles, ...account }) => ({
          ...account,
          roleLabels: roles.map((r) => STAFF_ROLES[r]),
        })),
      }),
    },
    'staff.queue': {
      handler: async (request) => request.repos.cases.queue(request.query.kind, reviewer(request).department, app.today()),
    },
    'staff.objection': { handler: async (request) => theCase(request).view },
    'staff.repair': { handler: async (request) => theCase(request).view },
    'staff.objectionEvidence': {
      handler: async (request) => {
        const file = await request.repos.attachments.ofCase('objection', theCase(request).caseId, request.params.attachmentId);
        return evidenceOf(request.params.attachmentId, file);
      },
    },
    'staff.repairEvidence': {
      handler: async (request) => {
        const file = await request.repos.attachments.ofCase('repair', theCase(request).caseId, request.params.attachmentId);
        return evidenceOf(request.params.attachmentId, file);
      },
    },
    'staff.decideObjection': {
      handler: async (request) => {
        // A correction becomes the public text of the record: no ID number, phone or card number may go in with it.
        const { correction } = request.body;
        const refusal =
          (correction?.content && identifierRefusal('更正后的内容', correction.content)) ||
          (correction?.legalBasis && identifierRefusal('更正后的依据', correction.legalBasis)) ||
          null;
        if (refusal) throw new AppError(400, 'PERSONAL_DATA_IN_TEXT', refusal);
        return request.repos.cases.decideObjection(theCase(request), reviewer(request).id, request.body, app.today());
      },
    },
    'staff.decideRepair': {
      handler: async (request) => request.repos.cases.decideRepair(theCase(request), reviewer(request).id, request.body, app.today()),
    },
  });
