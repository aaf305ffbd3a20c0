import { describe, expect, test } from 'vitest';
import { computeResidentIdCheck, isMinorOn, type ResidentIdProblem, upgradeResidentId15, validateResidentId } from './id-card';

const TODAY = '2026-11-28';
const withCheck = (first17: string) => first17 + computeResidentIdCheck(first17);

describe('valid resident IDs: birth date and gender', () => {
  const cases: { input: string; birthDate: string; gender: 'male' | 'female'; province: string }[] = [
    { input: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', province: '北京市' },
    { input: '11010519491231002x', birthDate: '1949-12-31', gender: 'female', province: '北京市' },
    { input: withCheck('37010219900101123'), birthDate: '1990-01-01', gender: 'male', province: '山东省' },
    { input: withCheck('37130220000229004'), birthDate: '2000-02-29', gender: 'female', province: '山东省' },
    { input: withCheck('37010220261128001'), birthDate: '2026-11-28', gender: 'male', province: '山东省' },
    // GB 11643-1999 Appendix A's own example: born 1880, so births before 1900 are valid.
    { input: '440524188001010014', birthDate: '1880-01-01', gender: 'male', province: '广东省' },
    { input: withCheck('37010218991231123'), birthDate: '1899-12-31', gender: 'male', province: '山东省' },
  ];
  test.each(cases)('$input', ({ input, birthDate, gender, province }) => {
    const result = validateResidentId(input, { today: TODAY });
    if (!result.ok) throw new Error(result.message);
    expect({ birthDate: result.birthDate, gender: result.gender, province: result.province }).toEqual({ birthDate, gender, province });
  });
});

describe('invalid resident IDs say what is wrong and never echo the number', () => {
  const cases: { input: string; reason: ResidentIdProblem; message: string }[] = [
    { input: '  ', reason: 'empty', message: '请输入身份证号码。' },
    { input: '1101051949123100', reason: 'length', message: '身份证号码应为 18 位，实际为 16 位。' },
    { input: '110105491231002', reason: 'length', message: '这是 15 位旧号码，请输入 18 位身份证号码。' },
    { input: '1101051949123100A2', reason: 'character', message: '第 17 位“A”应为数字。' },
    { input: '11010519491231002Y', reason: 'character', message: '第 18 位“Y”应为数字或 X。' },
    { input: withCheck('99010219900101123'), reason: 'region', message: '前 6 位地址码“99…”不是有效的省级区划。' },
    { input: withCheck('37010219900230123'), reason: 'birth_date', message: '第 7–14 位出生日期不是真实的日期。' },
    { input: withCheck('37010217991231123'), reason: 'birth_date', message: '第 7–14 位出生日期不是真实的日期。' },
    { input: withCheck('37010220261129123'), reason: 'birth_date', message: '第 7–14 位出生日期晚于今天。' },
    { input: '110105194912310021', reason: 'check', message: '第 18 位校验码应为 X，实际为 1。' },
  ];
  test.each(cases)('$reason: $message', ({ input, reason, message }) => {
    const result = validateResidentId(input, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect({ reason: result.reason, message: result.message }).toEqual({ reason, message });
      if (input.trim().length >= 10) expect(JSON.stringify(result)).not.toContain(input.trim().slice(0, 10));
    }
  });
});

describe('residence permits of Hong Kong, Macao and Taiwan residents', () => {
  const cases: [string, string, string][] = [
    [withCheck('81000019900101001'), 'hk_residence_permit', '香港特别行政区'],
    [withCheck('82000019850615002'), 'mo_residence_permit', '澳门特别行政区'],
    [withCheck('83000020010301003'), 'tw_residence_permit', '台湾地区'],
  ];
  test.each(cases)('%s → %s', (input, document, place) => {
    const result = validateResidentId(input, { today: TODAY });
    if (!result.ok) throw new Error(result.message);
    expect([result.document, result.province]).toEqual([document, place]);
  });
  test('a resident ID says it is one', () => {
    const result = validateResidentId('11010519491231002X', { today: TODAY });
    expect(result.ok && result.document).toBe('resident_id');
  });
  test('other codes starting 81–83 are not permits and are refused as regions', () => {
    const result = validateResidentId(withCheck('83010019900101001'), { today: TODAY });
    expect(result.ok ? null : result.reason).toBe('region');
  });
});

describe('"today" is China’s date', () => {
  const bornToday = withCheck('37010220261128001');
  test('an instant at 07:00 in Beijing on 2026-11-28 is still 2026-11-27 in UTC, and the birthday is valid', () => {
    const instant = new Date('2026-11-27T23:00:00Z');
    expect(instant.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(validateResidentId(bornToday, { today: instant }).ok).toBe(true);
  });
  test('an instant at 23:30 on 2026-11-27 in Beijing is before the birthday', () => {
    const result = validateResidentId(bornToday, { today: new Date('2026-11-27T15:30:00Z') });
    expect(result.ok ? null : result.reason).toBe('birth_date');
  });
  test('a today that is not a date is refused', () => {
    expect(() => validateResidentId(bornToday, { today: '2026-11-31' })).toThrow(RangeError);
  });
});

describe('authority mode', () => {
  const cases: { input: string; ok: boolean; warnings: ResidentIdProblem[] }[] = [
    { input: '110105194912310021', ok: true, warnings: ['check'] },
    { input: '110105491231002', ok: true, warnings: ['length'] },
    { input: withCheck('37010219900230123'), ok: false, warnings: [] },
  ];
  test.each(cases)('$input → ok $ok', ({ input, ok, warnings }) => {
    const result = validateResidentId(input, { today: TODAY, mode: 'authority' });
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.warnings.map((w) => w.reason)).toEqual(warnings);
  });
  test('a 15-digit number is upgraded with a computed check character', () => {
    expect(upgradeResidentId15('110105491231002')).toBe('11010519491231002X');
  });
});

describe('isMinorOn', () => {
  const cases: [string, string, boolean][] = [
    ['2008-11-28', '2026-11-28', false],
    ['2008-11-29', '2026-11-28', true],
  ];
  test.each(cases)('born %s, on %s → minor %s', (birth, on, minor) => expect(isMinorOn(birth, on)).toBe(minor));
});
