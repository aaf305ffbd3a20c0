import { addDays, type CivilDate, compareDates } from './dates';

/**
 * Where a rule or a parameter comes from. `status` says how sure we are: 'law' for a national or
 * provincial text read in the original, 'local_practice' for another locality's published practice used as
 * a model, 'unverified' for a value no primary text confirmed (see shared DOMAIN.md).
 */
export interface LegalSource {
  /** Document title and article, e.g. 国家发展改革委令第36号《信用修复管理办法》第五条. */
  reference: string;
  status: 'law' | 'local_practice' | 'unverified';
  note?: string;
}

/**
 * One dated version of a rule or a parameter, after OpenFisca: the value holds for records or events dated
 * from `from` (inclusive) until the next version's `from`. A version with `from: null` holds for everything
 * before the next one (used when the older text's own start date is not known).
 */
export interface DatedVersion<T> {
  from: CivilDate | null;
  value: T;
  source: LegalSource;
}

/** A named rule: plain Chinese label, its versions in date order. */
export interface DatedRule<T> {
  id: string;
  label: string;
  versions: readonly DatedVersion<T>[];
}

export interface VersionInForce<T> extends DatedVersion<T> {
  /** The day before the next version starts, or null for the current version. */
  to: CivilDate | null;
}

/** The version in force on a date; throws when the date precedes every version. */
export function versionOn<T>(rule: DatedRule<T>, date: CivilDate): VersionInForce<T> {
  let found: VersionInForce<T> | undefined;
  rule.versions.forEach((version, index) => {
    if (version.from === null || compareDates(version.from, date) <= 0) {
      const next = rule.versions[index + 1];
      found = { ...version, to: next?.from ? addDays(next.from, -1) : null };
    }
  });
  if (!found) throw new RangeError(`${rule.label}（${rule.id}）在 ${date} 没有生效的版本`);
  return found;
}
