import { normaliseCodeInput, validateCreditCode } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import { defineHandlers } from '../table';
import { pageOf } from './paging';

const CODE_CHARS = /^[0-9A-Z]+$/;

export const entityHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'entities.search': {
      onRequest: [app.rateLimit('search', LIMITS.search)],
      handler: async (request) => {
        const text = normaliseSearchText(request.query.q);
        if (Array.from(text).length < 2) {
          throw new AppError(400, 'QUERY_TOO_SHORT', '请至少输入 2 个字的企业名称，或完整的统一社会信用代码。');
        }
        const upper = normaliseCodeInput(text);
        const looksLikeCode = CODE_CHARS.test(upper) && /\d/.test(upper);
        let code: string | undefined;
        if (looksLikeCode && upper.length === 18) {
          const result = validateCreditCode(upper);
          if (!result.ok) throw new AppError(400, 'INVALID_CREDIT_CODE', `${result.message}请核对后重新输入。`);
          code = result.code;
        }
        return request.repos.entities.search({
          text,
          code,
          codePrefix: looksLikeCode && !code ? upper : undefined,
          page: pageOf(request.query.page, 1, 50),
          pageSize: pageOf(request.query.pageSize, 20, 50, '每页条数'),
        });
      },
    },
    'entities.profile': {
      onRequest: [app.rateLimit('profile', LIMITS.profile)],
      handler: async (request) => {
        const result = validateCreditCode(request.params.code);
        if (!result.ok) throw new AppError(400, 'INVALID_CREDIT_CODE', `${result.message}请核对后重新输入。`);
        const profile = await request.repos.entities.profile(result.code, app.today());
        if (!profile) {
          // Enumeration of codes is mostly misses: those are counted on their own, with a tight limit.
          await app.countEvent('profile-miss', request, LIMITS.profileMiss);
          throw new AppError(
            404,
            'ENTITY_NOT_FOUND',
            '没有找到这个统一社会信用代码对应的主体。代码格式正确，可能尚未归集到本平台，请稍后再查或按名称查询。',
          );
        }
        return profile;
      },
    },
  });

/** Full-width characters and stray spaces come from phone keyboards; they should not change the answer. */
function normaliseSearchText(q: string): string {
  return q
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .trim();
}
