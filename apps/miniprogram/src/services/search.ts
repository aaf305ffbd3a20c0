import type { EntitySummary } from '@xinyong/api-client';

export const MATCH_LABELS: Record<EntitySummary['match'], string> = {
  code: '代码完全一致',
  exact: '名称完全一致',
  prefix: '名称开头一致',
  substring: '名称包含查询词',
};

type Validate = (input: string) => { ok: true } | { ok: false; message: string };

/**
 * What is wrong with a typed code, while the person types. Only input that looks like a code is checked
 * (letters and digits, 15 or more), so a company name is never flagged.
 */
export function codeProblem(input: string, validate: Validate): string | null {
  const text = input.trim().toUpperCase();
  if (!/^[0-9A-Z]{15,}$/.test(text)) return null;
  const result = validate(text);
  return result.ok ? null : result.message;
}
