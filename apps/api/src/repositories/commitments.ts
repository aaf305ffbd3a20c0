import type { CommitmentText, MyExport, SignedCommitment } from '@xinyong/contract';
import type { CivilDate } from '@xinyong/domain';
import { sql } from 'kysely';
import { CONTENT_LOAD_LOCK } from '../db/client';
import type { Db } from '../db/kysely';
import { AppError } from '../errors';
import type { Subject } from './subject';

const own = (subject: Subject) =>
  subject.entityId ? ({ entity_id: subject.entityId } as const) : ({ person_id: subject.personId } as const);

/** Credit commitment texts (versioned, from content/) and the commitments subjects sign. */
export function commitmentsRepository(db: Db) {
  const repo = {
    /** Replaces the texts from content/ under the content lock (processes starting together load them once). */
    async replaceTexts(texts: CommitmentText[]) {
      await sql`SELECT pg_advisory_xact_lock(${CONTENT_LOAD_LOCK})`.execute(db);
      for (const t of texts) {
        await db
          .insertInto('commitment_texts')
          .values({ version: t.version, title: t.title, body: t.body, effective_from: t.effectiveFrom })
          .onConflict((oc) =>
            oc.column('version').doUpdateSet((eb) => ({
              title: eb.ref('excluded.title'),
              body: eb.ref('excluded.body'),
              effective_from: eb.ref('excluded.effective_from'),
            })),
          )
          .execute();
      }
    },

    async currentText(today: CivilDate): Promise<CommitmentText> {
      const r = await db
        .selectFrom('commitment_texts')
        .select(['version', 'title', 'body', 'effective_from'])
        .where('effective_from', '<=', today)
        .orderBy('effective_from', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!r) throw new AppError(503, 'COMMITMENT_TEXT_MISSING', '信用承诺书暂时无法签署，请稍后再试。');
      return { version: r.version, title: r.title, body: r.body, effectiveFrom: r.effective_from };
    },

    /**
     * Signing the current text; a person's commitment is never published, a business's is (like other entity
     * commitments). The signing form's idempotency key is kept on the row (unique per signer): the same form sent
     * again returns the first commitment, even after the stored idempotent answer has been pruned.
     */
    async sign(
      subject: Subject,
      body: { version: string; matter: string },
      today: CivilDate,
      idempotencyKey: string,
    ): Promise<SignedCommitment> {
      const current = await repo.currentText(today);
      if (body.version !== current.version) {
        throw new AppError(409, 'COMMITMENT_VERSION_CHANGED', '承诺书已更新，请阅读新版本后重新签署。');
      }
      const row = await db
        .insertInto('commitments')
        .values({
          entity_id: subject.entityId,
          person_id: subject.entityId ? null : subject.personId,
          kind: '信用修复型',
          text_version: current.version,
          matter: body.matter,
          signed_on: today,
          public: subject.entityId !== null,
          signed_by_person_id: subject.personId,
          idempotency_key: idempotencyKey,
        })
        .onConflict((oc) => oc.columns(['signed_by_person_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) return { id: `C${row.id}`, version: current.version, matter: body.matter, signedOn: today };
      const first = await db
        .selectFrom('commitments')
        .select(['id', 'text_version', 'matter', 'signed_on'])
        .where('signed_by_person_id', '=', subject.personId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      if (!first || first.matter !== body.matter || first.text_version !== body.version) {
        throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个防重复编号已用于另一次提交，请刷新页面后重新提交。');
      }
      return { id: `C${first.id}`, version: first.text_version, matter: first.matter, signedOn: first.signed_on };
    },

    async of(subject: Subject): Promise<SignedCommitment[]> {
      const rows = await db
        .selectFrom('commitments')
        .select(['id', 'text_version', 'matter', 'signed_on'])
        .where((eb) => eb.and(own(subject)))
        .orderBy('signed_on', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({ id: `C${r.id}`, version: r.text_version, matter: r.matter, signedOn: r.signed_on }));
    },

    /** Every commitment the person signed, for themselves or for a business (their data export). */
    async signedBy(personId: number): Promise<MyExport['commitments']> {
      return db
        .selectFrom('commitments as c')
        .leftJoin('entities as e', 'e.id', 'c.entity_id')
        .select(['c.kind', 'c.matter', 'c.text_version as textVersion', 'c.signed_on as signedOn', 'e.name as onBehalfOf'])
        .where((eb) => eb.or([eb('c.person_id', '=', personId), eb('c.signed_by_person_id', '=', personId)]))
        .orderBy('c.signed_on')
        .orderBy('c.id')
        .execute();
    },

    /** The commitment must be the subject's own: its id is "C<number>". */
    async ownId(subject: Subject, publicId: string): Promise<number> {
      const match = /^C(\d{1,15})$/.exec(publicId);
      const row =
        match &&
        (await db
          .selectFrom('commitments')
          .select('id')
          .where('id', '=', Number(match[1]))
          .where((eb) => eb.and(own(subject)))
          .executeTakeFirst());
      if (!row) throw new AppError(400, 'COMMITMENT_NOT_FOUND', '请先在应用内签署信用承诺书，再提交申请。');
      return row.id;
    },
  };
  return repo;
}
export type CommitmentsRepository = ReturnType<typeof commitmentsRepository>;
