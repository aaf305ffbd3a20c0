import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The site at / and the mini-program's h5 build at /m/, so the whole product runs on one origin. */
export default fp(async (app: FastifyInstance, opts: { siteDir: string; h5Dir: string }) => {
  if (existsSync(opts.h5Dir)) {
    await app.register(fastifyStatic, { root: opts.h5Dir, prefix: '/m/', decorateReply: false, wildcard: true });
  } else {
    app.log.warn({ dir: opts.h5Dir }, 'mini-program h5 build not found; /m/ is not served');
  }
  if (existsSync(opts.siteDir)) {
    await app.register(fastifyStatic, { root: opts.siteDir, prefix: '/', decorateReply: true, wildcard: true });
  } else {
    app.log.warn({ dir: opts.siteDir }, 'site build not found; / is not served');
  }
});
