import { computeResidentIdCheck } from './id-card';
import { maskBankCard, maskIdNumber, maskMobile } from './masking';
import { normaliseFreeText } from './normalise';
import type { LegalSource } from './rules';

/**
 * Personal identifiers have no place in text that may be published (a business's commitment, a corrected record):
 * 《个人信息保护法》 art. 28 counts financial accounts among sensitive personal information and art. 6 asks for the
 * minimum; 鲁信用办〔2021〕3号 part 8 says personal credit information is in principle not published. The scan looks
 * for what a person would type: an ID number, a mobile or landline number, a bank card, an e-mail address.
 */
export const IDENTIFIERS_IN_TEXT_SOURCE: LegalSource = {
  reference: '《中华人民共和国个人信息保护法》第六条、第二十八条；鲁信用办〔2021〕3号 第八部分',
  status: 'law',
};

export type IdentifierKind = 'id_number' | 'mobile' | 'landline' | 'bank_card' | 'email';

export const IDENTIFIER_LABELS: Readonly<Record<IdentifierKind, string>> = {
  id_number: '身份证号码',
  mobile: '手机号码',
  landline: '电话号码',
  bank_card: '银行卡号',
  email: '电子邮箱',
};

/** Full-width digits and letters as ASCII. */
const halfWidth = (text: string): string =>
  normaliseFreeText(text).replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** The separators people put inside a number (spaces, hyphens, dots) removed: 138-1234-5678 → 13812345678. */
const joined = (text: string): string => text.replace(/(?<=[\dXx])[\s\u3000\-.·_]+(?=[\dXx])/g, '');

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Runs of digits (an X may close an ID number) not inside a longer run. */
const RUNS = /(?<![\dA-Za-z])\d+[Xx]?(?![\dA-Za-z])/g;

/**
 * Which kinds of identifier the text contains, in a fixed order; empty when none. An 18-character ID number
 * counts when its check character is right or its birth date is plausible, so a mistyped one is caught too.
 */
export function identifiersIn(text: string): IdentifierKind[] {
  const plain = halfWidth(text);
  const found = new Set<IdentifierKind>();
  // Numbers as typed and with their separators removed: "3701 0219 …" is one ID number, "…1237 138…" two numbers.
  for (const view of [plain, joined(plain)]) {
    for (const match of view.matchAll(RUNS)) {
      const kind = kindOfRun(match[0].toUpperCase(), view);
      if (kind) found.add(kind);
    }
  }
  if (/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/.test(plain)) found.add('email');
  return (Object.keys(IDENTIFIER_LABELS) as IdentifierKind[]).filter((k) => found.has(k));
}

function kindOfRun(run: string, view: string): IdentifierKind | null {
  if (/^\d{17}[\dX]$/.test(run)) {
    const plausible = /^(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(run.slice(6, 14));
    if (computeResidentIdCheck(run.slice(0, 17)) === run[17] || plausible) return 'id_number';
  }
  if (/^\d{8}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}$/.test(run)) return 'id_number';
  // A mobile number, also after the country code (86 138…).
  if (/^(86)?1[3-9]\d{9}$/.test(run)) return 'mobile';
  if (/^0\d{9,11}$/.test(run)) return 'landline';
  if (/^\d{13,19}$/.test(run) && luhn(run)) return 'bank_card';
  if (/^\d{7,8}$/.test(run) && /(电话|座机|联系|tel)/i.test(view)) return 'landline';
  return null;
}

/**
 * The sentence a person reads when a field is refused, or null when it may be saved. `field` is the field's
 * name on the form (承诺事项).
 */
export function identifierRefusal(field: string, text: string): string | null {
  const kinds = identifiersIn(text);
  if (kinds.length === 0) return null;
  const what = kinds.map((k) => IDENTIFIER_LABELS[k]).join('、');
  return `“${field}”里像是有${what}。这里写的内容可能会公开显示，请删除这些个人信息后再提交。`;
}

const MASKS: Readonly<Record<Exclude<IdentifierKind, 'email'>, (value: string) => string>> = {
  id_number: maskIdNumber,
  mobile: (v) => maskMobile(v.slice(-11)),
  landline: () => '*'.repeat(8),
  bank_card: maskBankCard,
};

/**
 * The text with every identifier-shaped number masked (as typed, without joining separated groups) and e-mail
 * addresses replaced: for logs, where a request line must stay useful without carrying what a person typed.
 * Percent-encoded text is decoded first, so %33%37… in an address is caught too.
 */
export function maskIdentifiers(text: string): string {
  let plain: string;
  try {
    plain = decodeURIComponent(text);
  } catch {
    plain = text;
  }
  plain = plain.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return plain
    .replace(RUNS, (run) => {
      const kind = kindOfRun(run.toUpperCase(), plain);
      return kind && kind !== 'email' ? MASKS[kind](run) : run;
    })
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g, '***@***');
}
