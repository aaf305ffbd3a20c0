import { type Static, Type } from 'typebox';

// ---- 信用代证: the special public credit report --------------------------------------------------------------

const date = Type.String({ format: 'date' });
const reportNumber = Type.String({ minLength: 1, maxLength: 40, description: '报告编号，如 SDXY-20261202-7K3M9Q2P' });

export const ReportDomainOption = Type.Object({
  id: Type.String(),
  name: Type.String(),
  departments: Type.Array(Type.String()),
  example: Type.Boolean({ description: '领域清单是示例（未取自官方清单）' }),
});
/** What the request form offers: the domains and the period the rules allow on today's data date. */
export const ReportOptions = Type.Object({
  asOf: date,
  defaultPeriod: Type.Object({ from: date, to: date }),
  earliestFrom: date,
  domains: Type.Array(ReportDomainOption),
});
export type ReportOptions = Static<typeof ReportOptions>;

export const NewReport = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date', description: '报告期开始；不填为近三年' })),
    to: Type.Optional(Type.String({ format: 'date', description: '报告期结束；不填为数据截止日' })),
    domains: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 60, description: '领域 id；不填或空为全部领域' }),
    ),
  },
  { additionalProperties: false },
);
export type NewReport = Static<typeof NewReport>;

export const ReportSectionResult = Type.Object({
  id: Type.String(),
  name: Type.String(),
  conclusion: Type.String({ description: '「报告期内无违法违规记录」或记录条数' }),
  recordCount: Type.Integer(),
});

/**
 * A report as its business sees it in 我的. The verification code is printed on the file only: the server keeps
 * its digest, so no answer (and no stored idempotent answer) ever carries it.
 */
export const IssuedReportSummary = Type.Object({
  number: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
  subject: Type.Object({ name: Type.String(), code: Type.String(), example: Type.Boolean() }),
  period: Type.Object({ from: date, to: date }),
  asOf: date,
  allDomains: Type.Boolean({ description: '是否为全部领域' }),
  sections: Type.Array(ReportSectionResult),
  totalRecords: Type.Integer(),
  bytes: Type.Integer(),
  requestedByMe: Type.Boolean({ description: '是否本人申请（只有申请人可以下载原件）' }),
});
export type IssuedReportSummary = Static<typeof IssuedReportSummary>;

export const IssuedReportList = Type.Object({ entity: Type.String(), items: Type.Array(IssuedReportSummary) });
export type IssuedReportList = Static<typeof IssuedReportList>;

export const ReportNumberParams = Type.Object({ number: reportNumber }, { additionalProperties: false });

/** The PDF itself (application/pdf). */
export const ReportFile = Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: '签名的 PDF 报告' });

export const ReportVerifyRequest = Type.Object(
  {
    number: reportNumber,
    code: Type.String({ minLength: 1, maxLength: 20, description: '核验码，大小写、空格和短横线都可以' }),
  },
  { additionalProperties: false },
);
export type ReportVerifyRequest = Static<typeof ReportVerifyRequest>;

/**
 * A verification: genuine with what the report says (never a natural person's data), or refused with a stable
 * code and a message the receiver can act on.
 */
export const ReportVerification = Type.Object({
  genuine: Type.Boolean(),
  code: Type.Optional(Type.String({ description: '不通过时的原因代码，如 REPORT_NOT_VERIFIED' })),
  message: Type.String(),
  report: Type.Optional(
    Type.Object({
      number: Type.String(),
      issuedAt: Type.String({ format: 'date-time' }),
      subject: Type.Object({ name: Type.String(), code: Type.String(), example: Type.Boolean() }),
      period: Type.Object({ from: date, to: date }),
      asOf: date,
      sections: Type.Array(ReportSectionResult),
      totalRecords: Type.Integer(),
    }),
  ),
});
export type ReportVerification = Static<typeof ReportVerification>;
