import { CatalogList, ErrorBody, MeasureList } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';

export default async function listRoutes(app: FastifyInstance) {
  app.get(
    '/measures',
    {
      schema: {
        tags: ['lists'],
        summary: '失信惩戒措施清单',
        description: '每项措施的法律依据和适用的名单类型。没有法律依据的措施不得实施。',
        response: { 200: MeasureList, 500: ErrorBody },
      },
    },
    async () => {
      const items = await app.repos.lists.measures();
      return { items, total: items.length };
    },
  );

  app.get(
    '/catalog',
    {
      schema: {
        tags: ['lists'],
        summary: '公共信用信息数据目录',
        description: '每类信息的来源部门、公开方式和公示规则。',
        response: { 200: CatalogList, 500: ErrorBody },
      },
    },
    async () => {
      const items = await app.repos.lists.catalog();
      return { items, total: items.length };
    },
  );
}
