import {
  type CivilDate,
  type InformationClass,
  maskIdNumber,
  maskName,
  type PenaltyType,
  recomputeWindow,
  type Sector,
  type StoredWindow,
  type WindowFacts,
} from '@xinyong/domain';
import type { Queryable } from '../db/client';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';
import { bigramsOf } from '../records/bigrams';
import { dishonestyWindowFacts, penaltyWindowFacts, readPenaltyFacts } from '../records/facts';

/**
 * Bulk writers shared by the demo generator and the 双公示 importer. Each call sends whole columns as
 * arrays and unnests them on the server: one statement per batch, the same SQL on PGlite and PostgreSQL,
 * and no per-row round trip (which is what makes a million rows take minutes instead of hours).
 * Computed columns (name_bigrams, window_end and its rule version, a penalty's types and field when the source gives
 * none) are filled here so no caller can forget them.
 */

export const DEFAULT_BATCH_SIZE = 20_000;

type SqlType = 'text' | 'date' | 'bigint' | 'numeric' | 'boolean';

interface Column<R> {
  name: string;
  type: SqlType;
  value: (row: R) => unknown;
  /** SQL that turns the unnested value into the stored one; `$` is the unnested column. */
  expr?: string;
}

const BIGRAM_SEPARATOR = '\t'; // bigramsOf strips whitespace, so no bigram contains a tab

function buildInsert<R>(table: string, columns: Column<R>[], suffix: string): string {
  const casts = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.expr ? c.expr.replaceAll('$', `u.${aliases[i]}`) : `u.${aliases[i]}`)).join(', ');
  return `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
    SELECT ${select} FROM unnest(${casts}) AS u(${aliases.join(', ')}) ${suffix}`;
}

async function insertColumns<R, T = Record<string, unknown>>(
  db: Queryable,
  table: string,
  columns: Column<R>[],
  rows: readonly R[],
  suffix = '',
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<T[]> {
  const sql = buildInsert(table, columns, suffix);
  const out: T[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params = columns.map((c) => batch.map((r) => nullable(c.value(r))));
    const { rows: returned } = await db.query<T>(sql, params);
    for (const r of returned) out.push(r);
  }
  return out;
}

const nullable = (v: unknown) => (v === undefined ? null : v);
const hex = (b: Buffer | null | undefined) => (b ? b.toString('hex') : null);

// ---------------------------------------------------------------------------------------------------
// Entities and persons

export interface EntityRow {
  code: string;
  name: string;
  subjectType: 'legal_person' | 'unincorporated' | 'individual_business';
  typeLabel: string;
  regionCode: string;
  cityCode: string | null;
  establishedOn?: CivilDate | null;
  legalRepName?: string | null;
  legalRepPersonId?: number | null;
  address?: string | null;
  taxCreditGrade?: 'A' | 'B' | 'M' | 'C' | 'D' | null;
  /** 登记状态; a source that does not give it leaves the entity 存续. */
  registrationStatus?: 'active' | 'revoked' | 'deregistered';
  example: boolean;
}

const entityColumns: Column<EntityRow>[] = [
  { name: 'code', type: 'text', value: (r) => r.code },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'subject_type', type: 'text', value: (r) => r.subjectType },
  { name: 'type_label', type: 'text', value: (r) => r.typeLabel },
  { name: 'region_code', type: 'text', value: (r) => r.regionCode },
  { name: 'city_code', type: 'text', value: (r) => r.cityCode },
  { name: 'established_on', type: 'date', value: (r) => r.establishedOn },
  { name: 'legal_rep_name', type: 'text', value: (r) => r.legalRepName },
  { name: 'legal_rep_person_id', type: 'bigint', value: (r) => r.legalRepPersonId },
  { name: 'address', type: 'text', value: (r) => r.address },
  { name: 'tax_credit_grade', type: 'text', value: (r) => r.taxCreditGrade },
  { name: 'registration_status', type: 'text', value: (r) => r.registrationStatus ?? 'active' },
  { name: 'name_bigrams', type: 'text', value: (r) => bigramsOf(r.name).join(BIGRAM_SEPARATOR), expr: `string_to_array($, E'\\t')` },
  { name: 'example', type: 'boolean', value: (r) => r.example },
];

/**
 * Inserts entities and returns code → id. Codes already present keep their row (and their id is
 * returned), so the importer can call this for every subject it meets.
 */
export async function insertEntities(db: Queryable, rows: readonly EntityRow[], batchSize?: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const inserted = await insertColumns<EntityRow, { id: number; code: string }>(
    db,
    'entities',
    entityColumns,
    rows,
    'ON CONFLICT (code) DO NOTHING RETURNING id, code',
    batchSize,
  );
  for (const r of inserted) ids.set(r.code, Number(r.id));
  const missing = rows.map((r) => r.code).filter((c) => !ids.has(c));
  if (missing.length) {
    const { rows: found } = await db.query<{ id: number; code: string }>('SELECT id, code FROM entities WHERE code = ANY($1::text[])', [
      missing,
    ]);
    for (const r of found) ids.set(r.code, Number(r.id));
  }
  return ids;
}

export interface PersonRow {
  idHash: Buffer;
  idCipher: Buffer;
  nameCipher: Buffer;
  nameMasked: string;
  idMasked: string;
  example: boolean;
}

/** The stored form of a natural person: identifiers encrypted, a keyed hash for lookup, masks for screens. */
export function personRowOf(crypto: PersonalDataCrypto, person: { idNumber: string; name: string; example: boolean }): PersonRow {
  const id = person.idNumber.trim().toUpperCase();
  return {
    idHash: crypto.lookupHash(id),
    idCipher: crypto.encrypt(id),
    nameCipher: crypto.encrypt(person.name.trim()),
    nameMasked: maskName(person.name),
    idMasked: maskIdNumber(id),
    example: person.example,
  };
}

const personColumns: Column<PersonRow>[] = [
  { name: 'id_hash', type: 'text', value: (r) => hex(r.idHash), expr: `decode($, 'hex')` },
  { name: 'id_cipher', type: 'text', value: (r) => hex(r.idCipher), expr: `decode($, 'hex')` },
  { name: 'name_cipher', type: 'text', value: (r) => hex(r.nameCipher), expr: `decode($, 'hex')` },
  { name: 'name_masked', type: 'text', value: (r) => r.nameMasked },
  { name: 'id_masked', type: 'text', value: (r) => r.idMasked },
  { name: 'example', type: 'boolean', value: (r) => r.example },
];

/**
 * Inserts persons and returns the id of each, in input order. A person already known by the keyed hash
 * keeps the existing row (the ID number identifies a person; the stored name is not overwritten).
 */
export async function insertPersons(db: Queryable, rows: readonly PersonRow[]): Promise<number[]> {
  await insertColumns(db, 'persons', personColumns, rows, 'ON CONFLICT (id_hash) DO NOTHING');
  const hashes = rows.map((r) => r.idHash.toString('hex'));
  const { rows: found } = await db.query<{ id: number; h: string }>(
    `SELECT id, encode(id_hash, 'hex') AS h FROM persons WHERE id_hash = ANY(SELECT decode(x, 'hex') FROM unnest($1::text[]) AS x)`,
    [hashes],
  );
  const byHash = new Map(found.map((r) => [r.h, Number(r.id)]));
  return hashes.map((h) => {
    const id = byHash.get(h);
    if (id === undefined) throw new Error('person row vanished after insert');
    return id;
  });
}

// ---------------------------------------------------------------------------------------------------
// Records. Each is about exactly one subject: entityId or personId.

interface SubjectRef {
  entityId?: number | null;
  personId?: number | null;
}

interface Received {
  /** How the platform received the record (an import run); absent for records written otherwise (the demo). */
  receipt?: Receipt | null;
}

/** Kept with each imported 双公示 record for the monitoring: which run, when received, who pushed it, standard met. */
export interface Receipt {
  runId: number;
  receivedOn: CivilDate;
  pushedBy: string;
  meetsStandard: boolean;
}

const receiptColumns = <R extends Received>(): Column<R>[] => [
  { name: 'import_run_id', type: 'bigint', value: (r) => r.receipt?.runId },
  { name: 'received_on', type: 'date', value: (r) => r.receipt?.receivedOn },
  { name: 'pushed_by', type: 'text', value: (r) => r.receipt?.pushedBy },
  { name: 'meets_standard', type: 'boolean', value: (r) => r.receipt?.meetsStandard },
];

export interface LicenceRow extends SubjectRef, Received {
  decisionDocName?: string | null;
  decisionNo: string;
  category: string;
  licenceName: string;
  licenceNo?: string | null;
  content: string;
  decisionDate: CivilDate;
  validFrom?: CivilDate | null;
  validTo?: CivilDate | null;
  authority: string;
  authorityCode?: string | null;
  status?: string | null;
  dataSource?: string | null;
  example: boolean;
}

const licenceColumns: Column<LicenceRow>[] = [
  { name: 'entity_id', type: 'bigint', value: (r) => r.entityId },
  { name: 'person_id', type: 'bigint', value: (r) => r.personId },
  { name: 'decision_doc_name', type: 'text', value: (r) => r.decisionDocName },
  { name: 'decision_no', type: 'text', value: (r) => r.decisionNo },
  { name: 'category', type: 'text', value: (r) => r.category },
  { name: 'licence_name', type: 'text', value: (r) => r.licenceName },
  { name: 'licence_no', type: 'text', value: (r) => r.licenceNo },
  { name: 'content', type: 'text', value: (r) => r.content },
  { name: 'decision_date', type: 'date', value: (r) => r.decisionDate },
  { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
  { name: 'valid_to', type: 'date', value: (r) => r.validTo },
  { name: 'authority', type: 'text', value: (r) => r.authority },
  { name: 'authority_code', type: 'text', value: (r) => r.authorityCode },
  { name: 'status', type: 'text', value: (r) => r.status ?? '有效', expr: `coalesce($, '有效')` },
  { name: 'data_source', type: 'text', value: (r) => r.dataSource },
  { name: 'example', type: 'boolean', value: (r) => r.example },
  ...receiptColumns<LicenceRow>(),
];

export interface PenaltyRow extends SubjectRef, Received {
  decisionNo: string;
  violationType?: string | null;
  facts?: string | null;
  legalBasis: string;
  category: string;
  content: string;
  fineWan?: number | string | null;
  confiscationWan?: number | string | null;
  licenceAction?: string | null;
  infoClass: InformationClass;
  decisionDate: CivilDate;
  authorityDisplayEnd?: CivilDate | null;
  authority: string;
  authorityCode?: string | null;
  dataSource: string;
  dataSourceCode?: string | null;
  subjectMinor?: boolean;
  dutyFulfilledOn?: CivilDate | null;
  repairedOn?: CivilDate | null;
  example: boolean;
  /** Read from the legal basis when absent (readPenaltyFacts). */
  sector?: Sector | null;
  /** Read from the category and licence action when absent. */
  penaltyTypes?: readonly PenaltyType[] | null;
  procedure?: 'summary' | 'ordinary' | null;
  specificSerious?: boolean | null;
  conductEndedOn?: CivilDate | null;
  lawPeriod?: { end: CivilDate; reference: string } | null;
  dutyOutstanding?: boolean;
  authorityKind?: 'market_regulation' | 'other' | null;
  repeatedSameKind?: boolean;
}

// The rule is pure and its inputs repeat (a few thousand decision dates × three classes), so bulk loads
// memoise it; the cache is dropped when it grows, which keeps memory bounded on any input.
const windowCache = new Map<string, StoredWindow>();
export function storedWindow(facts: WindowFacts): StoredWindow {
  const key = JSON.stringify(facts);
  let stored = windowCache.get(key);
  if (stored === undefined) {
    if (windowCache.size > 200_000) windowCache.clear();
    stored = recomputeWindow(facts);
    windowCache.set(key, stored);
  }
  return stored;
}

/** The facts of a penalty row as the rules read them, its types and field read from its words when not given. */
export function penaltyRowFacts(r: PenaltyRow): WindowFacts {
  const read = r.penaltyTypes === undefined || r.sector === undefined ? readPenaltyFacts(r) : null;
  return penaltyWindowFacts({
    info_class: r.infoClass,
    decision_date: r.decisionDate,
    authority_display_end: r.authorityDisplayEnd ?? null,
    sector: r.sector === undefined ? (read?.sector ?? null) : r.sector,
    penalty_types: r.penaltyTypes === undefined ? [...(read?.penaltyTypes ?? [])] : r.penaltyTypes ? [...r.penaltyTypes] : null,
    procedure: r.procedure ?? null,
    specific_serious: r.specificSerious ?? null,
    conduct_ended_on: r.conductEndedOn ?? null,
    law_period_end: r.lawPeriod?.end ?? null,
    law_period_ref: r.lawPeriod?.reference ?? null,
    duty_outstanding: r.dutyOutstanding ?? false,
    authority_kind: r.authorityKind ?? null,
    repeated_same_kind: r.repeatedSameKind ?? false,
  });
}

/** window_end of a penalty and the rule version that made it, from the domain rule over the row's facts. */
export const penaltyWindow = (r: PenaltyRow) => storedWindow(penaltyRowFacts(r));

const TYPE_SEPARATOR = ',';

const penaltyColumns: Column<PenaltyRow>[] = [
  { name: 'entity_id', type: 'bigint', value: (r) => r.entityId },
  { name: 'person_id', type: 'bigint', value: (r) => r.personId },
  { name: 'decision_no', type: 'text', value: (r) => r.decisionNo },
  { name: 'violation_type', type: 'text', value: (r) => r.violationType },
  { name: 'facts', type: 'text', value: (r) => r.facts },
  { name: 'legal_basis', type: 'text', value: (r) => r.legalBasis },
  { name: 'category', type: 'text', value: (r) => r.category },
  { name: 'content', type: 'text', value: (r) => r.content },
  { name: 'fine_wan', type: 'numeric', value: (r) => (r.fineWan == null ? null : String(r.fineWan)) },
  { name: 'confiscation_wan', type: 'numeric', value: (r) => (r.confiscationWan == null ? null : String(r.confiscationWan)) },
  { name: 'licence_action', type: 'text', value: (r) => r.licenceAction },
  { name: 'info_class', type: 'text', value: (r) => r.infoClass },
  { name: 'decision_date', type: 'date', value: (r) => r.decisionDate },
  { name: 'authority_display_end', type: 'date', value: (r) => r.authorityDisplayEnd },
  { name: 'window_end', type: 'date', value: (r) => penaltyWindow(r).windowEnd },
  { name: 'window_rule_version', type: 'text', value: (r) => penaltyWindow(r).ruleVersion },
  { name: 'sector', type: 'text', value: (r) => penaltyRowFacts(r).sector },
  {
    name: 'penalty_types',
    type: 'text',
    value: (r) => penaltyRowFacts(r).penaltyTypes?.join(TYPE_SEPARATOR) ?? null,
    expr: `string_to_array($, '${TYPE_SEPARATOR}')`,
  },
  { name: 'procedure', type: 'text', value: (r) => r.procedure },
  { name: 'specific_serious', type: 'boolean', value: (r) => r.specificSerious },
  { name: 'conduct_ended_on', type: 'date', value: (r) => r.conductEndedOn },
  { name: 'law_period_end', type: 'date', value: (r) => r.lawPeriod?.end },
  { name: 'law_period_ref', type: 'text', value: (r) => r.lawPeriod?.reference },
  { name: 'duty_outstanding', type: 'boolean', value: (r) => r.dutyOutstanding ?? false },
  { name: 'authority_kind', type: 'text', value: (r) => r.authorityKind },
  { name: 'repeated_same_kind', type: 'boolean', value: (r) => r.repeatedSameKind ?? false },
  { name: 'authority', type: 'text', value: (r) => r.authority },
  { name: 'authority_code', type: 'text', value: (r) => r.authorityCode },
  { name: 'data_source', type: 'text', value: (r) => r.dataSource },
  { name: 'data_source_code', type: 'text', value: (r) => r.dataSourceCode },
  { name: 'subject_minor', type: 'boolean', value: (r) => r.subjectMinor ?? false },
  { name: 'duty_fulfilled_on', type: 'date', value: (r) => r.dutyFulfilledOn },
  { name: 'repaired_on', type: 'date', value: (r) => r.repairedOn },
  { name: 'example', type: 'boolean', value: (r) => r.example },
  ...receiptColumns<PenaltyRow>(),
];

export interface DishonestyRow extends SubjectRef {
  listType: string;
  legalBasis: string;
  authority: string;
  reason: string;
  decisionNo: string;
  decisionDate: CivilDate;
  listedFrom: CivilDate;
  listedUntil?: CivilDate | null;
  exitConditions: string;
  removedOn?: CivilDate | null;
  repairedOn?: CivilDate | null;
  example: boolean;
}

/** window_end of a list entry and its rule version (the list's rule where the list is known). */
export const dishonestyWindow = (r: Pick<DishonestyRow, 'decisionDate' | 'listedUntil' | 'listType'>) =>
  storedWindow(dishonestyWindowFacts({ decision_date: r.decisionDate, listed_until: r.listedUntil ?? null, list_type: r.listType }));

const dishonestyColumns: Column<DishonestyRow>[] = [
  { name: 'entity_id', type: 'bigint', value: (r) => r.entityId },
  { name: 'person_id', type: 'bigint', value: (r) => r.personId },
  { name: 'list_type', type: 'text', value: (r) => r.listType },
  { name: 'legal_basis', type: 'text', value: (r) => r.legalBasis },
  { name: 'authority', type: 'text', value: (r) => r.authority },
  { name: 'reason', type: 'text', value: (r) => r.reason },
  { name: 'decision_no', type: 'text', value: (r) => r.decisionNo },
  { name: 'decision_date', type: 'date', value: (r) => r.decisionDate },
  { name: 'listed_from', type: 'date', value: (r) => r.listedFrom },
  { name: 'listed_until', type: 'date', value: (r) => r.listedUntil },
  { name: 'window_end', type: 'date', value: (r) => dishonestyWindow(r).windowEnd },
  { name: 'window_rule_version', type: 'text', value: (r) => dishonestyWindow(r).ruleVersion },
  { name: 'exit_conditions', type: 'text', value: (r) => r.exitConditions },
  { name: 'removed_on', type: 'date', value: (r) => r.removedOn },
  { name: 'repaired_on', type: 'date', value: (r) => r.repairedOn },
  { name: 'example', type: 'boolean', value: (r) => r.example },
];

export interface RedListRow {
  entityId: number;
  listName: string;
  authority: string;
  basis: string;
  listedOn: CivilDate;
  validUntil?: CivilDate | null;
  example: boolean;
}

const redListColumns: Column<RedListRow>[] = [
  { name: 'entity_id', type: 'bigint', value: (r) => r.entityId },
  { name: 'list_name', type: 'text', value: (r) => r.listName },
  { name: 'authority', type: 'text', value: (r) => r.authority },
  { name: 'basis', type: 'text', value: (r) => r.basis },
  { name: 'listed_on', type: 'date', value: (r) => r.listedOn },
  { name: 'valid_until', type: 'date', value: (r) => r.validUntil },
  { name: 'example', type: 'boolean', value: (r) => r.example },
];

export interface CommitmentRow extends SubjectRef {
  kind: string;
  textVersion: string;
  matter: string;
  signedOn: CivilDate;
  /** Entity commitments are published; a person's never (defaults accordingly). */
  public?: boolean;
  example: boolean;
}

const commitmentColumns: Column<CommitmentRow>[] = [
  { name: 'entity_id', type: 'bigint', value: (r) => r.entityId },
  { name: 'person_id', type: 'bigint', value: (r) => r.personId },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'text_version', type: 'text', value: (r) => r.textVersion },
  { name: 'matter', type: 'text', value: (r) => r.matter },
  { name: 'signed_on', type: 'date', value: (r) => r.signedOn },
  { name: 'public', type: 'boolean', value: (r) => r.public ?? r.personId == null },
  { name: 'example', type: 'boolean', value: (r) => r.example },
];

/** Result of a keyed record insert: the ids of new rows by `decisionNo\u0000authority`. */
export type InsertedByKey = Map<string, number>;
export const recordKey = (decisionNo: string, authority: string) => `${decisionNo}\u0000${authority}`;

async function insertKeyed<R extends { decisionNo: string; authority: string }>(
  db: Queryable,
  table: string,
  columns: Column<R>[],
  rows: readonly R[],
  returnIds: boolean,
  batchSize?: number,
): Promise<InsertedByKey> {
  const suffix = `ON CONFLICT (decision_no, authority) DO NOTHING${returnIds ? ' RETURNING id, decision_no, authority' : ''}`;
  const out = await insertColumns<R, { id: number; decision_no: string; authority: string }>(db, table, columns, rows, suffix, batchSize);
  return new Map(out.map((r) => [recordKey(r.decision_no, r.authority), Number(r.id)]));
}

/**
 * Keyed records (decision number + authority) never duplicate: a row whose key exists is skipped. With
 * returnIds the ids of the rows actually inserted come back; skipped rows are absent from the map.
 */
export const insertLicences = (db: Queryable, rows: readonly LicenceRow[], opts: { returnIds?: boolean; batchSize?: number } = {}) =>
  insertKeyed(db, 'licences', licenceColumns, rows, opts.returnIds ?? false, opts.batchSize);

export const insertPenalties = (db: Queryable, rows: readonly PenaltyRow[], opts: { returnIds?: boolean; batchSize?: number } = {}) =>
  insertKeyed(db, 'penalties', penaltyColumns, rows, opts.returnIds ?? false, opts.batchSize);

export const insertDishonestyEntries = (
  db: Queryable,
  rows: readonly DishonestyRow[],
  opts: { returnIds?: boolean; batchSize?: number } = {},
) => insertKeyed(db, 'dishonesty_entries', dishonestyColumns, rows, opts.returnIds ?? false, opts.batchSize);

export async function insertRedListEntries(db: Queryable, rows: readonly RedListRow[], batchSize?: number): Promise<void> {
  await insertColumns(db, 'red_list_entries', redListColumns, rows, 'ON CONFLICT (entity_id, list_name, listed_on) DO NOTHING', batchSize);
}

export async function insertCommitments(db: Queryable, rows: readonly CommitmentRow[], batchSize?: number): Promise<void> {
  await insertColumns(db, 'commitments', commitmentColumns, rows, '', batchSize);
}

export interface ObjectionByKey {
  recordKind: 'licence' | 'penalty' | 'dishonesty';
  decisionNo: string;
  authority: string;
  status: 'submitted' | 'accepted' | 'corrected' | 'deleted' | 'upheld' | 'rejected' | 'withdrawn';
}

const RECORD_TABLES = { licence: 'licences', penalty: 'penalties', dishonesty: 'dishonesty_entries' } as const;

/**
 * Objections addressed by the record's key, resolved to its id on the server; this lets bulk writers
 * skip RETURNING on millions of records just to attach a few objections.
 */
export async function insertObjectionsByKey(db: Queryable, rows: readonly ObjectionByKey[]): Promise<void> {
  for (const kind of Object.keys(RECORD_TABLES) as (keyof typeof RECORD_TABLES)[]) {
    const mine = rows.filter((r) => r.recordKind === kind);
    if (!mine.length) continue;
    await db.query(
      `INSERT INTO objections (record_kind, record_id, status)
       SELECT $1, t.id, u.status
         FROM unnest($2::text[], $3::text[], $4::text[]) AS u(decision_no, authority, status)
         JOIN ${RECORD_TABLES[kind]} t ON t.decision_no = u.decision_no AND t.authority = u.authority`,
      [kind, mine.map((r) => r.decisionNo), mine.map((r) => r.authority), mine.map((r) => r.status)],
    );
  }
}
