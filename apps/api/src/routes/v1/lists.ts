import { defineHandlers } from '../table';

export const listHandlers = defineHandlers({
  'lists.measures': {
    handler: async (request) => {
      const items = await request.repos.contentLists.measures();
      return { items, total: items.length };
    },
  },
  'lists.catalog': {
    handler: async (request) => {
      const items = await request.repos.contentLists.catalog();
      return { items, total: items.length };
    },
  },
});
