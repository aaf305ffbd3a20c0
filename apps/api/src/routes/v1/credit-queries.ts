import type { ApplicationList, EntityProfile } from '@xinyong/contract';
import { checkMatterReference, validateCreditCode } from '@xinyong/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors';
import type { StaffMember } from '../../repositories/staff';
import { defineHandlers } from '../table';
import { pageOf } from './paging';

const staffOf = (request: FastifyRequest) => request.staff as StaffMember;

/** What a department saw, by category, as the registration and the business's own log name it. */
function seenIn(profile: EntityProfile): string[] {
  const counted = (label: string, n: number) => `${label} ${n} 条`;
  return [
    '基本信息',
    counted('行政许可', profile.licences.length),
    counted('行政处罚', profile.penalties.length),
    counted('失信名单', profile.dishonestyEntries.length),
    counted('守信激励名单', profile.redListEntries.length),
    counted('信用承诺', profile.commitments.length),
  ];
}

/** 查询使用登记: a department's query under the application list, registered and logged in one unit of work. */
export const creditQueryHandlers = (app: FastifyInstance, opts: { applicationList: ApplicationList }) =>
  defineHandlers({
    'staff.applicationList': { handler: async () => opts.applicationList },
    'staff.creditQuery': {
      handler: async (request) => {
        const { code, purposeId, referenceNo } = request.body;
        const purpose = opts.applicationList.items.find((item) => item.id === purposeId);
        if (!purpose) throw new AppError(400, 'PURPOSE_NOT_LISTED', '请从应用清单中选择这次查询的用途；清单以外的用途不能查询。');
        const reference = checkMatterReference(referenceNo);
        if (!reference.ok) throw new AppError(400, reference.code, reference.message);
        const valid = validateCreditCode(code);
        if (!valid.ok) throw new AppError(400, 'INVALID_CREDIT_CODE', `${valid.message}请核对后重新输入。`);
        const repos = request.repos;
        const entityId = await repos.entities.idOf(valid.code);
        const profile = entityId === undefined ? undefined : await repos.entities.profile(valid.code, app.today());
        if (entityId === undefined || !profile) {
          throw new AppError(404, 'ENTITY_NOT_FOUND', '没有找到这个统一社会信用代码对应的主体，请核对代码。');
        }
        const staff = staffOf(request);
        const seen = seenIn(profile);
        const label = `${purpose.matter}${purpose.example ? '（示例）' : ''}`;
        const registered = await repos.creditQueries.register({
          staffId: staff.id,
          department: staff.department,
          purposeId: purpose.id,
          purposeLabel: label,
          referenceNo: reference.reference,
          entityId,
          seen,
          requestId: String(request.id),
        });
        // The business's own log says which matter its information was looked up for.
        request.foundEntity = { entityId, purpose: `应查尽查：${label}（事项编号 ${reference.reference}）` };
        return {
          queryNo: registered.queryNo,
          registeredAt: registered.at.toISOString(),
          purpose: label,
          referenceNo: reference.reference,
          seen,
          profile,
        };
      },
    },
    'staff.creditQueries': {
      handler: async (request) => {
        const { department, purposeId, code, from, to, page } = request.query;
        if (from && to && from > to) throw new AppError(400, 'INVALID_DATE_RANGE', '开始日期不能晚于结束日期，请重新选择。');
        return request.repos.creditQueries.list({
          department: department || undefined,
          purposeId: purposeId || undefined,
          entityCode: code ? code.trim().toUpperCase() : undefined,
          from,
          to,
          page: pageOf(page, 1, 1000),
          pageSize: 50,
        });
      },
    },
  });
