import multipart from '@fastify/multipart';
import { ATTACHMENT_LIMITS, Attachment, ErrorBody } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors';
import { LIMITS } from '../../plugins/app/rate-limit';
import { storeAttachment } from '../../self-service/attachments';
import { subjectOf } from '../../self-service/subject';

export default async function attachmentRoutes(app: FastifyInstance) {
  // One part, one file, capped a byte above the limit so an oversized file is told apart from a full one.
  await app.register(multipart, { limits: { files: 1, fields: 2, fileSize: ATTACHMENT_LIMITS.maxBytes + 1, parts: 3 } });

  app.post(
    '/me/attachments',
    {
      onRequest: [app.requireVerified, app.rateLimit('upload', LIMITS.upload)],
      schema: {
        tags: ['self-service'],
        summary: '上传材料',
        description: 'multipart/form-data，字段名 file。JPG、PNG 或 PDF，按文件内容判断格式，最大 5 MB。',
        consumes: ['multipart/form-data'],
        response: { 201: Attachment, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请用 multipart/form-data 上传文件。');
      const subject = subjectOf(request.session);
      const file = await request.file().catch(() => {
        throw new AppError(400, 'BAD_MULTIPART', '上传的内容格式不对，请重新选择文件上传。');
      });
      if (file?.fieldname !== 'file') throw new AppError(400, 'FILE_REQUIRED', '没有收到文件，请选择文件后重试。');
      const bytes = await file.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
        throw new AppError(400, 'BAD_MULTIPART', '文件没有完整传上来，请重新上传。');
      });
      if (file.file.truncated) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
      const stored = await storeAttachment(app.db, subject.personId, bytes);
      return reply.status(201).send(stored);
    },
  );
}
