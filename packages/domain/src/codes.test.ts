import { describe, expect, test } from 'vitest';
import { computeCheckCharacter, computeOrgCodeCheck, makeCreditCode, type UsccProblem, validateCreditCode } from './codes';

describe('computeCheckCharacter', () => {
  const cases: [string, string][] = [
    ['91110000600037341', 'L'],
    ['91350203M0001QAY9', '9'],
  ];
  test.each(cases)('%s → %s', (first17, check) => expect(computeCheckCharacter(first17)).toBe(check));
  test('rejects a wrong length or character', () => {
    expect(() => computeCheckCharacter('9111')).toThrow();
    expect(() => computeCheckCharacter('9111000060003734O')).toThrow(/第 17 位/);
  });
});

describe('valid codes and their parts', () => {
  const cases: { input: string; code: string; kind: string; label: string; region: string; city: string | null; province: string }[] = [
    {
      input: '91110000600037341L',
      code: '91110000600037341L',
      kind: 'legal_person',
      label: '企业',
      region: '110000',
      city: null,
      province: '北京市',
    },
    {
      input: ' 91110000600037341l ',
      code: '91110000600037341L',
      kind: 'legal_person',
      label: '企业',
      region: '110000',
      city: null,
      province: '北京市',
    },
    {
      input: '９１１１００００６０００３７３４１Ｌ',
      code: '91110000600037341L',
      kind: 'legal_person',
      label: '企业',
      region: '110000',
      city: null,
      province: '北京市',
    },
    ...(
      [
        ['92', '370102', '个体工商户', 'individual_business', '济南市'],
        ['93', '371302', '农民专业合作社', 'legal_person', '临沂市'],
        ['11', '370200', '机关', 'legal_person', '青岛市'],
        ['51', '371700', '社会团体', 'legal_person', '菏泽市'],
        ['Y1', '370600', '其他组织', 'unincorporated', '烟台市'],
        ['91', '371202', '企业', 'legal_person', '济南市'],
      ] as const
    ).map(([prefix, region, label, kind, city]) => {
      const code = makeCreditCode(prefix, region, '12345678');
      return { input: code, code, kind, label, region, city, province: '山东省' };
    }),
  ];
  test.each(cases)('$input', ({ input, code, kind, label, region, city, province }) => {
    const result = validateCreditCode(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.code).toBe(code);
    expect(result.warnings).toEqual([]);
    expect(result.parts).toMatchObject({ subjectKind: kind, typeLabel: label, regionCode: region, province });
    expect(result.parts.city?.name ?? null).toBe(city);
  });
  test('a Laiwu code names the former city', () => {
    const result = validateCreditCode(makeCreditCode('91', '371202', '12345678'));
    expect(result.ok && result.parts.formerCity?.name).toBe('莱芜市');
  });
});

describe('invalid codes say exactly what is wrong', () => {
  const cases: { input: string; reason: UsccProblem; message: string }[] = [
    { input: '', reason: 'empty', message: '请输入统一社会信用代码。' },
    { input: '91110000600037341', reason: 'length', message: '统一社会信用代码应为 18 位，实际为 17 位。' },
    { input: '91110000600037341LL', reason: 'length', message: '统一社会信用代码应为 18 位，实际为 19 位。' },
    {
      input: '9111000060003734OL',
      reason: 'character',
      message: '第 17 位“O”不是有效字符：代码不使用字母 I、O、S、V、Z（字母 O 可能应为数字 0）。',
    },
    { input: '91110000600037341X', reason: 'check', message: '第 18 位校验码应为 L，实际为 X。' },
    { input: '9111000060003734-L', reason: 'character', message: '第 17 位“-”不是有效字符：代码只用数字和大写字母。' },
    { input: '9111 000600037341L', reason: 'character', message: '第 5 位空格不是有效字符：代码只用数字和大写字母。' },
    {
      input: `X1110000600037341${computeCheckCharacter('X1110000600037341')}`,
      reason: 'type',
      message: '前 2 位“X1”不是登记管理部门和机构类别代码。',
    },
    {
      input: `9199000060003734${'1'}${computeCheckCharacter('91990000600037341')}`,
      reason: 'region',
      message: '第 3–8 位行政区划码“990000”不是有效的省级区划。',
    },
    {
      input: `91AB0000600037341${computeCheckCharacter('91AB0000600037341')}`,
      reason: 'region',
      message: '第 3–8 位行政区划码应为 6 位数字，实际为“AB0000”。',
    },
  ];
  test.each(cases)('$input → $reason', ({ input, reason, message }) => {
    const result = validateCreditCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect({ reason: result.reason, message: result.message }).toEqual({ reason, message });
  });
});

describe('authority mode accepts a wrong check character with a warning', () => {
  const cases: { input: string; userReason: UsccProblem | null; authorityOk: boolean; warnings: UsccProblem[] }[] = [
    { input: '91350203M0001QAY9B', userReason: 'check', authorityOk: true, warnings: ['check'] },
    { input: '91110000600037341L', userReason: null, authorityOk: true, warnings: [] },
    { input: '91110000600037341', userReason: 'length', authorityOk: false, warnings: [] },
    { input: '9111000060003734OL', userReason: 'character', authorityOk: false, warnings: [] },
  ];
  test.each(cases)('$input', ({ input, userReason, authorityOk, warnings }) => {
    const user = validateCreditCode(input, { mode: 'user' });
    expect(user.ok ? null : user.reason).toBe(userReason);
    const authority = validateCreditCode(input, { mode: 'authority' });
    expect(authority.ok).toBe(authorityOk);
    if (authority.ok) expect(authority.warnings.map((w) => w.reason)).toEqual(warnings);
  });
});

describe('computeOrgCodeCheck (GB 11714)', () => {
  const cases: [string, string][] = [
    ['60003734', '1'],
    ['12345678', '8'],
  ];
  test.each(cases)('%s → %s', (body, check) => expect(computeOrgCodeCheck(body)).toBe(check));
});

describe('makeCreditCode', () => {
  test('builds a code that validates', () => {
    const code = makeCreditCode('91', '370102', 'MA3C1234');
    expect(code).toHaveLength(18);
    expect(validateCreditCode(code).ok).toBe(true);
  });
  const bad: [string, string, string][] = [
    ['99', '370102', '12345678'],
    ['91', '3701', '12345678'],
    ['91', '370102', '1234567'],
    ['91', '370102', '1234567O'],
  ];
  test.each(bad)('rejects %s %s %s', (prefix, region, org) => expect(() => makeCreditCode(prefix, region, org)).toThrow(RangeError));
});
