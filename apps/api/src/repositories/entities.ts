import type { EntityProfile, EntitySearchResult, EntitySummary, PublicPenalty } from '@xinyong/contract';
import { assessDisplay, type CivilDate, maskName, SHANDONG_CITIES } from '@xinyong/domain';
import type { Selectable } from 'kysely';
import type { Queryable } from '../db/client';
import type { DishonestyEntriesTable, EntitiesTable, PenaltiesTable } from '../db/schema';
import { bigramsOf } from '../records/bigrams';
import { dishonestyRecord, PENALTY_FACTS_JSON, type PenaltyFactColumns, penaltyRecord } from '../records/facts';
import type { AnswerCache } from './answer-cache';
import { type NameBigramStatsSource, NO_STATS, substringPlan } from './name-search-plan';

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

// Hand-written SQL on the hot public paths (code lookup, search, profile): Kysely would build the same statements on
// every request. The row types still come from the generated schema.
type SummaryRow = Pick<Selectable<EntitiesTable>, 'code' | 'name' | 'type_label' | 'city_code' | 'example'> & {
  subject_type: EntitySummary['subjectType'];
  registration_status: EntitySummary['registrationStatus'];
};

const SUMMARY = 'id, code, name, subject_type, type_label, city_code, registration_status, example';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const CITY_NAMES = new Map(SHANDONG_CITIES.map((c) => [c.code, c.name]));
const cityName = (code: string | null) => (code ? (CITY_NAMES.get(code) ?? null) : null);

const toSummary = (r: SummaryRow, match: EntitySummary['match']): EntitySummary => ({
  code: r.code,
  name: r.name,
  subjectType: r.subject_type,
  typeLabel: r.type_label,
  cityName: cityName(r.city_code),
  registrationStatus: r.registration_status,
  match,
  example: r.example,
});

/** An authorisation row `a` that lets its person act for its entity today: not revoked, begun, not ended. */
export const AUTHORISATION_IN_FORCE =
  'a.revoked_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)';

/** stats: how common name bigrams are, for choosing how to find substring matches; without it, always the index. */
export function entitiesRepository(db: Queryable, stats?: NameBigramStatsSource) {
  return {
    /**
     * A full code takes byCode; otherwise code prefix, exact name, name prefix and substring, each bounded by the cap.
     * Substring matches come from the bigram index or a bounded walk, as substringPlan chooses. Within each kind of
     * match, businesses still trading come first, then shorter names.
     */
    async search(input: SearchInput): Promise<EntitySearchResult> {
      if (input.code) return this.byCode({ ...input, code: input.code });
      const queryBigrams = bigramsOf(input.text);
      const plan = substringPlan(queryBigrams, stats ? await stats.current() : NO_STATS, SEARCH_CAP);
      const { rows } = await db.query<SummaryRow & { rank: number; total: number }>(
        // Each branch carries the columns shown: every branch reads the row anyway, so joining back by id would read
        // each candidate a second time.
        `WITH head AS (
           (SELECT ${SUMMARY}, 0 AS rank FROM entities WHERE $1::text IS NOT NULL AND code LIKE $1 LIMIT $6)
           UNION ALL (SELECT ${SUMMARY}, 1 FROM entities WHERE name = $2 LIMIT $6)
           UNION ALL (SELECT ${SUMMARY}, 2 FROM entities WHERE name LIKE $3 LIMIT $6)
         ), walked AS (
           -- Physical order, at most $9 rows: no index, so the first matches end it.
           SELECT ${SUMMARY}, 3 AS rank FROM (SELECT * FROM entities WHERE (SELECT count(*) FROM head) < $6 LIMIT $9) w
            WHERE name LIKE $5 LIMIT $6
         ), candidates AS (
           SELECT * FROM head
           UNION ALL SELECT * FROM walked
           -- When codes and names starting with the text already fill the cap, the answer is capped anyway and
           -- substring matches would rank after all of them: the index is not asked. Nor when the walk filled it.
           UNION ALL (SELECT ${SUMMARY}, 3 FROM entities
                      WHERE (SELECT count(*) FROM head) < $6 AND (SELECT count(*) FROM walked) < $6
                        AND name_bigrams @> $4::text[] AND name LIKE $5 LIMIT $6)
         ), ranked AS (SELECT DISTINCT ON (id) * FROM candidates ORDER BY id, rank)
         SELECT code, name, subject_type, type_label, city_code, registration_status, example, rank, count(*) OVER () AS total
         FROM ranked
         ORDER BY rank, registration_status <> 'active', length(name), name, id
         OFFSET $7 LIMIT $8`,
        [
          input.codePrefix ? `${escapeLike(input.codePrefix)}%` : null,
          input.text,
          `${escapeLike(input.text)}%`,
          plan.bigrams,
          `%${escapeLike(input.text)}%`,
          SEARCH_CAP,
          (input.page - 1) * input.pageSize,
          input.pageSize,
          plan.kind === 'walk' ? plan.rows : 0,
        ],
      );
      const total = Number(rows[0]?.total ?? (input.page > 1 ? await this.countOnly(input) : 0));
      return {
        items: rows.map((r) => toSummary(r, MATCH_BY_RANK[r.rank] ?? 'substring')),
        total,
        totalCapped: total >= SEARCH_CAP,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    /** A full valid code names at most one entity: one indexed row, no name branches. */
    async byCode(input: SearchInput & { code: string }): Promise<EntitySearchResult> {
      const { rows } = await db.query<SummaryRow>(
        'SELECT code, name, subject_type, type_label, city_code, registration_status, example FROM entities WHERE code = $1',
        [input.code],
      );
      const items = input.page === 1 ? rows : [];
      return {
        items: items.map((r) => toSummary(r, 'code')),
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

    /**
     * The public profile: only what law makes public on the given date. One statement, one round trip: the
     * entity and each kind of record as a JSON array built next to the data.
     */
    async profile(code: string, today: CivilDate): Promise<EntityProfile | undefined> {
      const { rows } = await db.query<{
        code: string;
        name: string;
        subject_type: EntityProfile['subjectType'];
        type_label: string;
        region_code: string;
        city_code: string | null;
        established_on: string | null;
        legal_rep_name: string | null;
        tax_credit_grade: string | null;
        registration_status: EntityProfile['registrationStatus'];
        example: boolean;
        licences: EntityProfile['licences'] | null;
        penalties: PenaltyRow[] | null;
        dishonesty: DishonestyRow[] | null;
        red_list: EntityProfile['redListEntries'] | null;
        commitments: EntityProfile['commitments'] | null;
      }>(
        `SELECT e.code, e.name, e.subject_type, e.type_label, e.region_code, e.city_code, e.established_on, e.legal_rep_name,
                e.tax_credit_grade, e.registration_status, e.example,
           (SELECT json_agg(json_build_object('decisionNo', l.decision_no, 'licenceName', l.licence_name, 'licenceNo', l.licence_no,
                     'category', l.category, 'content', l.content, 'decisionDate', l.decision_date, 'validFrom', l.valid_from,
                     'validTo', l.valid_to, 'authority', l.authority, 'status', l.status) ORDER BY l.decision_date DESC, l.id DESC)
              FROM (SELECT * FROM licences WHERE entity_id = e.id ORDER BY decision_date DESC, id DESC LIMIT 100) l) AS licences,
           (SELECT json_agg(json_build_object('id', p.id, 'decision_no', p.decision_no, 'violation_type', p.violation_type,
                     'facts', p.facts, 'legal_basis', p.legal_basis, 'category', p.category, 'content', p.content,
                     'fine_wan', p.fine_wan, ${PENALTY_FACTS_JSON('p')}, 'authority', p.authority, 'data_source', p.data_source,
                     'disputed', ${OPEN_OBJECTION('penalty', 'p')}) ORDER BY p.decision_date DESC, p.id DESC)
              FROM penalties p
             WHERE p.entity_id = e.id AND p.repaired_on IS NULL AND p.revoked_on IS NULL AND NOT p.subject_minor
               AND p.window_end >= $2 AND p.decision_date <= $2) AS penalties,
           (SELECT json_agg(json_build_object('id', d.id, 'list_type', d.list_type, 'legal_basis', d.legal_basis,
                     'authority', d.authority, 'reason', d.reason, 'decision_no', d.decision_no, 'decision_date', d.decision_date,
                     'listed_from', d.listed_from, 'listed_until', d.listed_until, 'exit_conditions', d.exit_conditions,
                     'disputed', ${OPEN_OBJECTION('dishonesty', 'd')}) ORDER BY d.decision_date DESC, d.id DESC)
              FROM dishonesty_entries d
             WHERE d.entity_id = e.id AND d.repaired_on IS NULL AND d.revoked_on IS NULL AND (d.removed_on IS NULL OR d.removed_on > $2)
               AND d.window_end >= $2 AND d.listed_from <= $2) AS dishonesty,
           (SELECT json_agg(json_build_object('listName', r.list_name, 'authority', r.authority, 'basis', r.basis,
                     'listedOn', r.listed_on, 'validUntil', r.valid_until) ORDER BY r.listed_on DESC)
              FROM red_list_entries r
             WHERE r.entity_id = e.id AND r.listed_on <= $2 AND (r.valid_until IS NULL OR r.valid_until >= $2)) AS red_list,
           (SELECT json_agg(json_build_object('kind', c.kind, 'matter', c.matter, 'textVersion', c.text_version,
                     'signedOn', c.signed_on, 'signedBy', p.name_masked) ORDER BY c.signed_on DESC)
              FROM (SELECT * FROM commitments WHERE entity_id = e.id AND public AND withdrawn_on IS NULL
                     ORDER BY signed_on DESC LIMIT 50) c
              LEFT JOIN persons p ON p.id = c.signed_by_person_id) AS commitments
         FROM entities e WHERE e.code = $1`,
        [code, today],
      );
      const e = rows[0];
      if (!e) return undefined;
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
        registrationStatus: e.registration_status,
        example: e.example,
        asOf: today,
        licences: e.licences ?? [],
        penalties: (e.penalties ?? []).flatMap((p) => publicPenalty(p, today)),
        dishonestyEntries: (e.dishonesty ?? []).flatMap((d) => publicDishonesty(d, today)),
        redListEntries: e.red_list ?? [],
        commitments: e.commitments ?? [],
      };
    },

    /** The business's row id by its code, for what is written about it (a department's query). */
    async idOf(code: string): Promise<number | undefined> {
      const { rows } = await db.query<{ id: number }>('SELECT id FROM entities WHERE code = $1', [code]);
      return rows[0] ? Number(rows[0].id) : undefined;
    },

    /** The business's name, for the subject heading of its own records. */
    async nameOf(entityId: number): Promise<string> {
      const { rows } = await db.query<{ name: string }>('SELECT name FROM entities WHERE id = $1', [entityId]);
      return rows[0]?.name ?? '';
    },

    /** What a 信用代证 report names its subject by. */
    async reportSubject(entityId: number): Promise<{ name: string; code: string; subjectType: string; example: boolean } | undefined> {
      const { rows } = await db.query<{ name: string; code: string; subject_type: string; example: boolean }>(
        'SELECT name, code, subject_type, example FROM entities WHERE id = $1',
        [entityId],
      );
      const r = rows[0];
      return r && { name: r.name, code: r.code, subjectType: r.subject_type, example: r.example };
    },

    /** Entities a person may act for (see AUTHORISATION_IN_FORCE): recorded legal representative, or a staff-recorded authorisation in force. */
    async representedBy(personId: number): Promise<{ id: number; code: string; name: string; basis: string }[]> {
      const { rows } = await db.query<{ id: number; code: string; name: string; basis: string }>(
        `SELECT e.id, e.code, e.name, '法定代表人（经营者）' AS basis FROM entities e WHERE e.legal_rep_person_id = $1
         UNION
         SELECT e.id, e.code, e.name, '授权代办' FROM business_authorisations a JOIN entities e ON e.id = a.entity_id
         WHERE a.person_id = $1 AND ${AUTHORISATION_IN_FORCE}
         ORDER BY name`,
        [personId],
      );
      return rows;
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

// Built as JSON next to the data (see profile): the same columns, and numeric arrives as a JSON number.
type PenaltyRow = Pick<
  Selectable<PenaltiesTable>,
  'id' | 'decision_no' | 'violation_type' | 'facts' | 'legal_basis' | 'category' | 'content' | 'authority' | 'data_source'
> &
  PenaltyFactColumns & {
    fine_wan: string | number | null;
    disputed: boolean;
  };

/**
 * The SQL filter keeps the scan small; the domain rule has the last word, so a record the law does not
 * make public on this date is dropped even if a column was written wrong.
 */
function publicPenalty(p: PenaltyRow, today: CivilDate): PublicPenalty[] {
  const a = assessDisplay(penaltyRecord(p, { objectionOpen: p.disputed }), today);
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

type DishonestyRow = Pick<
  Selectable<DishonestyEntriesTable>,
  | 'id'
  | 'list_type'
  | 'legal_basis'
  | 'authority'
  | 'reason'
  | 'decision_no'
  | 'decision_date'
  | 'listed_from'
  | 'listed_until'
  | 'exit_conditions'
> & { disputed: boolean };

function publicDishonesty(d: DishonestyRow, today: CivilDate): EntityProfile['dishonestyEntries'] {
  const a = assessDisplay(dishonestyRecord(d, { objectionOpen: d.disputed }), today);
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
