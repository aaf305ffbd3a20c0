import { afterEach, describe, expect, it } from 'vitest';
import { dateTimeText } from './labels';

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
