import { type Static, Type } from 'typebox';
import { ATTACHMENT_LIMITS } from './objections-repairs';

/** Who works in the console, and the words the console shows for each role. */
export const STAFF_ROLES = {
  reviewer: '部门审核员',
  credit_office: '信用办管理员',
  auditor: '只读审计员',
} as const;
export type StaffRole = keyof typeof STAFF_ROLES;

export const StaffProfile = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  department: Type.String(),
  roles: Type.Array(Type.Enum(Object.keys(STAFF_ROLES) as StaffRole[])),
  roleLabels: Type.Array(Type.String()),
});
export type StaffProfile = Static<typeof StaffProfile>;

export const StaffAccount = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  department: Type.String(),
  roleLabels: Type.Array(Type.String()),
  secondFactor: Type.Boolean({ description: '是否已绑定动态口令' }),
  disabled: Type.Boolean(),
  locked: Type.Boolean({ description: '是否因连续输错而暂时锁定' }),
});
export const StaffAccountList = Type.Object({ items: Type.Array(StaffAccount) });
export type StaffAccountList = Static<typeof StaffAccountList>;

export const StaffEvidenceParams = Type.Object({
  id: Type.String({ minLength: 6, maxLength: 40, pattern: '^[A-Z0-9]+$' }),
  attachmentId: Type.String({ minLength: 6, maxLength: 40, pattern: '^[A-Za-z0-9]+$' }),
});
/** One piece of evidence, in the answer's body so the console shows it in the page from memory (never a file path). */
export const StaffEvidence = Type.Object({
  id: Type.String(),
  mediaType: Type.Enum(ATTACHMENT_LIMITS.mediaTypes),
  byteSize: Type.Integer(),
  contentBase64: Type.String(),
  /** For a PDF: its first pages as PNG pictures rendered on the server, so the console shows images, never a PDF viewer. */
  pages: Type.Optional(
    Type.Object({
      pngBase64: Type.Array(Type.String()),
      shown: Type.Integer(),
      rendered: Type.Boolean({ description: '页面图片是否生成成功；否则只能下载原文件查看' }),
    }),
  ),
});
export type StaffEvidence = Static<typeof StaffEvidence>;

/** What an administrator can do to an account; each is logged (staff_account_events). */
export const STAFF_ACCOUNT_ACTIONS = {
  unlock: '解除锁定',
  disable: '停用',
  enable: '启用',
  enrol_totp: '绑定或重置动态口令',
} as const;
export type StaffAccountAction = keyof typeof STAFF_ACCOUNT_ACTIONS;
export const StaffUsernameParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }) });
export const StaffAccountActionRequest = Type.Object(
  { action: Type.Enum(Object.keys(STAFF_ACCOUNT_ACTIONS) as StaffAccountAction[]) },
  { additionalProperties: false },
);
export const StaffAccountActionResult = Type.Object({
  username: Type.String(),
  action: Type.Enum(Object.keys(STAFF_ACCOUNT_ACTIONS) as StaffAccountAction[]),
  done: Type.String({ description: '做了什么（中文）' }),
  /** Only for enrol_totp, shown once and never again: the secret, its otpauth URI and the URI as a QR matrix. */
  totp: Type.Optional(
    Type.Object({
      secret: Type.String(),
      uri: Type.String(),
      qr: Type.Object({ size: Type.Integer(), rows: Type.Array(Type.String(), { description: '每行模块，1 为深色' }) }),
    }),
  ),
});
export type StaffAccountActionResult = Static<typeof StaffAccountActionResult>;
