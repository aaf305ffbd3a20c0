import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskBankCard, maskIdNumber, maskMobile, maskName } from './masking';

/** Characters a mask shows, outside its stars and spaces. */
const visible = (masked: string) => Array.from(masked).filter((c) => c !== '*' && c !== ' ');

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.stringMatching(/^[0-9Xx ]{0,25}$/),
);

describe('masks never reveal more than their pattern', () => {
  test('name: at most the first character, then exactly two stars', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const m = maskName(s);
        const shown = Array.from(m).slice(0, -2);
        expect(m.endsWith('**')).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(1);
        if (shown.length === 1) expect(shown[0]).toBe(Array.from(s.trim())[0]);
      }),
    );
  });

  test('ID: fixed 18-character shape, at most first 1 and last 2 shown', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const m = maskIdNumber(s);
        expect(m).toMatch(/^(.\*{15}..|\*{18})$/u);
        expect(visible(m).length).toBeLessThanOrEqual(3);
      }),
    );
  });

  test('mobile: fixed 11-character shape, at most first 3 and last 4 shown', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^1[3-9]\d{9}$/)), (s) => {
        const m = maskMobile(s);
        expect(m).toMatch(/^(.{3}\*{4}.{4}|\*{11})$/u);
        expect(visible(m).length).toBeLessThanOrEqual(7);
      }),
    );
  });

  test('bank card: fixed shape, at most first 4 and last 4 shown', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^\d{12,19}$/)), (s) => {
        const m = maskBankCard(s);
        expect(m).toMatch(/^(.{4} \*{4} \*{4} \*{4} .{4}|\*{4} \*{4} \*{4} \*{4})$/u);
        expect(visible(m).length).toBeLessThanOrEqual(8);
      }),
    );
  });

  test('the shown characters are the input’s own ends', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15,19}$/), (digits) => {
        if (digits.length === 15 || digits.length === 18)
          expect(maskIdNumber(digits)).toBe(`${digits[0]}${'*'.repeat(15)}${digits.slice(-2)}`);
        expect(maskBankCard(digits)).toBe(`${digits.slice(0, 4)} **** **** **** ${digits.slice(-4)}`);
      }),
    );
  });
});
