import { BENEFIT_CATEGORIES, type MyBenefits } from '@xinyong/contract';
import {
  type CivilDate,
  type CreditRecord,
  type Criterion,
  evaluateBenefit,
  type InformationClass,
  type SubjectFacts,
  type TaxCreditGrade,
} from '@xinyong/domain';
import type { Queryable } from '../db/client';
import { ownedBy, type Subject } from './subject';

/** What the engine needs to know about the subject; repaired records go in with their repair date and never count. */
async function factsOf(db: Queryable, subject: Subject): Promise<SubjectFacts> {
  const p = ownedBy(subject, 'p', 1);
  const d = ownedBy(subject, 'd', 1);
  const c = ownedBy(subject, 'c', 1);
  const [penalties, lists, commitments] = await Promise.all([
    db.query<{ info_class: InformationClass; decision_date: string; display_end: string | null; repaired_on: string | null }>(
      `SELECT info_class, decision_date, authority_display_end AS display_end, repaired_on FROM penalties p WHERE ${p.sql} AND p.revoked_on IS NULL`,
      p.params,
    ),
    db.query<{ decision_date: string; listed_until: string | null; repaired_on: string | null; removed_on: string | null }>(
      `SELECT decision_date, listed_until, repaired_on, removed_on FROM dishonesty_entries d WHERE ${d.sql} AND d.revoked_on IS NULL`,
      d.params,
    ),
    db.query<{ n: number }>(`SELECT count(*) AS n FROM commitments c WHERE ${c.sql}`, c.params),
  ]);
  const records: CreditRecord[] = [
    ...penalties.rows.map(
      (r): CreditRecord => ({
        kind: 'penalty',
        infoClass: r.info_class,
        decisionDate: r.decision_date,
        displayEnd: r.display_end,
        repairedAt: r.repaired_on,
      }),
    ),
    ...lists.rows.map(
      (r): CreditRecord => ({
        kind: 'serious_dishonesty',
        infoClass: '严重',
        decisionDate: r.decision_date,
        // Removal from the list ends it like the end of display does.
        displayEnd: r.removed_on ?? r.listed_until,
        repairedAt: r.repaired_on,
      }),
    ),
  ];
  const base: SubjectFacts = { records, commitmentSigned: Number(commitments.rows[0]?.n ?? 0) > 0 };
  if (!subject.entityId) return { ...base, subjectType: 'natural_person', cityCode: null, establishedOn: null, taxCreditGrade: null };
  const { rows } = await db.query<{
    subject_type: SubjectFacts['subjectType'];
    city_code: string | null;
    established_on: string | null;
    tax_credit_grade: TaxCreditGrade | null;
  }>('SELECT subject_type, city_code, established_on, tax_credit_grade FROM entities WHERE id = $1', [subject.entityId]);
  const e = rows[0];
  return {
    ...base,
    subjectType: e?.subject_type ?? null,
    cityCode: e?.city_code ?? null,
    establishedOn: e?.established_on ?? null,
    taxCreditGrade: e?.tax_credit_grade ?? null,
  };
}

export async function benefitsFor(db: Queryable, subject: Subject, today: CivilDate): Promise<MyBenefits['items']> {
  const facts = await factsOf(db, subject);
  const { rows } = await db.query<{
    id: string;
    name: string;
    category: string;
    provider: string;
    example: boolean;
    criteria: Criterion[];
    audience: string[];
  }>('SELECT id, name, category, provider, example, criteria, audience FROM benefits ORDER BY category, name');
  const audience = subject.entityId ? 'business' : 'individual';
  return rows
    .filter((b) => b.audience.includes(audience))
    .map((b) => {
      const outcome = evaluateBenefit(b.criteria, facts, today);
      return {
        id: b.id,
        name: b.name,
        categoryName: BENEFIT_CATEGORIES[b.category as keyof typeof BENEFIT_CATEGORIES],
        provider: b.provider,
        example: b.example,
        eligible: outcome.eligible,
        criteria: outcome.criteria.map((c) => ({ kind: c.kind, text: c.text, result: c.result, reason: c.reason })),
      };
    });
}
