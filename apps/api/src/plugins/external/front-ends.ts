import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The site at /, the mini-program's h5 build at /m/ and the staff console at /console/, so the whole product runs on one origin. */
export default fp(async (app: FastifyInstance, opts: { siteDir: string; h5Dir: string; consoleDir?: string }) => {
  if (existsSync(opts.h5Dir)) {
    await app.register(fastifyStatic, { root: opts.h5Dir, prefix: '/m/', decorateReply: false, wildcard: true });
  } else {
    app.log.warn({ dir: opts.h5Dir }, 'mini-program h5 build not found; /m/ is not served');
  }
  if (opts.consoleDir && existsSync(opts.consoleDir)) {
    // One page: /console/ and anything under it that is not a built file is the console's index.html.
    await app.register(fastifyStatic, { root: opts.consoleDir, prefix: '/console/', decorateReply: false, wildcard: true });
  } else {
    app.log.warn({ dir: opts.consoleDir }, 'staff console build not found; /console/ is not served');
  }
  if (existsSync(opts.siteDir)) {
    await app.register(fastifyStatic, { root: opts.siteDir, prefix: '/', decorateReply: true, wildcard: true });
  } else {
    app.log.warn({ dir: opts.siteDir }, 'site build not found; / is not served');
  }
});
