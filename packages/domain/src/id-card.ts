import { type CivilDate, chinaDateAt, compareDates, formatCivilDate, fullYearsBetween, isCivilDate, parseCivilDate } from './dates';
import { describeChar, normaliseCodeInput } from './normalise';
import { provinceOf } from './regions';
import type { LegalSource } from './rules';

/** 公民身份号码 (GB 11643-1999). */
export const RESIDENT_ID_SOURCE: LegalSource = { reference: 'GB 11643-1999《公民身份号码》', status: 'law' };

export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
export const RESIDENT_ID_CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'empty' | 'length' | 'character' | 'region' | 'birth_date' | 'check';

export interface ResidentIdIssue {
  reason: ResidentIdProblem;
  message: string;
}

/**
 * What the number belongs to. Residence permits of Hong Kong, Macao and Taiwan residents use the same
 * 18-character structure with the address codes 810000, 820000 and 830000 (港澳台居民居住证申领发放办法,
 * 国办发〔2018〕81号; the codes were read in secondary sources only).
 */
export type IdDocumentKind = 'resident_id' | 'hk_residence_permit' | 'mo_residence_permit' | 'tw_residence_permit';
export const ID_DOCUMENT_LABELS: Readonly<Record<IdDocumentKind, string>> = {
  resident_id: '居民身份证',
  hk_residence_permit: '港澳台居民居住证（香港居民）',
  mo_residence_permit: '港澳台居民居住证（澳门居民）',
  tw_residence_permit: '港澳台居民居住证（台湾居民）',
};
const PERMIT_CODES: Readonly<Record<string, IdDocumentKind>> = {
  '810000': 'hk_residence_permit',
  '820000': 'mo_residence_permit',
  '830000': 'tw_residence_permit',
};

const PERMIT_PLACES: Partial<Record<IdDocumentKind, string>> = {
  hk_residence_permit: '香港特别行政区',
  mo_residence_permit: '澳门特别行政区',
  tw_residence_permit: '台湾地区',
};

/** The earliest birth year GB 11643 can carry: its Appendix A example 440524188001010014 was born in 1880. */
export const EARLIEST_BIRTH_YEAR = 1800;

export type Gender = 'male' | 'female';
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { male: '男', female: '女' };

export type ResidentIdResult =
  | {
      ok: true;
      id: string;
      birthDate: CivilDate;
      gender: Gender;
      regionCode: string;
      province: string | null;
      document: IdDocumentKind;
      warnings: ResidentIdIssue[];
    }
  /** `length` is the only trace of the input a failure keeps: messages never echo an ID number. */
  | { ok: false; reason: ResidentIdProblem; message: string; length: number };

export interface ResidentIdOptions {
  /**
   * Today in China; a birth date after it is rejected. A civil date, or an instant (new Date()) that is read as
   * China's date (UTC+8), never the device's or UTC's: a number entered at 07:00 in Beijing on someone's birthday
   * is valid although UTC is still on the day before.
   */
  today: CivilDate | Date;
  /**
   * 'user' (default) rejects anything wrong. 'authority' accepts a wrong check character or unknown
   * region with a warning and upgrades a 15-digit (GB 11643-1989) number to 18 digits with a warning.
   * A birth date that is not a real date is rejected in both modes: nothing can be derived from it.
   */
  mode?: 'user' | 'authority';
}

/** Check character for the first 17 digits. */
export function computeResidentIdCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('需要 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (RESIDENT_ID_WEIGHTS[i] as number);
  return RESIDENT_ID_CHECK_CHARS.charAt(sum % 11);
}

/** A 15-digit number (born 19xx, no check character) as its 18-digit form. */
export function upgradeResidentId15(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('需要 15 位数字');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + computeResidentIdCheck(first17);
}

/** Validate a resident ID number; the length of the input is kept in failures but never its digits. */
export function validateResidentId(input: string, options: ResidentIdOptions): ResidentIdResult {
  const mode = options.mode ?? 'user';
  const today = options.today instanceof Date ? chinaDateAt(options.today) : options.today;
  if (!isCivilDate(today)) throw new RangeError(`today 应为日期（YYYY-MM-DD）：${JSON.stringify(options.today)}`);
  let id = normaliseCodeInput(input);
  const warnings: ResidentIdIssue[] = [];
  const reject = (reason: ResidentIdProblem, message: string): ResidentIdResult => ({ ok: false, reason, message, length: id.length });

  if (id.length === 0) return reject('empty', '请输入身份证号码。');
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    if (mode === 'user') return reject('length', '这是 15 位旧号码，请输入 18 位身份证号码。');
    id = upgradeResidentId15(id);
    warnings.push({ reason: 'length', message: '15 位旧号码已按国家标准转换为 18 位。' });
  }
  if (id.length !== 18) return reject('length', `身份证号码应为 18 位，实际为 ${id.length} 位。`);
  for (let i = 0; i < 18; i++) {
    const ch = id.charAt(i);
    const ok = i < 17 ? /\d/.test(ch) : /[\dX]/.test(ch);
    if (!ok) {
      const rule = i < 17 ? '应为数字' : '应为数字或 X';
      return reject('character', `第 ${i + 1} 位${describeChar(ch)}${rule}。`);
    }
  }

  const regionCode = id.slice(0, 6);
  const document: IdDocumentKind = PERMIT_CODES[regionCode] ?? 'resident_id';
  const province = provinceOf(regionCode);
  if (document === 'resident_id' && (!province || province.code === '10')) {
    const issue = { reason: 'region' as const, message: `前 6 位地址码“${regionCode.slice(0, 2)}…”不是有效的省级区划。` };
    if (mode === 'user') return reject(issue.reason, issue.message);
    warnings.push(issue);
  }

  const birth = parseCivilDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  if (!birth || birth.year < EARLIEST_BIRTH_YEAR) return reject('birth_date', '第 7–14 位出生日期不是真实的日期。');
  const birthDate = formatCivilDate(birth);
  if (compareDates(birthDate, today) > 0) return reject('birth_date', '第 7–14 位出生日期晚于今天。');

  const expected = computeResidentIdCheck(id.slice(0, 17));
  const actual = id.charAt(17);
  if (expected !== actual) {
    const issue = { reason: 'check' as const, message: `第 18 位校验码应为 ${expected}，实际为 ${actual}。` };
    if (mode === 'user') return reject(issue.reason, issue.message);
    warnings.push(issue);
  }

  return {
    ok: true,
    id,
    birthDate,
    gender: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
    regionCode,
    province: PERMIT_PLACES[document] ?? province?.name ?? null,
    document,
    warnings,
  };
}

/** Full years of age on a date. */
export const ageOn = (birthDate: CivilDate, date: CivilDate): number => fullYearsBetween(birthDate, date);

/** Under 18 on the date (民法典 第十七条: 十八周岁以上的自然人为成年人). */
export const isMinorOn = (birthDate: CivilDate, date: CivilDate): boolean => ageOn(birthDate, date) < 18;
