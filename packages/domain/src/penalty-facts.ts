import type { InformationClass } from './benefit-criteria';
import type { PenaltyType, Sector } from './vocabulary';

/**
 * Facts the rules need that 双公示 files do not carry as fields: the kinds of penalty in a decision, its field
 * of supervision, its class. These are readings of the decision's own words, not legal rules; each says so, and
 * an authority's own value (CF_XXLB for the class) always wins over a reading.
 */

const TYPE_WORDS: readonly [PenaltyType, readonly string[]][] = [
  ['warning', ['警告']],
  ['circulated_criticism', ['通报批评']],
  ['fine', ['罚款']],
  ['confiscation', ['没收']],
  ['licence_suspension', ['暂扣']],
  ['qualification_downgrade', ['降低资质等级']],
  ['licence_revocation', ['吊销']],
  ['business_restriction', ['限制开展生产经营活动']],
  ['production_suspension', ['责令停产停业', '停产停业']],
  ['closure', ['责令关闭']],
  ['practice_ban', ['限制从业']],
  ['detention', ['行政拘留']],
];

/** The kinds of penalty named in a decision's category and licence action (CF_CFLB, CF_ZKDXZ…). */
export function penaltyTypesFromText(...texts: readonly (string | null | undefined)[]): PenaltyType[] {
  const text = texts.filter(Boolean).join(' ');
  return TYPE_WORDS.filter(([, words]) => words.some((w) => text.includes(w))).map(([type]) => type);
}

const LAW_SECTORS: readonly [Sector, readonly string[]][] = [
  ['food', ['食品安全法', '食品安全']],
  ['drugs', ['药品管理法', '疫苗管理法', '药品']],
  ['special_equipment', ['特种设备安全法', '特种设备']],
  ['work_safety', ['安全生产法', '安全生产']],
  ['fire', ['消防法', '消防']],
  ['ecology', ['环境保护法', '大气污染防治法', '水污染防治法', '固体废物污染环境防治法', '生态环境']],
  ['construction_quality', ['建设工程质量管理条例', '建筑法']],
  ['product_certification', ['认证认可条例', '强制性产品认证']],
];

/**
 * The field of supervision read from the law a decision cites (CF_YJ): 《中华人民共和国食品安全法》 → food.
 * Not a legal rule; null when no known law is named, so no longer period is applied by guesswork.
 */
export function sectorFromLegalBasis(legalBasis: string | null | undefined): Sector | null {
  if (!legalBasis) return null;
  return LAW_SECTORS.find(([, words]) => words.some((w) => legalBasis.includes(w)))?.[0] ?? null;
}

const SEVERE: readonly PenaltyType[] = [
  'licence_revocation',
  'closure',
  'production_suspension',
  'practice_ban',
  'business_restriction',
  'qualification_downgrade',
  'detention',
];

/**
 * The class when a file gives none. Not a legal rule: a conservative reading of the examples in
 * 国家发展改革委令第36号 and 国办发〔2025〕22号 — 警告 and 通报批评 alone are 轻微; revocation, closure,
 * suspension, bans from practice, detention or a fine of 100万元 or more are 严重; everything else is 一般.
 */
export function deriveInfoClass(
  category: string,
  fineWan: number | null,
  licenceAction: string,
): { infoClass: InformationClass; why: string } {
  const types = penaltyTypesFromText(category, licenceAction);
  const severe = types.find((t) => SEVERE.includes(t));
  if (severe) {
    const word = TYPE_WORDS.find(([t]) => t === severe)?.[1].find((w) => `${category} ${licenceAction}`.includes(w)) ?? severe;
    return { infoClass: '严重', why: `处罚类别含“${word}”` };
  }
  if (fineWan !== null && fineWan >= 100) return { infoClass: '严重', why: '罚款金额达100万元以上' };
  const kinds = category
    .split(/[;；,，、/\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (kinds.length && kinds.every((k) => k === '警告' || k === '通报批评') && !fineWan) {
    return { infoClass: '轻微', why: '处罚类别仅为警告或通报批评' };
  }
  return { infoClass: '一般', why: '处罚类别为罚款、没收等一般处罚' };
}
