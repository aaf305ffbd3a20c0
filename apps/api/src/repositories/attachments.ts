import { ATTACHMENT_LIMITS, type Attachment } from '@xinyong/contract';
import { sql } from 'kysely';
import { newPublicCode } from '../auth/tokens';
import type { Db } from '../db/kysely';
import { AppError } from '../errors';
import type { UploadChecks } from '../uploads/check-pool';
import type { FileStore } from '../uploads/file-store';
import { inspectUpload } from '../uploads/inspect';

type MediaType = (typeof ATTACHMENT_LIMITS.mediaTypes)[number];

/**
 * Uploaded materials: objection evidence and proof that an obligation was fulfilled. With a file store (the
 * embedded database) the row keeps the hash and the store the bytes; on a PostgreSQL server the bytes are in the
 * row, where every API process sees them.
 */
export function attachmentsRepository(db: Db, checks: UploadChecks, files?: FileStore) {
  return {
    async store(personId: number, bytes: Buffer): Promise<Attachment> {
      if (bytes.length === 0) throw new AppError(400, 'EMPTY_FILE', '文件是空的，请重新选择。');
      if (bytes.length > ATTACHMENT_LIMITS.maxBytes) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 5 MB，请压缩或拍得小一些后重试。');
      const { mediaType, sha256 } = await inspectUpload(bytes, checks);
      const id = newPublicCode(16);
      if (files) await files.put(sha256, bytes);
      await db
        .insertInto('attachments')
        .values({
          public_id: id,
          owner_person_id: personId,
          media_type: mediaType,
          byte_size: bytes.length,
          sha256,
          // Hex made by Buffer in native code and decoded by the server (pg would send a Buffer the same way).
          content: files ? null : sql<Buffer>`decode(${bytes.toString('hex')}, 'hex')`,
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
      const linked =
        kind === 'objection'
          ? db
              .selectFrom('objection_attachments as l')
              .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
              .where('l.objection_id', '=', caseId)
          : db
              .selectFrom('repair_attachments as l')
              .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
              .where('l.application_id', '=', caseId);
      const row = await linked.select(['a.media_type', 'a.content', 'a.sha256']).where('a.public_id', '=', publicId).executeTakeFirst();
      if (!row) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '这个案件没有这份材料。');
      const bytes = row.content ? Buffer.from(row.content) : await files?.get(Buffer.from(row.sha256));
      if (!bytes) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '这份材料的文件已不在存储中，请联系信用办。');
      return { mediaType: row.media_type as MediaType, bytes };
    },
  };
}
export type AttachmentsRepository = ReturnType<typeof attachmentsRepository>;
