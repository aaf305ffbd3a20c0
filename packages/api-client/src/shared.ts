// What every entry point exports besides createClient: types and labels of the wire, the rules the front ends show
// before sending (the server decides again), errors and the privacy helpers. Apps import all of it from here only.
export type * from '@xinyong/contract';
export {
  ATTACHMENT_LIMITS,
  BENEFIT_AUDIENCES,
  BENEFIT_CATEGORIES,
  OBJECTION_STATUSES,
  REPAIR_STATUSES,
  ROUTES,
  STAFF_ACCOUNT_ACTIONS,
  STAFF_ROLES,
} from '@xinyong/contract';
export {
  CRITERION_KINDS,
  type CriterionKind,
  checkMatterReference,
  chinaDateAt,
  type DecisionOption,
  decisionOptions,
  identifiersIn,
  REGISTRATION_STATUS_LABELS,
  type RegistrationStatus,
  SHANDONG_CITIES,
  urgencyOf,
  validateCreditCode,
  validateResidentId,
} from '@xinyong/domain';
export type { XinyongClient } from './client';
export { type CallInput, type CoreOptions, newIdempotencyKey } from './core';
export * from './errors';
export { redact } from './privacy';
export { type Transport, TransportError, type TransportRequest, type TransportResponse } from './transport';
