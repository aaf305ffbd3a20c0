import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Benefit, BenefitList, BenefitListQuery, BenefitParams, ErrorBody } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors';

export default async function benefitRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/benefits',
    {
      schema: {
        tags: ['benefits'],
        summary: '信易+ 目录',
        description: '按类别和面向对象筛选守信激励措施。',
        querystring: BenefitListQuery,
        response: { 200: BenefitList, 400: ErrorBody },
      },
    },
    async (request) => {
      const items = await app.repos.benefits.list(request.query);
      return { items, total: items.length };
    },
  );

  app.get(
    '/benefits/:id',
    {
      schema: {
        tags: ['benefits'],
        summary: '信易+ 详情',
        description: '条件（白话说明）、政策依据和申请方式。',
        params: BenefitParams,
        response: { 200: Benefit, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const benefit = await app.repos.benefits.get(request.params.id);
      if (!benefit) throw notFound('没有找到这项信易+ 措施，可能已下线。请返回目录查看现有措施。');
      return benefit;
    },
  );
}
