import type { RecordCorrection } from '@xinyong/contract';
import type { CivilDate } from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { AppError } from '../errors';

/** Which column holds each correctable field, per kind of record (a list entry's "content" is its reason). */
const COLUMNS = {
  penalty: { table: 'penalties', content: 'content', legal_basis: 'legal_basis' },
  dishonesty: { table: 'dishonesty_entries', content: 'reason', legal_basis: 'legal_basis' },
} as const;

export const CORRECTED_FIELD_LABELS: Record<string, string> = { content: '处罚内容或列入事由', legal_basis: '依据' };

/**
 * An objection decided as 更正 changes the record itself, so the subject's list and the public profile show the
 * corrected text; the text before is kept beside it for the audit trail and the subject's export.
 */
export async function correctRecord(
  tx: Queryable,
  target: { objectionId: number; kind: 'penalty' | 'dishonesty'; recordId: number },
  correction: RecordCorrection,
  today: CivilDate,
): Promise<void> {
  const columns = COLUMNS[target.kind];
  const changes = (
    [
      ['content', correction.content],
      ['legal_basis', correction.legalBasis],
    ] as const
  ).filter((c): c is readonly ['content' | 'legal_basis', string] => typeof c[1] === 'string' && c[1].trim().length > 0);
  if (changes.length === 0) throw new AppError(400, 'CORRECTION_REQUIRED', '更正记录时，请写明更正后的处罚内容或依据。');
  const { rows } = await tx.query<{ content: string; legal_basis: string }>(
    `SELECT ${columns.content} AS content, ${columns.legal_basis} AS legal_basis FROM ${columns.table} WHERE id = $1 FOR UPDATE`,
    [target.recordId],
  );
  const before = rows[0];
  if (!before) throw new AppError(404, 'RECORD_NOT_FOUND', '找不到这个异议对应的记录。');
  for (const [field, value] of changes) {
    const after = value.trim();
    await tx.query(`UPDATE ${columns.table} SET ${columns[field]} = $2 WHERE id = $1`, [target.recordId, after]);
    await tx.query(
      `INSERT INTO record_corrections (objection_id, record_kind, record_id, field, before, after, corrected_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [target.objectionId, target.kind, target.recordId, field, before[field], after, today],
    );
  }
}
