import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Config } from './config';
import { loadApplicationList } from './content/load-application-list';
import { loadRetentionPeriods } from './content/load-retention';
import type { SqlClient } from './db/client';
import auth from './plugins/app/auth';
import database from './plugins/app/database';
import errors, { errorBody } from './plugins/app/errors';
import freeText from './plugins/app/free-text';
import identityPlugin, { type IdentityOptions } from './plugins/app/identity';
import jobs from './plugins/app/jobs';
import rateLimit from './plugins/app/rate-limit';
import reports from './plugins/app/reports';
import unitOfWork from './plugins/app/unit-of-work';
import uploadSlots from './plugins/app/upload-slots';
import frontEnds from './plugins/external/front-ends';
import httpCache, { COMPRESS_THRESHOLD } from './plugins/external/http-cache';
import openapi from './plugins/external/openapi';
import security from './plugins/external/security';
import { loggerOptions } from './request-log';
import v1Routes from './routes/v1/index';
import { uploadCheckPool } from './uploads/check-pool';
import { directoryStore } from './uploads/file-store';

export interface BuildOptions {
  config: Config;
  db: SqlClient;
  /** The app owns the database and closes it on app.close(). */
  closeDb?: boolean;
  logger?: boolean;
  /** Injected in tests to decide display rules on a fixed date. */
  clock?: () => Date;
  /** Identity services; tests inject clients pointed at local stand-ins. */
  identity?: Omit<IdentityOptions, 'production'>;
}

/**
 * Staged start-up: external plugins, then app plugins (identity, repositories, errors, auth, rate limits, the unit
 * of work), then the routes of the contract's table (after the Fastify demo).
 */
export async function buildApp({
  config,
  db,
  closeDb = false,
  logger = false,
  clock = () => new Date(),
  identity = {},
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger && loggerOptions(config),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    // request.ip is the client's address as the trusted proxies report it; the rate limits key on it. Fastify
    // refuses a bare hop count (a client reaching the port directly could claim any address), so hops are given as
    // a function: TRUST_PROXY as a number is only for an API port that nothing but the proxies can reach.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    // Errors raised before routing (undecodable URLs, bad content types) get the same shape as the rest.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      const bad = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_ASYNC_CONSTRAINT';
      // These replies skip the onSend hooks, so the request id header is set here.
      reply.header('x-request-id', request.id);
      reply.status(400).send(errorBody(request, 'BAD_REQUEST', bad ? '网址格式不正确，请检查后重试。' : '请求无法处理，请检查后重试。'));
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });

  // 1. external
  await app.register(security, {
    siteDir: config.siteDir,
    h5Dir: config.h5Dir,
    consoleDir: config.consoleDir,
    corsOrigins: config.corsOrigins,
  });
  // Not application/octet-stream (the plugin's default includes it): pagefind ships its index already gzipped
  // and decompresses it itself, so a Content-Encoding on those files breaks search. It pays on the front ends' files
  // and on large JSON; below the threshold it only looks at the headers. Kept public answers are compressed once by
  // http-cache (with the same threshold) and carry their Content-Encoding, so this leaves them alone.
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    customTypes: /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)xml(?:;|$)|javascript|^image\/svg/,
  });
  await app.register(httpCache, {
    clock,
    maxBytes: config.publicCache.megabytes * 2 ** 20,
    ttlMs: config.publicCache.seconds * 1000,
  });
  await app.register(openapi, { version: config.version });
  await app.register(frontEnds, { siteDir: config.siteDir, h5Dir: config.h5Dir, consoleDir: config.consoleDir });
  // 2. app
  await app.register(identityPlugin, { ...identity, production: config.env === 'production' });
  // The embedded database keeps upload bodies in a directory beside it: its engine would copy them on the only thread.
  const files = db.driver === 'pglite' ? directoryStore(config.attachmentsDir) : undefined;
  // Workers are started by the first upload, so an app that never receives one (most tests, the CLIs) starts none.
  const uploadChecks = uploadCheckPool({ workers: config.uploadCheckWorkers });
  await app.register(database, { db, closeDb, clock, publicCache: config.publicCache, files, uploadChecks });
  await app.register(errors, { siteDir: config.siteDir });
  await app.register(freeText);
  await app.register(auth);
  await app.register(rateLimit, { scale: config.rateLimitScale });
  await app.register(unitOfWork);
  await app.register(reports, {
    production: config.env === 'production',
    env: config.reports.env,
    keyDir: config.reports.keyDir,
    contentDir: config.contentDir,
  });
  await app.register(uploadSlots, { concurrency: config.uploadConcurrency });
  await app.register(jobs, {
    checkpoint: config.accessLogCheckpoint,
    retention: { periods: loadRetentionPeriods(config.contentDir), hours: config.retentionHours },
  });
  // 3. routes
  await app.register(v1Routes, {
    prefix: '/api/v1',
    version: config.version,
    devIdentity: config.devIdentity,
    staffTotpRequired: config.staffTotpRequired,
    applicationList: loadApplicationList(config.contentDir),
    driver: db.driver,
    siteDir: config.siteDir,
  });
  return app;
}
