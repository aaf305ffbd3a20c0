import { createHash } from 'node:crypto';
import {
  type CivilDate,
  compareDates,
  deriveInfoClass,
  entityTypeOf,
  formatCivilDate,
  isMinorOn,
  maskIdNumber,
  maskName,
  parseCivilDate,
  validateCreditCode,
  validateResidentId,
} from '@xinyong/domain';
import type { Queryable, SqlClient } from '../db/client';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';
import { importRunsRepository } from '../repositories/import-runs';
import {
  type EntityRow,
  insertEntities,
  insertLicences,
  insertPenalties,
  insertPersons,
  type LicenceRow,
  type PenaltyRow,
  personRowOf,
  type Receipt,
} from '../repositories/record-writers';
import { type CsvRecord, decodeUtf8, parseCsv } from './csv';
import { FIELDS_BY_KIND, type ImportKind, LICENCE_CATEGORIES, RESIDENT_ID_TYPES, SUBJECT_CATEGORIES } from './fields';
import { readPenaltyFactColumns } from './penalty-facts';

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
}

export interface ImportReport {
  file: string;
  kind: ImportKind;
  rowsRead: number;
  imported: number;
  /** Rows whose record (decision number + authority) was already stored: nothing was written. */
  unchanged: number;
  /** Rows not imported; `problems` lists every reason, several per line when a row has several. */
  rejected: number;
  problems: RowProblem[];
  /** Accepted with a remark: code check failures from an authority, derived classes, ignored values. */
  warnings: RowProblem[];
}

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export interface CheckOptions {
  /** Today's civil date in China; decision dates after it are rejected. It is also the day the rows are received. */
  today: CivilDate;
  file?: string;
}

export interface ImportOptions extends CheckOptions {
  crypto: PersonalDataCrypto;
  /** Which way the file came in, and who committed it in the console. */
  via?: 'cli' | 'console';
  staffId?: number | null;
  /** When the platform received the file (defaults to now). */
  receivedAt?: Date;
}

export interface CommitReport extends ImportReport {
  runId: number;
  /** The same file (by its SHA-256) had been received before: no new run, its refused rows not counted again. */
  repeated: boolean;
}

type Row = Record<string, string>;

/** Reads the header, decides XK or CF, and checks that the required columns are there. */
export function detectKind(header: readonly string[]): ImportKind {
  const codes = new Set(header.map(normaliseHeader));
  const kind: ImportKind | null = codes.has('CF_WSH') ? 'penalty' : codes.has('XK_WSH') ? 'licence' : null;
  if (!kind)
    throw new ImportFileError(
      '无法识别文件类型：表头中没有 XK_WSH（行政许可）或 CF_WSH（行政处罚）。表头应为国家发展改革委双公示字段代码。',
    );
  const missing = FIELDS_BY_KIND[kind].filter((f) => f.requiredColumn && !codes.has(f.code));
  if (missing.length) {
    throw new ImportFileError(`缺少必填列：${missing.map((f) => `${f.code}（${f.label}）`).join('、')}。`);
  }
  return kind;
}

const normaliseHeader = (h: string) => h.trim().toUpperCase();

/** Accepts 2024-03-05, 2024/3/5, 20240305, 2024年3月5日, and a trailing time (exports often add 00:00:00). */
export function parseImportDate(value: string): CivilDate | null {
  const v = value.trim().replace(/[T\s].*$/, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m) return null;
  const parts = parseCivilDate(`${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`);
  return parts ? formatCivilDate(parts) : null;
}

const ENTITY_KIND_BY_CATEGORY = { '02': 'legal_person', '03': 'unincorporated', '04': 'individual_business' } as const;
const CATEGORY_LABELS = { '02': '法人', '03': '非法人组织', '04': '个体工商户' } as const;

interface Mapped {
  key: { decisionNo: string; authority: string };
  /** No remark on a field of the national standard (a derived 信息类别, the house's own column, is not one). */
  meetsStandard: boolean;
  subject: { kind: 'entity'; row: EntityRow } | { kind: 'person'; idNumber: string; name: string; birthDate: CivilDate };
  record: Omit<LicenceRow, 'entityId' | 'personId'> | Omit<PenaltyRow, 'entityId' | 'personId'>;
}

/** Validates and maps one row. Problems reject it; warnings travel with it. */
function mapRow(kind: ImportKind, row: Row, line: number, today: CivilDate, problems: RowProblem[], warnings: RowProblem[]): Mapped | null {
  const p = kind === 'licence' ? 'XK' : 'CF';
  const before = problems.length;
  let breaches = 0;
  const get = (code: string) => (row[code] ?? '').trim();
  const reject = (field: string, reason: string) => problems.push({ line, field, reason });
  const warn = (field: string, reason: string, breach = true) => {
    if (breach) breaches++;
    warnings.push({ line, field, reason });
  };
  const required = (code: string, label: string) => {
    const v = get(code);
    if (!v) reject(code, `${label}不能为空。`);
    return v;
  };
  const date = (code: string, label: string, isRequired: boolean): CivilDate | null => {
    const v = get(code);
    if (!v) {
      if (isRequired) reject(code, `${label}不能为空。`);
      return null;
    }
    const d = parseImportDate(v);
    if (!d) reject(code, `${label}“${v}”不是有效日期，应为 YYYY-MM-DD。`);
    return d;
  };
  const amount = (code: string, label: string): number | null => {
    const v = get(code);
    if (!v) return null;
    const n = Number(v.replace(/,/g, ''));
    // numeric(14, 4): at most 10 digits before the point.
    if (!/^\d{1,10}(\.\d{1,4})?$/.test(v.replace(/,/g, '')) || !Number.isFinite(n)) {
      reject(code, `${label}“${v}”不是有效金额，应为以万元为单位的非负数，最多 4 位小数。`);
      return null;
    }
    return n;
  };

  // Subject
  const name = required(`${p}_XDR_MC`, '行政相对人名称');
  const lbRaw = get(`${p}_XDR_LB`);
  const category = SUBJECT_CATEGORIES[lbRaw];
  if (!lbRaw) reject(`${p}_XDR_LB`, '行政相对人类别不能为空。');
  else if (!category) reject(`${p}_XDR_LB`, `行政相对人类别“${lbRaw}”无效，应为 01 自然人、02 法人、03 非法人组织或 04 个体工商户。`);

  // Record fields
  const decisionNo = required(`${p}_WSH`, kind === 'licence' ? '行政许可决定文书号' : '行政处罚决定书文号');
  const authority = required(kind === 'licence' ? 'XK_XKJG' : 'CF_CFJG', kind === 'licence' ? '许可机关' : '处罚机关');
  const decisionDate = date(`${p}_JDRQ`, kind === 'licence' ? '许可决定日期' : '处罚决定日期', true);
  if (decisionDate && compareDates(decisionDate, today) > 0) reject(`${p}_JDRQ`, `决定日期 ${decisionDate} 晚于今天。`);
  const authorityCodeField = kind === 'licence' ? 'XK_XKJGDM' : 'CF_CFJGDM';
  let authorityCode: string | null = get(authorityCodeField) || null;
  if (authorityCode) {
    const check = validateCreditCode(authorityCode, { mode: 'authority' });
    if (!check.ok) {
      warn(authorityCodeField, `机关统一社会信用代码无效（${check.message}），已忽略。`);
      authorityCode = null;
    } else authorityCode = check.code;
  }

  let record: Mapped['record'] | null = null;
  if (kind === 'licence') {
    const licenceCategory = required('XK_XKLB', '许可类别');
    if (licenceCategory && !(LICENCE_CATEGORIES as readonly string[]).includes(licenceCategory)) {
      reject('XK_XKLB', `许可类别“${licenceCategory}”无效，应为${LICENCE_CATEGORIES.join('、')}之一。`);
    }
    const docName = get('XK_XKWS');
    const licenceName = get('XK_XKZS') || docName;
    if (!licenceName) reject('XK_XKZS', '许可证书名称不能为空（未填写时使用行政许可决定文书名称，两者都为空）。');
    const content = required('XK_NR', '许可内容');
    const validFrom = date('XK_YXQZ', '有效期自', false);
    const validTo = date('XK_YXQZI', '有效期至', false);
    if (validFrom && validTo && compareDates(validTo, validFrom) < 0) reject('XK_YXQZI', `有效期至 ${validTo} 早于有效期自 ${validFrom}。`);
    record = {
      decisionDocName: docName || null,
      decisionNo,
      category: licenceCategory,
      licenceName,
      licenceNo: get('XK_XKBH') || null,
      content,
      decisionDate: decisionDate ?? '',
      validFrom,
      validTo,
      authority,
      authorityCode,
      status: get('XK_ZT') || '有效',
      dataSource: get('XK_LYDW') || null,
      example: false,
    };
  } else {
    const legalBasis = required('CF_YJ', '处罚依据');
    const penaltyCategory = required('CF_CFLB', '处罚类别');
    const content = required('CF_NR', '处罚内容');
    const dataSource = required('CF_SJLY', '数据来源单位');
    const fine = amount('CF_NR_FK', '罚款金额');
    const confiscation = amount('CF_NR_WFFF', '没收金额');
    const licenceAction = get('CF_NR_ZKDX');
    const displayEnd = date('CF_GSJZQ', '公示截止期', false);
    if (displayEnd && decisionDate && compareDates(displayEnd, decisionDate) < 0) {
      warn('CF_GSJZQ', `公示截止期 ${displayEnd} 早于决定日期 ${decisionDate}，按最长公示期计算。`);
    }
    let infoClass: '轻微' | '一般' | '严重';
    const given = get('CF_XXLB');
    if (given) {
      if (given !== '轻微' && given !== '一般' && given !== '严重') reject('CF_XXLB', `信息类别“${given}”无效，应为轻微、一般或严重。`);
      infoClass = given as typeof infoClass;
    } else {
      const derived = deriveInfoClass(penaltyCategory, fine, licenceAction);
      infoClass = derived.infoClass;
      warn('CF_XXLB', `未提供信息类别，按${derived.why}推定为“${derived.infoClass}”。`, false);
    }
    const facts = readPenaltyFactColumns(get, (code, label) => date(code, label, false), reject, { decisionDate, today });
    record = {
      ...facts,
      decisionNo,
      violationType: get('CF_WFXW') || null,
      facts: get('CF_SY') || null,
      legalBasis,
      category: penaltyCategory,
      content,
      fineWan: fine,
      confiscationWan: confiscation,
      licenceAction: licenceAction || null,
      infoClass,
      decisionDate: decisionDate ?? '',
      authorityDisplayEnd: displayEnd,
      authority,
      authorityCode,
      dataSource,
      dataSourceCode: get('CF_SJLYDM') || null,
      example: false,
    };
  }

  // Subject identity: natural persons by resident ID, everyone else by 统一社会信用代码.
  let subject: Mapped['subject'] | null = null;
  if (category === '01') {
    const idType = get(`${p}_XDR_ZJLX`);
    const idNumber = get(`${p}_XDR_ZJHM`);
    if (!RESIDENT_ID_TYPES.has(idType)) {
      reject(`${p}_XDR_ZJLX`, `证件类型“${idType}”暂不支持，自然人目前只能按居民身份证导入。`);
    } else if (!idNumber) {
      reject(`${p}_XDR_ZJHM`, '自然人的证件号码不能为空。');
    } else {
      const check = validateResidentId(idNumber, { today, mode: 'authority' });
      if (!check.ok) reject(`${p}_XDR_ZJHM`, `身份证号码无效：${check.message}`);
      else {
        for (const w of check.warnings) warn(`${p}_XDR_ZJHM`, `身份证号码：${w.message}`);
        subject = { kind: 'person', idNumber: check.id, name, birthDate: check.birthDate };
      }
    }
  } else if (category) {
    const codeField = `${p}_XDR_SHXYM`;
    const raw = get(codeField);
    if (!raw) reject(codeField, `${CATEGORY_LABELS[category]}的统一社会信用代码不能为空。`);
    else {
      const check = validateCreditCode(raw, { mode: 'authority' });
      if (!check.ok) reject(codeField, `统一社会信用代码无效：${check.message}`);
      else {
        for (const w of check.warnings) warn(codeField, `统一社会信用代码：${w.message}（来自登记机关的数据，已接受）`);
        const subjectType = ENTITY_KIND_BY_CATEGORY[category];
        // 91 covers legal persons and unincorporated enterprises alike; only 个体工商户 (92) is unambiguous.
        if (check.parts.typeLabel && check.code.startsWith('92') !== (category === '04')) {
          warn(
            `${p}_XDR_LB`,
            `行政相对人类别为${CATEGORY_LABELS[category]}，但代码前两位“${check.code.slice(0, 2)}”表示${check.parts.typeLabel}。`,
          );
        }
        subject = {
          kind: 'entity',
          row: {
            code: check.code,
            name,
            subjectType,
            typeLabel: check.parts.typeLabel ?? entityTypeOf(check.code.slice(0, 2))?.label ?? CATEGORY_LABELS[category],
            regionCode: check.parts.regionCode,
            cityCode: check.parts.city?.code ?? null,
            legalRepName: get(`${p}_FRDB`) || null,
            example: false,
          },
        };
      }
    }
  }

  if (problems.length > before || !subject || !record || !decisionDate) return null;
  if (subject.kind === 'person') record = redactPerson(record, subject.idNumber, subject.name);
  return { key: { decisionNo, authority }, meetsStandard: breaches === 0, subject, record };
}

/** The department a row came from, as the monitoring counts it: its data source unit, else its authority. */
function departmentOf(kind: ImportKind, row: Row): string {
  const get = (code: string) => (row[code] ?? '').trim();
  return (kind === 'licence' ? get('XK_LYDW') || get('XK_XKJG') : get('CF_SJLY') || get('CF_CFJG')) || '（未填写）';
}

/** A natural person's ID number and name never stay in clear in free text (facts, content, notes). */
function redactPerson<T extends Mapped['record']>(record: T, idNumber: string, name: string): T {
  const out: Record<string, unknown> = { ...record };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'string' || k === 'decisionDate' || k === 'authority' || k === 'decisionNo') continue;
    let s = v.split(idNumber).join(maskIdNumber(idNumber));
    if (name.length >= 2) s = s.split(name).join(maskName(name));
    out[k] = s;
  }
  return out as T;
}

const TABLE = { licence: 'licences', penalty: 'penalties' } as const;

/** Runs one row's writes so that they land whole or not at all. */
type RowTransaction = <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;

/** The command line: each row in a transaction of its own. */
const ownTransactions =
  (db: SqlClient): RowTransaction =>
  (fn) =>
    db.transaction(fn);

/** Inside a transaction already open (a console commit): each row under a savepoint. */
const savepoints =
  (tx: Queryable): RowTransaction =>
  async (fn) => {
    await tx.query('SAVEPOINT import_row');
    try {
      const result = await fn(tx);
      await tx.query('RELEASE SAVEPOINT import_row');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT import_row');
      throw error;
    }
  };

/** Writes one mapped row: the subject and the record, or nothing. */
async function writeRow(
  rowTx: RowTransaction,
  kind: ImportKind,
  m: Mapped,
  receipt: Receipt,
  crypto: PersonalDataCrypto,
  warn: (field: string, reason: string) => void,
): Promise<'imported' | 'unchanged'> {
  return rowTx(async (tx: Queryable) => {
    if (await isStored(tx, kind, m)) return 'unchanged';
    let ref: { entityId?: number; personId?: number };
    if (m.subject.kind === 'entity') {
      const { rows: known } = await tx.query<{ name: string }>('SELECT name FROM entities WHERE code = $1', [m.subject.row.code]);
      const storedName = known[0]?.name;
      if (storedName !== undefined && storedName !== m.subject.row.name) {
        // The register, not a 双公示 file, is the authority on names: keep the stored one and say so.
        warn(
          kind === 'licence' ? 'XK_XDR_MC' : 'CF_XDR_MC',
          `名称“${m.subject.row.name}”与库中同一代码的主体名称“${storedName}”不同，记录已归入该主体，名称未改。`,
        );
      }
      const ids = await insertEntities(tx, [m.subject.row]);
      ref = { entityId: ids.get(m.subject.row.code) as number };
    } else {
      const [personId] = await insertPersons(tx, [
        personRowOf(crypto, { idNumber: m.subject.idNumber, name: m.subject.name, example: false }),
      ]);
      ref = { personId };
    }
    if (kind === 'licence') {
      const ids = await insertLicences(tx, [{ ...(m.record as LicenceRow), ...ref, receipt }], { returnIds: true });
      return ids.size ? 'imported' : 'unchanged';
    }
    const penalty = { ...(m.record as PenaltyRow), ...ref, receipt };
    if (m.subject.kind === 'person') penalty.subjectMinor = isMinorOn(m.subject.birthDate, penalty.decisionDate);
    const ids = await insertPenalties(tx, [penalty], { returnIds: true });
    return ids.size ? 'imported' : 'unchanged';
  });
}

const isStored = async (q: Queryable, kind: ImportKind, m: Mapped) =>
  (await q.query(`SELECT 1 FROM ${TABLE[kind]} WHERE decision_no = $1 AND authority = $2`, [m.key.decisionNo, m.key.authority])).rows
    .length > 0;

/** One data row after the checks: mapped when it passed them, with the department it came from. */
interface CheckedRow {
  line: number;
  department: string;
  mapped: Mapped | null;
}

/** A whole file after the checks, before anything is written. */
export interface CheckedFile {
  report: ImportReport;
  rows: CheckedRow[];
  sha256: string;
}

/**
 * The one validation of a 双公示 file, for the command line and the console alike: parses it, recognises the kind,
 * and checks and maps every row (field standard, codes, dates, duplicates inside the file). Writes nothing.
 */
export function checkShuanggongshi(input: Uint8Array | string, options: CheckOptions): CheckedFile {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  const records = parseCsv(text);
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new ImportFileError('文件是空的。');
  const header = headerRecord.fields.map(normaliseHeader);
  const kind = detectKind(header);
  const report: ImportReport = {
    file: options.file ?? '',
    kind,
    rowsRead: dataRecords.length,
    imported: 0,
    unchanged: 0,
    rejected: 0,
    problems: [],
    warnings: [],
  };
  const known = new Set(FIELDS_BY_KIND[kind].map((f) => f.code));
  const unknown = header.filter((h) => h && !known.has(h));
  if (unknown.length)
    report.warnings.push({ line: headerRecord.line, field: unknown.join('、'), reason: `未识别的列，已忽略：${unknown.join('、')}。` });

  const seen = new Map<string, number>();
  const rows = dataRecords.map((rec) => checkRecord(kind, header, rec, seen, report, options.today));
  report.rejected = rows.filter((r) => !r.mapped).length;
  return { report, rows, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function checkRecord(
  kind: ImportKind,
  header: string[],
  rec: CsvRecord,
  seen: Map<string, number>,
  report: ImportReport,
  today: CivilDate,
): CheckedRow {
  const row: Row = {};
  header.forEach((h, i) => {
    row[h] = rec.fields[i] ?? '';
  });
  const department = departmentOf(kind, row);
  if (rec.fields.length !== header.length) {
    report.problems.push({ line: rec.line, field: '（整行）', reason: `本行有 ${rec.fields.length} 列，表头有 ${header.length} 列。` });
    return { line: rec.line, department, mapped: null };
  }
  const mapped = mapRow(kind, row, rec.line, today, report.problems, report.warnings);
  if (!mapped) return { line: rec.line, department, mapped: null };
  const key = `${mapped.key.decisionNo}\u0000${mapped.key.authority}`;
  const first = seen.get(key);
  if (first !== undefined) {
    const field = kind === 'licence' ? 'XK_WSH' : 'CF_WSH';
    report.problems.push({ line: rec.line, field, reason: `与第 ${first} 行的文书号和机关相同，同一决定只导入一次。` });
    return { line: rec.line, department, mapped: null };
  }
  seen.set(key, rec.line);
  return { line: rec.line, department, mapped };
}

/**
 * What a commit would do, without doing it: the checks, and which valid rows are already stored. Nothing is
 * written (the console shows this report before the administrator commits).
 */
export async function previewShuanggongshi(db: Queryable, input: Uint8Array | string, options: CheckOptions): Promise<ImportReport> {
  const { report, rows } = checkShuanggongshi(input, options);
  for (const r of rows) {
    if (!r.mapped) continue;
    if (await isStored(db, report.kind, r.mapped)) report.unchanged++;
    else report.imported++;
  }
  return report;
}

/**
 * Imports one 双公示 CSV file from the command line. Every row is checked and written on its own: a bad row is
 * reported with its line, field and reason and never stops the others; a row either lands whole or not at all.
 * Re-importing a file changes nothing: rows whose decision number and authority are stored are counted
 * as unchanged (their content is not compared or overwritten).
 */
export function importShuanggongshi(db: SqlClient, input: Uint8Array | string, options: ImportOptions): Promise<CommitReport> {
  return commitFile(db, ownTransactions(db), input, { via: 'cli', ...options });
}

/** The same import inside a transaction the caller holds (the console's commit, with its idempotency key). */
export function importShuanggongshiIn(tx: Queryable, input: Uint8Array | string, options: ImportOptions): Promise<CommitReport> {
  return commitFile(tx, savepoints(tx), input, options);
}

async function commitFile(db: Queryable, rowTx: RowTransaction, input: Uint8Array | string, options: ImportOptions): Promise<CommitReport> {
  const { report, rows, sha256 } = checkShuanggongshi(input, options);
  const runs = importRunsRepository(db);
  const earlier = await runs.bySha(sha256);
  const runId =
    earlier ??
    (await runs.start({
      kind: report.kind,
      fileName: options.file ?? '',
      contentSha256: sha256,
      via: options.via ?? 'cli',
      staffId: options.staffId ?? null,
      receivedAt: options.receivedAt ?? new Date(),
      receivedOn: options.today,
      rowsRead: report.rowsRead,
    }));
  const rejections: (RowProblem & { department: string })[] = [];
  const refused = (r: CheckedRow, found: RowProblem[]) => {
    for (const p of found) if (p.line === r.line) rejections.push({ ...p, department: r.department });
  };
  for (const r of rows) {
    if (!r.mapped) {
      refused(r, report.problems);
      continue;
    }
    const receipt: Receipt = { runId, receivedOn: options.today, pushedBy: r.department, meetsStandard: r.mapped.meetsStandard };
    try {
      const notes: RowProblem[] = [];
      const outcome = await writeRow(rowTx, report.kind, r.mapped, receipt, options.crypto, (field, reason) =>
        notes.push({ line: r.line, field, reason }),
      );
      if (outcome === 'imported') report.warnings.push(...notes);
      report[outcome]++;
    } catch (error) {
      // A database refusal (a constraint the checks above missed) rejects this row only.
      const problem = { line: r.line, field: '（整行）', reason: `写入失败：${error instanceof Error ? error.message : String(error)}` };
      report.problems.push(problem);
      refused(r, [problem]);
      report.rejected++;
    }
  }
  const byLine = (a: RowProblem, b: RowProblem) => a.line - b.line;
  report.problems.sort(byLine);
  report.warnings.sort(byLine);
  if (earlier === undefined)
    await runs.finish(runId, {
      imported: report.imported,
      unchanged: report.unchanged,
      rejected: report.rejected,
      warnings: report.warnings,
      rejections,
    });
  return { ...report, runId, repeated: earlier !== undefined };
}

/** The report as a person reads it at the end of a run. */
export function formatReport(r: ImportReport): string {
  const lines = [
    `文件：${r.file || '（未命名）'}（${r.kind === 'licence' ? '行政许可' : '行政处罚'}）`,
    `读取 ${r.rowsRead} 行：导入 ${r.imported} 行，已存在未变 ${r.unchanged} 行，拒绝 ${r.rejected} 行。`,
  ];
  if (r.problems.length) {
    lines.push('拒绝原因：');
    for (const p of r.problems) lines.push(`  第 ${p.line} 行 ${p.field}：${p.reason}`);
  }
  if (r.warnings.length) {
    lines.push('提示（已导入或已处理）：');
    for (const w of r.warnings) lines.push(`  第 ${w.line} 行 ${w.field}：${w.reason}`);
  }
  return lines.join('\n');
}
