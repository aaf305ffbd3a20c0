import type { CreditReport } from '@xinyong/domain';

/**
 * What the renderer takes: the report (from @xinyong/domain's buildCreditReport) and how it was issued.
 * Plain data only; the engine reads no database and no clock.
 */
export interface ReportIssue {
  number: string;
  verificationCode: string;
  issuedAt: Date;
  /** The verification page with number and code, for the QR code. */
  verifyUrl: string;
  /** The verification page as printed for people who type it. */
  verifyPage: string;
  /** Who issues the report, printed in the header and footer. */
  issuer: string;
}

export interface ReportDocument {
  report: CreditReport;
  issue: ReportIssue;
}

/**
 * What is kept of an issued report (phase 2 stores it): enough to answer a verification, nothing of any
 * natural person, and not the code itself (only its digest, bound to the number).
 */
export interface IssuedReport {
  number: string;
  codeDigest: string;
  /** SHA-256 of the exact file handed out, hex: one changed byte and it no longer matches. */
  sha256: string;
  issuedAt: Date;
  signerFingerprint: string;
  subject: { name: string; code: string; example: boolean };
  period: { from: string; to: string };
  asOf: string;
  sections: { id: string; name: string; conclusion: string; recordCount: number }[];
  bytes: number;
}
