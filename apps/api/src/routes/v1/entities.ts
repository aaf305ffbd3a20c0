import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { EntityCodeParams, EntityProfile, EntitySearchQuery, EntitySearchResult, ErrorBody } from '@xinyong/contract';
import { normaliseCodeInput, validateCreditCode } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import { pageOf } from './paging';

const CODE_CHARS = /^[0-9A-Z]+$/;

export default async function entityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/entities',
    {
      onRequest: app.rateLimit('search', LIMITS.search),
      schema: {
        tags: ['entities'],
        summary: '查询企业等市场主体',
        description:
          '按名称（至少 2 个字）或统一社会信用代码查询。排序：代码、全名、开头相同、包含。只查法人和其他组织、个体工商户，不查个人。',
        querystring: EntitySearchQuery,
        response: { 200: EntitySearchResult, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
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
      return app.repos.entities.search({
        text,
        code,
        codePrefix: looksLikeCode && !code ? upper : undefined,
        page: pageOf(request.query.page, 1, 50),
        pageSize: pageOf(request.query.pageSize, 20, 50, '每页条数'),
      });
    },
  );

  app.get(
    '/entities/:code',
    {
      onRequest: app.rateLimit('profile', LIMITS.profile),
      schema: {
        tags: ['entities'],
        summary: '企业公共信用信息',
        description:
          '依法公开的信息：登记信息、行政许可、公示期内的行政处罚（含类别和公示截止日期）、严重失信主体名单（含依据和移出条件）、守信激励名单、信用承诺。已修复、已过公示期、个人和未成年人的信息不会出现。',
        params: EntityCodeParams,
        response: { 200: EntityProfile, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const result = validateCreditCode(request.params.code);
      if (!result.ok) throw new AppError(400, 'INVALID_CREDIT_CODE', `${result.message}请核对后重新输入。`);
      const profile = await app.repos.entities.profile(result.code, app.today());
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
  );
}

/** Full-width characters and stray spaces come from phone keyboards; they should not change the answer. */
function normaliseSearchText(q: string): string {
  return q
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .trim();
}
