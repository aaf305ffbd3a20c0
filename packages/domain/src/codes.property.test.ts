import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeCreditCode, USCC_ALPHABET, validateCreditCode } from './codes';
import { ENTITY_TYPES } from './entity-types';
import { computeResidentIdCheck, validateResidentId } from './id-card';
import { normaliseCodeInput } from './normalise';
import { PROVINCES } from './regions';

const TODAY = '2026-11-28';

const body = fc.array(fc.constantFrom(...USCC_ALPHABET.split('')), { minLength: 8, maxLength: 8 }).map((a) => a.join(''));
const region = fc.tuple(fc.constantFrom(...PROVINCES.map((p) => p.code)), fc.stringMatching(/^\d{4}$/)).map(([p, r]) => p + r);
const validCode = fc
  .tuple(fc.constantFrom(...ENTITY_TYPES.map((t) => t.prefix)), region, body)
  .map(([prefix, r, org]) => makeCreditCode(prefix, r, org));

/** Any character a person might type, including ones normalisation folds (lower case, full width). */
const anyChar = fc.oneof(fc.constantFrom(...`${USCC_ALPHABET}IOSVZabcxyz -.０Ａｌ`.split('')), fc.string({ minLength: 1, maxLength: 1 }));

/** A code with exactly one position changed to a character that differs after normalisation. */
const corrupted = fc
  .tuple(validCode, fc.nat(17), anyChar)
  .map(([code, i, ch]) => ({ code, changed: code.slice(0, i) + ch + code.slice(i + 1) }))
  .filter(({ code, changed }) => normaliseCodeInput(changed) !== code);

describe('统一社会信用代码 properties', () => {
  test('every generated valid code passes, with its parts', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const result = validateCreditCode(code);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.parts.regionCode + result.parts.orgCode).toBe(code.slice(2, 17));
      }),
    );
  });

  test('any single-character change of a valid code is rejected at user input', () => {
    fc.assert(
      fc.property(corrupted, ({ changed }) => {
        expect(validateCreditCode(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('dropping or adding a character is rejected', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), (code, i) => {
        expect(validateCreditCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
        expect(validateCreditCode(`${code.slice(0, i)}1${code.slice(i)}`).ok).toBe(false);
      }),
    );
  });

  test('a rejection always has a reason and a Chinese message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (s) => {
        const result = validateCreditCode(s);
        if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });
});

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validId = fc
  .tuple(fc.constantFrom('370102', '370211', '371302', '110105'), birthDate, fc.stringMatching(/^\d{3}$/))
  .map(([r, b, seq]) => {
    const first17 = r + b.replaceAll('-', '') + seq;
    return first17 + computeResidentIdCheck(first17);
  });

describe('公民身份号码 properties', () => {
  test('every generated valid number passes and yields its birth date and gender', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const result = validateResidentId(id, { today: TODAY });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
          expect(result.gender).toBe(Number(id[16]) % 2 ? 'male' : 'female');
        }
      }),
    );
  });

  test('any single-digit change is rejected at user input', () => {
    fc.assert(
      fc.property(
        fc.tuple(validId, fc.nat(17), fc.constantFrom(...'0123456789X'.split(''))).filter(([id, i, ch]) => id[i] !== ch),
        ([id, i, ch]) => {
          expect(validateResidentId(id.slice(0, i) + ch + id.slice(i + 1), { today: TODAY }).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
