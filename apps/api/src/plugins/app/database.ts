import { type CivilDate, chinaDateAt } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { SqlClient } from '../../db/client';
import { type AnswerCache, answerCache } from '../../repositories/answer-cache';
import { benefitsRepository } from '../../repositories/benefits';
import { contentListsRepository } from '../../repositories/content-lists';
import { cachedEntities, entitiesRepository } from '../../repositories/entities';

const repositories = (db: SqlClient, cache: AnswerCache) => ({
  benefits: benefitsRepository(db),
  lists: contentListsRepository(db),
  entities: cachedEntities(entitiesRepository(db), cache),
});

declare module 'fastify' {
  interface FastifyInstance {
    db: SqlClient;
    repos: ReturnType<typeof repositories>;
    /** Public answers kept for a few seconds; emptied by every write this process makes. */
    publicAnswers: AnswerCache;
    /** Today's civil date in China: every display rule is decided on it. */
    today: () => CivilDate;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface DatabaseOptions {
  db: SqlClient;
  closeDb: boolean;
  clock: () => Date;
  publicCache: { megabytes: number; seconds: number };
}

export default fp(async (app: FastifyInstance, opts: DatabaseOptions) => {
  const cache = answerCache({ maxBytes: opts.publicCache.megabytes * 2 ** 20, ttlMs: opts.publicCache.seconds * 1000 });
  app.decorate('db', opts.db);
  app.decorate('publicAnswers', cache);
  app.decorate('repos', repositories(opts.db, cache));
  // An objection opened, a record revoked or repaired: whoever made the change sees it at once. Other processes
  // see it when their copy expires, as a CDN would. Cleared before the reply leaves, so no read can overtake it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!READS.has(request.method) && reply.statusCode < 400) cache.clear();
    return payload;
  });
  app.decorate('today', () => chinaDateAt(opts.clock()));
  if (opts.closeDb) app.addHook('onClose', async () => opts.db.close());
});
