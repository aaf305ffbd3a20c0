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
});
export type StaffEvidence = Static<typeof StaffEvidence>;
