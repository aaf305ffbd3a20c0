import { notFound } from '../../errors';
import { defineHandlers } from '../table';

export const benefitHandlers = defineHandlers({
  'benefits.list': {
    handler: async (request) => {
      const items = await request.repos.benefits.list(request.query);
      return { items, total: items.length };
    },
  },
  'benefits.get': {
    handler: async (request) => {
      const benefit = await request.repos.benefits.get(request.params.id);
      if (!benefit) throw notFound('没有找到这项信易+ 措施，可能已下线。请返回目录查看现有措施。');
      return benefit;
    },
  },
});
