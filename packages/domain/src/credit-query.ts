import { normaliseFreeText } from './normalise';

/**
 * 查询使用登记: a department looks up a subject's credit information only for a matter it is handling, and says
 * which. Source: 鲁信用办〔2021〕3号 part 7 "建立信用信息系统查询使用登记制度" and part 3 "应查尽查" (queries
 * made in administrative work under the application list). The notice sets no format for the matter's number;
 * this service asks for what every case file has (a document number such as 济城管许〔2026〕12号 or a case number
 * such as SP-2026-000123): 4 to 40 characters including at least one digit, without control characters.
 */
export const MATTER_REFERENCE = { minLength: 4, maxLength: 40 } as const;

const ALLOWED = /^[\p{Script=Han}A-Za-z0-9〔〕[\]()（）\-—_/.·:：#＃ ]+$/u;

export type MatterReferenceCheck =
  | { ok: true; reference: string }
  | { ok: false; code: 'REFERENCE_REQUIRED' | 'INVALID_REFERENCE'; message: string };

export function checkMatterReference(raw: string | undefined | null): MatterReferenceCheck {
  const text = normaliseFreeText((raw ?? '').replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  if (!text) {
    return { ok: false, code: 'REFERENCE_REQUIRED', message: '请填写办理事项的编号（如文号或案件编号），查询会和这个编号一起登记。' };
  }
  const length = Array.from(text).length;
  if (length < MATTER_REFERENCE.minLength || length > MATTER_REFERENCE.maxLength || !/\d/.test(text) || !ALLOWED.test(text)) {
    return {
      ok: false,
      code: 'INVALID_REFERENCE',
      message: `事项编号应为 ${MATTER_REFERENCE.minLength}–${MATTER_REFERENCE.maxLength} 个字，含数字，只用汉字、字母、数字和〔〕()-/ 等符号，如“济城管许〔2026〕12号”。请对照案卷重新填写。`,
    };
  }
  return { ok: true, reference: text };
}
