import { CRITERION_KINDS, INFORMATION_CLASSES, SUBJECT_TYPES, TAX_CREDIT_GRADES } from '@xinyong/domain';
import { type Static, Type } from 'typebox';

/** 信易+ categories: the three named products plus the seed's livelihood areas (鲁信用办〔2021〕3号 §4). */
export const BENEFIT_CATEGORIES = {
  loan: '信易贷',
  approval: '信易批',
  rental: '信易租',
  healthcare: '信易医',
  housekeeping: '信易家政',
  catering: '信易餐饮',
  employment: '信易就业',
} as const;
export type BenefitCategory = keyof typeof BENEFIT_CATEGORIES;
export const BENEFIT_CATEGORY_IDS = Object.keys(BENEFIT_CATEGORIES) as BenefitCategory[];

export const BENEFIT_AUDIENCES = { business: '企业和个体工商户', individual: '个人' } as const;
export type BenefitAudience = keyof typeof BENEFIT_AUDIENCES;

const literalUnion = <T extends readonly string[]>(values: T) => Type.Enum(values);

export const PolicyBasis = Type.Object(
  {
    title: Type.String({ minLength: 1, description: '文件名称，如《国家发展改革委 银保监会关于深入开展“信易贷”工作的通知》' }),
    ref: Type.String({ minLength: 1, description: '文号或条款，如 发改财金〔2019〕1491号' }),
  },
  { additionalProperties: false },
);

const text = Type.String({ minLength: 1, description: '一句中文，说明这项条件' });
export const Criterion = Type.Union([
  Type.Object({ kind: Type.Literal('no_serious_dishonesty'), text }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('no_penalty_in_display'), classes: Type.Array(literalUnion(INFORMATION_CLASSES), { minItems: 1 }), text },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('tax_credit_grade'), min: literalUnion(TAX_CREDIT_GRADES), text }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('credit_commitment_signed'), text }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('years_in_operation'), min: Type.Integer({ minimum: 0 }), text }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('region'), cities: Type.Array(Type.String(), { minItems: 1 }), text }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('subject_type'), types: Type.Array(literalUnion(SUBJECT_TYPES), { minItems: 1 }), text },
    { additionalProperties: false },
  ),
]);
export type Criterion = Static<typeof Criterion>;
export const CRITERION_KIND_IDS = CRITERION_KINDS;

/**
 * How to apply, concretely: who handles it, through which channel, whom to ask. An online application is given
 * only where the provider offers one (an https address).
 */
export const BenefitApply = Type.Object(
  {
    unit: Type.String({ minLength: 2, description: '受理单位，如 某银行山东省分行普惠金融部' }),
    channel: Type.String({ minLength: 2, description: '在哪里、怎么办，如 到任一网点柜台，或在手机银行申请' }),
    contact: Type.String({ minLength: 2, description: '咨询电话或其他联系方式' }),
    hours: Type.Optional(Type.String({ minLength: 2, description: '办理时间' })),
    online: Type.Optional(
      Type.Object(
        {
          label: Type.String({ minLength: 2, description: '在线办理入口的名称' }),
          url: Type.String({ pattern: '^https://[^\\s]+$', description: '在线办理的网址（https）' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type BenefitApply = Static<typeof BenefitApply>;

/** A catalogue entry as written by people in content/benefits/*.yaml. */
export const BenefitContent = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: '稳定的英文标识，用于网址' }),
    name: Type.String({ minLength: 2 }),
    category: literalUnion(BENEFIT_CATEGORY_IDS),
    audience: Type.Array(literalUnion(Object.keys(BENEFIT_AUDIENCES) as BenefitAudience[]), { minItems: 1 }),
    provider: Type.String({ minLength: 2 }),
    region: Type.String({ minLength: 2, description: '适用地区，如 全省 或 济南市' }),
    summary: Type.String({ minLength: 4, description: '一两句话说明能得到什么' }),
    criteria: Type.Array(Criterion),
    howToApply: Type.String({ minLength: 4 }),
    apply: BenefitApply,
    basis: Type.Array(PolicyBasis, { minItems: 1 }),
    example: Type.Boolean({ description: '示例内容：部署时由信用办的真实目录替换' }),
  },
  { additionalProperties: false },
);
export type BenefitContent = Static<typeof BenefitContent>;

export const Benefit = Type.Object({
  ...BenefitContent.properties,
  categoryName: Type.String({ description: '类别中文名' }),
});
export type Benefit = Static<typeof Benefit>;

export const BenefitSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: literalUnion(BENEFIT_CATEGORY_IDS),
  categoryName: Type.String(),
  audience: Type.Array(literalUnion(Object.keys(BENEFIT_AUDIENCES) as BenefitAudience[])),
  provider: Type.String(),
  region: Type.String(),
  summary: Type.String(),
  example: Type.Boolean(),
});
export type BenefitSummary = Static<typeof BenefitSummary>;

export const BenefitListQuery = Type.Object(
  {
    category: Type.Optional(Type.Enum(BENEFIT_CATEGORY_IDS, { description: '类别，如 loan（信易贷）' })),
    audience: Type.Optional(
      Type.Enum(Object.keys(BENEFIT_AUDIENCES) as BenefitAudience[], { description: '面向对象：business 或 individual' }),
    ),
    city: Type.Optional(Type.String({ minLength: 2, maxLength: 10, description: '城市，如 济南市：该市的措施和全省通用的措施' })),
  },
  { additionalProperties: false },
);
export type BenefitListQuery = Static<typeof BenefitListQuery>;

export const BenefitList = Type.Object({ items: Type.Array(BenefitSummary), total: Type.Integer() });

export const BenefitParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }) });
export type BenefitList = Static<typeof BenefitList>;
