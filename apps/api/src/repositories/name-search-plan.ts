import type { Queryable } from '../db/client';

/**
 * How a name search finds its substring matches, chosen per query from how common the query's bigrams are.
 *
 * The bigram GIN index reads a bigram's whole posting list before the first row comes back, so a common
 * two-character word (南市 is in 4 % of names) costs in proportion to the table: 9 ms at 1,000,000 entities,
 * about 100 ms at 10,000,000. A rare one costs almost nothing. For a common word the opposite holds: walking the
 * table finds the capped number of matches after about SEARCH_CAP / frequency rows, whatever the table's size.
 * So the index is asked only for the query's rare bigrams (the LIKE recheck keeps the answer exact), and a query
 * made only of common bigrams walks a bounded number of rows, with the index as the fallback when the walk finds
 * too few (common bigrams, rare combination).
 *
 * The frequencies are PostgreSQL's own (ANALYZE's most common elements of entities.name_bigrams), so they
 * follow the data without a table of our own; without statistics every bigram counts as rare, which is the plain
 * index search.
 */

/**
 * Reading a row on the walk costs about 1.5 times decoding one posting entry and rechecking its row (measured at
 * 1,000,000 entities: 42,933 postings in 9.3 ms; 4,600 rows walked in 1.3 ms).
 */
const WALK_ROW_COST = 1.5;

/**
 * Most posting entries one bigram may have for the index to be asked for it. The index costs in proportion to the
 * postings (frequency × entities), the walk to cap / frequency rows; the two meet at this size, so neither way
 * costs more than the budget's worth of work: at 10,000,000 entities about 55,000 postings or 37,000 rows.
 */
export const postingBudget = (entities: number, cap: number) => Math.sqrt(cap * entities * WALK_ROW_COST);

export interface NameBigramStats {
  /** Entities in the table, as of the last ANALYZE; 0 when unknown. */
  entities: number;
  /** Share of names holding each of the most common bigrams. */
  frequencies: ReadonlyMap<string, number>;
  /** The least share listed: a bigram not listed is rarer than this. */
  floor: number;
}

export const NO_STATS: NameBigramStats = { entities: 0, frequencies: new Map(), floor: 0 };

export type SubstringPlan =
  /** Ask the index for these bigrams (every one rare enough). */
  | { kind: 'index'; bigrams: string[] }
  /** Walk at most this many rows, then the index with every bigram if the walk found fewer than the cap. */
  | { kind: 'walk'; rows: number; bigrams: string[] };

export function substringPlan(bigrams: readonly string[], stats: NameBigramStats, cap: number): SubstringPlan {
  if (stats.entities <= 0) return { kind: 'index', bigrams: [...bigrams] };
  // An unlisted bigram is taken at half the least listed share, as PostgreSQL's planner takes it.
  const postings = (b: string) => (stats.frequencies.get(b) ?? stats.floor / 2) * stats.entities;
  const budget = postingBudget(stats.entities, cap);
  const rare = bigrams.filter((b) => postings(b) <= budget);
  if (rare.length > 0) return { kind: 'index', bigrams: rare };
  // A walk this long finds `cap` matches of a bigram exactly as common as the budget allows; more common ones sooner.
  return { kind: 'walk', rows: Math.ceil((cap * stats.entities) / budget), bigrams: [...bigrams] };
}

export interface NameBigramStatsSource {
  current(): Promise<NameBigramStats>;
}

/** Reads the statistics at most once per maxAgeMs: ANALYZE refreshes them far less often than that. */
export function nameBigramStats(db: Queryable, { maxAgeMs = 10 * 60_000, now = Date.now } = {}): NameBigramStatsSource {
  let pending: Promise<NameBigramStats> | undefined;
  let readAt = 0;
  return {
    current() {
      if (!pending || now() - readAt >= maxAgeMs) {
        readAt = now();
        // Statistics only steer the plan: when they cannot be read, searches still answer, by the index.
        pending = readStats(db).catch(() => NO_STATS);
      }
      return pending;
    },
  };
}

async function readStats(db: Queryable): Promise<NameBigramStats> {
  const { rows } = await db.query<{ entities: number; elems: string[] | null; freqs: number[] | null }>(
    `SELECT greatest(c.reltuples, 0)::float8 AS entities, s.most_common_elems::text::text[] AS elems,
            s.most_common_elem_freqs::float8[] AS freqs
       FROM pg_class c
       LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'entities' AND s.attname = 'name_bigrams'
      WHERE c.oid = to_regclass('entities')`,
  );
  const row = rows[0];
  if (!row?.elems || !row.freqs) return NO_STATS;
  const freqs = row.freqs;
  const frequencies = new Map(row.elems.map((e, i) => [e, Number(freqs[i])]));
  // After the per-element frequencies PostgreSQL stores their minimum, maximum and the null share.
  const floor = Number(freqs[row.elems.length] ?? 0);
  return { entities: Number(row.entities), frequencies, floor };
}
