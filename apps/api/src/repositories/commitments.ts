import type { CommitmentText, SignedCommitment } from '@xinyong/contract';
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

    /** Signing the current text; a person's commitment is never published, a business's is (like other entity commitments). */
    async sign(subject: Subject, body: { version: string; matter: string }, today: CivilDate): Promise<SignedCommitment> {
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
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: `C${row.id}`, version: current.version, matter: body.matter, signedOn: today };
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

    /** What the export shows of a person's own commitments. */
    async exportOf(personId: number) {
      return db
        .selectFrom('commitments')
        .select(['kind', 'matter', 'text_version as textVersion', 'signed_on as signedOn'])
        .where('person_id', '=', personId)
        .orderBy('signed_on')
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
