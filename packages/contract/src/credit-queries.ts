import { type Static, Type } from 'typebox';
import { EntityProfile } from './public-credit';

// ---- 查询使用登记 (query-use registration) -----------------------------------------------------------------------

/** One use of credit information the application list (content/application-list.yaml) allows. */
export const ApplicationListItem = Type.Object({
  id: Type.String(),
  matter: Type.String({ description: '办理事项' }),
  use: Type.String({ description: '怎样使用信用信息' }),
  example: Type.Boolean({ description: '示例条目（不是正式发布的清单原文）' }),
});
export const ApplicationList = Type.Object({
  source: Type.Object({ title: Type.String(), sections: Type.Array(Type.String()) }),
  items: Type.Array(ApplicationListItem, { minItems: 1 }),
});
export type ApplicationList = Static<typeof ApplicationList>;

export const CreditQueryRequest = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, description: '统一社会信用代码' }),
    purposeId: Type.String({ minLength: 1, maxLength: 40, description: '应用清单中的用途（ApplicationListItem.id）' }),
    referenceNo: Type.Optional(
      Type.String({ maxLength: 200, description: '办理事项的编号（文号或案件编号，必填；缺少时 REFERENCE_REQUIRED）' }),
    ),
  },
  { additionalProperties: false },
);

/** What a department saw, and the number its query is registered under. */
export const CreditQueryResult = Type.Object({
  queryNo: Type.String({ description: '查询登记编号' }),
  registeredAt: Type.String({ format: 'date-time' }),
  purpose: Type.String(),
  referenceNo: Type.String(),
  seen: Type.Array(Type.String(), { description: '本次看到的信息类别' }),
  profile: EntityProfile,
});
export type CreditQueryResult = Static<typeof CreditQueryResult>;

export const CreditQueryRegisterQuery = Type.Object(
  {
    department: Type.Optional(Type.String({ maxLength: 100 })),
    purposeId: Type.Optional(Type.String({ maxLength: 40 })),
    code: Type.Optional(Type.String({ maxLength: 40, description: '被查询主体的统一社会信用代码' })),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export const CreditQueryEntry = Type.Object({
  queryNo: Type.String(),
  at: Type.String({ format: 'date-time' }),
  staff: Type.String({ description: '查询人（账号显示名）' }),
  department: Type.String(),
  purposeId: Type.String(),
  purpose: Type.String(),
  referenceNo: Type.String(),
  entityCode: Type.String(),
  entityName: Type.String(),
  seen: Type.Array(Type.String()),
});
export const CreditQueryRegister = Type.Object({
  items: Type.Array(CreditQueryEntry),
  total: Type.Integer(),
  departments: Type.Array(Type.String(), { description: '登记中出现过的部门，供筛选' }),
});
export type CreditQueryRegister = Static<typeof CreditQueryRegister>;
