import type { CivilDate } from './dates';

/**
 * China's public holidays and make-up working days, one entry per State Council General Office notice.
 * Copied from the notices as published (新华社受权发布; 中国政府网); checked against the npm package
 * chinese-days 1.5.7, which was not used as a dependency because its data stops at 2026.
 *
 * To add a year: append the new notice with every festival's days off and 调休上班 days, then extend
 * the tests in calendar.test.ts. Until it is added, dates of that year are outside the data (see calendar.ts).
 *
 * Caveat: a notice can move days at the end of the previous December (the 2019 notice made 2018-12-29 a
 * working day), so dates in the last days of the final covered year are right only until the next notice.
 */
export interface Festival {
  name: string;
  /** First and last day off, inclusive (放假调休). */
  off: readonly [CivilDate, CivilDate];
  /** Weekend days worked instead (调休上班). */
  makeUpWorkdays: readonly CivilDate[];
}

export interface HolidayNotice {
  year: number;
  title: string;
  /** Date the notice was signed. */
  issued: CivilDate;
  festivals: readonly Festival[];
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2023,
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    issued: '2022-12-08',
    festivals: [
      { name: '元旦', off: ['2022-12-31', '2023-01-02'], makeUpWorkdays: [] },
      { name: '春节', off: ['2023-01-21', '2023-01-27'], makeUpWorkdays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', off: ['2023-04-05', '2023-04-05'], makeUpWorkdays: [] },
      { name: '劳动节', off: ['2023-04-29', '2023-05-03'], makeUpWorkdays: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', off: ['2023-06-22', '2023-06-24'], makeUpWorkdays: ['2023-06-25'] },
      { name: '中秋节、国庆节', off: ['2023-09-29', '2023-10-06'], makeUpWorkdays: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    issued: '2023-10-25',
    festivals: [
      { name: '元旦', off: ['2024-01-01', '2024-01-01'], makeUpWorkdays: [] },
      { name: '春节', off: ['2024-02-10', '2024-02-17'], makeUpWorkdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', off: ['2024-04-04', '2024-04-06'], makeUpWorkdays: ['2024-04-07'] },
      { name: '劳动节', off: ['2024-05-01', '2024-05-05'], makeUpWorkdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', off: ['2024-06-10', '2024-06-10'], makeUpWorkdays: [] },
      { name: '中秋节', off: ['2024-09-15', '2024-09-17'], makeUpWorkdays: ['2024-09-14'] },
      { name: '国庆节', off: ['2024-10-01', '2024-10-07'], makeUpWorkdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issued: '2024-11-12',
    festivals: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], makeUpWorkdays: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], makeUpWorkdays: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], makeUpWorkdays: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], makeUpWorkdays: [] },
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], makeUpWorkdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issued: '2025-11-04',
    festivals: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], makeUpWorkdays: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], makeUpWorkdays: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], makeUpWorkdays: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], makeUpWorkdays: [] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], makeUpWorkdays: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
