const CHINA = 8 * 3_600_000;

/** 2026-05-20 → 2026年5月20日. */
export function writtenDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** An instant as written in China, whatever the computer's time zone: 2026年5月20日 02:31. */
export function writtenTime(iso: string): string {
  const china = new Date(Date.parse(iso) + CHINA).toISOString();
  return `${writtenDate(china.slice(0, 10))} ${china.slice(11, 16)}`;
}
