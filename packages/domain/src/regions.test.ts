import { describe, expect, test } from 'vitest';
import { FORMER_CITY_CODES, provinceOf, resolveShandongCity, SHANDONG_CITIES, shandongCityOf } from './regions';

test('Shandong has 16 cities, 3701 济南 to 3717 菏泽, without 3712', () => {
  expect(SHANDONG_CITIES).toHaveLength(16);
  expect(SHANDONG_CITIES[0]?.name).toBe('济南市');
  expect(SHANDONG_CITIES.at(-1)?.name).toBe('菏泽市');
  expect(SHANDONG_CITIES.map((c) => c.code)).not.toContain('3712');
  expect(FORMER_CITY_CODES.map((c) => c.code)).toEqual(['3712']);
});

describe('shandongCityOf', () => {
  const cases: [string, string | null, string | null][] = [
    ['370102', '济南市', null],
    ['370211', '青岛市', null],
    ['371202', '济南市', '莱芜市'],
    ['371700', '菏泽市', null],
    ['370000', null, null],
    ['110000', null, null],
  ];
  test.each(cases)('%s → %s (formerly %s)', (code, name, formerly) => {
    const match = shandongCityOf(code);
    expect(match?.city.name ?? null).toBe(name);
    expect(match?.formerly?.name ?? null).toBe(formerly);
  });
});

describe('resolveShandongCity accepts codes and names', () => {
  const cases: [string, string | null][] = [
    ['3701', '3701'],
    ['济南市', '3701'],
    ['济南', '3701'],
    ['莱芜', '3701'],
    ['371203', '3701'],
    [' 临沂市 ', '3713'],
    ['北京市', null],
    ['3799', null],
  ];
  test.each(cases)('%s → %s', (input, expected) => expect(resolveShandongCity(input)).toBe(expected));
});

test('provinceOf', () => {
  expect(provinceOf('370102')?.name).toBe('山东省');
  expect(provinceOf('990000')).toBeNull();
});
