import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { uploadsBusy } from '../../errors';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * onRequest hook for a route that receives a file: takes one of this process's upload slots before the body is
     * read, or answers 503 with Retry-After when all are taken. The slot is given back when the answer has left.
     */
    uploadSlot: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    holdsUploadSlot: boolean;
  }
}

/**
 * Uploads in flight per process are bounded: each one holds its file in memory while it is received, checked and
 * stored, so without a bound a burst of uploads could exhaust the heap and take every other request down with it.
 */
export default fp(async (app: FastifyInstance, opts: { concurrency: number }) => {
  let inFlight = 0;
  app.decorateRequest('holdsUploadSlot', false);
  app.decorate('uploadSlot', async (request: FastifyRequest) => {
    if (inFlight >= opts.concurrency) throw uploadsBusy();
    inFlight++;
    request.holdsUploadSlot = true;
  });
  const release = (request: FastifyRequest) => {
    if (!request.holdsUploadSlot) return;
    request.holdsUploadSlot = false;
    inFlight--;
  };
  // Callback style: these run after every answer, and almost none holds a slot.
  app.addHook('onResponse', (request, _reply, done) => {
    release(request);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    release(request);
    done();
  });
});
