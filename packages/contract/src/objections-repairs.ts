import { type Static, Type } from 'typebox';
import { ProgressStep, REPAIR_STATUSES, type RepairStatus } from './repair-progress';

const date = Type.String({ format: 'date' });
const nullableDate = Type.Union([date, Type.Null()]);

// ---- attachments ----------------------------------------------------------------------------------
/**
 * Uploaded with multipart/form-data (Taro.uploadFile), field name "file". Images (JPEG, PNG) or PDF, checked by content.
 * perApplication: how many files one objection or repair application carries (WeChat's chooseMedia picks at most 9).
 */
export const ATTACHMENT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  mediaTypes: ['image/jpeg', 'image/png', 'application/pdf'],
  perApplication: 9,
} as const;
export const Attachment = Type.Object({
  id: Type.String({ description: '附件编号' }),
  mediaType: Type.Enum(ATTACHMENT_LIMITS.mediaTypes),
  byteSize: Type.Integer(),
});
export type Attachment = Static<typeof Attachment>;

// ---- objections ---------------------------------------------------------------------------------------
export const OBJECTION_STATUSES = {
  submitted: '已提交，待受理',
  accepted: '已受理，核实中',
  corrected: '已更正',
  deleted: '已删除',
  upheld: '经核实无误，维持原记录',
  rejected: '不予受理',
  withdrawn: '已撤回',
} as const;
export type ObjectionStatus = keyof typeof OBJECTION_STATUSES;

export const NewObjection = Type.Object(
  {
    recordId: Type.String({ pattern: '^(penalty|dishonesty)-\\d{1,15}$', description: '我的记录中的编号，如 penalty-123' }),
    reason: Type.String({ minLength: 10, maxLength: 2000, description: '哪里不对、应该是什么（至少 10 个字）' }),
    attachmentIds: Type.Array(Type.String({ maxLength: 40 }), {
      maxItems: ATTACHMENT_LIMITS.perApplication,
      uniqueItems: true,
      description: '证明材料（可选）',
    }),
  },
  { additionalProperties: false },
);
export type NewObjection = Static<typeof NewObjection>;

export const StatusEvent = Type.Object({
  status: Type.String(),
  label: Type.String(),
  note: Type.String(),
  at: Type.String({ format: 'date-time' }),
});
export const Objection = Type.Object({
  id: Type.String(),
  recordId: Type.String(),
  recordTitle: Type.String(),
  status: Type.Enum(Object.keys(OBJECTION_STATUSES) as ObjectionStatus[]),
  statusLabel: Type.String(),
  reason: Type.String(),
  department: Type.String({ description: '负责核实的部门' }),
  acceptBy: date,
  decideBy: date,
  deadlineEstimated: Type.Boolean({ description: '节假日安排未公布时按周末推算' }),
  deadlineSource: Type.String({ description: '期限的依据' }),
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(Attachment),
  history: Type.Array(StatusEvent),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Objection = Static<typeof Objection>;
export const ObjectionList = Type.Object({ items: Type.Array(Objection) });
export const PublicIdParams = Type.Object({ id: Type.String({ minLength: 6, maxLength: 40, pattern: '^[A-Z0-9]+$' }) });

// ---- commitments ----------------------------------------------------------------------------------------
export const CommitmentIdParams = Type.Object({ id: Type.String({ pattern: '^C[0-9]{1,15}$', description: '承诺编号，如 C12' }) });
export const CommitmentText = Type.Object({
  version: Type.String(),
  title: Type.String(),
  body: Type.String(),
  effectiveFrom: date,
});
export type CommitmentText = Static<typeof CommitmentText>;
/** One entry of the closed list a commitment signed in the app is made for (content/commitment.yaml, matters). */
export const CommitmentMatter = Type.Object({
  code: Type.String({ description: '事项编号' }),
  kind: Type.String({ description: '承诺类型' }),
  label: Type.String({ description: '承诺事项（公开时显示）' }),
});
export type CommitmentMatter = Static<typeof CommitmentMatter>;
export const SignCommitment = Type.Object(
  {
    version: Type.String({ maxLength: 40, description: '所签承诺书的版本' }),
    matter: Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$', description: '承诺事项的编号，只能从承诺事项清单中选择' }),
    note: Type.Optional(Type.String({ maxLength: 200, description: '补充说明，不公开：只有本人、所代办单位的经办人和审核人员能看到' })),
    agreed: Type.Literal(true, { description: '本人已阅读并同意' }),
  },
  { additionalProperties: false },
);
export const SignedCommitment = Type.Object({
  id: Type.String(),
  version: Type.String(),
  kind: Type.String({ description: '承诺类型' }),
  matter: Type.String({ description: '承诺事项' }),
  note: Type.Union([Type.String(), Type.Null()], { description: '补充说明（不公开）' }),
  signedOn: date,
  withdrawnOn: nullableDate,
  withdrawal: Type.Object(
    { allowed: Type.Boolean(), reason: Type.String() },
    { description: '能不能撤回，以及原因（撤回规则见 packages/domain commitmentWithdrawal）' },
  ),
});
export type SignedCommitment = Static<typeof SignedCommitment>;
export const CommitmentList = Type.Object({
  current: CommitmentText,
  matters: Type.Array(CommitmentMatter),
  signed: Type.Array(SignedCommitment),
});

// ---- repair ---------------------------------------------------------------------------------------------
export const RepairEligibility = Type.Object({
  recordId: Type.String(),
  eligible: Type.Boolean(),
  from: nullableDate,
  reasons: Type.Array(Type.String(), { description: '为什么可以或不可以，逐条说明' }),
  infoClass: Type.String(),
  minimumPeriod: Type.String({ description: '最短公示期，如 3 个月' }),
  materials: Type.Array(Type.String(), { description: '需要准备的材料' }),
  feeYuan: Type.Literal(0),
  feeText: Type.String({ description: '收费规定及依据，如 信用修复不收取任何费用' }),
  deadlineWorkingDays: Type.Integer(),
  deadlineText: Type.String({ description: '办理时限及依据，供申请人阅读' }),
});
export type RepairEligibility = Static<typeof RepairEligibility>;
export const RepairEligibilityRequest = Type.Object({ recordId: NewObjection.properties.recordId }, { additionalProperties: false });

export const NewRepair = Type.Object(
  {
    recordId: NewObjection.properties.recordId,
    proofAttachmentIds: Type.Array(Type.String({ maxLength: 40 }), {
      minItems: 1,
      maxItems: ATTACHMENT_LIMITS.perApplication,
      uniqueItems: true,
      description: '履行义务的证明（已上传的附件，可以多份）',
    }),
    commitmentId: Type.String({ maxLength: 40, description: '在本应用中签署的信用承诺' }),
  },
  { additionalProperties: false },
);
export type NewRepair = Static<typeof NewRepair>;

export const RepairApplication = Type.Object({
  id: Type.String(),
  queryCode: Type.String({ description: '查询码：凭它随时查看进度' }),
  recordId: Type.String(),
  recordTitle: Type.String(),
  status: Type.Enum(Object.keys(REPAIR_STATUSES) as RepairStatus[]),
  statusLabel: Type.String(),
  department: Type.String(),
  submittedOn: date,
  decideBy: date,
  deadlineWorkingDays: Type.Integer(),
  deadlineEstimated: Type.Boolean(),
  deadlineText: Type.String({ description: '办理时限及依据，供申请人阅读' }),
  feeYuan: Type.Literal(0),
  feeText: Type.String({ description: '收费规定，来自规则' }),
  steps: Type.Array(ProgressStep),
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  nextStep: Type.String(),
  attachments: Type.Array(Attachment, { description: '提交的证明材料' }),
});
export type RepairApplication = Static<typeof RepairApplication>;
export const RepairList = Type.Object({ items: Type.Array(RepairApplication) });

// ---- staff ---------------------------------------------------------------------------------------------
export const StaffPurposeHeaders = Type.Object({
  'x-access-purpose': Type.String({
    minLength: 4,
    maxLength: 200,
    description: '查看个人信息的目的（必填，会记入查询记录），请用 encodeURIComponent 编码',
  }),
});
export const QueueQuery = Type.Object({ kind: Type.Enum(['objection', 'repair']) }, { additionalProperties: false });
export const QueueItem = Type.Object({
  kind: Type.Enum(['objection', 'repair']),
  id: Type.String(),
  recordTitle: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
  dueBy: date,
  overdue: Type.Boolean(),
  workingDaysLeft: Type.Integer(),
});
export const Queue = Type.Object({ department: Type.String(), items: Type.Array(QueueItem), overdue: Type.Integer() });
export type Queue = Static<typeof Queue>;
/** What an objection decided as 更正 changes in the record (at least one field; required for that outcome). */
export const RecordCorrection = Type.Object(
  {
    content: Type.Optional(Type.String({ minLength: 2, maxLength: 500, description: '更正后的处罚内容或列入事由' })),
    legalBasis: Type.Optional(Type.String({ minLength: 2, maxLength: 500, description: '更正后的依据' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type RecordCorrection = Static<typeof RecordCorrection>;
export const ObjectionDecision = Type.Object(
  {
    outcome: Type.Enum(['accepted', 'corrected', 'deleted', 'upheld', 'rejected']),
    reason: Type.String({ minLength: 4, maxLength: 2000 }),
    correction: Type.Optional(RecordCorrection),
  },
  { additionalProperties: false },
);
export const RepairDecision = Type.Object(
  { outcome: Type.Enum(['approved', 'rejected']), reason: Type.String({ minLength: 4, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const StaffCase = Type.Object({
  kind: Type.Enum(['objection', 'repair']),
  id: Type.String(),
  status: Type.String(),
  subjectNameMasked: Type.String(),
  record: Type.Object({
    title: Type.String(),
    decisionNo: Type.String(),
    authority: Type.String(),
    decisionDate: date,
    infoClass: Type.String(),
  }),
  reason: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(Attachment),
  dueBy: date,
  history: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time' }),
      who: Type.String({ description: '谁：申请人（脱敏）或作出决定的工作人员及部门' }),
      status: Type.String(),
      statusLabel: Type.String(),
      note: Type.String(),
    }),
    { description: '案件经过，按时间先后' },
  ),
});
export const DecisionResult = Type.Object({ id: Type.String(), status: Type.String() });
export type DecisionResult = Static<typeof DecisionResult>;
export type StaffCase = Static<typeof StaffCase>;
