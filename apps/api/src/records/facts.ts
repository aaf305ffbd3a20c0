import {
  type CivilDate,
  type CreditRecord,
  type InformationClass,
  PENALTY_TYPES,
  type PenaltyType,
  penaltyTypesFromText,
  SECTORS,
  type Sector,
  sectorFromLegalBasis,
  type WindowFacts,
} from '@xinyong/domain';

/**
 * One mapping between a stored record and the facts the display rules read (@xinyong/domain CreditRecord), used by
 * every reader and writer: the subject's own list, the public profile, the bulk writers and the recompute command.
 * The SQL names the same columns for every reader (PENALTY_FACTS), so a new fact is added in one place.
 */
export interface PenaltyFactColumns {
  info_class: InformationClass;
  decision_date: CivilDate;
  authority_display_end: CivilDate | null;
  sector: string | null;
  penalty_types: string[] | null;
  procedure: string | null;
  specific_serious: boolean | null;
  conduct_ended_on: CivilDate | null;
  law_period_end: CivilDate | null;
  law_period_ref: string | null;
  duty_outstanding: boolean;
  authority_kind: string | null;
  repeated_same_kind: boolean;
}

/** The fact columns of a penalty, as a select list (for json_build_object: pairs of 'name', value). */
export const PENALTY_FACTS = (alias: string) =>
  `${alias}.info_class, ${alias}.decision_date, ${alias}.authority_display_end, ${alias}.sector, ${alias}.penalty_types, ${alias}.procedure,
   ${alias}.specific_serious, ${alias}.conduct_ended_on, ${alias}.law_period_end, ${alias}.law_period_ref, ${alias}.duty_outstanding,
   ${alias}.authority_kind, ${alias}.repeated_same_kind`;
export const PENALTY_FACTS_JSON = (alias: string) =>
  PENALTY_FACTS(alias)
    .split(',')
    .map((c) => c.trim())
    .map((c) => `'${c.slice(alias.length + 1)}', ${c}`)
    .join(', ');

const asSector = (s: string | null): Sector | null => (s && (SECTORS as readonly string[]).includes(s) ? (s as Sector) : null);
const asTypes = (t: readonly string[] | null): PenaltyType[] | null =>
  t ? t.filter((x): x is PenaltyType => (PENALTY_TYPES as readonly string[]).includes(x)) : null;

/** The window facts of a stored penalty. */
export function penaltyWindowFacts(p: PenaltyFactColumns): WindowFacts {
  return {
    kind: 'penalty',
    infoClass: p.info_class,
    decisionDate: p.decision_date,
    displayEnd: p.authority_display_end,
    sector: asSector(p.sector),
    penaltyTypes: asTypes(p.penalty_types),
    procedure: p.procedure === 'summary' || p.procedure === 'ordinary' ? p.procedure : null,
    specificSerious: p.specific_serious,
    lawPeriod: p.law_period_end && p.law_period_ref ? { end: p.law_period_end, reference: p.law_period_ref } : null,
    conductEndedOn: p.conduct_ended_on,
    dutyOutstanding: p.duty_outstanding,
  };
}

/** Everything the rules read about a stored penalty on a date, with what happened after the decision. */
export function penaltyRecord(
  p: PenaltyFactColumns,
  after: {
    repairedOn?: CivilDate | null;
    dutyFulfilledOn?: CivilDate | null;
    objectionOpen?: boolean;
    naturalPerson?: boolean;
    minor?: boolean;
  } = {},
): CreditRecord {
  return {
    ...penaltyWindowFacts(p),
    authorityKind: p.authority_kind === 'market_regulation' || p.authority_kind === 'other' ? p.authority_kind : null,
    repeatedSameKind: p.repeated_same_kind,
    repairedAt: after.repairedOn ?? null,
    dutyFulfilledAt: after.dutyFulfilledOn ?? null,
    objectionOpen: after.objectionOpen ?? false,
    subjectIsNaturalPerson: after.naturalPerson ?? false,
    subjectIsMinor: after.minor ?? false,
  };
}

export interface DishonestyFactColumns {
  decision_date: CivilDate;
  listed_until: CivilDate | null;
  list_type: string;
}

/** The window facts of a stored list entry: a list entry is serious by definition; the authority's listing end plays CF_GSJZQ. */
export function dishonestyWindowFacts(d: DishonestyFactColumns): WindowFacts {
  return {
    kind: 'serious_dishonesty',
    infoClass: '严重',
    decisionDate: d.decision_date,
    displayEnd: d.listed_until,
    listType: d.list_type,
  };
}

export function dishonestyRecord(
  d: DishonestyFactColumns,
  after: { repairedOn?: CivilDate | null; objectionOpen?: boolean; naturalPerson?: boolean } = {},
): CreditRecord {
  return {
    ...dishonestyWindowFacts(d),
    repairedAt: after.repairedOn ?? null,
    objectionOpen: after.objectionOpen ?? false,
    subjectIsNaturalPerson: after.naturalPerson ?? false,
  };
}

/**
 * The facts a decision's own words give when the source does not state them: the kinds of penalty (from the category
 * and licence action) and the field of supervision (from the legal basis). Readings, not rules (see the domain).
 */
export function readPenaltyFacts(p: { category: string; licenceAction?: string | null; legalBasis: string }): {
  penaltyTypes: PenaltyType[];
  sector: Sector | null;
} {
  return { penaltyTypes: penaltyTypesFromText(p.category, p.licenceAction), sector: sectorFromLegalBasis(p.legalBasis) };
}
