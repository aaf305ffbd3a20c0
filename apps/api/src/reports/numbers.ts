import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { type CivilDate, chinaDateAt } from '@xinyong/domain';

/**
 * Report numbers and verification codes. A number names a report (printed, in the QR code, in the file's
 * metadata); the code proves the holder has the document, so numbers alone, which are not secret and may be
 * guessed, never reveal a report. Both use an alphabet without look-alike characters (no 0/O, 1/I/L).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 8;

const randomChars = (n: number) => Array.from({ length: n }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** e.g. SDXY-20260502-7K3M9Q2P: the China date of issue and 8 random characters (31⁸ ≈ 8.5 × 10¹¹ a day). */
export function newReportNumber(issuedAt: Date): string {
  return `SDXY-${chinaDateAt(issuedAt).replaceAll('-', '')}-${randomChars(8)}`;
}

export const REPORT_NUMBER_PATTERN = /^SDXY-\d{8}-[2-9A-HJKMNP-Z]{8}$/;

/** The issue date a number carries. */
export function issueDateOf(number: string): CivilDate | null {
  if (!REPORT_NUMBER_PATTERN.test(number)) return null;
  const d = number.slice(5, 13);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/** 8 characters (about 40 bits): enough behind a rate limit, short enough to type from paper. */
export function newVerificationCode(): string {
  return randomChars(CODE_LENGTH);
}

/** How a code is printed: 7K3M-9Q2P. */
export const formatVerificationCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What a person typed, as a code: case, spaces and dashes do not matter; null when it cannot be one. */
export function normaliseVerificationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-－—]/g, '');
  if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return code;
}

/** What is stored instead of the code itself, bound to its report number. */
export function verificationCodeDigest(number: string, code: string): string {
  return createHash('sha256').update(`${number}:${code}`).digest('hex');
}

/** Constant-time comparison of a typed code against the stored digest. */
export function codeMatches(number: string, typed: string, storedDigest: string): boolean {
  const code = normaliseVerificationCode(typed);
  if (!code) return false;
  const a = Buffer.from(verificationCodeDigest(number, code), 'hex');
  const b = Buffer.from(storedDigest, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The verification page URL with number and code, as the QR code carries it. */
export function verificationUrl(baseUrl: string, number: string, code: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('no', number);
  url.searchParams.set('code', code);
  return url.toString();
}
