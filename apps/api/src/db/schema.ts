// Generated from the migrated schema by `pnpm --filter @xinyong/api db:types` (src/db/schema-types.ts). Do not edit:
// change a migration and run the command again; test/db/schema.test.ts fails while this file is stale.
import type { ColumnType } from 'kysely';

export interface AccessLogTable {
  seq: ColumnType<number, number | undefined, number>;
  at: ColumnType<Date, Date | string, Date | string>;
  actor_kind: string;
  actor_id: number | null;
  actor_role: string;
  actor_label: string;
  subject_person_id: number | null;
  subject_entity_id: number | null;
  action: string;
  purpose: string;
  fields: string[];
  request_id: string | null;
  prev_hash: Uint8Array;
  hash: Uint8Array;
  mac_version: ColumnType<number, number | undefined, number>;
}

export interface AttachmentsTable {
  id: ColumnType<number, number | undefined, number>;
  public_id: string;
  owner_person_id: number;
  media_type: string;
  byte_size: number;
  sha256: Uint8Array;
  content: Uint8Array | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface BenefitsTable {
  id: string;
  name: string;
  category: string;
  audience: string[];
  provider: string;
  region: string;
  summary: string;
  criteria: ColumnType<unknown, string, string>;
  how_to_apply: string;
  basis: ColumnType<unknown, string, string>;
  example: boolean;
  source_file: string;
  loaded_at: ColumnType<Date, Date | string | undefined, Date | string>;
  apply: ColumnType<unknown, string | undefined, string>;
}

export interface BusinessAuthorisationsTable {
  id: ColumnType<number, number | undefined, number>;
  person_id: number;
  entity_id: number;
  recorded_by_staff_id: number;
  basis: string;
  valid_from: string;
  valid_until: string | null;
  revoked_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface CatalogItemsTable {
  id: string;
  name: string;
  source_department: string;
  disclosure: string;
  display_rule: string;
  basis: ColumnType<unknown, string, string>;
}

export interface CommitmentMattersTable {
  code: string;
  kind: string;
  label: string;
  position: number;
}

export interface CommitmentTextsTable {
  version: string;
  title: string;
  body: string;
  effective_from: string;
}

export interface CommitmentsTable {
  id: ColumnType<number, number | undefined, number>;
  entity_id: number | null;
  person_id: number | null;
  kind: string;
  text_version: string;
  matter: string;
  signed_on: string;
  public: ColumnType<boolean, boolean | undefined, boolean>;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  signed_by_person_id: number | null;
  idempotency_key: string | null;
  matter_code: string | null;
  note: string | null;
  withdrawn_on: string | null;
  withdrawn_by_person_id: number | null;
}

export interface CreditQueriesTable {
  id: ColumnType<number, number | undefined, number>;
  query_no: string;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
  staff_id: number;
  department: string;
  purpose_id: string;
  purpose_label: string;
  reference_no: string;
  entity_id: number;
  seen: string[];
  request_id: string | null;
}

export interface DishonestyEntriesTable {
  id: ColumnType<number, number | undefined, number>;
  entity_id: number | null;
  person_id: number | null;
  list_type: string;
  legal_basis: string;
  authority: string;
  reason: string;
  decision_no: string;
  decision_date: string;
  listed_from: string;
  listed_until: string | null;
  window_end: string | null;
  exit_conditions: string;
  removed_on: string | null;
  repaired_on: string | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  revoked_on: string | null;
  window_rule_version: string | null;
}

export interface EntitiesTable {
  id: ColumnType<number, number | undefined, number>;
  code: string;
  name: string;
  subject_type: string;
  type_label: string;
  region_code: string;
  city_code: string | null;
  established_on: string | null;
  legal_rep_name: string | null;
  legal_rep_person_id: number | null;
  address: string | null;
  tax_credit_grade: string | null;
  name_bigrams: string[];
  example: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  registration_status: ColumnType<string, string | undefined, string>;
}

export interface IdempotencyKeysTable {
  actor: string;
  key: string;
  method: string;
  route: string;
  request_hash: Uint8Array;
  status_code: number | null;
  response: ColumnType<unknown | null, string | null, string | null>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ImportRejectionsTable {
  id: ColumnType<number, number | undefined, number>;
  run_id: number;
  kind: string;
  department: string;
  line: number;
  field: string;
  reason: string;
}

export interface ImportRunsTable {
  id: ColumnType<number, number | undefined, number>;
  kind: string;
  file_name: string;
  content_sha256: string;
  via: string;
  staff_id: number | null;
  received_at: ColumnType<Date, Date | string, Date | string>;
  received_on: string;
  rows_read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  warnings: ColumnType<unknown, string | undefined, string>;
}

export interface IssuedReportsTable {
  id: ColumnType<number, number | undefined, number>;
  number: string;
  code_digest: string;
  entity_id: number;
  requester_person_id: number;
  subject_name: string;
  subject_code: string;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  period_from: string;
  period_to: string;
  as_of: string;
  domains: string[];
  sections: ColumnType<unknown, string, string>;
  total_records: number;
  sha256: string;
  signer_fingerprint: string;
  byte_size: number;
  file: Uint8Array | null;
  issued_at: ColumnType<Date, Date | string, Date | string>;
  file_deleted_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface LicencesTable {
  id: ColumnType<number, number | undefined, number>;
  entity_id: number | null;
  person_id: number | null;
  decision_doc_name: string | null;
  decision_no: string;
  category: string;
  licence_name: string;
  licence_no: string | null;
  content: string;
  decision_date: string;
  valid_from: string | null;
  valid_to: string | null;
  authority: string;
  authority_code: string | null;
  status: ColumnType<string, string | undefined, string>;
  data_source: string | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  import_run_id: number | null;
  received_on: string | null;
  pushed_by: string | null;
  meets_standard: boolean | null;
}

export interface MeasuresTable {
  id: string;
  name: string;
  description: string;
  legal_basis: ColumnType<unknown, string, string>;
  list_types: string[];
  authority: string;
}

export interface ObjectionAttachmentsTable {
  objection_id: number;
  attachment_id: number;
}

export interface ObjectionEventsTable {
  id: ColumnType<number, number | undefined, number>;
  objection_id: number;
  status: string;
  note: string;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
  staff_id: number | null;
}

export interface ObjectionsTable {
  id: ColumnType<number, number | undefined, number>;
  record_kind: string;
  record_id: number;
  status: string;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  public_id: string | null;
  person_id: number | null;
  entity_id: number | null;
  department: string | null;
  reason: string | null;
  accept_by: string | null;
  decide_by: string | null;
  decision_reason: string | null;
  decided_by_staff_id: number | null;
  decided_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PenaltiesTable {
  id: ColumnType<number, number | undefined, number>;
  entity_id: number | null;
  person_id: number | null;
  decision_no: string;
  violation_type: string | null;
  facts: string | null;
  legal_basis: string;
  category: string;
  content: string;
  fine_wan: ColumnType<string | null, number | string | null, number | string | null>;
  confiscation_wan: ColumnType<string | null, number | string | null, number | string | null>;
  licence_action: string | null;
  info_class: string;
  decision_date: string;
  authority_display_end: string | null;
  window_end: string | null;
  authority: string;
  authority_code: string | null;
  data_source: string;
  data_source_code: string | null;
  subject_minor: ColumnType<boolean, boolean | undefined, boolean>;
  duty_fulfilled_on: string | null;
  repaired_on: string | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  revoked_on: string | null;
  sector: string | null;
  penalty_types: string[] | null;
  procedure: string | null;
  specific_serious: boolean | null;
  conduct_ended_on: string | null;
  law_period_end: string | null;
  law_period_ref: string | null;
  duty_outstanding: ColumnType<boolean, boolean | undefined, boolean>;
  authority_kind: string | null;
  repeated_same_kind: ColumnType<boolean, boolean | undefined, boolean>;
  window_rule_version: string | null;
  import_run_id: number | null;
  received_on: string | null;
  pushed_by: string | null;
  meets_standard: boolean | null;
}

export interface PersonsTable {
  id: ColumnType<number, number | undefined, number>;
  id_hash: Uint8Array;
  id_cipher: Uint8Array;
  name_cipher: Uint8Array;
  name_masked: string;
  id_masked: string;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RateLimitCountersTable {
  bucket: string;
  key: Uint8Array;
  window_start: ColumnType<Date, Date | string, Date | string>;
  count: number;
}

export interface RecordCorrectionsTable {
  id: ColumnType<number, number | undefined, number>;
  objection_id: number;
  record_kind: string;
  record_id: number;
  field: string;
  before: string;
  after: string;
  corrected_on: string;
}

export interface RedListEntriesTable {
  id: ColumnType<number, number | undefined, number>;
  entity_id: number;
  list_name: string;
  authority: string;
  basis: string;
  listed_on: string;
  valid_until: string | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface RepairApplicationsTable {
  id: ColumnType<number, number | undefined, number>;
  public_id: string;
  query_code: string;
  record_kind: string;
  record_id: number;
  person_id: number;
  entity_id: number | null;
  department: string;
  status: string;
  commitment_id: number;
  fee_yuan: ColumnType<number, number | undefined, number>;
  submitted_on: string;
  decide_by: string;
  decision_reason: string | null;
  decided_by_staff_id: number | null;
  decided_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RepairAttachmentsTable {
  application_id: number;
  attachment_id: number;
}

export interface RepairEventsTable {
  id: ColumnType<number, number | undefined, number>;
  application_id: number;
  status: string;
  note: string;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
  staff_id: number | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SessionsTable {
  id: ColumnType<number, number | undefined, number>;
  token_hash: Uint8Array;
  kind: string;
  person_id: number | null;
  staff_id: number | null;
  openid_hash: Uint8Array | null;
  provider: string;
  acting_entity_id: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  absolute_expires_at: ColumnType<Date, Date | string, Date | string>;
  ended_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface StaffAccountEventsTable {
  id: ColumnType<number, number | undefined, number>;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
  actor_staff_id: number;
  target_staff_id: number;
  action: string;
  request_id: string | null;
}

export interface StaffAccountsTable {
  id: ColumnType<number, number | undefined, number>;
  username: string;
  password_hash: string;
  display_name: string;
  department: string;
  roles: string[];
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  totp_last_step: number | null;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | string | null, Date | string | null>;
  totp_sealed: Uint8Array | null;
}

export interface StaffLoginClientsTable {
  staff_id: number;
  client_hash: Uint8Array;
  failed_logins: ColumnType<number, number | undefined, number>;
  lockouts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | string | null, Date | string | null>;
  last_success_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface WechatIdentitiesTable {
  openid_hash: Uint8Array;
  person_id: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface WindowRecomputationsTable {
  id: ColumnType<number, number | undefined, number>;
  rules_version: string;
  ran_at: ColumnType<Date, Date | string | undefined, Date | string>;
  scanned: number;
  facts_read: number;
  dates_changed: number;
  version_only: number;
  by_regime: ColumnType<unknown, string, string>;
}

export interface Database {
  access_log: AccessLogTable;
  attachments: AttachmentsTable;
  benefits: BenefitsTable;
  business_authorisations: BusinessAuthorisationsTable;
  catalog_items: CatalogItemsTable;
  commitment_matters: CommitmentMattersTable;
  commitment_texts: CommitmentTextsTable;
  commitments: CommitmentsTable;
  credit_queries: CreditQueriesTable;
  dishonesty_entries: DishonestyEntriesTable;
  entities: EntitiesTable;
  idempotency_keys: IdempotencyKeysTable;
  import_rejections: ImportRejectionsTable;
  import_runs: ImportRunsTable;
  issued_reports: IssuedReportsTable;
  licences: LicencesTable;
  measures: MeasuresTable;
  objection_attachments: ObjectionAttachmentsTable;
  objection_events: ObjectionEventsTable;
  objections: ObjectionsTable;
  penalties: PenaltiesTable;
  persons: PersonsTable;
  rate_limit_counters: RateLimitCountersTable;
  record_corrections: RecordCorrectionsTable;
  red_list_entries: RedListEntriesTable;
  repair_applications: RepairApplicationsTable;
  repair_attachments: RepairAttachmentsTable;
  repair_events: RepairEventsTable;
  schema_migrations: SchemaMigrationsTable;
  sessions: SessionsTable;
  staff_account_events: StaffAccountEventsTable;
  staff_accounts: StaffAccountsTable;
  staff_login_clients: StaffLoginClientsTable;
  wechat_identities: WechatIdentitiesTable;
  window_recomputations: WindowRecomputationsTable;
}
