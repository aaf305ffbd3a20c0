import { type Static, Type } from 'typebox';

export const REPAIR_STATUSES = { submitted: '审核中', approved: '已修复', rejected: '未通过', withdrawn: '已撤回' } as const;
export type RepairStatus = keyof typeof REPAIR_STATUSES;

/** The query code is printed on the application receipt: 12 characters, letters and digits. */
export const RepairProgressRequest = Type.Object(
  { queryCode: Type.String({ minLength: 6, maxLength: 32, description: '申请时得到的查询码' }) },
  { additionalProperties: false },
);
export type RepairProgressRequest = Static<typeof RepairProgressRequest>;

export const ProgressStep = Type.Object({
  label: Type.String({ description: '步骤，如 已提交、审核中、已办结' }),
  done: Type.Boolean(),
  date: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});

/** Progress by query code: no name, no ID number, no record details; only where the application stands. */
export const RepairProgress = Type.Object({
  status: Type.Enum(Object.keys(REPAIR_STATUSES) as RepairStatus[]),
  statusLabel: Type.String(),
  submittedOn: Type.String({ format: 'date' }),
  decideBy: Type.String({ format: 'date', description: '办结期限（工作日计算）' }),
  deadlineWorkingDays: Type.Integer(),
  deadlineEstimated: Type.Boolean({ description: '节假日安排未公布时按周末推算' }),
  deadlineText: Type.String({ description: '办理时限及依据，供申请人阅读' }),
  decidedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  feeYuan: Type.Literal(0, { description: '信用修复不收费' }),
  feeText: Type.String({ description: '收费规定，来自规则' }),
  steps: Type.Array(ProgressStep),
  rejectionReason: Type.Union([Type.String(), Type.Null()]),
  nextStep: Type.String({ description: '下一步怎么做' }),
});
export type RepairProgress = Static<typeof RepairProgress>;
