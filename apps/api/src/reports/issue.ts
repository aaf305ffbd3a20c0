import { createHash } from 'node:crypto';
import type { CreditReport } from '@xinyong/domain';
import type { IssuedReport, ReportDocument } from './model';
import { newReportNumber, newVerificationCode, verificationCodeDigest, verificationUrl } from './numbers';
import { renderReportPdf } from './render';
import type { ReportSettings } from './settings';
import { signatureFieldFor, signReportPdf } from './sign';
import type { ReportSigningKey } from './signing-key';

export interface IssuedFile {
  pdf: Buffer;
  /** Printed on the report; only its digest is kept. */
  verificationCode: string;
  issued: IssuedReport;
}

/** Number, code, render, sign, hash: one report in, the signed file and what to keep of it out. */
export async function issueReport(report: CreditReport, key: ReportSigningKey, settings: ReportSettings, now: Date): Promise<IssuedFile> {
  const number = newReportNumber(now);
  const verificationCode = newVerificationCode();
  const page = new URL(settings.verifyUrl);
  const document: ReportDocument = {
    report,
    issue: {
      number,
      verificationCode,
      issuedAt: now,
      verifyUrl: verificationUrl(settings.verifyUrl, number, verificationCode),
      verifyPage: `${page.host}${page.pathname}`,
      issuer: settings.issuer,
    },
  };
  const unsigned = await renderReportPdf(document, { signaturePlaceholder: signatureFieldFor(key, settings.issuer) });
  const pdf = await signReportPdf(unsigned, key, now);
  return {
    pdf,
    verificationCode,
    issued: {
      number,
      codeDigest: verificationCodeDigest(number, verificationCode),
      sha256: createHash('sha256').update(pdf).digest('hex'),
      issuedAt: now,
      signerFingerprint: key.fingerprint,
      subject: { name: report.subject.name, code: report.subject.code, example: report.subject.example },
      period: report.period,
      asOf: report.asOf,
      sections: report.sections.map((s) => ({ id: s.id, name: s.name, conclusion: s.conclusion, recordCount: s.records.length })),
      bytes: pdf.length,
    },
  };
}
