import { type BenefitAudience, chinaDateAt } from '@xinyong/api-client';

export const AUDIENCE_LABELS: Record<BenefitAudience, string> = { business: '企业和个体工商户', individual: '个人' };

export const audienceText = (audience: readonly string[]) => audience.map((a) => AUDIENCE_LABELS[a as BenefitAudience] ?? a).join('、');

export const ELIGIBLE_LABELS = { yes: '符合条件', no: '暂不符合', unknown: '需进一步确认' } as const;
export const RESULT_LABELS = { pass: '满足', fail: '不满足', unknown: '无法判断' } as const;
export const RESULT_TONES = { pass: 'ok', fail: 'bad', unknown: 'warn', yes: 'ok', no: 'bad' } as const;

/** 2026-03-01 → 2026年3月1日: dates read aloud correctly and need no explanation. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * An instant as read in China, whatever zone the device is set to: 2026-05-19T18:30:00Z → 2026年5月20日 02:30.
 * The date and the time both come from China time (UTC+8 all year); the date of the UTC string is a day behind
 * between 00:00 and 08:00.
 */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const china = new Date(d.getTime() + 8 * 3_600_000);
  return `${dateText(chinaDateAt(d))} ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`;
}

/**
 * The date in China (UTC+8 all year: no daylight saving since 1991) of an instant such as 2026-03-01T18:30:00Z,
 * which is 3月2日 there. Fixed-offset arithmetic, because WeChat's JavaScript engines do not all carry time zones.
 */
export function chinaDateOf(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Sentences the API writes (a record's status, why repair is possible from when, what happens next) carry their
 * dates as 2026-11-04; shown here they read like every other date in the app.
 */
export function withDateText(sentence: string): string {
  return sentence.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) => dateText(iso));
}

/** An instant shown as its China date, for lists that show the day only. */
export function instantDateText(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dateText(chinaDateOf(iso) ?? iso);
}

// The records list carries status codes only; these are the contract's own words for them.
export const OBJECTION_STATUS_LABELS: Record<string, string> = {
  submitted: '已提交，待受理',
  accepted: '已受理，核实中',
  corrected: '已更正',
  deleted: '已删除',
  upheld: '经核实无误，维持原记录',
  rejected: '不予受理',
  withdrawn: '已撤回',
};
export const REPAIR_STATUS_LABELS: Record<string, string> = {
  submitted: '审核中',
  approved: '已修复',
  rejected: '未通过',
  withdrawn: '已撤回',
};
