import { INFORMATION_CLASSES, REGISTRATION_STATUSES, SUBJECT_TYPES } from '@xinyong/domain';
import { type Static, Type } from 'typebox';
import { PolicyBasis } from './benefits';

const date = (description: string) => Type.String({ format: 'date', description });
const nullableDate = (description: string) => Type.Union([Type.String({ format: 'date' }), Type.Null()], { description });
const nullableString = (description: string) => Type.Union([Type.String(), Type.Null()], { description });
const publicSubjectTypes = SUBJECT_TYPES.filter((t) => t !== 'natural_person');
const registrationStatus = Type.Enum(REGISTRATION_STATUSES, { description: '登记状态：存续、吊销、注销' });

export const EntitySearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 60, description: '企业名称（至少 2 个字）或统一社会信用代码' }),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
);
export type EntitySearchQuery = Static<typeof EntitySearchQuery>;

export const EntitySummary = Type.Object({
  code: Type.String({ description: '统一社会信用代码' }),
  name: Type.String(),
  subjectType: Type.Enum(publicSubjectTypes),
  typeLabel: Type.String({ description: '主体类型，如 企业、个体工商户' }),
  cityName: nullableString('所在城市'),
  registrationStatus,
  match: Type.Enum(['code', 'exact', 'prefix', 'substring'], { description: '匹配方式：代码、全名、开头、包含' }),
  example: Type.Boolean({ description: '示例数据' }),
});
export type EntitySummary = Static<typeof EntitySummary>;

export const EntitySearchResult = Type.Object({
  items: Type.Array(EntitySummary),
  total: Type.Integer({ description: '匹配总数；totalCapped 为真时表示至少这么多' }),
  totalCapped: Type.Boolean({ description: '结果过多时只统计到上限，请输入更完整的名称' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type EntitySearchResult = Static<typeof EntitySearchResult>;

export const EntityCodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40, description: '18 位统一社会信用代码' }),
});

export const PublicLicence = Type.Object({
  decisionNo: Type.String({ description: '行政许可决定文书号' }),
  licenceName: Type.String(),
  licenceNo: nullableString('许可证书编号'),
  category: Type.String({ description: '许可类别' }),
  content: Type.String(),
  decisionDate: date('许可决定日期'),
  validFrom: nullableDate('有效期自'),
  validTo: nullableDate('有效期至'),
  authority: Type.String({ description: '许可机关' }),
  status: Type.String(),
});

const recordState = {
  status: Type.Enum(['公示中', '异议处理中'], { description: '公示状态' }),
  disputed: Type.Boolean({ description: '信用主体已提出异议，正在核实' }),
  displayEnd: date('公示截止日期，到期自动撤下'),
};

export const PublicPenalty = Type.Object({
  decisionNo: Type.String({ description: '行政处罚决定书文号' }),
  violationType: nullableString('违法行为类型'),
  facts: nullableString('违法事实'),
  legalBasis: Type.String({ description: '处罚依据' }),
  category: Type.String({ description: '处罚类别' }),
  content: Type.String({ description: '处罚内容' }),
  fineWan: Type.Union([Type.Number(), Type.Null()], { description: '罚款金额（万元）' }),
  infoClass: Type.Enum(INFORMATION_CLASSES, { description: '失信信息类别' }),
  decisionDate: date('处罚决定日期'),
  authority: Type.String({ description: '处罚机关' }),
  dataSource: Type.String({ description: '数据来源单位' }),
  ...recordState,
});
export type PublicPenalty = Static<typeof PublicPenalty>;

export const PublicDishonestyEntry = Type.Object({
  listType: Type.String({ description: '名单类型' }),
  legalBasis: Type.String({ description: '列入依据' }),
  authority: Type.String({ description: '认定部门' }),
  reason: Type.String({ description: '列入事由' }),
  decisionNo: Type.String(),
  decisionDate: date('认定日期'),
  listedFrom: date('列入日期'),
  listedUntil: nullableDate('名单有效期至'),
  exitConditions: Type.String({ description: '移出条件' }),
  ...recordState,
});

export const PublicRedListEntry = Type.Object({
  listName: Type.String(),
  authority: Type.String(),
  basis: Type.String(),
  listedOn: date('列入日期'),
  validUntil: nullableDate('有效期至'),
});

export const PublicCommitment = Type.Object({
  kind: Type.String({ description: '承诺类型' }),
  matter: Type.String({ description: '承诺事项' }),
  textVersion: Type.String({ description: '承诺书版本' }),
  signedOn: date('签署日期'),
  signedBy: nullableString('在本应用中签署的经办人（脱敏，如 李**）；其他渠道作出的承诺为 null'),
});

export const EntityProfile = Type.Object({
  code: Type.String(),
  name: Type.String(),
  subjectType: Type.Enum(publicSubjectTypes),
  typeLabel: Type.String(),
  regionCode: Type.String(),
  cityName: nullableString('所在城市'),
  establishedOn: nullableDate('成立日期'),
  legalRepName: nullableString('法定代表人或经营者（脱敏，如 张**；完整登记信息以国家企业信用信息公示系统为准）'),
  taxCreditGradeA: Type.Boolean({ description: '是否为纳税信用 A 级（只公布 A 级名单）' }),
  registrationStatus,
  example: Type.Boolean(),
  asOf: date('信息截至日期'),
  licences: Type.Array(PublicLicence),
  penalties: Type.Array(PublicPenalty),
  dishonestyEntries: Type.Array(PublicDishonestyEntry),
  redListEntries: Type.Array(PublicRedListEntry),
  commitments: Type.Array(PublicCommitment),
});
export type EntityProfile = Static<typeof EntityProfile>;

export const Measure = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  legalBasis: Type.Array(PolicyBasis, { minItems: 1 }),
  listTypes: Type.Array(Type.String(), { minItems: 1 }),
  authority: Type.String(),
});
export type Measure = Static<typeof Measure>;
export const MeasureFile = Type.Object({ items: Type.Array(Measure, { minItems: 1 }) }, { additionalProperties: false });
export const MeasureList = Type.Object({ items: Type.Array(Measure), total: Type.Integer() });
export type MeasureList = Static<typeof MeasureList>;

export const DISCLOSURE_LEVELS = ['公开', '依申请', '不公开'] as const;
export const CatalogItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  sourceDepartment: Type.String(),
  disclosure: Type.Enum(DISCLOSURE_LEVELS),
  displayRule: Type.String(),
  basis: Type.Array(PolicyBasis, { minItems: 1 }),
});
export type CatalogItem = Static<typeof CatalogItem>;
export const CatalogFile = Type.Object({ items: Type.Array(CatalogItem, { minItems: 1 }) }, { additionalProperties: false });
export const CatalogList = Type.Object({ items: Type.Array(CatalogItem), total: Type.Integer() });
export type CatalogList = Static<typeof CatalogList>;
