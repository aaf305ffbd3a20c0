import { describe, expect, it } from 'vitest';
import { chinaDateOf, dateText, instantDateText, withDateText } from './labels';

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
