import { hash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Public answers a CDN may keep, and for how long; everything else under /api is never stored. */
const PUBLIC_API: [RegExp, string][] = [
  [/^\/api\/v1\/(benefits|measures|catalog|commitment-texts)(\/|\?|$)/, 'public, max-age=300, stale-while-revalidate=60'],
  [/^\/api\/v1\/entities(\/|\?|$)/, 'public, max-age=60'],
  [/^\/api\/v1\/openapi\.json$/, 'public, max-age=300'],
];

/**
 * Cache-Control and ETag for public answers (a conditional GET gets 304), no-store for everything
 * personal. Personal answers carry no ETag: it would only identify them.
 */
export default fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url;
    if (!path.startsWith('/api/')) return payload;
    const rule =
      request.method === 'GET' && reply.statusCode === 200 && !request.headers.authorization
        ? PUBLIC_API.find(([re]) => re.test(path))
        : undefined;
    if (!rule) {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    reply.header('cache-control', rule[1]);
    reply.header('vary', 'Accept-Encoding');
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    // One-shot hashing: public answers are small, and this runs on every one of them.
    const etag = `W/"${hash('sha1', payload, 'base64url')}"`;
    reply.header('etag', etag);
    const match = request.headers['if-none-match'];
    if (match?.split(',').some((m) => m.trim() === etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
});
