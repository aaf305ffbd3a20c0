import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, type Attachment } from '@xinyong/contract';
import { newPublicCode } from '../auth/tokens';
import type { Db } from '../db/kysely';
import { AppError } from '../errors';

type MediaType = (typeof ATTACHMENT_LIMITS.mediaTypes)[number];

/** The type is decided by the file's first bytes, not by its name or the declared type, which anyone can change. */
export function sniffMediaType(bytes: Buffer): MediaType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/** Uploaded materials: objection evidence and proof that an obligation was fulfilled. */
export function attachmentsRepository(db: Db) {
  return {
    async store(personId: number, bytes: Buffer): Promise<Attachment> {
      if (bytes.length === 0) throw new AppError(400, 'EMPTY_FILE', '文件是空的，请重新选择。');
      if (bytes.length > ATTACHMENT_LIMITS.maxBytes) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
      const mediaType = sniffMediaType(bytes);
      if (!mediaType)
        throw new AppError(
          415,
          'UNSUPPORTED_FILE_TYPE',
          '只能上传 JPG、PNG 图片或 PDF 文件。这个文件的内容不是这几种格式（改文件名不能改变格式）。',
        );
      const id = newPublicCode(16);
      await db
        .insertInto('attachments')
        .values({
          public_id: id,
          owner_person_id: personId,
          media_type: mediaType,
          byte_size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest(),
          content: bytes,
        })
        .execute();
      return { id, mediaType, byteSize: bytes.length };
    },

    /** Attachments the person uploaded themselves; anyone else's id is treated as unknown. */
    async own(personId: number, ids: string[]): Promise<{ id: number; publicId: string }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('attachments')
        .select(['id', 'public_id'])
        .where('owner_person_id', '=', personId)
        .where('public_id', 'in', ids)
        .execute();
      if (rows.length !== new Set(ids).size) throw new AppError(400, 'ATTACHMENT_NOT_FOUND', '有附件找不到了，请重新上传后再提交。');
      return rows.map((r) => ({ id: r.id, publicId: r.public_id }));
    },

    /** One file of a case, for the reviewer the unit of work has already checked; a file of another case is unknown. */
    async ofCase(kind: 'objection' | 'repair', caseId: number, publicId: string): Promise<{ mediaType: MediaType; bytes: Buffer }> {
      const files =
        kind === 'objection'
          ? db
              .selectFrom('objection_attachments as l')
              .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
              .where('l.objection_id', '=', caseId)
          : db
              .selectFrom('repair_attachments as l')
              .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
              .where('l.application_id', '=', caseId);
      const row = await files.select(['a.media_type', 'a.content']).where('a.public_id', '=', publicId).executeTakeFirst();
      if (!row) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '这个案件没有这份材料。');
      return { mediaType: row.media_type as MediaType, bytes: Buffer.from(row.content) };
    },
  };
}
export type AttachmentsRepository = ReturnType<typeof attachmentsRepository>;
