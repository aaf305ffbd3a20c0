import type { CommitmentMatter, CommitmentText, MyExport, SignedCommitment } from '@xinyong/contract';
import { type CivilDate, commitmentUse, commitmentWithdrawal, type RepairState } from '@xinyong/domain';
import { sql } from 'kysely';
import { CONTENT_LOAD_LOCK } from '../db/client';
import type { Db } from '../db/kysely';
import { AppError } from '../errors';
import type { Subject } from './subject';

const own = (subject: Subject) =>
  subject.entityId ? ({ entity_id: subject.entityId } as const) : ({ person_id: subject.personId } as const);

/** Credit commitment texts (versioned, from content/) and the commitments subjects sign. */
export function commitmentsRepository(db: Db) {
  /** The subject's commitments with the withdrawal rule applied to the repair applications that carry each. */
  const withRules = async (subject: Subject, only?: number) => {
    let query = db
      .selectFrom('commitments as c')
      .select([
        'c.id',
        'c.text_version',
        'c.kind',
        'c.matter',
        'c.note',
        'c.signed_on',
        'c.withdrawn_on',
        'c.signed_by_person_id',
        (eb) =>
          eb
            .selectFrom('repair_applications as r')
            .select(sql<RepairState[]>`coalesce(json_agg(r.status), '[]'::json)`.as('states'))
            .whereRef('r.commitment_id', '=', 'c.id')
            .as('repair_states'),
      ])
      .where((eb) => eb.and(own(subject)));
    if (only !== undefined) query = query.where('c.id', '=', only);
    const rows = await query.orderBy('c.signed_on', 'desc').orderBy('c.id', 'desc').execute();
    return rows.map((r) => {
      const rule = commitmentWithdrawal({
        withdrawnOn: r.withdrawn_on,
        madeHere: r.signed_by_person_id !== null,
        use: commitmentUse(r.repair_states ?? []),
      });
      return {
        id: `C${r.id}`,
        version: r.text_version,
        kind: r.kind,
        matter: r.matter,
        note: r.note,
        signedOn: r.signed_on,
        withdrawnOn: r.withdrawn_on,
        withdrawal: { allowed: rule.allowed, reason: rule.reason },
        rule,
      };
    });
  };
  const repo = {
    /**
     * Replaces the texts and the closed list of matters from content/ under the content lock (processes starting
     * together load them once). Matters are only ever appended, so no signed commitment loses its code.
     */
    async replaceContent(texts: CommitmentText[], matters: CommitmentMatter[]) {
      await sql`SELECT pg_advisory_xact_lock(${CONTENT_LOAD_LOCK})`.execute(db);
      for (const [position, m] of matters.entries()) {
        await db
          .insertInto('commitment_matters')
          .values({ code: m.code, kind: m.kind, label: m.label, position })
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({
              kind: eb.ref('excluded.kind'),
              label: eb.ref('excluded.label'),
              position: eb.ref('excluded.position'),
            })),
          )
          .execute();
      }
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

    async matters(): Promise<CommitmentMatter[]> {
      return db.selectFrom('commitment_matters').select(['code', 'kind', 'label']).orderBy('position').execute();
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
     * Signing the current text for a matter from the closed list; a person's commitment is never published, a
     * business's is (kind, matter and the signer's masked name — never the note). The signing form's idempotency key
     * is kept on the row (unique per signer): the same form sent again returns the first commitment, even after the
     * stored idempotent answer has been pruned.
     */
    async sign(
      subject: Subject,
      body: { version: string; matter: string; note?: string },
      today: CivilDate,
      idempotencyKey: string,
    ): Promise<SignedCommitment> {
      const current = await repo.currentText(today);
      if (body.version !== current.version) {
        throw new AppError(409, 'COMMITMENT_VERSION_CHANGED', '承诺书已更新，请阅读新版本后重新签署。');
      }
      const matter = await db
        .selectFrom('commitment_matters')
        .select(['code', 'kind', 'label'])
        .where('code', '=', body.matter)
        .executeTakeFirst();
      if (!matter) throw new AppError(400, 'COMMITMENT_MATTER_UNKNOWN', '请从列表中选择承诺事项。');
      const note = body.note?.trim() ? body.note.trim() : null;
      const row = await db
        .insertInto('commitments')
        .values({
          entity_id: subject.entityId,
          person_id: subject.entityId ? null : subject.personId,
          kind: matter.kind,
          text_version: current.version,
          matter: matter.label,
          matter_code: matter.code,
          note,
          signed_on: today,
          public: subject.entityId !== null,
          signed_by_person_id: subject.personId,
          idempotency_key: idempotencyKey,
        })
        .onConflict((oc) => oc.columns(['signed_by_person_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) return repo.one(subject, row.id);
      const first = await db
        .selectFrom('commitments')
        .select(['id', 'text_version', 'matter_code', 'note'])
        .where('signed_by_person_id', '=', subject.personId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      if (!first || first.matter_code !== body.matter || first.text_version !== body.version || first.note !== note) {
        throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个防重复编号已用于另一次提交，请刷新页面后重新提交。');
      }
      return repo.one(subject, first.id);
    },

    /** The subject's commitments, newest first, each with whether it may be withdrawn now and why. */
    async of(subject: Subject): Promise<SignedCommitment[]> {
      return (await withRules(subject)).map(({ rule, ...c }) => c);
    },

    async one(subject: Subject, id: number): Promise<SignedCommitment> {
      const [found] = await withRules(subject, id);
      if (!found) throw new AppError(404, 'COMMITMENT_NOT_FOUND', '找不到这份信用承诺。');
      const { rule, ...c } = found;
      return c;
    },

    /**
     * Withdrawing as the rule allows (packages/domain commitmentWithdrawal); the conditional update keeps two taps
     * or two devices from withdrawing twice. Withdrawing an already withdrawn commitment answers it as it is.
     */
    async withdraw(subject: Subject, publicId: string, today: CivilDate): Promise<SignedCommitment> {
      const id = Number(/^C(\d{1,15})$/.exec(publicId)?.[1] ?? 0);
      const [found] = id ? await withRules(subject, id) : [];
      if (!found) throw new AppError(404, 'COMMITMENT_NOT_FOUND', '找不到这份信用承诺。');
      if (found.withdrawnOn) return repo.one(subject, id);
      if (!found.rule.allowed) throw new AppError(409, found.rule.code ?? 'COMMITMENT_IN_USE', found.rule.reason);
      await db
        .updateTable('commitments')
        .set({ withdrawn_on: today, withdrawn_by_person_id: subject.personId, public: false })
        .where('id', '=', id)
        .where('withdrawn_on', 'is', null)
        .execute();
      return repo.one(subject, id);
    },

    /** Every commitment the person signed, for themselves or for a business (their data export). */
    async signedBy(personId: number): Promise<MyExport['commitments']> {
      return db
        .selectFrom('commitments as c')
        .leftJoin('entities as e', 'e.id', 'c.entity_id')
        .select([
          'c.kind',
          'c.matter',
          'c.text_version as textVersion',
          'c.signed_on as signedOn',
          'c.note',
          'c.withdrawn_on as withdrawnOn',
          'e.name as onBehalfOf',
        ])
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
          .select(['id', 'withdrawn_on'])
          .where('id', '=', Number(match[1]))
          .where((eb) => eb.and(own(subject)))
          .executeTakeFirst());
      if (!row) throw new AppError(400, 'COMMITMENT_NOT_FOUND', '请先在应用内签署信用承诺书，再提交申请。');
      if (row.withdrawn_on) throw new AppError(409, 'COMMITMENT_WITHDRAWN', '这份信用承诺已撤回，请重新签署后再提交申请。');
      return row.id;
    },
  };
  return repo;
}
export type CommitmentsRepository = ReturnType<typeof commitmentsRepository>;
