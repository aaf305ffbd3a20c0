import { STAFF_ACCOUNT_ACTIONS } from '@xinyong/contract';
import type { FastifyRequest } from 'fastify';
import { newTotpSecret, otpauthUri } from '../../auth/totp';
import { AppError } from '../../errors';
import { qrMatrix } from '../../reports/qr';
import type { StaffMember } from '../../repositories/staff';
import { defineHandlers } from '../table';

const admin = (request: FastifyRequest) => request.staff as StaffMember;

/** The credit office's actions on staff accounts: each one done and logged in one transaction. */
export const staffAccountHandlers = () =>
  defineHandlers({
    'staff.accountAction': {
      handler: async (request) => {
        const { username } = request.params;
        const { action } = request.body;
        const me = admin(request);
        // The unit of work runs this route in one transaction (`transaction` in the route table).
        const staff = request.repos.staff;
        const target = await staff.byUsername(username);
        if (!target) throw new AppError(404, 'ACCOUNT_NOT_FOUND', `没有用户名为“${username}”的工作人员账号。`);
        // An administrator who disables their own account, or replaces their own second factor here, could lock the
        // office out of its console: another administrator does it.
        if (target.id === me.id && (action === 'disable' || action === 'enrol_totp'))
          throw new AppError(409, 'OWN_ACCOUNT', '不能停用自己的账号或在这里重置自己的动态口令，请由另一位信用办管理员操作。');
        let totp: { secret: string; uri: string; qr: { size: number; rows: string[] } } | undefined;
        if (action === 'unlock') await staff.unlock(target.id);
        if (action === 'disable' || action === 'enable') await staff.setDisabled(target.id, action === 'disable');
        if (action === 'enrol_totp') {
          const secret = newTotpSecret();
          await staff.enrolTotp(target.id, username, secret);
          const uri = otpauthUri(secret, username);
          const m = qrMatrix(uri);
          const rows = Array.from({ length: m.size }, (_, r) =>
            Array.from({ length: m.size }, (_, c) => (m.dark(r, c) ? '1' : '0')).join(''),
          );
          totp = { secret, uri, qr: { size: m.size, rows } };
        }
        await staff.recordEvent({ actorId: me.id, targetId: target.id, action, requestId: String(request.id) });
        return { username, action, done: `已${STAFF_ACCOUNT_ACTIONS[action]}：${username}`, ...(totp ? { totp } : {}) };
      },
    },
  });
