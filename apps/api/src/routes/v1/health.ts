import { defineHandlers } from '../table';

export const healthHandlers = (opts: { version: string; devIdentity: boolean; driver: 'pglite' | 'postgres' }) =>
  defineHandlers({
    health: {
      handler: async (request, reply) => {
        const migration = await request.repos.system.migration().catch(() => null);
        const up = migration !== null;
        if (!up) reply.header('retry-after', '5');
        return reply.status(up ? 200 : 503).send({
          status: up ? 'ok' : 'degraded',
          version: opts.version,
          database: { status: up ? 'up' : 'down', driver: opts.driver, migration: migration ?? 0 },
          features: { devIdentity: opts.devIdentity },
        });
      },
    },
  });
