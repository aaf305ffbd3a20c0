/**
 * Closed vocabularies the rule data (content/rules/*.yaml) may use. The generator refuses any other value,
 * so a typo in a YAML file is reported with its file and line instead of silently matching nothing.
 */

/** Fields of supervision that change display periods or repair (Order 58's one-year minimum, 527号's specific serious conduct). */
export const SECTORS = [
  'food',
  'drugs',
  'special_equipment',
  'work_safety',
  'fire',
  'ecology',
  'construction_quality',
  'product_certification',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  food: '食品',
  drugs: '药品',
  special_equipment: '特种设备',
  work_safety: '安全生产',
  fire: '消防',
  ecology: '生态环境',
  construction_quality: '工程质量',
  product_certification: '强制性产品认证',
  other: '其他领域',
};

/** Kinds of administrative penalty (行政处罚法 第九条 lists the kinds; labels as decisions write them). */
export const PENALTY_TYPES = [
  'warning',
  'circulated_criticism',
  'fine',
  'confiscation',
  'licence_suspension',
  'qualification_downgrade',
  'licence_revocation',
  'business_restriction',
  'production_suspension',
  'closure',
  'practice_ban',
  'detention',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
export const PENALTY_TYPE_LABELS: Readonly<Record<PenaltyType, string>> = {
  warning: '警告',
  circulated_criticism: '通报批评',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  licence_suspension: '暂扣许可证件',
  qualification_downgrade: '降低资质等级',
  licence_revocation: '吊销许可证件或营业执照',
  business_restriction: '限制开展生产经营活动',
  production_suspension: '责令停产停业',
  closure: '责令关闭',
  practice_ban: '限制从业',
  detention: '行政拘留',
};

export const SOURCE_STATUSES = ['law', 'local_practice', 'unverified'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export const SOURCE_STATUS_LABELS: Readonly<Record<SourceStatus, string>> = {
  law: '依据原文',
  local_practice: '办理规则（非法定）',
  unverified: '原文未核实',
};
