import { DISPLAY_RULES_VERSION, type StoredWindow } from '@xinyong/domain';
import { type SqlClient, WINDOWS_CHANGED } from '../db/client';
import { dishonestyWindowFacts, type PenaltyFactColumns, penaltyWindowFacts, readPenaltyFacts } from '../records/facts';
import type { AnswerCache } from './answer-cache';
import { storedWindow } from './record-writers';

/**
 * Stored display windows made again under the rules in force: after a rule or parameter change (a new
 * DISPLAY_RULES_VERSION) every window_end is recomputed from the row's stored facts, and what changed is counted.
 * Rows written before their facts were kept (penalty_types NULL) get them read from the decision's own words first.
 * A second run finds nothing to change. Start-up runs it when the last run was under other rule data.
 */
export interface RecomputeReport {
  rulesVersion: string;
  scanned: number;
  /** Penalties whose types and field were read for the first time. */
  factsRead: number;
  datesChanged: number;
  /** The window is the same, only the version that made it is new. */
  versionOnly: number;
  /** Changed rows (date or version) per regime id. */
  byRegime: Record<string, number>;
}

const BATCH = 5_000;
// Two processes starting together take turns per batch; the second finds each batch already done.
const LOCK = 727_275;
const TYPE_SEPARATOR = ',';

interface PenaltyScanRow extends PenaltyFactColumns {
  id: number;
  category: string;
  licence_action: string | null;
  legal_basis: string;
  window_end: string | null;
  window_rule_version: string | null;
}

interface Change {
  id: number;
  stored: StoredWindow;
  read: { sector: string | null; types: string } | null;
}

function count(report: RecomputeReport, before: { window_end: string | null; window_rule_version: string | null }, stored: StoredWindow) {
  const dateChanged = before.window_end !== stored.windowEnd;
  const versionChanged = before.window_rule_version !== stored.ruleVersion;
  if (dateChanged) report.datesChanged += 1;
  else if (versionChanged) report.versionOnly += 1;
  if (dateChanged || versionChanged) report.byRegime[stored.regimeId] = (report.byRegime[stored.regimeId] ?? 0) + 1;
  return dateChanged || versionChanged;
}

export async function recomputeWindows(db: SqlClient, options: { batchSize?: number; cache?: AnswerCache } = {}): Promise<RecomputeReport> {
  const batchSize = options.batchSize ?? BATCH;
  const report: RecomputeReport = {
    rulesVersion: DISPLAY_RULES_VERSION,
    scanned: 0,
    factsRead: 0,
    datesChanged: 0,
    versionOnly: 0,
    byRegime: {},
  };

  for (let after = 0; ; ) {
    const last = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const { rows } = await tx.query<PenaltyScanRow>(
        `SELECT id, category, licence_action, legal_basis, info_class, decision_date, authority_display_end, sector, penalty_types, procedure,
                specific_serious, conduct_ended_on, law_period_end, law_period_ref, duty_outstanding, authority_kind, repeated_same_kind,
                window_end, window_rule_version
         FROM penalties WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      const changes: Change[] = [];
      for (const row of rows) {
        report.scanned += 1;
        let read: Change['read'] = null;
        let facts = row;
        if (row.penalty_types === null) {
          const words = readPenaltyFacts({ category: row.category, licenceAction: row.licence_action, legalBasis: row.legal_basis });
          read = { sector: row.sector ?? words.sector, types: words.penaltyTypes.join(TYPE_SEPARATOR) };
          facts = { ...row, sector: read.sector, penalty_types: [...words.penaltyTypes] };
          report.factsRead += 1;
        }
        const stored = storedWindow(penaltyWindowFacts(facts));
        if (count(report, row, stored) || read) changes.push({ id: row.id, stored, read });
      }
      if (changes.length)
        await tx.query(
          `UPDATE penalties p SET window_end = u.window_end, window_rule_version = u.version,
             sector = CASE WHEN u.read THEN u.sector ELSE p.sector END,
             penalty_types = CASE WHEN u.read THEN string_to_array(u.types, '${TYPE_SEPARATOR}') ELSE p.penalty_types END
           FROM unnest($1::bigint[], $2::date[], $3::text[], $4::boolean[], $5::text[], $6::text[]) AS u(id, window_end, version, read, sector, types)
           WHERE p.id = u.id`,
          [
            changes.map((c) => c.id),
            changes.map((c) => c.stored.windowEnd),
            changes.map((c) => c.stored.ruleVersion),
            changes.map((c) => c.read !== null),
            changes.map((c) => c.read?.sector ?? null),
            changes.map((c) => c.read?.types ?? null),
          ],
        );
      return rows.length < batchSize ? null : (rows.at(-1)?.id ?? null);
    });
    if (last === null) break;
    after = last;
  }

  for (let after = 0; ; ) {
    const last = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const { rows } = await tx.query<{
        id: number;
        decision_date: string;
        listed_until: string | null;
        list_type: string;
        window_end: string | null;
        window_rule_version: string | null;
      }>(
        'SELECT id, decision_date, listed_until, list_type, window_end, window_rule_version FROM dishonesty_entries WHERE id > $1 ORDER BY id LIMIT $2',
        [after, batchSize],
      );
      const changes: { id: number; stored: StoredWindow }[] = [];
      for (const row of rows) {
        report.scanned += 1;
        const stored = storedWindow(dishonestyWindowFacts(row));
        if (count(report, row, stored)) changes.push({ id: row.id, stored });
      }
      if (changes.length)
        await tx.query(
          `UPDATE dishonesty_entries d SET window_end = u.window_end, window_rule_version = u.version
           FROM unnest($1::bigint[], $2::date[], $3::text[]) AS u(id, window_end, version) WHERE d.id = u.id`,
          [changes.map((c) => c.id), changes.map((c) => c.stored.windowEnd), changes.map((c) => c.stored.ruleVersion)],
        );
      return rows.length < batchSize ? null : (rows.at(-1)?.id ?? null);
    });
    if (last === null) break;
    after = last;
  }

  await db.query(
    `INSERT INTO window_recomputations (rules_version, scanned, facts_read, dates_changed, version_only, by_regime)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [report.rulesVersion, report.scanned, report.factsRead, report.datesChanged, report.versionOnly, JSON.stringify(report.byRegime)],
  );
  // Public answers cached by this process, and by every other API process on this database, were made from the old
  // windows: this one clears its own, the others hear it (plugins/app/database.ts listens on the channel).
  options.cache?.clear();
  if (report.datesChanged > 0 || report.versionOnly > 0 || report.factsRead > 0)
    await db.query('SELECT pg_notify($1, $2)', [WINDOWS_CHANGED, report.rulesVersion]);
  return report;
}

/** Whether the stored windows were last recomputed under other rule data than the rules in force (or never). */
export async function windowsAreStale(db: SqlClient): Promise<boolean> {
  const { rows } = await db.query<{ rules_version: string }>('SELECT rules_version FROM window_recomputations ORDER BY id DESC LIMIT 1');
  return rows[0]?.rules_version !== DISPLAY_RULES_VERSION;
}
