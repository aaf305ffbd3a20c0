/**
 * The vocabulary of 信易+ eligibility criteria. A criterion can only describe a condition for
 * receiving an advantage: the catalogue has no way to express withholding a basic public service
 * (鲁信用办〔2021〕3号 §8; 国办发〔2020〕49号).
 */
export const CRITERION_KINDS = [
  'no_serious_dishonesty',
  'no_penalty_in_display',
  'tax_credit_grade',
  'credit_commitment_signed',
  'years_in_operation',
  'region',
  'subject_type',
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const TAX_CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
export type TaxCreditGrade = (typeof TAX_CREDIT_GRADES)[number];

export const SUBJECT_TYPES = ['legal_person', 'unincorporated', 'individual_business', 'natural_person'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const INFORMATION_CLASSES = ['轻微', '一般', '严重'] as const;
export type InformationClass = (typeof INFORMATION_CLASSES)[number];

export type Criterion =
  | { kind: 'no_serious_dishonesty'; text: string }
  | { kind: 'no_penalty_in_display'; classes: InformationClass[]; text: string }
  | { kind: 'tax_credit_grade'; min: TaxCreditGrade; text: string }
  | { kind: 'credit_commitment_signed'; text: string }
  | { kind: 'years_in_operation'; min: number; text: string }
  | { kind: 'region'; cities: string[]; text: string }
  | { kind: 'subject_type'; types: SubjectType[]; text: string };
