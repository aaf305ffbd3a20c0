import { normaliseFreeText } from '@xinyong/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Secrets are compared as typed: removing a character from one would change it. */
const VERBATIM = /password|secret|otp|token/i;

function normalised(value: unknown, key: string): unknown {
  if (typeof value === 'string') return VERBATIM.test(key) ? value : normaliseFreeText(value);
  if (Array.isArray(value)) return value.map((v) => normalised(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalised(v, k);
    return out;
  }
  return value;
}

/**
 * Every JSON body is read as people see it before the schema checks it: invisible characters removed and ends
 * trimmed (domain normaliseFreeText), so a minimum length counts only characters that show and nothing invisible
 * is stored or published.
 */
export default fp(async (app: FastifyInstance) => {
  // Callback style: most requests have no body, and an async hook would cost each of them a promise.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body && typeof request.body === 'object') request.body = normalised(request.body, '');
    done();
  });
});
