import type { SubjectType } from './benefit-criteria';
import { entityTypeOf } from './entity-types';
import { describeChar, normaliseCodeInput } from './normalise';
import { type City, type FormerCity, provinceOf, shandongCityOf } from './regions';
import type { LegalSource } from './rules';

/** 统一社会信用代码 (GB 32100-2015《法人和其他组织统一社会信用代码编码规则》). */
export const USCC_SOURCE: LegalSource = {
  reference: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》',
  status: 'law',
};

/** The 31 characters a code may use: digits and capitals without I, O, S, V, Z (GB 32100-2015 §4). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17 for the check character (3^i mod 31). */
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const USCC_LENGTH = 18;

/** The reasons a code can be wrong, in the order they are checked. */
export type UsccProblem = 'empty' | 'length' | 'character' | 'type' | 'region' | 'check';

export interface UsccIssue {
  reason: UsccProblem;
  /** One Chinese sentence saying exactly what is wrong. */
  message: string;
}

export interface UsccParts {
  /** Position 1: registration authority. */
  authority: string;
  /** Position 2: entity type within that authority. */
  type: string;
  /** Positions 3–8: administrative division of the registering authority (GB/T 2260). */
  regionCode: string;
  /** Positions 9–17: organisation code (GB 11714), including its own check character. */
  orgCode: string;
  /** Coarse subject kind (SUBJECT_TYPES); null when the prefix is unknown (authority mode only). */
  subjectKind: SubjectType | null;
  /** Finer Chinese label, e.g. 个体工商户; null when unknown. */
  typeLabel: string | null;
  province: string | null;
  /** The Shandong city, if the code was issued in Shandong below province level. */
  city: City | null;
  /** Set when the region code belongs to a former city (莱芜市 → 济南市). */
  formerCity: FormerCity | null;
}

export type UsccResult = { ok: true; code: string; parts: UsccParts; warnings: UsccIssue[] } | ({ ok: false; input: string } & UsccIssue);

export interface ValidationOptions {
  /**
   * 'user' (default): anything wrong rejects the code — a person can retype it.
   * 'authority': data from a registration authority is accepted with warnings when only the check
   * character, type or region is wrong, because some real, issued codes fail the check
   * (e.g. 91350203M0001QAY9B, see DOMAIN.md); length and characters still reject.
   */
  mode?: 'user' | 'authority';
}

const charValue = (ch: string) => USCC_ALPHABET.indexOf(ch);

/** Check character for the first 17 characters; throws if they are not 17 characters of the alphabet. */
export function computeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`需要 17 位，实际为 ${first17.length} 位`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(first17.charAt(i));
    if (v < 0) throw new RangeError(`第 ${i + 1} 位${describeChar(first17.charAt(i))}不是统一社会信用代码字符`);
    sum += v * (USCC_WEIGHTS[i] as number);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

function characterIssue(code: string): UsccIssue | null {
  for (let i = 0; i < code.length; i++) {
    const ch = code.charAt(i);
    if (charValue(ch) >= 0) continue;
    const hint = ch === 'O' ? '（字母 O 可能应为数字 0）' : ch === 'I' ? '（字母 I 可能应为数字 1）' : '';
    const letters = /[IOSVZ]/.test(ch) ? '：代码不使用字母 I、O、S、V、Z' : '：代码只用数字和大写字母';
    return { reason: 'character', message: `第 ${i + 1} 位${describeChar(ch)}不是有效字符${letters}${hint}。` };
  }
  return null;
}

/** Validate a 统一社会信用代码 after normalising it (trim, full-width → half-width, upper case). */
export function validateCreditCode(input: string, options: ValidationOptions = {}): UsccResult {
  const mode = options.mode ?? 'user';
  const code = normaliseCodeInput(input);
  const reject = (issue: UsccIssue): UsccResult => ({ ok: false, input: code, ...issue });

  if (code.length === 0) return reject({ reason: 'empty', message: '请输入统一社会信用代码。' });
  if (code.length !== USCC_LENGTH) {
    return reject({ reason: 'length', message: `统一社会信用代码应为 18 位，实际为 ${code.length} 位。` });
  }
  const badChar = characterIssue(code);
  if (badChar) return reject(badChar);

  const issues: UsccIssue[] = [];
  const prefix = code.slice(0, 2);
  const entity = entityTypeOf(prefix);
  if (!entity) {
    issues.push({ reason: 'type', message: `前 2 位“${prefix}”不是登记管理部门和机构类别代码。` });
  }
  const regionCode = code.slice(2, 8);
  const province = /^\d{6}$/.test(regionCode) ? provinceOf(regionCode) : null;
  if (!/^\d{6}$/.test(regionCode)) {
    issues.push({ reason: 'region', message: `第 3–8 位行政区划码应为 6 位数字，实际为“${regionCode}”。` });
  } else if (!province) {
    issues.push({ reason: 'region', message: `第 3–8 位行政区划码“${regionCode}”不是有效的省级区划。` });
  }
  const expected = computeCheckCharacter(code.slice(0, 17));
  const actual = code.charAt(17);
  if (expected !== actual) {
    issues.push({ reason: 'check', message: `第 18 位校验码应为 ${expected}，实际为 ${actual}。` });
  }

  const [first] = issues;
  if (first && mode === 'user') return reject(first);

  const cityMatch = province ? shandongCityOf(regionCode) : null;
  return {
    ok: true,
    code,
    warnings: issues,
    parts: {
      authority: code.charAt(0),
      type: code.charAt(1),
      regionCode,
      orgCode: code.slice(8, 17),
      subjectKind: entity?.subjectKind ?? null,
      typeLabel: entity?.label ?? null,
      province: province?.name ?? null,
      city: cityMatch?.city ?? null,
      formerCity: cityMatch?.formerly ?? null,
    },
  };
}

/** GB 11714 organisation-code check character for 8 body characters (weights 3,7,9,10,5,8,4,2; mod 11). */
export function computeOrgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError('组织机构代码本体应为 8 位数字或大写字母');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (weights[i] as number);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Build a valid code, for demo data and tests: prefix '91', six-digit region '370102', and eight
 * organisation-code body characters; the GB 11714 and GB 32100 check characters are computed.
 * (Demo codes built this way must still be shown as 示例.)
 */
export function makeCreditCode(prefix: string, region: string, org8: string): string {
  if (!entityTypeOf(prefix)) throw new RangeError(`未知的登记管理部门和机构类别代码：${prefix}`);
  if (!/^\d{6}$/.test(region)) throw new RangeError(`行政区划码应为 6 位数字：${region}`);
  const body = org8.toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(body) || /[IOSVZ]/.test(body)) {
    throw new RangeError(`组织机构代码本体应为 8 位数字或字母（不含 I、O、S、V、Z）：${org8}`);
  }
  const orgCode = body + computeOrgCodeCheck(body);
  const first17 = prefix + region + orgCode;
  return first17 + computeCheckCharacter(first17);
}
