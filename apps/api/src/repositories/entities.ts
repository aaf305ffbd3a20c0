import type { EntityProfile, EntitySearchResult, EntitySummary, PublicPenalty } from '@xinyong/contract';
import { assessDisplay, type CivilDate, type InformationClass, maskName, SHANDONG_CITIES } from '@xinyong/domain';
import type { SqlClient } from '../db/client';
import { bigramsOf } from '../records/bigrams';
import type { AnswerCache } from './answer-cache';

/** Each branch of a search stops at this many matches: deep paging of a common word helps scrapers, not people. */
export const SEARCH_CAP = 200;

const MATCH_BY_RANK: EntitySummary['match'][] = ['code', 'exact', 'prefix', 'substring'];

export interface SearchInput {
  /** Name text, already trimmed, at least 2 characters. */
  text: string;
  /** A full valid code, for the exact-code branch. */
  code?: string;
  /** Leading characters of a code (letters and digits only). */
  codePrefix?: string;
  page: number;
  pageSize: number;
}

interface SummaryRow {
  code: string;
  name: string;
  subject_type: EntitySummary['subjectType'];
  type_label: string;
  city_name: string | null;
  example: boolean;
  rank: number;
  total: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const CITY_NAMES = new Map(SHANDONG_CITIES.map((c) => [c.code, c.name]));
const cityName = (code: string | null) => (code ? (CITY_NAMES.get(code) ?? null) : null);

export function entitiesRepository(db: SqlClient) {
  return {
    /** Exact code, then exact name, then name prefix, then substring; each branch served by its own index. */
    async search(input: SearchInput): Promise<EntitySearchResult> {
      if (input.code) return this.byCode({ ...input, code: input.code });
      const { rows } = await db.query<SummaryRow & { city_code: string | null }>(
        `WITH head AS (
           SELECT id, 0 AS rank FROM entities WHERE $1::text IS NOT NULL AND code = $1
           UNION ALL (SELECT id, 0 FROM entities WHERE $2::text IS NOT NULL AND code LIKE $2 LIMIT $7)
           UNION ALL (SELECT id, 1 FROM entities WHERE name = $3 LIMIT $7)
           UNION ALL (SELECT id, 2 FROM entities WHERE name LIKE $4 LIMIT $7)
         ), candidates AS (
           SELECT id, rank FROM head
           -- When codes and names starting with the text already fill the cap, the answer is capped anyway and
           -- substring matches would rank after all of them: the costliest branch (a common word's whole bigram
           -- posting list) is skipped.
           UNION ALL (SELECT id, 3 FROM entities
                      WHERE (SELECT count(*) FROM head) < $7 AND name_bigrams @> $5::text[] AND name LIKE $6 LIMIT $7)
         ), ranked AS (SELECT id, min(rank) AS rank FROM candidates GROUP BY id)
         SELECT e.code, e.name, e.subject_type, e.type_label, e.city_code, e.example, r.rank, count(*) OVER () AS total
         FROM ranked r JOIN entities e ON e.id = r.id
         ORDER BY r.rank, length(e.name), e.name, e.id
         OFFSET $8 LIMIT $9`,
        [
          input.code ?? null,
          input.codePrefix ? `${escapeLike(input.codePrefix)}%` : null,
          input.text,
          `${escapeLike(input.text)}%`,
          bigramsOf(input.text),
          `%${escapeLike(input.text)}%`,
          SEARCH_CAP,
          (input.page - 1) * input.pageSize,
          input.pageSize,
        ],
      );
      const total = Number(rows[0]?.total ?? (input.page > 1 ? await this.countOnly(input) : 0));
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: r.name,
          subjectType: r.subject_type,
          typeLabel: r.type_label,
          cityName: cityName(r.city_code),
          match: MATCH_BY_RANK[r.rank] ?? 'substring',
          example: r.example,
        })),
        total,
        totalCapped: total >= SEARCH_CAP,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    /** A full valid code names at most one entity: one indexed row, no name branches. */
    async byCode(input: SearchInput & { code: string }): Promise<EntitySearchResult> {
      const { rows } = await db.query<Omit<SummaryRow, 'rank' | 'total'> & { city_code: string | null }>(
        'SELECT code, name, subject_type, type_label, city_code, example FROM entities WHERE code = $1',
        [input.code],
      );
      const items = input.page === 1 ? rows : [];
      return {
        items: items.map((r) => ({
          code: r.code,
          name: r.name,
          subjectType: r.subject_type,
          typeLabel: r.type_label,
          cityName: cityName(r.city_code),
          match: 'code' as const,
          example: r.example,
        })),
        total: rows.length,
        totalCapped: false,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    /** Total for a page past the end, so the client can still say how many there were. */
    async countOnly(input: SearchInput): Promise<number> {
      const result = await this.search({ ...input, page: 1, pageSize: 1 });
      return result.total;
    },

    /** The public profile: only what law makes public on the given date. */
    async profile(code: string, today: CivilDate): Promise<EntityProfile | undefined> {
      const { rows } = await db.query<{
        id: number;
        code: string;
        name: string;
        subject_type: EntityProfile['subjectType'];
        type_label: string;
        region_code: string;
        city_code: string | null;
        established_on: string | null;
        legal_rep_name: string | null;
        tax_credit_grade: string | null;
        example: boolean;
      }>(
        `SELECT id, code, name, subject_type, type_label, region_code, city_code, established_on, legal_rep_name, tax_credit_grade, example
         FROM entities WHERE code = $1`,
        [code],
      );
      const e = rows[0];
      if (!e) return undefined;
      const [licences, penalties, dishonesty, redList, commitments] = await Promise.all([
        db.query<EntityProfile['licences'][number]>(
          `SELECT decision_no AS "decisionNo", licence_name AS "licenceName", licence_no AS "licenceNo", category, content,
                  decision_date AS "decisionDate", valid_from AS "validFrom", valid_to AS "validTo", authority, status
           FROM licences WHERE entity_id = $1 ORDER BY decision_date DESC, id DESC LIMIT 100`,
          [e.id],
        ),
        db.query<PenaltyRow>(
          `SELECT p.id, p.decision_no, p.violation_type, p.facts, p.legal_basis, p.category, p.content, p.fine_wan, p.info_class,
                  p.decision_date, p.authority_display_end, p.authority, p.data_source, ${OPEN_OBJECTION('penalty', 'p')} AS disputed
           FROM penalties p
           WHERE p.entity_id = $1 AND p.repaired_on IS NULL AND p.revoked_on IS NULL AND NOT p.subject_minor
             AND p.window_end >= $2 AND p.decision_date <= $2
           ORDER BY p.decision_date DESC, p.id DESC`,
          [e.id, today],
        ),
        db.query<DishonestyRow>(
          `SELECT d.id, d.list_type, d.legal_basis, d.authority, d.reason, d.decision_no, d.decision_date, d.listed_from, d.listed_until,
                  d.exit_conditions, ${OPEN_OBJECTION('dishonesty', 'd')} AS disputed
           FROM dishonesty_entries d
           WHERE d.entity_id = $1 AND d.repaired_on IS NULL AND d.revoked_on IS NULL AND (d.removed_on IS NULL OR d.removed_on > $2)
             AND d.window_end >= $2 AND d.listed_from <= $2
           ORDER BY d.decision_date DESC, d.id DESC`,
          [e.id, today],
        ),
        db.query<EntityProfile['redListEntries'][number]>(
          `SELECT list_name AS "listName", authority, basis, listed_on AS "listedOn", valid_until AS "validUntil"
           FROM red_list_entries WHERE entity_id = $1 AND listed_on <= $2 AND (valid_until IS NULL OR valid_until >= $2)
           ORDER BY listed_on DESC`,
          [e.id, today],
        ),
        db.query<EntityProfile['commitments'][number]>(
          `SELECT kind, matter, text_version AS "textVersion", signed_on AS "signedOn"
           FROM commitments WHERE entity_id = $1 AND public ORDER BY signed_on DESC LIMIT 50`,
          [e.id],
        ),
      ]);
      return {
        code: e.code,
        name: e.name,
        subjectType: e.subject_type,
        typeLabel: e.type_label,
        regionCode: e.region_code,
        cityName: cityName(e.city_code),
        establishedOn: e.established_on,
        // A representative is a natural person, and an individual business's operator is the business: masked, like every name we show.
        legalRepName: e.legal_rep_name ? maskName(e.legal_rep_name) : null,
        taxCreditGradeA: e.tax_credit_grade === 'A',
        example: e.example,
        asOf: today,
        licences: licences.rows,
        penalties: penalties.rows.flatMap((p) => publicPenalty(p, today)),
        dishonestyEntries: dishonesty.rows.flatMap((d) => publicDishonesty(d, today)),
        redListEntries: redList.rows,
        commitments: commitments.rows,
      };
    },
  };
}
export type EntitiesRepository = ReturnType<typeof entitiesRepository>;

/**
 * The same repository with its public reads kept briefly in the answer cache. A profile is kept per date,
 * because the display rules decide on the date what is public.
 */
export function cachedEntities(repo: EntitiesRepository, cache: AnswerCache): EntitiesRepository {
  return {
    ...repo,
    search: (input) =>
      cache.get(`search:${input.code ?? ''}:${input.codePrefix ?? ''}:${input.page}:${input.pageSize}:${input.text}`, () =>
        repo.search(input),
      ),
    profile: (code, today) => cache.get(`profile:${code}:${today}`, () => repo.profile(code, today)),
  };
}

const OPEN_OBJECTION = (kind: string, alias: string) =>
  `EXISTS (SELECT 1 FROM objections o WHERE o.record_kind = '${kind}' AND o.record_id = ${alias}.id AND o.status IN ('submitted', 'accepted'))`;

interface PenaltyRow {
  id: number;
  decision_no: string;
  violation_type: string | null;
  facts: string | null;
  legal_basis: string;
  category: string;
  content: string;
  fine_wan: string | number | null;
  info_class: InformationClass;
  decision_date: string;
  authority_display_end: string | null;
  authority: string;
  data_source: string;
  disputed: boolean;
}

/**
 * The SQL filter keeps the scan small; the domain rule has the last word, so a record the law does not
 * make public on this date is dropped even if a column was written wrong.
 */
function publicPenalty(p: PenaltyRow, today: CivilDate): PublicPenalty[] {
  const a = assessDisplay(
    {
      kind: 'penalty',
      infoClass: p.info_class,
      decisionDate: p.decision_date,
      displayEnd: p.authority_display_end,
      objectionOpen: p.disputed,
    },
    today,
  );
  if (!a.displayed || !a.displayEnd) return [];
  return [
    {
      decisionNo: p.decision_no,
      violationType: p.violation_type,
      facts: p.facts,
      legalBasis: p.legal_basis,
      category: p.category,
      content: p.content,
      fineWan: p.fine_wan === null ? null : Number(p.fine_wan),
      infoClass: p.info_class,
      decisionDate: p.decision_date,
      authority: p.authority,
      dataSource: p.data_source,
      status: a.status as PublicPenalty['status'],
      disputed: a.disputed,
      displayEnd: a.displayEnd,
    },
  ];
}

interface DishonestyRow {
  id: number;
  list_type: string;
  legal_basis: string;
  authority: string;
  reason: string;
  decision_no: string;
  decision_date: string;
  listed_from: string;
  listed_until: string | null;
  exit_conditions: string;
  disputed: boolean;
}

function publicDishonesty(d: DishonestyRow, today: CivilDate): EntityProfile['dishonestyEntries'] {
  const a = assessDisplay(
    { kind: 'serious_dishonesty', infoClass: '严重', decisionDate: d.decision_date, displayEnd: d.listed_until, objectionOpen: d.disputed },
    today,
  );
  if (!a.displayed || !a.displayEnd) return [];
  return [
    {
      listType: d.list_type,
      legalBasis: d.legal_basis,
      authority: d.authority,
      reason: d.reason,
      decisionNo: d.decision_no,
      decisionDate: d.decision_date,
      listedFrom: d.listed_from,
      listedUntil: d.listed_until,
      exitConditions: d.exit_conditions,
      status: a.status as PublicPenalty['status'],
      disputed: a.disputed,
      displayEnd: a.displayEnd,
    },
  ];
}
