import { normaliseCodeInput } from './normalise';

/**
 * Display masks for personal information (GB/T 35273 去标识化展示; patterns from DOMAIN.md).
 *
 * Each mask has a fixed shape: the number of stars never depends on the input, so a mask reveals neither
 * the hidden characters nor the input's length. An input too short to keep its visible part while still
 * hiding enough, or not of the expected form (digits), becomes all stars. Masking happens on the server; these functions are shared so the
 * server, tests and demo data agree on the shape.
 */

const chars = (value: string) => Array.from(value.trim());

/** 张三丰 → 张**: the first character (the surname, usually) and two stars. One-character input → **. */
export function maskName(name: string): string {
  const list = chars(name);
  if (list.length < 2) return '**';
  return `${list[0]}**`;
}

/** Visible characters a mask keeps; tests use these to check that nothing else shows. */
export const MASK_PATTERNS = {
  name: { keepStart: 1, keepEnd: 0, minLength: 2, shape: '张**' },
  idNumber: { keepStart: 1, keepEnd: 2, minLength: 15, shape: '3***************1X' },
  mobile: { keepStart: 3, keepEnd: 4, minLength: 11, shape: '138****1234' },
  bankCard: { keepStart: 4, keepEnd: 4, minLength: 12, shape: '6222 **** **** **** 3256' },
} as const;

/** The same reading of the input as validation (full-width digits, spaces, hyphens), so what validates masks alike. */
const compact = (value: string) => normaliseCodeInput(value).replace(/[\s-]/g, '');

/**
 * 370102199001011234 → 3***************34: first 1, 15 stars, last 2, for resident IDs and the residence
 * permits of Hong Kong, Macao and Taiwan residents alike. A number that has the shape but fails validation (a
 * wrong check character, an impossible date) is masked the same way; anything that is not a 15- or
 * 18-character ID number becomes 18 stars: a mask never shows characters of an unexpected input.
 */
export function maskIdNumber(id: string): string {
  const v = compact(id);
  if (!/^(\d{15}|\d{17}[\dX])$/.test(v)) return '*'.repeat(18);
  return `${v.slice(0, 1)}${'*'.repeat(15)}${v.slice(-2)}`;
}

/** 13812341234 → 138****1234. A +86/0086 prefix is dropped first. Anything but 11 digits → 11 stars. */
export function maskMobile(mobile: string): string {
  let v = compact(mobile).replace(/^\+/, '');
  if (/^(0086|86)\d{11}$/.test(v)) v = v.slice(-11);
  if (!/^\d{11}$/.test(v)) return '*'.repeat(11);
  return `${v.slice(0, 3)}****${v.slice(-4)}`;
}

/** 6222021234567893256 → 6222 **** **** **** 3256 whatever the card's length (12–19 digits); else all stars. */
export function maskBankCard(card: string): string {
  const v = compact(card);
  if (!/^\d{12,19}$/.test(v)) return '**** **** **** ****';
  return `${v.slice(0, 4)} **** **** **** ${v.slice(-4)}`;
}
