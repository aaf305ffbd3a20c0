import { afterEach, describe, expect, it } from 'vitest';
import { chinaDateOf, dateText, dateTimeText, instantDateText, withDateText } from './labels';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('dateTimeText', () => {
  // 02:30 on 20 May in China is 18:30 on 19 May in UTC: the date of the UTC string is a day behind.
  const night = '2026-05-19T18:30:00.000Z';

  it.each(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'])('shows China time at night on a device set to %s', (tz) => {
    process.env.TZ = tz;
    expect(dateTimeText(night)).toBe('2026年5月20日 02:30');
  });

  it('shows the same day by day and across the turn of the year', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(dateTimeText('2026-05-20T06:05:00Z')).toBe('2026年5月20日 14:05');
    expect(dateTimeText('2026-12-31T16:00:00Z')).toBe('2027年1月1日 00:00');
    expect(dateTimeText('2026-05-20T02:30:00+08:00')).toBe('2026年5月20日 02:30');
  });

  it('leaves what is not a time as it is', () => {
    expect(dateTimeText('不是时间')).toBe('不是时间');
  });
});

describe('dates in China time', () => {
  it('writes a civil date the one way the app shows dates', () => {
    expect(dateText('2026-03-01')).toBe('2026年3月1日');
    expect(dateText(null)).toBe('—');
  });

  it('takes the day of an instant in China, not in UTC', () => {
    // 02:30 on 2 March in Shandong is still 1 March in UTC.
    expect(chinaDateOf('2026-03-01T18:30:00.000Z')).toBe('2026-03-02');
    expect(chinaDateOf('2026-03-01T15:59:59Z')).toBe('2026-03-01');
    expect(chinaDateOf('2026-03-01T16:00:00Z')).toBe('2026-03-02');
    expect(instantDateText('2026-12-31T16:30:00Z')).toBe('2027年1月1日');
    expect(instantDateText('not a date')).toBe('not a date');
    expect(instantDateText(undefined)).toBe('—');
  });
});

describe('withDateText', () => {
  it('writes the dates inside the API’s sentences the app’s way', () => {
    expect(withDateText('最短公示期 3 个月，2026-11-04 起可以申请信用修复。')).toBe(
      '最短公示期 3 个月，2026年11月4日 起可以申请信用修复。',
    );
    expect(withDateText('部门正在审核，2026-12-16 前办结。')).toBe('部门正在审核，2026年12月16日 前办结。');
    expect(withDateText('决定书文号 济罚〔2026〕12-3号')).toBe('决定书文号 济罚〔2026〕12-3号');
  });
});
