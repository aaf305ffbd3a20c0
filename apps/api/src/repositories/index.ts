import type { Queryable } from '../db/client';
import { kyselyOver } from '../db/kysely';
import type { PersonalDataCrypto } from '../privacy/personal-data-crypto';
import type { UploadChecks } from '../uploads/check-pool';
import type { FileStore } from '../uploads/file-store';
import { accessLogRepository } from './access-log';
import type { AnswerCache } from './answer-cache';
import { attachmentsRepository } from './attachments';
import { benefitsRepository } from './benefits';
import { casesRepository } from './cases';
import { commitmentsRepository } from './commitments';
import { contentListsRepository } from './content-lists';
import { creditQueriesRepository } from './credit-queries';
import { cachedEntities, entitiesRepository } from './entities';
import { idempotencyRepository } from './idempotency';
import { importsRepository } from './imports';
import { issuedReportsRepository } from './issued-reports';
import { monitoringRepository } from './monitoring';
import type { NameBigramStatsSource } from './name-search-plan';
import { personsRepository } from './persons';
import { rateLimitsRepository } from './rate-limits';
import { recordsRepository } from './records';
import { retentionRepository } from './retention';
import { sessionsRepository } from './sessions';
import { staffRepository } from './staff';
import { systemRepository } from './system';

export interface RepositoryDeps {
  crypto: PersonalDataCrypto;
  /** Public answers kept briefly; only the root repositories use it (a transaction's reads must see its own writes). */
  cache?: AnswerCache;
  /** The access log's HMAC key (ACCESS_LOG_KEY); the development key when absent. */
  accessLogKey?: Buffer;
  /** Seals staff TOTP secrets (STAFF_TOTP_KEY); the development key when absent. */
  totpKey?: Buffer;
  /** Where upload bodies go instead of the database (the embedded one); none: in the database. */
  files?: FileStore;
  /** The workers that read every byte of an upload, off the main thread. */
  uploadChecks: UploadChecks;
  /** How common name bigrams are, read from the database's statistics now and then (name searches). */
  nameStats?: NameBigramStatsSource;
}

/**
 * Every repository, over one Queryable: the pool for a plain request, or a transaction, so that everything a
 * declared route does (its work, its idempotency key, its access-log line) commits together. The only place with SQL.
 */
export function repositoriesOver(q: Queryable, deps: RepositoryDeps) {
  const db = kyselyOver(q);
  const entities = entitiesRepository(q, deps.nameStats);
  const records = recordsRepository(q);
  const attachments = attachmentsRepository(db, deps.uploadChecks, deps.files);
  const commitments = commitmentsRepository(db);
  return {
    accessLog: accessLogRepository(q, deps.accessLogKey),
    attachments,
    benefits: benefitsRepository(q),
    cases: casesRepository(q, { records, attachments, commitments }),
    commitments,
    contentLists: contentListsRepository(q),
    creditQueries: creditQueriesRepository(db),
    entities: deps.cache ? cachedEntities(entities, deps.cache) : entities,
    idempotency: idempotencyRepository(q),
    imports: importsRepository(q, deps.crypto),
    issuedReports: issuedReportsRepository(db),
    monitoring: monitoringRepository(q),
    persons: personsRepository(db, deps.crypto),
    rateLimits: rateLimitsRepository(q),
    records,
    retention: retentionRepository(q),
    sessions: sessionsRepository(q),
    staff: staffRepository(db, deps.totpKey),
    system: systemRepository(q),
  };
}
export type Repositories = ReturnType<typeof repositoriesOver>;
