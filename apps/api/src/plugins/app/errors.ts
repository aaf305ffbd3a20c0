import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENEFIT_AUDIENCES, BENEFIT_CATEGORIES, type ErrorBody } from '@xinyong/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';
import { describeSchemaError, type SchemaError, type ValueLabels } from '../../validation-messages';

const ENUM_LABELS: ValueLabels = { category: BENEFIT_CATEGORIES, audience: BENEFIT_AUDIENCES };
/** A bad value of these fields has its own code, so clients can point at the field. */
const FIELD_CODES: Record<string, string> = { category: 'INVALID_CATEGORY', audience: 'INVALID_AUDIENCE' };

/** A missing or malformed header has a code and message of its own: they say what the client must send. */
const HEADER_ERRORS: Record<string, { code: string; message: string }> = {
  'x-access-purpose': { code: 'PURPOSE_REQUIRED', message: '查看个人信息前必须写明目的（至少 4 个字），这会记入当事人的查询记录。' },
  'idempotency-key': { code: 'IDEMPOTENCY_KEY_REQUIRED', message: '提交缺少防重复编号，请刷新页面后重新提交。' },
};

/** Framework errors a person can cause, with what they can do about it. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请删减后重试。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持这种提交格式，请使用 JSON。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: '提交的内容为空，请填写后重试。' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST', message: '请求长度不正确，请重试。' },
};

export function errorBody(request: FastifyRequest, code: string, message: string): ErrorBody {
  return { error: { code, message, requestId: String(request.id) } };
}

/** One error shape for every answer; 5xx details go to the log, never to the caller. */
export default fp(async (app: FastifyInstance, opts: { siteDir: string }) => {
  // The x-request-id header is set by the security plugin's onRequest hook, for every answer.

  // Before validation: PostgreSQL text cannot hold U+0000, and a deeply nested body would exhaust the
  // validator's stack. Both are refused with a clear message instead of failing later.
  // Callback style (no promise per request); a URL without '%' cannot hide a NUL, so it is not decoded at all.
  app.addHook('preValidation', (request, _reply, done) => {
    const raw = request.url;
    let url = raw;
    if (raw.includes('%')) {
      try {
        url = decodeURIComponent(raw);
      } catch {
        // undecodable URLs are answered by the router
      }
    }
    try {
      if (url.includes('\u0000')) throw new AppError(400, 'INVALID_CHARACTER', NUL_MESSAGE);
      if (request.body !== undefined && !Buffer.isBuffer(request.body)) checkBody(request.body);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const first = error.validation[0] as unknown as SchemaError;
      if (error.validationContext === 'headers') {
        const name = String(first.params.missingProperty ?? first.instancePath.split('/').pop() ?? '');
        const known = HEADER_ERRORS[name];
        if (known) return reply.status(400).send(errorBody(request, known.code, known.message));
      }
      const field = first.instancePath.split('/').filter(Boolean).pop() ?? '';
      const code = (first.keyword === 'enum' && FIELD_CODES[field]) || 'VALIDATION_FAILED';
      return reply.status(400).send(errorBody(request, code, describeSchemaError(first, ENUM_LABELS)));
    }
    if (error instanceof AppError) {
      if (error.retryAfter) reply.header('retry-after', String(error.retryAfter));
      return reply.status(error.statusCode).send(errorBody(request, error.code, error.message));
    }
    const known = FRAMEWORK_ERRORS[error.code];
    if (known) return reply.status(known.status).send(errorBody(request, known.code, known.message));
    if (error.statusCode === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply.status(400).send(errorBody(request, 'BAD_REQUEST', '提交的内容不是有效的 JSON，请检查后重试。'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody(request, 'RATE_LIMITED', '操作太频繁，请稍后再试。'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(errorBody(request, 'BAD_REQUEST', '请求无法处理，请检查后重试。'));
    }
    if (isDatabaseUnavailable(error)) {
      // The pool reconnects by itself once the server is back: no restart needed, so tell clients when to retry.
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return reply
        .status(503)
        .send(errorBody(request, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后重试。您填写的内容没有提交，也不会丢失。'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(errorBody(request, 'INTERNAL_ERROR', '服务出了点问题，请稍后重试。如果一直出现，请联系客服并提供请求编号。'));
  });

  const page404 = join(opts.siteDir, '404.html');
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = !path.startsWith('/api/') && request.method === 'GET' && existsSync(page404);
    if (wantsPage) return reply.status(404).type('text/html; charset=utf-8').send(readFileSync(page404));
    return reply.status(404).send(errorBody(request, 'ROUTE_NOT_FOUND', `找不到地址 ${path}。请检查网址，或查看接口文档 /api/docs。`));
  });
});

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** Connection-level failures of the database server (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection/i.test(e.message ?? '');
}

const NUL_MESSAGE = '内容中有无法处理的控制字符（空字符），请删除后重试。';
const MAX_DEPTH = 16;

/** Walks a parsed JSON body without recursion: no U+0000 in any string, no nesting deeper than MAX_DEPTH. */
function checkBody(body: unknown): void {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) throw new AppError(400, 'INVALID_CHARACTER', NUL_MESSAGE);
      // A lone surrogate cannot be encoded as UTF-8 for the database.
      if (!(value as string & { isWellFormed(): boolean }).isWellFormed())
        throw new AppError(400, 'INVALID_CHARACTER', '内容中有无法识别的字符，请删除后重试。');
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_DEPTH) throw new AppError(400, 'BAD_REQUEST', '提交的内容层级太深，无法处理。');
      for (const [k, v] of Object.entries(value)) {
        if (k.includes('\u0000')) throw new AppError(400, 'INVALID_CHARACTER', NUL_MESSAGE);
        stack.push([v, depth + 1]);
      }
    }
  }
}
