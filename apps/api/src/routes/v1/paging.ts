import { AppError } from '../../errors';

/** Query coercion turns "1e309" into Infinity, which passes a maximum check: only a safe integer in range is a page. */
export function pageOf(value: number | undefined, fallback: number, max: number, what = '页码'): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max)
    throw new AppError(400, 'VALIDATION_FAILED', `${what}应为 1 到 ${max} 之间的整数。`);
  return value;
}
