import multipart from '@fastify/multipart';
import { ATTACHMENT_LIMITS } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { subjectOf } from '../../plugins/app/auth';
import { LIMITS } from '../../plugins/app/rate-limit';
import { defineHandlers } from '../table';

/** Multipart parsing only where files are uploaded: every other route keeps refusing it. */
export async function attachmentScope(scope: FastifyInstance) {
  // One part, one file, capped a byte above the limit so an oversized file is told apart from a full one.
  await scope.register(multipart, { limits: { files: 1, fields: 2, fileSize: ATTACHMENT_LIMITS.maxBytes + 1, parts: 3 } });
}

export const attachmentHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'attachments.upload': {
      // The rate limit first: a refused uploader must not hold a slot while being refused.
      onRequest: [app.rateLimit('upload', LIMITS.upload), app.uploadSlot],
      handler: async (request, reply) => {
        if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请用 multipart/form-data 上传文件。');
        const subject = subjectOf(request.session);
        const file = await request.file().catch(() => {
          throw new AppError(400, 'BAD_MULTIPART', '上传的内容格式不对，请重新选择文件上传。');
        });
        if (file?.fieldname !== 'file') throw new AppError(400, 'FILE_REQUIRED', '没有收到文件，请选择文件后重试。');
        const bytes = await file.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
          throw new AppError(400, 'BAD_MULTIPART', '文件没有完整传上来，请重新上传。');
        });
        if (file.file.truncated) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
        return reply.status(201).send(await request.repos.attachments.store(subject.personId, bytes));
      },
    },
  });
