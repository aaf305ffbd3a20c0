import { hash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chinaDayNumberAt } from '@xinyong/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The ready-answer generation this request's miss began in; -1: not looked up, SERVED_READY: sent from the kept bytes. */
    readyGeneration: number;
  }
}

/** Public answers a CDN may keep, and for how long; everything else under /api is never stored. */
const PUBLIC_API: [RegExp, string][] = [
  [/^\/api\/v1\/(benefits|measures|catalog|commitment-texts)(\/|\?|$)/, 'public, max-age=300, stale-while-revalidate=60'],
  [/^\/api\/v1\/entities(\/|\?|$)/, 'public, max-age=60'],
  [/^\/api\/v1\/openapi\.json$/, 'public, max-age=300'],
];

/** Below this an answer is sent as it is: compressing a few hundred bytes costs more time than it saves on the wire. */
export const COMPRESS_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip';
const SERVED_READY = -2;

/** What a kept answer is: its bytes, their ETag, and compressed copies made the first time a client asks for one. */
interface Ready {
  body: Buffer;
  etag: string;
  contentType: string;
  cacheControl: string;
  expires: number;
  br?: Buffer;
  gzip?: Buffer;
}

/** Appends to Vary instead of replacing it: CORS has already put Origin there for a cross-origin request. */
export function addVary(reply: FastifyReply, field: string) {
  const current = reply.getHeader('vary');
  if (current === undefined) {
    reply.header('vary', field);
    return;
  }
  const text = String(current);
  if (!text.toLowerCase().includes(field.toLowerCase())) reply.header('vary', `${text}, ${field}`);
}

const negotiated = new Map<string, Encoding | null>();
/** br when the client takes it, else gzip, else none; q=0 refuses. Few distinct headers exist, so each is parsed once. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const known = negotiated.get(header);
  if (known !== undefined) return known;
  let br = false;
  let gzip = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    if (name === 'br' || name === '*') br = true;
    if (name === 'gzip' || name === '*') gzip = true;
  }
  const choice = br ? 'br' : gzip ? 'gzip' : null;
  if (negotiated.size < 200) negotiated.set(header, choice);
  return choice;
}

/**
 * The bytes in memory of their own. Node hands out small buffers (a short string's bytes, zlib's output) as slices
 * of a shared 8 KB slab or of a 16 KB chunk, and a kept slice keeps all of it: at 1 million entities, 8 MB of kept
 * answers of about 1.3 KB held 55 MB of array buffers.
 */
export function ownedBytes(payload: string | Buffer): Buffer {
  const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  const owned = Buffer.allocUnsafeSlow(length);
  if (typeof payload === 'string') owned.write(payload);
  else payload.copy(owned);
  return owned;
}

// Quality 5: near the best ratio for JSON at a fraction of quality 11's time; each copy is made once per answer.
const compressors: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body),
};

export interface HttpCacheOptions {
  /** The app's clock: answers follow display rules decided on the China date, so a new date empties the cache. */
  clock: () => Date;
  /** Bytes and lifetime of kept answers: the public answer cache's own (PUBLIC_CACHE_MB, PUBLIC_CACHE_SECONDS). */
  maxBytes: number;
  ttlMs: number;
}

/**
 * Cache-Control and ETag for public answers (a conditional GET gets 304), no-store for everything
 * personal. Personal answers carry no ETag: it would only identify them.
 *
 * Public answers are also kept here as the bytes that were sent, with their ETag and (for answers over
 * COMPRESS_THRESHOLD) br and gzip copies, for as long as the public answer cache keeps answers and emptied with it
 * (every write of this process, a recompute notice) and when the China date changes. A repeat of the same request is
 * answered from them after its rate limits and validation ran, without the handler, JSON serialisation, hashing or
 * compression.
 */
export default fp(async (app: FastifyInstance, opts: HttpCacheOptions) => {
  const ready = new Map<string, Ready>();
  let bytes = 0;
  let generation = 0;
  let day = chinaDayNumberAt(opts.clock().getTime());
  const enabled = opts.maxBytes > 0 && opts.ttlMs > 0;
  const sizeOf = (r: Ready) => r.body.length + (r.br?.length ?? 0) + (r.gzip?.length ?? 0);
  const clear = () => {
    generation += 1;
    ready.clear();
    bytes = 0;
  };
  app.decorateRequest('readyGeneration', -1);
  app.addHook('onReady', (done) => {
    // Registered before the database plugin decorates publicAnswers; it exists once the app is ready.
    app.publicAnswers?.onClear(clear);
    done();
  });

  app.addHook('preHandler', (request, reply, done) => {
    if (!enabled || request.method !== 'GET' || request.headers.authorization) return done();
    const url = request.url;
    if (!url.startsWith('/api/')) return done();
    const now = opts.clock().getTime();
    // Any other day, earlier too: an injected clock may be set back.
    if (chinaDayNumberAt(now) !== day) {
      day = chinaDayNumberAt(now);
      // Both caches (this one through onClear): the value cache's answers were decided on yesterday's date too.
      app.publicAnswers.clear();
    }
    const kept = ready.get(url);
    if (kept === undefined || kept.expires <= now) {
      if (kept !== undefined) {
        ready.delete(url);
        bytes -= sizeOf(kept);
      }
      request.readyGeneration = generation;
      return done();
    }
    request.readyGeneration = SERVED_READY;
    reply.header('cache-control', kept.cacheControl);
    addVary(reply, 'accept-encoding');
    reply.header('etag', kept.etag);
    reply.header('content-type', kept.contentType);
    if (matches(request.headers['if-none-match'], kept.etag)) {
      reply.code(304).send('');
      return;
    }
    const encoding = kept.body.length >= COMPRESS_THRESHOLD ? chooseEncoding(request.headers['accept-encoding']) : null;
    if (encoding === null) {
      reply.send(kept.body);
      return;
    }
    let copy = kept[encoding];
    if (copy === undefined) {
      copy = ownedBytes(compressors[encoding](kept.body));
      kept[encoding] = copy;
      bytes += copy.length;
    }
    reply.header('content-encoding', encoding);
    reply.send(copy);
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const path = request.url;
    if (!path.startsWith('/api/')) return done(null, payload);
    // Sent from the ready bytes: every header is already set.
    if (request.readyGeneration === SERVED_READY) return done(null, payload);
    const rule =
      request.method === 'GET' && reply.statusCode === 200 && !request.headers.authorization
        ? PUBLIC_API.find(([re]) => re.test(path))
        : undefined;
    if (!rule) {
      reply.header('cache-control', 'no-store');
      return done(null, payload);
    }
    reply.header('cache-control', rule[1]);
    addVary(reply, 'accept-encoding');
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    // One-shot hashing: public answers are small, and this runs on every one of them that is not kept.
    const etag = `W/"${hash('sha1', payload, 'base64url')}"`;
    reply.header('etag', etag);
    // A miss that began before a write may carry the old answer: it is sent, but not kept.
    if (enabled && request.readyGeneration === generation) keep(path, payload, etag, String(reply.getHeader('content-type')), rule[1]);
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      return done(null, '');
    }
    done(null, payload);
  });

  const keep = (url: string, payload: string | Buffer, etag: string, contentType: string, cacheControl: string) => {
    const body = ownedBytes(payload);
    if (body.length > opts.maxBytes / 4) return;
    const old = ready.get(url);
    if (old) {
      ready.delete(url);
      bytes -= sizeOf(old);
    }
    ready.set(url, { body, etag, contentType, cacheControl, expires: opts.clock().getTime() + opts.ttlMs });
    bytes += body.length;
    // Oldest first (a Map iterates in insertion order): answers live seconds, so first in is nearly least used.
    for (const [key, gone] of ready) {
      if (bytes <= opts.maxBytes) break;
      ready.delete(key);
      bytes -= sizeOf(gone);
    }
  };
});

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
  return header.split(',').some((m) => m.trim() === etag);
}
