import { HOLIDAY_NOTICES, type HolidayNotice } from './calendar-data';
import { addDays, type CivilDate, compareDates, dayOfWeek, isCivilDate, toDayNumber, yearOf } from './dates';

/**
 * Working days in China: Monday to Friday, minus the public holidays, plus the weekend days worked
 * instead (调休上班), as each year's State Council notice sets them (calendar-data.ts).
 *
 * Outside the years the data covers, the answer is not known: by default every function throws a
 * CalendarRangeError. A caller that must still show something passes `outsideData: 'weekends-only'` and
 * gets Monday–Friday for those days; the *Detailed functions then say the result is an estimate, so a
 * screen can write 预计 and not a firm date.
 */
export type OutsideDataPolicy = 'throw' | 'weekends-only';

export interface CalendarOptions {
  outsideData?: OutsideDataPolicy;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: CivilDate;
  kind: DayKind;
  working: boolean;
  /** Festival name for holidays and make-up days, e.g. 春节. */
  festival?: string;
  /** The notice that sets this day, for holidays and make-up days. */
  notice?: string;
  /** False when the day is outside the data and was judged by weekday only. */
  fromData: boolean;
}

interface Entry {
  kind: 'holiday' | 'makeup_workday';
  festival: string;
  notice: string;
}

function buildIndex(notices: readonly HolidayNotice[]): Map<CivilDate, Entry> {
  const index = new Map<CivilDate, Entry>();
  for (const notice of notices) {
    for (const festival of notice.festivals) {
      const [first, last] = festival.off;
      for (let d = first; compareDates(d, last) <= 0; d = addDays(d, 1)) {
        index.set(d, { kind: 'holiday', festival: festival.name, notice: notice.title });
      }
      for (const d of festival.makeUpWorkdays) index.set(d, { kind: 'makeup_workday', festival: festival.name, notice: notice.title });
    }
  }
  return index;
}

const INDEX = buildIndex(HOLIDAY_NOTICES);
const COVERED_YEARS = new Set(HOLIDAY_NOTICES.map((n) => n.year));
const years = [...COVERED_YEARS].sort((a, b) => a - b);

/** The years the data covers, and the span they make. */
export const CALENDAR_COVERAGE = {
  years,
  from: `${years[0]}-01-01` as CivilDate,
  to: `${years[years.length - 1]}-12-31` as CivilDate,
} as const;

export class CalendarRangeError extends RangeError {
  readonly date: CivilDate;
  constructor(date: CivilDate) {
    super(
      `${yearOf(date)} 年的节假日安排尚未收录，无法确定 ${date} 是否为工作日（已收录 ${CALENDAR_COVERAGE.years.join('、')} 年）。` +
        ` No holiday data for ${date}; covered years: ${CALENDAR_COVERAGE.years.join(', ')}.`,
    );
    this.name = 'CalendarRangeError';
    this.date = date;
  }
}

export const isDateCovered = (date: CivilDate): boolean => COVERED_YEARS.has(yearOf(date));

function assertDate(date: CivilDate): void {
  if (!isCivilDate(date)) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

export function describeDay(date: CivilDate, options: CalendarOptions = {}): DayInfo {
  assertDate(date);
  const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
  if (!isDateCovered(date)) {
    if ((options.outsideData ?? 'throw') === 'throw') throw new CalendarRangeError(date);
    return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, fromData: false };
  }
  const entry = INDEX.get(date);
  if (entry) {
    return {
      date,
      kind: entry.kind,
      working: entry.kind === 'makeup_workday',
      festival: entry.festival,
      notice: entry.notice,
      fromData: true,
    };
  }
  return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, fromData: true };
}

export function isWorkingDay(date: CivilDate, options: CalendarOptions = {}): boolean {
  return describeDay(date, options).working;
}

export interface WorkingDayResult {
  date: CivilDate;
  /** True when some day counted lies outside the data and was judged by weekday only. */
  estimated: boolean;
  /** Years without data that the count passed through. */
  uncoveredYears: number[];
}

/** Upper bound on a count, so a wrong argument cannot loop for ever. */
export const MAX_WORKING_DAYS = 3660;

/**
 * The n-th working day after `date` (the start day itself is not counted, as in administrative time
 * limits). n = 0 gives `date` if it is a working day, else the next working day.
 */
export function addWorkingDaysDetailed(date: CivilDate, n: number, options: CalendarOptions = {}): WorkingDayResult {
  assertDate(date);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working-day count must be an integer from 0 to ${MAX_WORKING_DAYS}: ${n}`);
  }
  const uncovered = new Set<number>();
  const look = (d: CivilDate) => {
    const info = describeDay(d, options);
    if (!info.fromData) uncovered.add(yearOf(d));
    return info.working;
  };
  let current = date;
  if (n === 0) {
    while (!look(current)) current = addDays(current, 1);
  } else {
    let left = n;
    while (left > 0) {
      current = addDays(current, 1);
      if (look(current)) left -= 1;
    }
  }
  return { date: current, estimated: uncovered.size > 0, uncoveredYears: [...uncovered].sort((a, b) => a - b) };
}

export function addWorkingDays(date: CivilDate, n: number, options: CalendarOptions = {}): CivilDate {
  return addWorkingDaysDetailed(date, n, options).date;
}

/**
 * Working days in (a, b]: after a, up to and including b. Negative when b is before a.
 * So addWorkingDays(a, n) = b implies workingDaysBetween(a, b) = n.
 */
export function workingDaysBetween(a: CivilDate, b: CivilDate, options: CalendarOptions = {}): number {
  assertDate(a);
  assertDate(b);
  const sign = compareDates(b, a) >= 0 ? 1 : -1;
  const [from, to] = sign === 1 ? [a, b] : [b, a];
  let count = 0;
  for (let d = addDays(from, 1); toDayNumber(d) <= toDayNumber(to); d = addDays(d, 1)) {
    if (isWorkingDay(d, options)) count += 1;
  }
  return sign * count;
}
