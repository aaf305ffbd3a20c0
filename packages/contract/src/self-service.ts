import { DISPLAY_STATUSES, INFORMATION_CLASSES } from '@xinyong/domain';
import { type Static, Type } from 'typebox';
import { Objection, RepairApplication } from './objections-repairs';

const nullableDate = Type.Union([Type.String({ format: 'date' }), Type.Null()]);
const idempotencyHeader = Type.Object({
  'idempotency-key': Type.String({ description: '每次新提交生成一个随机编号（16–80 位字母数字）；重试时沿用同一个，保证不会重复提交' }),
});
export const IdempotentHeaders = idempotencyHeader;

// ---- identity -------------------------------------------------------------------------------
export const WechatLoginRequest = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 128, description: 'wx.login() 得到的 code' }) },
  { additionalProperties: false },
);
export const DevLoginRequest = Type.Object(
  { citizen: Type.String({ minLength: 1, maxLength: 20, description: '开发身份：示例公民的标识' }) },
  { additionalProperties: false },
);
export const VerifyRequest = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 30 }),
    idNumber: Type.String({ minLength: 1, maxLength: 30, description: '身份证号，只放在请求体里' }),
    ticket: Type.String({ minLength: 1, maxLength: 512, description: '实名核验平台给出的核验结果凭证' }),
  },
  { additionalProperties: false },
);
export const StaffLoginRequest = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', description: '动态口令：验证器应用显示的 6 位数字' })),
  },
  { additionalProperties: false },
);
export const SessionToken = Type.Object({
  token: Type.String({ description: '放在 Authorization: Bearer 头中；只存在内存里' }),
  verified: Type.Boolean({ description: '是否已完成实名认证' }),
  idleMinutes: Type.Integer({ description: '闲置多少分钟后自动退出' }),
});
export type SessionToken = Static<typeof SessionToken>;

export const RepresentedEntity = Type.Object({ code: Type.String(), name: Type.String(), basis: Type.String() });
export const Me = Type.Object({
  verified: Type.Boolean(),
  nameMasked: Type.Union([Type.String(), Type.Null()], { description: '脱敏姓名，如 张**' }),
  idMasked: Type.Union([Type.String(), Type.Null()], { description: '脱敏身份证号，如 3***************1X' }),
  actingFor: Type.Union([RepresentedEntity, Type.Null()], { description: '正在代办的企业' }),
  canActFor: Type.Array(RepresentedEntity),
});
export type Me = Static<typeof Me>;
export const ActForRequest = Type.Object(
  {
    entityCode: Type.Union([Type.String({ minLength: 18, maxLength: 18 }), Type.Null()], { description: '代办企业的代码；null 回到本人' }),
  },
  { additionalProperties: false },
);

// ---- my records -----------------------------------------------------------------------------
export const NextAction = Type.Object({
  action: Type.Enum(['object', 'repair']),
  available: Type.Boolean(),
  from: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: '最早可办理日期' }),
  reason: Type.String(),
});
export const MyRecord = Type.Object({
  id: Type.String({ description: '记录编号，如 penalty-123' }),
  kind: Type.Enum(['penalty', 'dishonesty']),
  kindLabel: Type.String(),
  title: Type.String(),
  decisionNo: Type.String(),
  authority: Type.String(),
  legalBasis: Type.String(),
  infoClass: Type.Enum(INFORMATION_CLASSES),
  decisionDate: Type.String({ format: 'date' }),
  status: Type.Enum(DISPLAY_STATUSES),
  statusReason: Type.String(),
  publiclyShown: Type.Boolean({ description: '现在是否对外公示' }),
  displayStart: nullableDate,
  displayEnd: nullableDate,
  repairedOn: nullableDate,
  correction: Type.Union(
    [
      Type.Object({
        on: Type.String({ format: 'date' }),
        fields: Type.Array(Type.String(), { description: '更正了哪些内容，如 处罚内容' }),
      }),
      Type.Null(),
    ],
    { description: '经异议核实更正过的记录：哪天、更正了什么' },
  ),
  objection: Type.Union([
    Type.Object({ id: Type.String(), status: Type.String(), statusLabel: Type.String(), open: Type.Boolean() }),
    Type.Null(),
  ]),
  repair: Type.Union([
    Type.Object({ id: Type.String(), status: Type.String(), statusLabel: Type.String(), queryCode: Type.String() }),
    Type.Null(),
  ]),
  nextActions: Type.Array(NextAction),
});
export type MyRecord = Static<typeof MyRecord>;
export const MyRecords = Type.Object({
  subject: Type.Object({ kind: Type.Enum(['person', 'entity']), label: Type.String({ description: '脱敏姓名或企业名称' }) }),
  asOf: Type.String({ format: 'date' }),
  items: Type.Array(MyRecord),
});
export type MyRecords = Static<typeof MyRecords>;

export const AccessLogEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  who: Type.String({ description: '谁查看了：本人，或某部门审核员' }),
  role: Type.String(),
  action: Type.Enum(['read', 'export', 'decide']),
  purpose: Type.String(),
  fields: Type.Array(Type.String()),
});
export const AccessLog = Type.Object({ items: Type.Array(AccessLogEntry), total: Type.Integer() });
export type AccessLog = Static<typeof AccessLog>;

export const AccessLogQuery = Type.Object(
  { page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })) },
  { additionalProperties: false },
);

// ---- my 信易+ ---------------------------------------------------------------------------------
export const CriterionOutcome = Type.Object({
  kind: Type.String(),
  text: Type.String({ description: '条件（目录原文）' }),
  result: Type.Enum(['pass', 'fail', 'unknown']),
  reason: Type.String({ description: '一句话说明为什么' }),
});
export const MyBenefit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  categoryName: Type.String(),
  provider: Type.String(),
  example: Type.Boolean(),
  eligible: Type.Enum(['yes', 'no', 'unknown']),
  criteria: Type.Array(CriterionOutcome),
});
export const MyBenefits = Type.Object({ asOf: Type.String({ format: 'date' }), items: Type.Array(MyBenefit) });
export type MyBenefits = Static<typeof MyBenefits>;

// ---- my data ------------------------------------------------------------------------------------
export const ExportedCommitment = Type.Object({
  kind: Type.String(),
  matter: Type.String(),
  textVersion: Type.String(),
  signedOn: Type.String({ format: 'date' }),
  note: Type.Union([Type.String(), Type.Null()], { description: '补充说明（不公开）' }),
  withdrawnOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  onBehalfOf: Type.Union([Type.String(), Type.Null()], { description: '代办单位的名称；本人签署为 null' }),
});
/** Everything held about the person: what they filed for a business they act for is included, marked as such. */
export const MyExport = Type.Object({
  exportedAt: Type.String({ format: 'date-time' }),
  note: Type.String(),
  person: Type.Object({ nameMasked: Type.String(), idMasked: Type.String() }),
  representing: Type.Array(RepresentedEntity),
  records: Type.Array(MyRecord),
  objections: Type.Array(Objection),
  repairs: Type.Array(RepairApplication),
  commitments: Type.Array(ExportedCommitment),
  accessLog: Type.Array(AccessLogEntry),
});
export type MyExport = Static<typeof MyExport>;
