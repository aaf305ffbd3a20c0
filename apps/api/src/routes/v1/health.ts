import { ErrorBody, Health } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { currentMigration } from '../../db/migrate';

export default async function healthRoutes(app: FastifyInstance, opts: { version: string; devIdentity: boolean }) {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: '服务和数据库状态', response: { 200: Health, 503: Health, 500: ErrorBody } } },
    async (_request, reply) => {
      const migration = await currentMigration(app.db).catch(() => null);
      const up = migration !== null;
      if (!up) reply.header('retry-after', '5');
      return reply.status(up ? 200 : 503).send({
        status: up ? 'ok' : 'degraded',
        version: opts.version,
        database: { status: up ? 'up' : 'down', driver: app.db.driver, migration: migration ?? 0 },
        features: { devIdentity: opts.devIdentity },
      });
    },
  );
}
