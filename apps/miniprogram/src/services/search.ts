import type { EntitySummary } from '@xinyong/api-client';

export const MATCH_LABELS: Record<EntitySummary['match'], string> = {
  code: '代码完全一致',
  exact: '名称完全一致',
  prefix: '名称开头一致',
  substring: '名称包含查询词',
};

type Validate = (input: string) => { ok: true } | { ok: false; message: string };

/** Spaces (also the full-width one) and every kind of dash people type or paste between groups of a code. */
const SEPARATORS = /[\s\u3000\-\u2010-\u2015\u2212\uFF0D_]/g;

/**
 * What was typed, read as a code when it is one: letters and digits only once spaces and hyphens are taken out,
 * 15 or more of them and at least one digit. A company name is never read as a code.
 * (Candidate for @xinyong/domain's normaliseCodeInput, which keeps inner separators.)
 */
export function codeInput(input: string): { code: string; separators: boolean } | null {
  const halfWidth = input.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const bare = halfWidth.replace(SEPARATORS, '').toUpperCase();
  if (!/^[0-9A-Z]{15,}$/.test(bare) || !/\d/.test(bare)) return null;
  return { code: bare, separators: bare !== halfWidth.trim().toUpperCase() };
}

/**
 * What is wrong with a typed code, while the person types. Only input that looks like a code is checked, so a
 * company name is never flagged; spaces and hyphens between groups are accepted and taken out.
 */
export function codeProblem(input: string, validate: Validate): string | null {
  const typed = codeInput(input);
  if (!typed) return null;
  const result = validate(typed.code);
  return result.ok ? null : result.message;
}

/** What the search sends: a code without its separators, a name as typed. */
export function searchText(input: string): string {
  return codeInput(input)?.code ?? input.trim();
}
