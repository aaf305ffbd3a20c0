import type { SubjectType } from './benefit-criteria';

/**
 * Positions 1–2 of a 统一社会信用代码: registration authority and entity type (GB 32100-2015 表1).
 * `subjectKind` maps each onto the product's coarse SUBJECT_TYPES; `label` is the finer Chinese name.
 * The prefixes DOMAIN.md lists (11, 51, 52, 53, 91, 92, 93, Y1) are marked `inDomainNotes`; the others
 * come from the standard's table as we know it and should be checked against the current text.
 */
export interface EntityType {
  prefix: string;
  authority: string;
  label: string;
  subjectKind: SubjectType;
  inDomainNotes?: true;
}

export const ENTITY_TYPES: readonly EntityType[] = [
  { prefix: '11', authority: '机构编制', label: '机关', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: '12', authority: '机构编制', label: '事业单位', subjectKind: 'legal_person' },
  { prefix: '13', authority: '机构编制', label: '中央编办直接管理机构编制的群众团体', subjectKind: 'legal_person' },
  { prefix: '19', authority: '机构编制', label: '其他（机构编制）', subjectKind: 'unincorporated' },
  { prefix: '21', authority: '外交', label: '外国常驻新闻机构', subjectKind: 'unincorporated' },
  { prefix: '29', authority: '外交', label: '其他（外交）', subjectKind: 'unincorporated' },
  { prefix: '31', authority: '司法行政', label: '律师执业机构', subjectKind: 'unincorporated' },
  { prefix: '32', authority: '司法行政', label: '公证处', subjectKind: 'legal_person' },
  { prefix: '33', authority: '司法行政', label: '基层法律服务所', subjectKind: 'unincorporated' },
  { prefix: '34', authority: '司法行政', label: '司法鉴定机构', subjectKind: 'unincorporated' },
  { prefix: '35', authority: '司法行政', label: '仲裁委员会', subjectKind: 'legal_person' },
  { prefix: '39', authority: '司法行政', label: '其他（司法行政）', subjectKind: 'unincorporated' },
  { prefix: '41', authority: '文化', label: '外国在华文化中心', subjectKind: 'unincorporated' },
  { prefix: '49', authority: '文化', label: '其他（文化）', subjectKind: 'unincorporated' },
  { prefix: '51', authority: '民政', label: '社会团体', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: '52', authority: '民政', label: '民办非企业单位', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: '53', authority: '民政', label: '基金会', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: '59', authority: '民政', label: '其他（民政）', subjectKind: 'unincorporated' },
  { prefix: '61', authority: '旅游', label: '外国旅游部门常驻代表机构', subjectKind: 'unincorporated' },
  { prefix: '62', authority: '旅游', label: '港澳台地区旅游部门常驻内地（大陆）代表机构', subjectKind: 'unincorporated' },
  { prefix: '69', authority: '旅游', label: '其他（旅游）', subjectKind: 'unincorporated' },
  { prefix: '71', authority: '宗教', label: '宗教活动场所', subjectKind: 'unincorporated' },
  { prefix: '72', authority: '宗教', label: '宗教院校', subjectKind: 'legal_person' },
  { prefix: '79', authority: '宗教', label: '其他（宗教）', subjectKind: 'unincorporated' },
  { prefix: '81', authority: '工会', label: '基层工会', subjectKind: 'legal_person' },
  { prefix: '89', authority: '工会', label: '其他（工会）', subjectKind: 'unincorporated' },
  // 91 also covers enterprises without legal personality (branches, partnerships, sole proprietorships);
  // the code alone cannot tell them apart, so the coarse kind follows the common case.
  { prefix: '91', authority: '市场监管（工商）', label: '企业', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: '92', authority: '市场监管（工商）', label: '个体工商户', subjectKind: 'individual_business', inDomainNotes: true },
  { prefix: '93', authority: '市场监管（工商）', label: '农民专业合作社', subjectKind: 'legal_person', inDomainNotes: true },
  { prefix: 'A1', authority: '中央军委改革和编制办公室', label: '军队事业单位', subjectKind: 'legal_person' },
  { prefix: 'A9', authority: '中央军委改革和编制办公室', label: '其他（军队）', subjectKind: 'unincorporated' },
  { prefix: 'N1', authority: '农业农村', label: '组级集体经济组织', subjectKind: 'legal_person' },
  { prefix: 'N2', authority: '农业农村', label: '村级集体经济组织', subjectKind: 'legal_person' },
  { prefix: 'N3', authority: '农业农村', label: '乡镇级集体经济组织', subjectKind: 'legal_person' },
  { prefix: 'N9', authority: '农业农村', label: '其他（农业农村）', subjectKind: 'unincorporated' },
  { prefix: 'Y1', authority: '其他', label: '其他组织', subjectKind: 'unincorporated', inDomainNotes: true },
] as const;

export function entityTypeOf(prefix: string): EntityType | null {
  return ENTITY_TYPES.find((t) => t.prefix === prefix) ?? null;
}

/** Chinese names of the coarse subject types (SUBJECT_TYPES). */
export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, string>> = {
  legal_person: '法人',
  unincorporated: '非法人组织',
  individual_business: '个体工商户',
  natural_person: '自然人',
};

/**
 * 登记状态 of a market entity (《市场主体登记管理条例》, in force 2022-03-01): 存续 until the registration authority
 * deregisters it (注销登记) or its business licence is revoked (吊销营业执照, a penalty under 《行政处罚法》第九条).
 * A closed business's public records stay public for their display windows; a person looking for one that still
 * trades is shown those first.
 */
export const REGISTRATION_STATUSES = ['active', 'revoked', 'deregistered'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = {
  active: '存续',
  revoked: '已吊销',
  deregistered: '已注销',
};
