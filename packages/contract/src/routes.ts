import type { Static, TSchema } from 'typebox';
import type * as Schemas from './schemas';
import type { StaffRole } from './staff';

/**
 * The route table: every route of the API, once. The server registers its routes from it (schemas, guards,
 * idempotency, the OpenAPI document) and @xinyong/api-client derives its requests and types from it. It is plain
 * data: schemas are named, not imported, so a front end that uses the table ships neither TypeBox nor the schemas
 * (the server looks the names up in this package's exports). What only the server and the OpenAPI document need —
 * the words of the reference and the personal-data declaration — is the table's other half, ROUTE_DOCS in
 * route-docs.ts, which the type system keeps complete: a route without its docs does not compile.
 */

/** Names of this package's TypeBox schemas. */
export type SchemaName = { [K in keyof typeof Schemas]: (typeof Schemas)[K] extends TSchema ? K : never }[keyof typeof Schemas];

/** Who may call: anyone, any session, a citizen whose real name is verified, a department reviewer. */
export type RouteAuth = 'public' | 'session' | 'citizen' | 'staff';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export interface RouteSpec {
  method: 'GET' | 'POST';
  /** Under /api/v1, Fastify style (`:id`). */
  path: string;
  auth: RouteAuth;
  /** For auth 'staff': the roles that may call; a department reviewer only when not given. */
  roles?: readonly StaffRole[];
  /** A submission: needs an Idempotency-Key header; a retry with the same key gets the first answer. */
  idempotent?: true;
  /**
   * Several writes that stand or fall together but must not be replayed from a stored answer (it would keep a
   * secret, such as a new TOTP key, in the idempotency table): the unit of work runs the handler in one transaction.
   */
  transaction?: true;
  params?: SchemaName;
  query?: SchemaName;
  headers?: SchemaName;
  body?: SchemaName;
  /** multipart/form-data with one file field named "file". */
  multipart?: true;
  /** Success answers: a schema, or 'none' for an empty body. */
  responses: { [status: number]: SchemaName | 'none' };
  /** Error answers, all in the ErrorBody shape. */
  errors: readonly ErrorStatus[];
}

const IDENTITY_ERRORS = [400, 401, 403, 404, 429, 503] as const;
const READ_ERRORS = [401, 403, 500] as const;
const CASE_ERRORS = [400, 401, 403, 404, 409, 422] as const;

export const ROUTES = {
  // ---- system ----------------------------------------------------------------------------------------------------
  health: {
    method: 'GET',
    path: '/health',
    auth: 'public',
    responses: { 200: 'Health', 503: 'Health' },
    errors: [500],
  },

  // ---- public ----------------------------------------------------------------------------------------------------
  'benefits.list': {
    method: 'GET',
    path: '/benefits',
    auth: 'public',
    query: 'BenefitListQuery',
    responses: { 200: 'BenefitList' },
    errors: [400],
  },
  'benefits.get': {
    method: 'GET',
    path: '/benefits/:id',
    auth: 'public',
    params: 'BenefitParams',
    responses: { 200: 'Benefit' },
    errors: [400, 404],
  },
  'entities.search': {
    method: 'GET',
    path: '/entities',
    auth: 'public',
    query: 'EntitySearchQuery',
    responses: { 200: 'EntitySearchResult' },
    errors: [400, 429],
  },
  'entities.profile': {
    method: 'GET',
    path: '/entities/:code',
    auth: 'public',
    params: 'EntityCodeParams',
    responses: { 200: 'EntityProfile' },
    errors: [400, 404, 429],
  },
  'lists.measures': {
    method: 'GET',
    path: '/measures',
    auth: 'public',
    responses: { 200: 'MeasureList' },
    errors: [500],
  },
  'lists.catalog': {
    method: 'GET',
    path: '/catalog',
    auth: 'public',
    responses: { 200: 'CatalogList' },
    errors: [500],
  },

  // ---- identity --------------------------------------------------------------------------------------------------
  'auth.wechat': {
    method: 'POST',
    path: '/auth/wechat',
    auth: 'public',
    body: 'WechatLoginRequest',
    responses: { 200: 'SessionToken' },
    errors: IDENTITY_ERRORS,
  },
  'auth.verify': {
    method: 'POST',
    path: '/auth/verify',
    auth: 'session',
    body: 'VerifyRequest',
    responses: { 200: 'SessionToken' },
    errors: IDENTITY_ERRORS,
  },
  'auth.devLogin': {
    method: 'POST',
    path: '/auth/dev-login',
    auth: 'public',
    body: 'DevLoginRequest',
    responses: { 200: 'SessionToken' },
    errors: IDENTITY_ERRORS,
  },
  'auth.logout': {
    method: 'POST',
    path: '/auth/logout',
    auth: 'session',
    responses: { 204: 'none' },
    errors: IDENTITY_ERRORS,
  },

  // ---- self-service ----------------------------------------------------------------------------------------------
  'me.get': {
    method: 'GET',
    path: '/me',
    auth: 'session',
    responses: { 200: 'Me' },
    errors: IDENTITY_ERRORS,
  },
  'me.actFor': {
    method: 'POST',
    path: '/me/acting',
    auth: 'citizen',
    body: 'ActForRequest',
    responses: { 204: 'none' },
    errors: IDENTITY_ERRORS,
  },
  'me.records': {
    method: 'GET',
    path: '/me/records',
    auth: 'citizen',
    responses: { 200: 'MyRecords' },
    errors: READ_ERRORS,
  },
  'me.accessLog': {
    method: 'GET',
    path: '/me/access-log',
    auth: 'citizen',
    query: 'AccessLogQuery',
    responses: { 200: 'AccessLog' },
    errors: READ_ERRORS,
  },
  'me.benefits': {
    method: 'GET',
    path: '/me/benefits',
    auth: 'citizen',
    responses: { 200: 'MyBenefits' },
    errors: READ_ERRORS,
  },
  'me.export': {
    method: 'GET',
    path: '/me/export',
    auth: 'citizen',
    responses: { 200: 'MyExport' },
    errors: READ_ERRORS,
  },
  'attachments.upload': {
    method: 'POST',
    path: '/me/attachments',
    auth: 'citizen',
    multipart: true,
    responses: { 201: 'Attachment' },
    errors: [400, 401, 403, 413, 415, 503],
  },
  'objections.create': {
    method: 'POST',
    path: '/me/objections',
    auth: 'citizen',
    idempotent: true,
    body: 'NewObjection',
    responses: { 201: 'Objection', 200: 'Objection' },
    errors: CASE_ERRORS,
  },
  'objections.list': {
    method: 'GET',
    path: '/me/objections',
    auth: 'citizen',
    responses: { 200: 'ObjectionList' },
    errors: CASE_ERRORS,
  },
  'objections.get': {
    method: 'GET',
    path: '/me/objections/:id',
    auth: 'citizen',
    params: 'PublicIdParams',
    responses: { 200: 'Objection' },
    errors: CASE_ERRORS,
  },
  'commitments.current': {
    method: 'GET',
    path: '/commitment-texts/current',
    auth: 'public',
    responses: { 200: 'CommitmentText' },
    errors: [503],
  },
  'commitments.list': {
    method: 'GET',
    path: '/me/commitments',
    auth: 'citizen',
    responses: { 200: 'CommitmentList' },
    errors: CASE_ERRORS,
  },
  'commitments.sign': {
    method: 'POST',
    path: '/me/commitments',
    auth: 'citizen',
    idempotent: true,
    body: 'SignCommitment',
    responses: { 201: 'SignedCommitment' },
    errors: CASE_ERRORS,
  },
  'commitments.withdraw': {
    method: 'POST',
    path: '/me/commitments/:id/withdraw',
    auth: 'citizen',
    params: 'CommitmentIdParams',
    responses: { 200: 'SignedCommitment' },
    errors: CASE_ERRORS,
  },
  'repairs.eligibility': {
    method: 'POST',
    path: '/me/repairs/eligibility',
    auth: 'citizen',
    body: 'RepairEligibilityRequest',
    responses: { 200: 'RepairEligibility' },
    errors: CASE_ERRORS,
  },
  'repairs.create': {
    method: 'POST',
    path: '/me/repairs',
    auth: 'citizen',
    idempotent: true,
    body: 'NewRepair',
    responses: { 201: 'RepairApplication' },
    errors: CASE_ERRORS,
  },
  'repairs.list': {
    method: 'GET',
    path: '/me/repairs',
    auth: 'citizen',
    responses: { 200: 'RepairList' },
    errors: CASE_ERRORS,
  },
  'repairs.get': {
    method: 'GET',
    path: '/me/repairs/:id',
    auth: 'citizen',
    params: 'PublicIdParams',
    responses: { 200: 'RepairApplication' },
    errors: CASE_ERRORS,
  },
  'repairs.progress': {
    method: 'POST',
    path: '/repairs/progress',
    auth: 'public',
    body: 'RepairProgressRequest',
    responses: { 200: 'RepairProgress' },
    errors: [400, 404],
  },

  // ---- 信用代证 (issue 16) --------------------------------------------------------------------------------------------
  'reports.options': {
    method: 'GET',
    path: '/reports/options',
    auth: 'public',
    responses: { 200: 'ReportOptions' },
    errors: [500],
  },
  'reports.request': {
    method: 'POST',
    path: '/me/reports',
    auth: 'citizen',
    idempotent: true,
    body: 'NewReport',
    responses: { 201: 'IssuedReportSummary' },
    errors: [400, 401, 403, 422, 429, 503],
  },
  'reports.list': {
    method: 'GET',
    path: '/me/reports',
    auth: 'citizen',
    responses: { 200: 'IssuedReportList' },
    errors: [401, 403, 422],
  },
  'reports.download': {
    method: 'GET',
    path: '/me/reports/:number/file',
    auth: 'citizen',
    params: 'ReportNumberParams',
    responses: { 200: 'ReportFile' },
    errors: [400, 401, 403, 404, 410, 422],
  },
  'reports.verify': {
    method: 'POST',
    path: '/reports/verify',
    auth: 'public',
    body: 'ReportVerifyRequest',
    responses: { 200: 'ReportVerification' },
    errors: [400, 429],
  },
  'reports.verifyFile': {
    method: 'POST',
    path: '/reports/verify-file',
    auth: 'public',
    multipart: true,
    responses: { 200: 'ReportVerification' },
    errors: [400, 413, 415, 429],
  },

  // ---- staff -----------------------------------------------------------------------------------------------------
  'staff.login': {
    method: 'POST',
    path: '/staff/login',
    auth: 'public',
    body: 'StaffLoginRequest',
    responses: { 200: 'SessionToken' },
    errors: CASE_ERRORS,
  },
  'staff.queue': {
    method: 'GET',
    path: '/staff/queue',
    auth: 'staff',
    query: 'QueueQuery',
    responses: { 200: 'Queue' },
    errors: CASE_ERRORS,
  },
  'staff.objection': {
    method: 'GET',
    path: '/staff/objections/:id',
    auth: 'staff',
    headers: 'StaffPurposeHeaders',
    params: 'PublicIdParams',
    responses: { 200: 'StaffCase' },
    errors: CASE_ERRORS,
  },
  'staff.repair': {
    method: 'GET',
    path: '/staff/repairs/:id',
    auth: 'staff',
    headers: 'StaffPurposeHeaders',
    params: 'PublicIdParams',
    responses: { 200: 'StaffCase' },
    errors: CASE_ERRORS,
  },
  'staff.decideObjection': {
    method: 'POST',
    path: '/staff/objections/:id/decision',
    auth: 'staff',
    idempotent: true,
    params: 'PublicIdParams',
    body: 'ObjectionDecision',
    responses: { 200: 'DecisionResult' },
    errors: CASE_ERRORS,
  },
  'staff.decideRepair': {
    method: 'POST',
    path: '/staff/repairs/:id/decision',
    auth: 'staff',
    idempotent: true,
    params: 'PublicIdParams',
    body: 'RepairDecision',
    responses: { 200: 'DecisionResult' },
    errors: CASE_ERRORS,
  },
  'staff.me': {
    method: 'GET',
    path: '/staff/me',
    auth: 'staff',
    roles: ['reviewer', 'credit_office', 'auditor'],
    responses: { 200: 'StaffProfile' },
    errors: [401, 403],
  },
  'staff.accounts': {
    method: 'GET',
    path: '/staff/accounts',
    auth: 'staff',
    roles: ['credit_office'],
    responses: { 200: 'StaffAccountList' },
    errors: [401, 403],
  },
  'staff.objectionEvidence': {
    method: 'GET',
    path: '/staff/objections/:id/evidence/:attachmentId',
    auth: 'staff',
    headers: 'StaffPurposeHeaders',
    params: 'StaffEvidenceParams',
    responses: { 200: 'StaffEvidence' },
    errors: CASE_ERRORS,
  },
  'staff.repairEvidence': {
    method: 'GET',
    path: '/staff/repairs/:id/evidence/:attachmentId',
    auth: 'staff',
    headers: 'StaffPurposeHeaders',
    params: 'StaffEvidenceParams',
    responses: { 200: 'StaffEvidence' },
    errors: CASE_ERRORS,
  },

  // ---- 双公示 monitoring and imports (credit office; the auditor reads) -------------------------------------------
  'staff.monitoring': {
    method: 'GET',
    path: '/staff/monitoring',
    auth: 'staff',
    roles: ['credit_office', 'auditor'],
    query: 'MonitoringQuery',
    responses: { 200: 'Monitoring' },
    errors: [400, 401, 403],
  },
  'staff.quarterlyReport': {
    method: 'GET',
    path: '/staff/monitoring/quarterly',
    auth: 'staff',
    roles: ['credit_office', 'auditor'],
    query: 'QuarterlyQuery',
    responses: { 200: 'QuarterlyReport' },
    errors: [400, 401, 403],
  },
  'staff.importPreview': {
    method: 'POST',
    path: '/staff/imports/preview',
    auth: 'staff',
    roles: ['credit_office'],
    body: 'ImportUpload',
    responses: { 200: 'ImportResult' },
    errors: [400, 401, 403, 413, 422],
  },
  'staff.importCommit': {
    method: 'POST',
    path: '/staff/imports',
    auth: 'staff',
    roles: ['credit_office'],
    idempotent: true,
    body: 'ImportUpload',
    responses: { 200: 'ImportResult' },
    errors: [400, 401, 403, 409, 413, 422],
  },
  'staff.accountAction': {
    method: 'POST',
    path: '/staff/accounts/:username/actions',
    auth: 'staff',
    roles: ['credit_office'],
    params: 'StaffUsernameParams',
    transaction: true,
    body: 'StaffAccountActionRequest',
    responses: { 200: 'StaffAccountActionResult' },
    errors: [400, 401, 403, 404, 409],
  },
  'staff.applicationList': {
    method: 'GET',
    path: '/staff/application-list',
    auth: 'staff',
    roles: ['reviewer', 'credit_office', 'auditor'],
    responses: { 200: 'ApplicationList' },
    errors: [401, 403],
  },
  'staff.creditQuery': {
    method: 'POST',
    path: '/staff/credit-queries',
    auth: 'staff',
    roles: ['reviewer'],
    body: 'CreditQueryRequest',
    responses: { 200: 'CreditQueryResult' },
    errors: [400, 401, 403, 404],
  },
  'staff.creditQueries': {
    method: 'GET',
    path: '/staff/credit-queries',
    auth: 'staff',
    roles: ['credit_office', 'auditor'],
    query: 'CreditQueryRegisterQuery',
    responses: { 200: 'CreditQueryRegister' },
    errors: [400, 401, 403],
  },
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof ROUTES;
export type RouteName = keyof Routes;

type Named<N> = N extends SchemaName ? Static<(typeof Schemas)[N]> : never;
type Field<K extends RouteName, F extends string> = Routes[K] extends { [P in F]: infer N } ? Named<N> : undefined;

/** What a route takes, as the wire carries it. */
export type RouteParams<K extends RouteName> = Field<K, 'params'>;
export type RouteQuery<K extends RouteName> = Field<K, 'query'>;
export type RouteBody<K extends RouteName> = Field<K, 'body'>;
export type RouteHeaders<K extends RouteName> = Field<K, 'headers'>;

type SuccessStatus = 200 | 201 | 204;
/** What a route answers on success (undefined for an empty body). */
export type RouteResponse<K extends RouteName> = {
  [S in keyof Routes[K]['responses'] & SuccessStatus]: Routes[K]['responses'][S] extends 'none'
    ? undefined
    : Named<Routes[K]['responses'][S]>;
}[keyof Routes[K]['responses'] & SuccessStatus];
