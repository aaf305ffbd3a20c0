import { describe, expect, test } from 'vitest';
import { maskBankCard, maskIdNumber, maskMobile, maskName } from './masking';

describe('maskName', () => {
  const cases: [string, string][] = [
    ['张三', '张**'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧**'],
    [' 李四 ', '李**'],
    ['王', '**'],
    ['', '**'],
    ['𠀀二', '𠀀**'],
  ];
  test.each(cases)('%s → %s', (input, masked) => expect(maskName(input)).toBe(masked));
});

describe('maskIdNumber', () => {
  const cases: [string, string][] = [
    ['37010219900101121X', '3***************1X'],
    ['37010219900101121x', '3***************1X'],
    ['370102900101121', '3***************21'],
    ['3701', '******************'],
    ['3701021990010112', '******************'],
    ['张三丰的身份证号码是三七零一零二一九九零', '******************'],
    ['', '******************'],
  ];
  test.each(cases)('%s → %s', (input, masked) => expect(maskIdNumber(input)).toBe(masked));
});

describe('maskMobile', () => {
  const cases: [string, string][] = [
    ['13812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['+86 138-1234-1234', '138****1234'],
    ['008613812341234', '138****1234'],
    ['1381234', '***********'],
    ['138123412345', '***********'],
    ['一三八一二三四一二三四', '***********'],
  ];
  test.each(cases)('%s → %s', (input, masked) => expect(maskMobile(input)).toBe(masked));
});

describe('maskBankCard', () => {
  const cases: [string, string][] = [
    ['6222021234567893256', '6222 **** **** **** 3256'],
    ['6222 0212 3456 3256', '6222 **** **** **** 3256'],
    ['62220212', '**** **** **** ****'],
  ];
  test.each(cases)('%s → %s', (input, masked) => expect(maskBankCard(input)).toBe(masked));
});

describe('numbers that fail validation are masked too', () => {
  const cases: [string, string][] = [
    // wrong check character: still masked to the fixed shape, never shown whole
    ['110105194912310021', '1***************21'],
    // impossible birth date
    ['370102199002301234', '3***************34'],
    // a Hong Kong residents' residence permit number
    ['810000199001010013', '8***************13'],
    // full-width digits, as a Chinese input method types them
    ['３７０１０２１９９００１０１１２１Ｘ', '3***************1X'],
    // letters inside: not an ID number at all
    ['3701021990A1011234', '******************'],
  ];
  test.each(cases)('%s → %s', (input, masked) => expect(maskIdNumber(input)).toBe(masked));
});
