import type { InformationClass } from './benefit-criteria';
import type { CivilDate } from './dates';
import type { LegalSource } from './rules';
import type { PenaltyType, Sector } from './vocabulary';

/**
 * The shapes of the rule data in content/rules/*.yaml, as the generator writes them into
 * generated/rules.ts. Every value that decides what a person sees or may do carries its LegalSource.
 */

export interface SourceEntry {
  id: string;
  title: string;
  docNo: string | null;
  issuer: string | null;
  adopted: CivilDate | null;
  effective: CivilDate | null;
  repealed: CivilDate | null;
  /** Short name used in citations when the document has no number. */
  cite: string | null;
  /** What of the primary text this project actually read. */
  read: string;
}

export type Minimum = { months: number } | 'duty_fulfilled' | null;

/** How long a class of negative credit information is displayed, and when repair may be asked for. */
export interface ClassPeriods {
  /**
   * 'always': displayed from the decision date up to the maximum.
   * 'only_if_authority_sets': in principle not displayed; displayed only when the deciding authority sets a
   * display end (CF_GSJZQ), and never beyond the maximum.
   * 'never': not displayed.
   */
  display: 'always' | 'only_if_authority_sets' | 'never';
  /** Maximum display, in months from the decision date; display ends by itself then, with no application. */
  maximumMonths: number;
  /**
   * Minimum display before repair: months from the decision date; 'duty_fulfilled' when repair is
   * possible as soon as the legal duty is fulfilled; null when the text sets none we know of.
   */
  minimum: Minimum;
  note?: string;
}

export type RegimeId = 'ndrc-2017' | 'ndrc-2019-527' | 'ndrc-order-58' | 'ndrc-order-36';

export interface SectorMinimum {
  sectors: readonly Sector[];
  minimum: { months: number };
  source: LegalSource;
}

export interface RegimeData {
  id: RegimeId;
  label: string;
  /** First decision date the regime governs; null: every earlier decision. */
  decidedFrom: CivilDate | null;
  source: LegalSource;
  note: string | null;
  classes: Readonly<Record<InformationClass, ClassPeriods>>;
  /** Longer minimums for some fields (Order 58: food, drugs, special equipment, work safety, fire). */
  sectorMinimums: readonly SectorMinimum[];
  /** One decision with several kinds of penalty: the longest period applies. */
  severalPenaltyTypes: LegalSource | null;
  /** 527号: specific serious conduct is displayed for the full maximum and cannot be repaired early. */
  specificSerious: { sectors: readonly Sector[]; penaltyTypes: readonly PenaltyType[]; source: LegalSource } | null;
  /** 「法律、法规另有规定的从其规定」: a period set by law replaces the regime's. */
  lawOverride: LegalSource;
  /** What happens at the maximum: display ends, or (Order 36) sector rules apply while the duty is outstanding. */
  atMaximum: { rule: 'ends' | 'sector_rules_if_duty_outstanding'; source: LegalSource };
  /** Stable id of the rule data that makes a window under this regime (changes whenever the data does). */
  version: string;
}

export interface ShandongDisplayData {
  /** 条例 第十三条第二款: summary-procedure and minor-and-remedied penalties are not public credit information. */
  dataListExclusion: { from: CivilDate; source: LegalSource };
  /** 条例 第三十八条: at most five years from the end of the conduct, unless law says otherwise. */
  maximumFromConductEnd: { from: CivilDate; years: number; source: LegalSource };
  naturalPersons: { source: LegalSource };
  minors: { source: LegalSource };
}

export interface DeadlineVersionData {
  from: CivilDate | null;
  workingDays: number;
  source: LegalSource;
  /** The sentence a person reads; {days} stands for the number. */
  text: string;
}

/** 双公示 monthly monitoring: below which share a department is flagged (content/rules/monitoring.yaml). */
export interface MonitoringThresholdData {
  from: CivilDate;
  onTimePercent: number;
  standardPercent: number;
  pastDisplayEndAllowed: number;
  minimumRows: number;
  source: LegalSource;
}

export interface DeadlineData {
  kind: string;
  label: string;
  versions: readonly DeadlineVersionData[];
}

export interface Festival {
  name: string;
  /** First and last day off, inclusive (放假调休). */
  off: readonly [CivilDate, CivilDate];
  /** Weekend days worked instead (调休上班). */
  makeUpWorkdays: readonly CivilDate[];
}

export interface HolidayNotice {
  year: number;
  title: string;
  /** Date the notice was signed. */
  issued: CivilDate;
  festivals: readonly Festival[];
}

export interface TextItem {
  key: string;
  text: string;
}

export interface DatedItems {
  from: CivilDate | null;
  source: LegalSource;
  items: readonly TextItem[];
}

export interface RepairRulesData {
  conditions: readonly DatedItems[];
  materials: readonly DatedItems[];
  fee: readonly { from: CivilDate | null; amountYuan: 0; source: LegalSource; text: string; short: string; warning: string }[];
  notRepairable: { source: LegalSource };
  marketRegulation: {
    from: CivilDate;
    repeatedSameKind: { source: LegalSource };
    seriousPenaltyTypes: { penaltyTypes: readonly PenaltyType[]; source: LegalSource };
  };
  repeatedOffence: { enforced: boolean; source: LegalSource };
}

export interface ListRuleData {
  id: string;
  name: string;
  periodMonths: number;
  periodSource: LegalSource;
  earlyExit: {
    waitMonths: number;
    waitFrom: 'decision' | 'corrected';
    needsCommitment: boolean;
    noRepeat: boolean;
    source: LegalSource;
  };
  /** The exit conditions in one paragraph, as a person reads them. */
  text: string;
  version: string;
}

export type CaseActor = 'subject' | 'staff';
export type CaseEffect = 'none' | 'revoke' | 'correct' | 'repair';

export interface WorkflowData<S extends string> {
  source: LegalSource;
  states: Readonly<Record<S, { label: string; open: boolean }>>;
  transitions: readonly { from: S; to: S; actor: CaseActor; needsReason: boolean; effect: CaseEffect }[];
  closedMessage: string;
  oneOpenPerRecord: { source: LegalSource; message: string };
}

export const OBJECTION_STATES = ['submitted', 'accepted', 'corrected', 'deleted', 'upheld', 'rejected', 'withdrawn'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export const REPAIR_STATES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type RepairState = (typeof REPAIR_STATES)[number];

export interface WorkflowsData {
  objection: WorkflowData<ObjectionState> & {
    acceptanceRequired: { source: LegalSource; message: string };
    repeatSameGrounds: { source: LegalSource; message: string };
    fee: { source: LegalSource; text: string };
  };
  repair: WorkflowData<RepairState> & { effectSource: LegalSource };
}

/** The fee rules' sentences, generated apart from the rest (generated/fee-texts.ts). */
export interface FeeTextData {
  repair: RepairRulesData['fee'];
  objection: { source: LegalSource; text: string };
  /** 专项信用报告 (content/rules/report.yaml). */
  report: { source: LegalSource; text: string; short: string };
}
