import type { IssuedReportSummary } from '@xinyong/contract';
import type { Db } from '../db/kysely';
import type { IssuedReport } from '../reports/model';

export interface StoredReport {
  issued: IssuedReport;
  entityId: number;
  requesterPersonId: number;
  /** The domain ids asked for; empty for every domain. */
  domains: string[];
  totalRecords: number;
  /** When the retention job deleted the signed file (content/retention.yaml); null while it is kept. */
  fileDeletedAt: Date | null;
}

type Row = {
  number: string;
  code_digest: string;
  entity_id: number;
  requester_person_id: number;
  subject_name: string;
  subject_code: string;
  example: boolean;
  period_from: string;
  period_to: string;
  as_of: string;
  domains: string[];
  sections: unknown;
  total_records: number;
  sha256: string;
  signer_fingerprint: string;
  byte_size: number;
  issued_at: Date;
  file_deleted_at: Date | null;
};

const COLUMNS = [
  'number',
  'code_digest',
  'entity_id',
  'requester_person_id',
  'subject_name',
  'subject_code',
  'example',
  'period_from',
  'period_to',
  'as_of',
  'domains',
  'sections',
  'total_records',
  'sha256',
  'signer_fingerprint',
  'byte_size',
  'issued_at',
  'file_deleted_at',
] as const;

// A date column may come back as a Date (node-postgres) or a string (PGlite): both are read as the civil date.
const civil = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const sectionsOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as IssuedReport['sections'];

function stored(r: Row): StoredReport {
  return {
    entityId: Number(r.entity_id),
    requesterPersonId: Number(r.requester_person_id),
    domains: r.domains,
    totalRecords: r.total_records,
    fileDeletedAt: r.file_deleted_at ? new Date(r.file_deleted_at) : null,
    issued: {
      number: r.number,
      codeDigest: r.code_digest,
      sha256: r.sha256,
      issuedAt: new Date(r.issued_at),
      signerFingerprint: r.signer_fingerprint,
      subject: { name: r.subject_name, code: r.subject_code, example: r.example },
      period: { from: civil(r.period_from), to: civil(r.period_to) },
      asOf: civil(r.as_of),
      sections: sectionsOf(r.sections),
      bytes: r.byte_size,
    },
  };
}

/** What a business sees of one of its reports. */
function summaryOf(report: StoredReport, personId: number): IssuedReportSummary {
  const { issued } = report;
  return {
    number: issued.number,
    issuedAt: issued.issuedAt.toISOString(),
    subject: issued.subject,
    period: issued.period,
    asOf: issued.asOf,
    allDomains: report.domains.length === 0,
    sections: issued.sections,
    totalRecords: report.totalRecords,
    bytes: issued.bytes,
    requestedByMe: report.requesterPersonId === personId,
  };
}

/** Issued 信用代证 reports: what verification needs, and the signed file for the person who asked for it. */
export function issuedReportsRepository(db: Db) {
  return {
    /** Keeps an issued report and its file; answers what its business sees of it. */
    async store(report: StoredReport, file: Buffer): Promise<IssuedReportSummary> {
      const { issued } = report;
      await db
        .insertInto('issued_reports')
        .values({
          number: issued.number,
          code_digest: issued.codeDigest,
          entity_id: report.entityId,
          requester_person_id: report.requesterPersonId,
          subject_name: issued.subject.name,
          subject_code: issued.subject.code,
          example: issued.subject.example,
          period_from: issued.period.from,
          period_to: issued.period.to,
          as_of: issued.asOf,
          domains: report.domains,
          sections: JSON.stringify(issued.sections),
          total_records: report.totalRecords,
          sha256: issued.sha256,
          signer_fingerprint: issued.signerFingerprint,
          byte_size: issued.bytes,
          file,
          issued_at: issued.issuedAt,
        })
        .execute();
      return summaryOf(report, report.requesterPersonId);
    },

    /** One report by its number (what a verification looks up); never the file. */
    async byNumber(number: string): Promise<StoredReport | undefined> {
      const row = await db.selectFrom('issued_reports').select(COLUMNS).where('number', '=', number).executeTakeFirst();
      return row && stored(row as Row);
    },

    /** A business's reports, newest first, as the person asking sees them (only the requester may download). */
    async ofEntity(entityId: number, personId: number, limit = 100): Promise<IssuedReportSummary[]> {
      const rows = await db
        .selectFrom('issued_reports')
        .select(COLUMNS)
        .where('entity_id', '=', entityId)
        .orderBy('issued_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => summaryOf(stored(r as Row), personId));
    },

    /**
     * The signed file, only for the person who asked for it while acting for the same business; 'deleted' once the
     * retention job has removed it.
     */
    async fileFor(number: string, requesterPersonId: number, entityId: number): Promise<Buffer | 'deleted' | undefined> {
      const row = await db
        .selectFrom('issued_reports')
        .select(['file'])
        .where('number', '=', number)
        .where('requester_person_id', '=', requesterPersonId)
        .where('entity_id', '=', entityId)
        .executeTakeFirst();
      if (!row) return undefined;
      return row.file ? Buffer.from(row.file) : 'deleted';
    },
  };
}
export type IssuedReportsRepository = ReturnType<typeof issuedReportsRepository>;
