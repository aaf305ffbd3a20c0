/**
 * 2026-03-01 → 2026年3月1日, the one way the product writes dates (the mini-program's services/labels.ts writes
 * them the same way; both belong in one shared formatter once a package for labels exists).
 */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
