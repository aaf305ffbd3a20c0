/**
 * Administrative division codes (GB/T 2260) that the product needs: provinces, and Shandong's cities.
 * A 统一社会信用代码 carries the six-digit code of the registering authority's area (positions 3–8),
 * and a resident ID the code of the place of first registration (positions 1–6).
 */

export interface Province {
  code: string;
  name: string;
}

/** GB/T 2260 first two digits. '10' is used by central-level registration authorities (GB 32100-2015). */
export const PROVINCES: readonly Province[] = [
  { code: '10', name: '中央' },
  { code: '11', name: '北京市' },
  { code: '12', name: '天津市' },
  { code: '13', name: '河北省' },
  { code: '14', name: '山西省' },
  { code: '15', name: '内蒙古自治区' },
  { code: '21', name: '辽宁省' },
  { code: '22', name: '吉林省' },
  { code: '23', name: '黑龙江省' },
  { code: '31', name: '上海市' },
  { code: '32', name: '江苏省' },
  { code: '33', name: '浙江省' },
  { code: '34', name: '安徽省' },
  { code: '35', name: '福建省' },
  { code: '36', name: '江西省' },
  { code: '37', name: '山东省' },
  { code: '41', name: '河南省' },
  { code: '42', name: '湖北省' },
  { code: '43', name: '湖南省' },
  { code: '44', name: '广东省' },
  { code: '45', name: '广西壮族自治区' },
  { code: '46', name: '海南省' },
  { code: '50', name: '重庆市' },
  { code: '51', name: '四川省' },
  { code: '52', name: '贵州省' },
  { code: '53', name: '云南省' },
  { code: '54', name: '西藏自治区' },
  { code: '61', name: '陕西省' },
  { code: '62', name: '甘肃省' },
  { code: '63', name: '青海省' },
  { code: '64', name: '宁夏回族自治区' },
  { code: '65', name: '新疆维吾尔自治区' },
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
] as const;

export const SHANDONG_PROVINCE_CODE = '37';

export interface City {
  /** Four digits: province and city (GB/T 2260). */
  code: string;
  name: string;
  shortName: string;
}

/** Shandong's 16 prefecture-level cities (GB/T 2260). 3712 is not among them: see FORMER_CITY_CODES. */
export const SHANDONG_CITIES: readonly City[] = [
  { code: '3701', name: '济南市', shortName: '济南' },
  { code: '3702', name: '青岛市', shortName: '青岛' },
  { code: '3703', name: '淄博市', shortName: '淄博' },
  { code: '3704', name: '枣庄市', shortName: '枣庄' },
  { code: '3705', name: '东营市', shortName: '东营' },
  { code: '3706', name: '烟台市', shortName: '烟台' },
  { code: '3707', name: '潍坊市', shortName: '潍坊' },
  { code: '3708', name: '济宁市', shortName: '济宁' },
  { code: '3709', name: '泰安市', shortName: '泰安' },
  { code: '3710', name: '威海市', shortName: '威海' },
  { code: '3711', name: '日照市', shortName: '日照' },
  { code: '3713', name: '临沂市', shortName: '临沂' },
  { code: '3714', name: '德州市', shortName: '德州' },
  { code: '3715', name: '聊城市', shortName: '聊城' },
  { code: '3716', name: '滨州市', shortName: '滨州' },
  { code: '3717', name: '菏泽市', shortName: '菏泽' },
] as const;

export interface FormerCity {
  code: string;
  name: string;
  mergedInto: string;
  /** Month the State Council's approval was announced. */
  since: string;
  note: string;
}

/**
 * Codes issued before a merger stay on existing 统一社会信用代码 for life (the code never changes), so old
 * region codes must still resolve to today's city.
 */
export const FORMER_CITY_CODES: readonly FormerCity[] = [
  {
    code: '3712',
    name: '莱芜市',
    mergedInto: '3701',
    since: '2019-01',
    note: '2019年1月经国务院批复撤销莱芜市，其所辖区域划归济南市管辖（设莱芜区、钢城区）。',
  },
] as const;

export function provinceOf(regionCode: string): Province | null {
  return PROVINCES.find((p) => p.code === regionCode.slice(0, 2)) ?? null;
}

export interface CityMatch {
  city: City;
  /** Set when the code is a former city's, e.g. 莱芜市 → 济南市. */
  formerly?: FormerCity;
}

/** The Shandong city of a region code (4 or 6 digits), or null outside Shandong or at province level (370000). */
export function shandongCityOf(regionCode: string): CityMatch | null {
  const cityCode = regionCode.slice(0, 4);
  const city = SHANDONG_CITIES.find((c) => c.code === cityCode);
  if (city) return { city };
  const former = FORMER_CITY_CODES.find((f) => f.code === cityCode);
  if (former) {
    const current = SHANDONG_CITIES.find((c) => c.code === former.mergedInto);
    if (current) return { city: current, formerly: former };
  }
  return null;
}

/**
 * Resolve how a person or a content file names a Shandong city: '3701', '370102', '济南市' or '济南'.
 * Returns the four-digit city code, or null when it is not a Shandong city.
 */
export function resolveShandongCity(nameOrCode: string): string | null {
  const value = nameOrCode.trim();
  if (/^\d{4}(\d{2})?$/.test(value)) return shandongCityOf(value)?.city.code ?? null;
  const city = SHANDONG_CITIES.find((c) => c.name === value || c.shortName === value);
  if (city) return city.code;
  const former = FORMER_CITY_CODES.find((f) => f.name === value || f.name.replace(/市$/, '') === value);
  return former?.mergedInto ?? null;
}
