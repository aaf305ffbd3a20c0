import { describe, expect, it } from 'vitest';
import { assessPublicity, monitoringThresholds, pushedInTime } from './double-publicity';

describe('双公示 timeliness', () => {
  it('counts 7 working days from the decision on the house calendar (National Day week is not counted)', () => {
    // Decided Friday 2026-09-25: 28, 29, 30 Sep, then the holiday to 8 Oct (10 Oct a make-up workday), so due 12 Oct.
    expect(pushedInTime('2026-09-25', '2026-10-12')).toMatchObject({ onTime: true, due: '2026-10-12' });
    expect(pushedInTime('2026-09-25', '2026-10-13').onTime).toBe(false);
    expect(pushedInTime('2026-09-25', '2026-10-12').source.reference).toContain('2017');
  });

  it('a record received on the day of its decision is on time', () => {
    expect(pushedInTime('2026-11-02', '2026-11-02').onTime).toBe(true);
  });
});

describe('a department falling behind', () => {
  const counts = { received: 10, onTime: 10, meetingStandard: 10, rejected: 0, pastDisplayEnd: 0 };

  it('is not flagged when everything is on time and to standard', () => {
    expect(assessPublicity(counts, '2026-11')).toEqual({ onTimePercent: 100, standardPercent: 100, behind: false, flags: [] });
  });

  it('is flagged below the office’s on-time share, and the share counts kept rows only', () => {
    const a = assessPublicity({ ...counts, onTime: 8 }, '2026-11');
    expect(a.onTimePercent).toBe(80);
    expect(a.behind).toBe(true);
    expect(a.flags).toEqual(['按时上报 80%，低于 90%（作出决定之日起 7 个工作日内）。']);
  });

  it('counts refused rows as failing the standard', () => {
    // 10 kept to standard, 2 refused: 10 of 12 rows pushed.
    const a = assessPublicity({ ...counts, rejected: 2 }, '2026-11');
    expect(a.standardPercent).toBe(83.3);
    expect(a.flags).toEqual(['符合数据标准 83.3%，低于 95%。']);
  });

  it('judges no share on a month with fewer rows than the minimum, but always flags records past their display end', () => {
    const few = { received: 2, onTime: 0, meetingStandard: 0, rejected: 1, pastDisplayEnd: 1 };
    expect(assessPublicity(few, '2026-11').flags).toEqual(['1 条记录已过公示期仍在公示，应当撤下。']);
    expect(assessPublicity({ ...few, pastDisplayEnd: null }, '2026-11').behind).toBe(false);
  });

  it('has no shares for a month with nothing pushed', () => {
    const none = { received: 0, onTime: 0, meetingStandard: 0, rejected: 0, pastDisplayEnd: 0 };
    expect(assessPublicity(none, '2026-11')).toMatchObject({ onTimePercent: null, standardPercent: null, behind: false });
  });

  it('names the thresholds as the office’s own setting, not a published standard', () => {
    const t = monitoringThresholds('2026-11');
    expect(t).toMatchObject({ onTimePercent: 90, standardPercent: 95, minimumRows: 5, pastDisplayEndAllowed: 0 });
    expect(t.source.status).toBe('local_practice');
  });
});
