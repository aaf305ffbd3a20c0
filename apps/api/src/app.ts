import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Config } from './config';
import type { SqlClient } from './db/client';
import auth from './plugins/app/auth';
import database from './plugins/app/database';
import errors, { errorBody } from './plugins/app/errors';
import identityPlugin, { type IdentityOptions } from './plugins/app/identity';
import rateLimit from './plugins/app/rate-limit';
import frontEnds from './plugins/external/front-ends';
import httpCache from './plugins/external/http-cache';
import openapi from './plugins/external/openapi';
import security from './plugins/external/security';
import attachmentRoutes from './routes/v1/attachments';
import authRoutes from './routes/v1/auth';
import benefitRoutes from './routes/v1/benefits';
import entityRoutes from './routes/v1/entities';
import healthRoutes from './routes/v1/health';
import listRoutes from './routes/v1/lists';
import meRoutes from './routes/v1/me';
import objectionRoutes from './routes/v1/objections';
import repairRoutes from './routes/v1/repairs';
import staffRoutes from './routes/v1/staff';

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

/** Staged start-up: external plugins, then app plugins, then routes (after the Fastify demo). */
export async function buildApp({
  config,
  db,
  closeDb = false,
  logger = false,
  clock = () => new Date(),
  identity = {},
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger && { level: config.env === 'production' ? 'info' : 'warn', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
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
  await app.register(security, { siteDir: config.siteDir, h5Dir: config.h5Dir, corsOrigins: config.corsOrigins });
  // Not application/octet-stream (the plugin's default includes it): pagefind ships its index already gzipped
  // and decompresses it itself, so a Content-Encoding on those files breaks search.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)xml(?:;|$)|javascript|^image\/svg/,
  });
  await app.register(httpCache);
  await app.register(openapi, { version: config.version });
  await app.register(frontEnds, { siteDir: config.siteDir, h5Dir: config.h5Dir });
  // 2. app
  await app.register(database, { db, closeDb, clock, publicCache: config.publicCache });
  await app.register(errors, { siteDir: config.siteDir });
  await app.register(identityPlugin, { ...identity, production: config.env === 'production' });
  await app.register(auth);
  await app.register(rateLimit, { scale: config.rateLimitScale });
  // 3. routes
  await app.register(
    async (v1) => {
      await v1.register(healthRoutes, { version: config.version, devIdentity: config.devIdentity });
      await v1.register(benefitRoutes);
      await v1.register(entityRoutes);
      await v1.register(listRoutes);
      await v1.register(authRoutes, { devIdentity: config.devIdentity });
      await v1.register(meRoutes);
      await v1.register(attachmentRoutes);
      await v1.register(objectionRoutes);
      await v1.register(repairRoutes);
      await v1.register(staffRoutes);
    },
    { prefix: '/api/v1' },
  );
  return app;
}
