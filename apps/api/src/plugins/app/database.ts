import { type CivilDate, chinaDateAt } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { SqlClient } from '../../db/client';
import { benefitsRepository } from '../../repositories/benefits';
import { contentListsRepository } from '../../repositories/content-lists';
import { entitiesRepository } from '../../repositories/entities';

const repositories = (db: SqlClient) => ({
  benefits: benefitsRepository(db),
  lists: contentListsRepository(db),
  entities: entitiesRepository(db),
});

declare module 'fastify' {
  interface FastifyInstance {
    db: SqlClient;
    repos: ReturnType<typeof repositories>;
    /** Today's civil date in China: every display rule is decided on it. */
    today: () => CivilDate;
  }
}

export default fp(async (app: FastifyInstance, opts: { db: SqlClient; closeDb: boolean; clock: () => Date }) => {
  app.decorate('db', opts.db);
  app.decorate('repos', repositories(opts.db));
  app.decorate('today', () => chinaDateAt(opts.clock()));
  if (opts.closeDb) app.addHook('onClose', async () => opts.db.close());
});
