import { addDays, type CivilDate, compareDates } from './dates';
import type { SourceStatus } from './vocabulary';

/**
 * Where a rule or a parameter comes from. `status` says how sure we are: 'law' for a national or
 * provincial text read in the original (article cited), 'local_practice' for another locality's published
 * practice or this service's own procedure used where Shandong sets nothing, 'unverified' for a value no
 * primary text confirmed (`note` says what was seen instead). The data lives in content/rules/.
 */
export interface LegalSource {
  /** Document number, title and article, e.g. 《山东省社会信用条例》第三十九条第二款. */
  reference: string;
  status: SourceStatus;
  note?: string;
  /** Entry of content/rules/sources.yaml. */
  sourceId?: string;
  article?: string;
  /** The words of the text this rule rests on, as read. */
  quote?: string;
}

/** "（《山东省社会信用条例》第三十九条第二款）" for a sentence a person reads; unverified sources say so. */
export function citation(source: LegalSource): string {
  return source.status === 'unverified' ? `（${source.reference}，条文未核实）` : `（${source.reference}）`;
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
  for (let index = rule.versions.length - 1; index >= 0; index--) {
    const version = rule.versions[index] as DatedVersion<T>;
    if (version.from === null || compareDates(version.from, date) <= 0) {
      const next = rule.versions[index + 1];
      return { ...version, to: next?.from ? addDays(next.from, -1) : null };
    }
  }
  throw new RangeError(`${rule.label}（${rule.id}）在 ${date} 没有生效的版本`);
}
