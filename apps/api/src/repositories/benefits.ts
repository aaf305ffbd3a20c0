import { BENEFIT_CATEGORIES, type Benefit, type BenefitListQuery, type BenefitSummary } from '@xinyong/contract';
import type { LoadedBenefit } from '../content/load-benefits';
import { CONTENT_LOAD_LOCK, type Queryable } from '../db/client';

interface BenefitRow {
  id: string;
  name: string;
  category: keyof typeof BENEFIT_CATEGORIES;
  audience: Benefit['audience'];
  provider: string;
  region: string;
  summary: string;
  criteria: Benefit['criteria'];
  how_to_apply: string;
  apply: Benefit['apply'];
  basis: Benefit['basis'];
  example: boolean;
}

const SUMMARY_COLUMNS = 'id, name, category, audience, provider, region, summary, example';

export function benefitsRepository(db: Queryable) {
  return {
    /** Replaces the whole catalogue; run in a transaction, so readers see the old or the new one, never a mix. */
    async replaceAll(benefits: LoadedBenefit[]): Promise<void> {
      await db.query('SELECT pg_advisory_xact_lock($1)', [CONTENT_LOAD_LOCK]);
      await db.query('DELETE FROM benefits');
      for (const b of benefits) await insert(db, b);
    },

    async list(query: BenefitListQuery): Promise<BenefitSummary[]> {
      const { rows } = await db.query<BenefitRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM benefits
         WHERE ($1::text IS NULL OR category = $1) AND ($2::text IS NULL OR $2 = ANY(audience))
           AND ($4::text IS NULL OR region = $4 OR region = '全省')
         ORDER BY array_position($3::text[], category), name`,
        [query.category ?? null, query.audience ?? null, Object.keys(BENEFIT_CATEGORIES), query.city ?? null],
      );
      return rows.map(toSummary);
    },

    async get(id: string): Promise<Benefit | undefined> {
      const { rows } = await db.query<BenefitRow>('SELECT * FROM benefits WHERE id = $1', [id]);
      const row = rows[0];
      return row && { ...toSummary(row), criteria: row.criteria, howToApply: row.how_to_apply, apply: row.apply, basis: row.basis };
    },

    /** The whole catalogue with its criteria, for deciding what one subject qualifies for. */
    async withCriteria(): Promise<Pick<BenefitRow, 'id' | 'name' | 'category' | 'provider' | 'example' | 'criteria' | 'audience'>[]> {
      const { rows } = await db.query<BenefitRow>(
        'SELECT id, name, category, provider, example, criteria, audience FROM benefits ORDER BY category, name',
      );
      return rows;
    },
  };
}
export type BenefitsRepository = ReturnType<typeof benefitsRepository>;

function toSummary(row: BenefitRow): BenefitSummary {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    categoryName: BENEFIT_CATEGORIES[row.category],
    audience: row.audience,
    provider: row.provider,
    region: row.region,
    summary: row.summary,
    example: row.example,
  };
}

async function insert(tx: Queryable, b: LoadedBenefit) {
  await tx.query(
    `INSERT INTO benefits (id, name, category, audience, provider, region, summary, criteria, how_to_apply, basis, example, source_file, apply)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      b.id,
      b.name,
      b.category,
      b.audience,
      b.provider,
      b.region,
      b.summary,
      JSON.stringify(b.criteria),
      b.howToApply,
      JSON.stringify(b.basis),
      b.example,
      b.sourceFile,
      JSON.stringify(b.apply),
    ],
  );
}
