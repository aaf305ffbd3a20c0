import multipart from '@fastify/multipart';
import type { ReportVerification } from '@xinyong/contract';
import {
  buildCreditReport,
  type CivilDate,
  defaultReportPeriod,
  earliestReportStart,
  type ReportSubject,
  type SubjectType,
} from '@xinyong/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors';
import { subjectOf } from '../../plugins/app/auth';
import { LIMITS } from '../../plugins/app/rate-limit';
import { issueReport } from '../../reports/issue';
import { reportSourceRecords } from '../../reports/source-records';
import { type Verdict, verifyReportCode, verifyReportFile } from '../../reports/verify';
import { verifyPageRenderer } from '../../reports/verify-page';
import type { StoredReport } from '../../repositories/issued-reports';
import { defineHandlers } from '../table';

/** Largest file a receiver may upload for verification: a report with hundreds of records stays far below it. */
export const REPORT_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

const NOT_YOURS = '没有找到这份报告，或您不是它的申请人。只有申请人本人在代办该单位时可以下载原件。';

/** The rule's refusal of a report for a natural person, for a session that acts for no business. */
function naturalPersonRefusal(app: FastifyInstance, today: CivilDate): AppError {
  const subject: ReportSubject = { name: '', code: '', subjectType: 'natural_person', example: false };
  const result = buildCreditReport({ subject, records: [], domains: app.reports.domains, asOf: today });
  if (result.ok) throw new Error('the report rule issued a report for a natural person');
  return new AppError(422, result.refusal.code, result.refusal.message);
}

function actingEntity(app: FastifyInstance, request: FastifyRequest): { personId: number; entityId: number } {
  const subject = subjectOf(request.session);
  if (!subject.entityId) throw naturalPersonRefusal(app, app.today());
  return { personId: subject.personId, entityId: subject.entityId };
}

const GENUINE_BY_CODE =
  '编号和核验码一致：这份报告由信用山东签发。请对照下面的内容核对您收到的报告；如需确认文件未被改动，请上传报告原件核验。';
const FILE_EXPIRED = '这份报告的原件已超过保存期，已经删除。报告编号和核验码仍然可以核验；需要报告文件的，请重新申请一份。';
// After the retention period the code still proves the report genuine; the receiver is told why no original is kept.
const ORIGINAL_DELETED = '报告已超过保存期，信用山东已删除原件，只保留核验所需的信息。';
const GENUINE_BY_FILE = '这份报告由信用山东签发，签名有效，文件与签发时完全一致。';

function answerOf(verdict: Verdict, found: StoredReport | undefined, genuineMessage: string): ReportVerification {
  if (!verdict.genuine) return { genuine: false, code: verdict.code, message: verdict.message };
  const issued = verdict.report;
  return {
    genuine: true,
    message: found?.fileDeletedAt ? `${genuineMessage}${ORIGINAL_DELETED}` : genuineMessage,
    report: {
      number: issued.number,
      issuedAt: issued.issuedAt.toISOString(),
      subject: issued.subject,
      period: issued.period,
      asOf: issued.asOf,
      sections: issued.sections,
      totalRecords: found?.totalRecords ?? issued.sections.reduce((n, s) => n + s.recordCount, 0),
    },
  };
}

export const reportHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'reports.options': {
      handler: async () => {
        const asOf = app.today();
        return {
          asOf,
          defaultPeriod: defaultReportPeriod(asOf),
          earliestFrom: earliestReportStart(asOf),
          domains: app.reports.domains.map((d) => ({ id: d.id, name: d.name, departments: [...d.departments], example: d.example })),
        };
      },
    },

    'reports.request': {
      onRequest: [app.rateLimit('report', LIMITS.report)],
      handler: async (request, reply) => {
        const { personId, entityId } = actingEntity(app, request);
        const { entities, issuedReports, records } = request.repos;
        const asOf = app.today();
        const entity = await entities.reportSubject(entityId);
        if (!entity) throw new AppError(404, 'NOT_FOUND', '没有找到代办的单位，请重新选择后再试。');
        const { from, to, domains } = request.body;
        const period = from || to ? { from: from ?? defaultReportPeriod(to ?? asOf).from, to: to ?? asOf } : undefined;
        const result = buildCreditReport({
          subject: { name: entity.name, code: entity.code, subjectType: entity.subjectType as SubjectType, example: entity.example },
          records: reportSourceRecords(await records.of({ personId, entityId }, asOf)),
          domains: app.reports.domains,
          domainIds: domains,
          period,
          asOf,
          criminalRecordSource: null,
        });
        if (!result.ok) throw new AppError(422, result.refusal.code, result.refusal.message);
        const out = await issueReport(result.report, app.reports.key, app.reports.settings, new Date());
        const report: StoredReport = {
          issued: out.issued,
          entityId,
          requesterPersonId: personId,
          domains: domains?.length ? [...new Set(domains)] : [],
          totalRecords: result.report.totalRecords,
          fileDeletedAt: null,
        };
        const summary = await issuedReports.store(report, out.pdf);
        reply.status(201);
        return summary;
      },
    },

    'reports.list': {
      handler: async (request) => {
        const { personId, entityId } = actingEntity(app, request);
        const items = await request.repos.issuedReports.ofEntity(entityId, personId);
        return { entity: await request.repos.entities.nameOf(entityId), items };
      },
    },

    'reports.download': {
      handler: async (request, reply) => {
        const { personId, entityId } = actingEntity(app, request);
        const number = request.params.number.trim().toUpperCase();
        const file = await request.repos.issuedReports.fileFor(number, personId, entityId);
        if (!file) throw new AppError(404, 'REPORT_NOT_FOUND', NOT_YOURS);
        if (file === 'deleted') throw new AppError(410, 'REPORT_FILE_EXPIRED', FILE_EXPIRED);
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', `attachment; filename="${number}.pdf"`);
        return file;
      },
    },
  });

const isFormPost = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');

/**
 * Verification by number and code also takes the site's plain HTML form (JavaScript off): the same route and
 * handler, so the same check, rate limit and access log; only its answer is written as the site's page.
 */
export async function reportFormScope(scope: FastifyInstance, opts: { siteDir: string }) {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => {
    const fields = new URLSearchParams(String(body));
    done(null, { number: fields.get('number') ?? '', code: fields.get('code') ?? '' });
  });
  const render = verifyPageRenderer(opts.siteDir);
  scope.addHook('onRequest', async (request, reply) => {
    if (isFormPost(request)) reply.serializer((payload) => render(payload, reply.statusCode));
  });
  scope.addHook('onSend', async (request, reply) => {
    if (!isFormPost(request)) return;
    reply.type('text/html; charset=utf-8');
    reply.header('content-security-policy', scope.sitePolicy);
    reply.header('cache-control', 'no-store');
  });
}

export const reportFormHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'reports.verify': {
      onRequest: [app.rateLimit('report-verify', LIMITS.reportVerify)],
      handler: async (request) => {
        const number = request.body.number.trim().toUpperCase();
        let found: StoredReport | undefined;
        const verdict = await verifyReportCode(number, request.body.code, async (n) => {
          found = await request.repos.issuedReports.byNumber(n);
          return found?.issued;
        });
        // A real number tried with a wrong code is the business's to know as well.
        if (found)
          request.foundEntity = {
            entityId: found.entityId,
            ...(verdict.genuine ? {} : { purpose: '报告接收方核验专项信用报告（核验码不符，未通过）' }),
          };
        return answerOf(verdict, found, GENUINE_BY_CODE);
      },
    },
  });

/** Multipart only on the upload route (every other route keeps refusing it). */
export async function reportFileScope(scope: FastifyInstance) {
  await scope.register(multipart, { limits: { files: 1, fields: 0, fileSize: REPORT_UPLOAD_MAX_BYTES + 1, parts: 1 } });
}

const TOO_LARGE = '文件超过 5 MB，不是信用山东签发的报告。请上传从信用山东下载的报告原件。';

export const reportFileHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'reports.verifyFile': {
      onRequest: [app.rateLimit('report-verify', LIMITS.reportVerify)],
      handler: async (request) => {
        if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请用 multipart/form-data 上传报告文件。');
        const part = await request.file().catch(() => {
          throw new AppError(400, 'BAD_MULTIPART', '上传的内容格式不对，请重新选择报告文件上传。');
        });
        if (part?.fieldname !== 'file') throw new AppError(400, 'FILE_REQUIRED', '没有收到文件，请选择报告的 PDF 文件后重试。');
        const bytes = await part.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'FILE_TOO_LARGE', TOO_LARGE);
          throw new AppError(400, 'BAD_MULTIPART', '文件没有完整传上来，请重新上传。');
        });
        if (part.file.truncated) throw new AppError(413, 'FILE_TOO_LARGE', TOO_LARGE);
        if (bytes.length === 0) throw new AppError(400, 'EMPTY_FILE', '文件是空的，请重新选择报告文件。');
        let found: StoredReport | undefined;
        const verdict = await verifyReportFile(bytes, app.reports.trusted, async (n) => {
          found = await request.repos.issuedReports.byNumber(n);
          return found?.issued;
        });
        // A changed file that still names a real report is logged for that report's business.
        if (!found && !verdict.genuine && verdict.number) found = await request.repos.issuedReports.byNumber(verdict.number);
        if (found)
          request.foundEntity = {
            entityId: found.entityId,
            ...(verdict.genuine ? {} : { purpose: '报告接收方上传文件核验专项信用报告（文件与签发时不一致，未通过）' }),
          };
        return answerOf(verdict, found, GENUINE_BY_FILE);
      },
    },
  });
