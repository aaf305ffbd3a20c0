import { type Static, Type } from 'typebox';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  version: Type.String(),
  database: Type.Object({
    status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    driver: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    migration: Type.Integer({ description: '已执行的最新迁移编号' }),
  }),
});
export type Health = Static<typeof Health>;
