import { HOLIDAY_DATA, HOLIDAY_SOURCE } from './generated/rules';
import type { HolidayNotice } from './rule-data';

export type { Festival, HolidayNotice } from './rule-data';

/**
 * China's public holidays and make-up working days, one entry per State Council General Office notice. The
 * data is content/rules/holidays.yaml (copied from the notices as published; checked against the npm package
 * chinese-days 1.5.7, which is not a dependency because its data stops at 2026).
 *
 * To add a year: append the new notice to holidays.yaml with every festival's days off and 调休上班 days, run
 * `pnpm --filter @xinyong/domain rules`, and add rows to calendar.test.ts. Until then dates of that year are
 * outside the data (see calendar.ts).
 *
 * Caveat: a notice can move days at the end of the previous December (the 2019 notice made 2018-12-29 a
 * working day), so dates in the last days of the final covered year are right only until the next notice.
 */
export const HOLIDAY_NOTICES: readonly HolidayNotice[] = HOLIDAY_DATA;
export const HOLIDAY_NOTICES_SOURCE = HOLIDAY_SOURCE;
