import { type CivilDate, chinaDateAt } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Queryable, type SqlClient, WINDOWS_CHANGED } from '../../db/client';
import { type AnswerCache, answerCache } from '../../repositories/answer-cache';
import { type Repositories, repositoriesOver } from '../../repositories/index';
import { nameBigramStats } from '../../repositories/name-search-plan';
import type { UploadChecks } from '../../uploads/check-pool';
import type { FileStore } from '../../uploads/file-store';

declare module 'fastify' {
  interface FastifyInstance {
    db: SqlClient;
    /** The repositories over the pool: the only way routes and plugins reach the database. */
    repos: Repositories;
    /** The same repositories over a transaction's Queryable (see plugins/app/unit-of-work.ts). */
    reposOver: (tx: Queryable) => Repositories;
    /** Public answers kept for a few seconds; emptied by every write this process makes. */
    publicAnswers: AnswerCache;
    /** Upload bodies outside the database, when the database is the embedded one. */
    files: FileStore | null;
    /** Today's civil date in China: every display rule is decided on it. */
    today: () => CivilDate;
    /** The app's clock (injected in tests), for instants such as a login lock. */
    now: () => Date;
  }
  interface FastifyRequest {
    /** The repositories this request works with: over its transaction when the route declares one, else over the pool. */
    readonly repos: Repositories;
    transactionRepos: Repositories | null;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface DatabaseOptions {
  db: SqlClient;
  /** Upload bodies outside the database (the embedded one); undefined: in it. */
  files?: FileStore;
  uploadChecks: UploadChecks;
  closeDb: boolean;
  clock: () => Date;
  publicCache: { megabytes: number; seconds: number };
}

/** Registers the repositories once: every route handler and app plugin reaches the database through them. */
export default fp(async (app: FastifyInstance, opts: DatabaseOptions) => {
  const cache = answerCache({ maxBytes: opts.publicCache.megabytes * 2 ** 20, ttlMs: opts.publicCache.seconds * 1000 });
  const nameStats = nameBigramStats(opts.db);
  app.decorate('db', opts.db);
  app.decorate('files', opts.files ?? null);
  app.decorate('publicAnswers', cache);
  app.decorate('reposOver', (tx: Queryable) =>
    repositoriesOver(tx, {
      crypto: app.personalData,
      accessLogKey: app.accessLogKey,
      totpKey: app.totpKey,
      files: opts.files,
      uploadChecks: opts.uploadChecks,
      nameStats,
    }),
  );
  app.decorate(
    'repos',
    repositoriesOver(opts.db, {
      crypto: app.personalData,
      accessLogKey: app.accessLogKey,
      totpKey: app.totpKey,
      files: opts.files,
      uploadChecks: opts.uploadChecks,
      nameStats,
      cache,
    }),
  );
  app.decorateRequest('transactionRepos', null);
  app.decorateRequest('repos', {
    getter(this: { transactionRepos: Repositories | null }) {
      return this.transactionRepos ?? app.repos;
    },
  });
  // An objection opened, a record revoked or repaired: whoever made the change sees it at once. Other processes
  // see it when their copy expires, as a CDN would. Cleared before the reply leaves, so no read can overtake it.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!READS.has(request.method) && reply.statusCode < 400) cache.clear();
    done(null, payload);
  });
  app.decorate('today', () => chinaDateAt(opts.clock()));
  app.decorate('now', () => opts.clock());
  // Another process recomputed the stored windows (the windows:recompute command): public answers made from the old
  // ones go at once, not when they expire. A lost listening connection also clears them, since a notice may be missed.
  if (opts.db.listen) {
    const stop = await opts.db.listen(
      WINDOWS_CHANGED,
      () => cache.clear(),
      () => cache.clear(),
    );
    app.addHook('onClose', async () => stop());
  }
  app.addHook('onClose', async () => opts.uploadChecks.close());
  if (opts.closeDb) app.addHook('onClose', async () => opts.db.close());
});
