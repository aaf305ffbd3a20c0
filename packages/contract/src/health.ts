import { type Static, Type } from 'typebox';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  version: Type.String(),
  database: Type.Object({
    status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    driver: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    migration: Type.Integer({ description: '已执行的最新迁移编号' }),
  }),
  features: Type.Object({
    devIdentity: Type.Boolean({ description: '是否开放开发用示例身份登录（生产环境始终为否）' }),
  }),
});
export type Health = Static<typeof Health>;
