import { describe, expect, it } from 'vitest';
import { inCity } from './benefits';

describe('inCity', () => {
  it('keeps province-wide entries for every city and matches named cities', () => {
    expect(inCity('全省', '青岛市')).toBe(true);
    expect(inCity('济南市', '济南市')).toBe(true);
    expect(inCity('济南市', '青岛市')).toBe(false);
    expect(inCity('济南市', undefined)).toBe(true);
  });
});
