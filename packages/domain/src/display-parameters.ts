import { DISPLAY_REGIMES, SHANDONG_DISPLAY } from './generated/rules';
import type { RegimeData } from './rule-data';
import type { DatedRule, LegalSource } from './rules';

export type { ClassPeriods, Minimum, RegimeId, SectorMinimum } from './rule-data';

/** A display regime: the periods of one era of the national rules (content/rules/display-periods.yaml). */
export type DisplayRegime = RegimeData;

/**
 * Display periods by regime, chosen by the record's decision date (the newer text governs records decided
 * from its effective date; older records keep the rule they were decided under).
 */
export const DISPLAY_PERIOD_RULE: DatedRule<DisplayRegime> = {
  id: 'display_periods',
  label: '失信信息公示期限',
  versions: DISPLAY_REGIMES.map((regime) => ({ from: regime.decidedFrom, value: regime, source: regime.source })),
};

/** Shandong's own rules laid over every regime (《山东省社会信用条例》). */
export const SHANDONG_DISPLAY_RULES = SHANDONG_DISPLAY;

/** Rules that keep a record off public display whatever its class. */
export const NON_DISPLAY_RULES: Readonly<Record<'natural_person' | 'minor', { label: string; source: LegalSource }>> = {
  natural_person: { label: '自然人的信用信息不公开公示', source: SHANDONG_DISPLAY.naturalPersons.source },
  minor: { label: '未成年人的处罚信息不公开', source: SHANDONG_DISPLAY.minors.source },
};
