/**
 * Civil dates in China as 'YYYY-MM-DD' strings.
 *
 * Every legal period here is counted in calendar days of the Chinese civil calendar, so a date is a plain
 * string, never a `Date`: a `Date` carries an instant and a time zone, and an instant read in UTC or in a
 * phone's zone can fall on the wrong day. Arithmetic goes through a day number computed with `Date.UTC`,
 * which has no zone and no daylight saving.
 */
export type CivilDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[(((month - 1) % 12) + 12) % 12] as number;
}

/** Parts of a well-formed, real calendar date, or null ('2026-02-30' is not a date). */
export function parseCivilDate(value: string): DateParts | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && parseCivilDate(value) !== null;
}

function partsOf(value: CivilDate): DateParts {
  const parts = parseCivilDate(value);
  if (!parts) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatCivilDate({ year, month, day }: DateParts): CivilDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Days since 1970-01-01, by Howard Hinnant's days-from-civil arithmetic: no Date object, because the rules
 * compare dates tens of times per record and a list of records is assessed on every page view.
 */
export function toDayNumber(value: CivilDate): number {
  const { year, month, day } = partsOf(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return formatCivilDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function addDays(value: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(value) + days);
}

/**
 * Calendar-month arithmetic; a day that does not exist in the target month becomes that month's last day
 * (2025-11-30 + 3 months = 2026-02-28), the usual reading of "三个月" in Chinese administrative practice.
 */
export function addMonths(value: CivilDate, months: number): CivilDate {
  const { year, month, day } = partsOf(value);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatCivilDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addYears(value: CivilDate, years: number): CivilDate {
  return addMonths(value, years * 12);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export const minDate = (a: CivilDate, b: CivilDate): CivilDate => (compareDates(a, b) <= 0 ? a : b);
export const maxDate = (a: CivilDate, b: CivilDate): CivilDate => (compareDates(a, b) >= 0 ? a : b);

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(value: CivilDate): number {
  return (((toDayNumber(value) + 4) % 7) + 7) % 7;
}

export function yearOf(value: CivilDate): number {
  return partsOf(value).year;
}

/** China keeps UTC+8 all year, with no daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The civil date in China at an instant.
 * With chinaDayNumberAt, the only functions here that take an instant; callers pass `new Date()` at the edge of the system.
 */
export function chinaDateAt(instant: Date): CivilDate {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  return formatCivilDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** The civil day in China at an instant (milliseconds since the epoch) as a day number: cheap to compare on every request. */
export function chinaDayNumberAt(epochMs: number): number {
  return Math.floor((epochMs + CHINA_OFFSET_MS) / 86_400_000);
}

/** Full years between a birth date and a date (a person born on 29 February turns a year older on 1 March). */
export function fullYearsBetween(from: CivilDate, to: CivilDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}
