import type { CommitmentText, SignedCommitment } from '@xinyong/contract';
import type { CivilDate } from '@xinyong/domain';
import { CONTENT_LOAD_LOCK, type Queryable } from '../db/client';
import { AppError } from '../errors';
import { ownedBy, type Subject } from './subject';

export async function replaceCommitmentTexts(tx: Queryable, texts: CommitmentText[]) {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CONTENT_LOAD_LOCK]);
  for (const t of texts) {
    await tx.query(
      `INSERT INTO commitment_texts (version, title, body, effective_from) VALUES ($1, $2, $3, $4)
       ON CONFLICT (version) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, effective_from = EXCLUDED.effective_from`,
      [t.version, t.title, t.body, t.effectiveFrom],
    );
  }
}

export async function currentCommitmentText(db: Queryable, today: CivilDate): Promise<CommitmentText> {
  const { rows } = await db.query<{ version: string; title: string; body: string; effective_from: string }>(
    'SELECT version, title, body, effective_from FROM commitment_texts WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1',
    [today],
  );
  const r = rows[0];
  if (!r) throw new AppError(503, 'COMMITMENT_TEXT_MISSING', '信用承诺书暂时无法签署，请稍后再试。');
  return { version: r.version, title: r.title, body: r.body, effectiveFrom: r.effective_from };
}

/**
 * Signing the current text; a person's commitment is never published, a business's is (like other entity commitments).
 * The idempotency key of the signing form is kept on the row: a second request with it returns the first commitment.
 */
export async function signCommitment(
  tx: Queryable,
  subject: Subject,
  body: { version: string; matter: string },
  today: CivilDate,
  idempotencyKey: string,
): Promise<SignedCommitment> {
  const current = await currentCommitmentText(tx, today);
  if (body.version !== current.version) {
    throw new AppError(409, 'COMMITMENT_VERSION_CHANGED', '承诺书已更新，请阅读新版本后重新签署。');
  }
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO commitments (entity_id, person_id, kind, text_version, matter, signed_on, public, signed_by_person_id, idempotency_key)
     VALUES ($1, $2, '信用修复型', $3, $4, $5, $6, $7, $8)
     ON CONFLICT (signed_by_person_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id`,
    [
      subject.entityId,
      subject.entityId ? null : subject.personId,
      current.version,
      body.matter,
      today,
      subject.entityId !== null,
      subject.personId,
      idempotencyKey,
    ],
  );
  if (rows[0]) return { id: `C${rows[0].id}`, version: current.version, matter: body.matter, signedOn: today };
  const { rows: earlier } = await tx.query<{ id: number; text_version: string; matter: string; signed_on: string }>(
    'SELECT id, text_version, matter, signed_on FROM commitments WHERE signed_by_person_id = $1 AND idempotency_key = $2',
    [subject.personId, idempotencyKey],
  );
  const first = earlier[0];
  if (!first || first.matter !== body.matter || first.text_version !== body.version) {
    throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个防重复编号已用于另一次提交，请刷新页面后重新提交。');
  }
  return { id: `C${first.id}`, version: first.text_version, matter: first.matter, signedOn: first.signed_on };
}

/** Every commitment the person signed, for themselves or for a business (their data export). */
export async function commitmentsSignedBy(db: Queryable, personId: number) {
  const { rows } = await db.query<{ kind: string; matter: string; text_version: string; signed_on: string; entity_name: string | null }>(
    `SELECT c.kind, c.matter, c.text_version, c.signed_on, e.name AS entity_name
     FROM commitments c LEFT JOIN entities e ON e.id = c.entity_id
     WHERE c.person_id = $1 OR c.signed_by_person_id = $1 ORDER BY c.signed_on, c.id`,
    [personId],
  );
  return rows.map((r) => ({
    kind: r.kind,
    matter: r.matter,
    textVersion: r.text_version,
    signedOn: r.signed_on,
    onBehalfOf: r.entity_name,
  }));
}

export async function commitmentsOf(db: Queryable, subject: Subject): Promise<SignedCommitment[]> {
  const own = ownedBy(subject, 'c', 1);
  const { rows } = await db.query<{ id: number; text_version: string; matter: string; signed_on: string }>(
    `SELECT id, text_version, matter, signed_on FROM commitments c WHERE ${own.sql} ORDER BY signed_on DESC, id DESC`,
    own.params,
  );
  return rows.map((r) => ({ id: `C${r.id}`, version: r.text_version, matter: r.matter, signedOn: r.signed_on }));
}

/** The commitment must be the subject's own: its id is "C<number>". */
export async function ownCommitmentId(db: Queryable, subject: Subject, publicId: string): Promise<number> {
  const match = /^C(\d{1,15})$/.exec(publicId);
  const own = ownedBy(subject, 'c', 2);
  const { rows } = match
    ? await db.query<{ id: number }>(`SELECT id FROM commitments c WHERE c.id = $1 AND ${own.sql}`, [Number(match[1]), ...own.params])
    : { rows: [] };
  if (!rows[0]) throw new AppError(400, 'COMMITMENT_NOT_FOUND', '请先在应用内签署信用承诺书，再提交申请。');
  return rows[0].id;
}
