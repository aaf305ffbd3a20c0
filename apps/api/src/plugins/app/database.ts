import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { SqlClient } from '../../db/client';
import { benefitsRepository } from '../../repositories/benefits';

declare module 'fastify' {
  interface FastifyInstance {
    db: SqlClient;
    repos: { benefits: ReturnType<typeof benefitsRepository> };
  }
}

export default fp(async (app: FastifyInstance, opts: { db: SqlClient; closeDb: boolean }) => {
  app.decorate('db', opts.db);
  app.decorate('repos', { benefits: benefitsRepository(opts.db) });
  if (opts.closeDb) app.addHook('onClose', async () => opts.db.close());
});
