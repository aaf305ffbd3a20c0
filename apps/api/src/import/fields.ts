/**
 * 双公示 field codes (NDRC data standard for 行政许可 XK_* and 行政处罚 CF_* information, as used by
 * public implementations; DOMAIN.md). Columns not listed here are reported once as unknown and ignored.
 *
 * CF_XXLB (信息类别: 轻微/一般/严重) is this product's addition: the NDRC layout has no class column, but
 * display periods depend on the class (国家发展改革委令第36号). When it is absent the class is derived
 * from the penalty's kind and size (@xinyong/domain deriveInfoClass) and every derived row is listed as a warning.
 */
export type ImportKind = 'licence' | 'penalty';

export interface FieldSpec {
  code: string;
  label: string;
  /** A column the file must have (each row may still leave conditional fields empty). */
  requiredColumn?: boolean;
}

const subject = (p: 'XK' | 'CF'): FieldSpec[] => [
  { code: `${p}_XDR_MC`, label: '行政相对人名称', requiredColumn: true },
  { code: `${p}_XDR_LB`, label: '行政相对人类别', requiredColumn: true },
  { code: `${p}_XDR_SHXYM`, label: '统一社会信用代码' },
  { code: `${p}_XDR_GSZC`, label: '工商注册号' },
  { code: `${p}_XDR_ZZJG`, label: '组织机构代码' },
  { code: `${p}_XDR_SWDJ`, label: '税务登记号' },
  { code: `${p}_XDR_SYDW`, label: '事业单位证书号' },
  { code: `${p}_XDR_SHZZ`, label: '社会组织登记证号' },
  { code: `${p}_FRDB`, label: '法定代表人' },
  // The legal representative's ID is never stored: acting for an entity goes through verified identity.
  { code: `${p}_FR_ZJLX`, label: '法定代表人证件类型' },
  { code: `${p}_FR_ZJHM`, label: '法定代表人证件号码' },
  { code: `${p}_XDR_ZJLX`, label: '证件类型' },
  { code: `${p}_XDR_ZJHM`, label: '证件号码' },
];

export const LICENCE_FIELDS: readonly FieldSpec[] = [
  ...subject('XK'),
  { code: 'XK_XKWS', label: '行政许可决定文书名称' },
  { code: 'XK_WSH', label: '行政许可决定文书号', requiredColumn: true },
  { code: 'XK_XKLB', label: '许可类别', requiredColumn: true },
  { code: 'XK_XKZS', label: '许可证书名称' },
  { code: 'XK_XKBH', label: '许可编号' },
  { code: 'XK_NR', label: '许可内容', requiredColumn: true },
  { code: 'XK_JDRQ', label: '许可决定日期', requiredColumn: true },
  { code: 'XK_YXQZ', label: '有效期自' },
  { code: 'XK_YXQZI', label: '有效期至' },
  { code: 'XK_XKJG', label: '许可机关', requiredColumn: true },
  { code: 'XK_XKJGDM', label: '许可机关统一社会信用代码' },
  { code: 'XK_ZT', label: '当前状态' },
  { code: 'XK_LYDW', label: '数据来源单位' },
  { code: 'XK_LYDWDM', label: '数据来源单位统一社会信用代码' },
  { code: 'BZ', label: '备注' },
];

export const PENALTY_FIELDS: readonly FieldSpec[] = [
  ...subject('CF'),
  { code: 'CF_WSH', label: '行政处罚决定书文号', requiredColumn: true },
  { code: 'CF_WFXW', label: '违法行为类型' },
  { code: 'CF_SY', label: '违法事实' },
  { code: 'CF_YJ', label: '处罚依据', requiredColumn: true },
  { code: 'CF_CFLB', label: '处罚类别', requiredColumn: true },
  { code: 'CF_NR', label: '处罚内容', requiredColumn: true },
  { code: 'CF_NR_FK', label: '罚款金额（万元）' },
  { code: 'CF_NR_WFFF', label: '没收违法所得、没收非法财物的金额（万元）' },
  { code: 'CF_NR_ZKDX', label: '暂扣或吊销证照名称及编号' },
  { code: 'CF_JDRQ', label: '处罚决定日期', requiredColumn: true },
  { code: 'CF_YXQ', label: '处罚有效期' },
  { code: 'CF_GSJZQ', label: '公示截止期' },
  { code: 'CF_CFJG', label: '处罚机关', requiredColumn: true },
  { code: 'CF_CFJGDM', label: '处罚机关统一社会信用代码' },
  { code: 'CF_SJLY', label: '数据来源单位', requiredColumn: true },
  { code: 'CF_SJLYDM', label: '数据来源单位统一社会信用代码' },
  { code: 'CF_XXLB', label: '信息类别（本系统扩展：轻微/一般/严重）' },
  // The facts the display and repair rules read (migration 010), each optional: this product's extensions too.
  // Empty means "not stated": the rule then uses its default (reads the field from 处罚依据, treats the rest as no).
  { code: 'CF_CXLB', label: '处罚程序（本系统扩展：简易程序/普通程序）' },
  { code: 'CF_LY', label: '监管领域（本系统扩展：食品、药品、特种设备、安全生产、消防…）' },
  { code: 'CF_TDYZSX', label: '特定严重失信行为（本系统扩展：是/否）' },
  { code: 'CF_WFZZRQ', label: '违法行为终止日期（本系统扩展）' },
  { code: 'CF_FDGSJZQ', label: '法律、行政法规规定的公示截止期（本系统扩展）' },
  { code: 'CF_FDGSYJ', label: '规定该公示期的法律条文（本系统扩展）' },
  { code: 'CF_YWWLX', label: '处罚义务尚未履行（本系统扩展：是/否）' },
  { code: 'CF_JGLX', label: '处罚机关类别（本系统扩展：市场监管/其他）' },
  { code: 'CF_TLZC', label: '因同一类违法行为再次受到处罚（本系统扩展：是/否）' },
  { code: 'BZ', label: '备注' },
];

export const FIELDS_BY_KIND: Readonly<Record<ImportKind, readonly FieldSpec[]>> = { licence: LICENCE_FIELDS, penalty: PENALTY_FIELDS };

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = { licence: '行政许可（XK）', penalty: '行政处罚（CF）' };

export const LICENCE_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'] as const;

/** 行政相对人类别 codes (DOMAIN.md), with the Chinese names some exports use instead. */
export const SUBJECT_CATEGORIES: Readonly<Record<string, '01' | '02' | '03' | '04'>> = {
  '01': '01',
  '02': '02',
  '03': '03',
  '04': '04',
  '1': '01',
  '2': '02',
  '3': '03',
  '4': '04',
  自然人: '01',
  法人: '02',
  法人及非法人组织: '02',
  非法人组织: '03',
  个体工商户: '04',
};

/** 证件类型 values that mean 居民身份证 (empty counts as 身份证 too). */
export const RESIDENT_ID_TYPES = new Set(['', '身份证', '居民身份证', '中华人民共和国居民身份证', '001', '01', '1']);
