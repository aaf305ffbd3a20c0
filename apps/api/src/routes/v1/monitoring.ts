import { IMPORT_UPLOAD_MAX_BYTES, type ImportResult } from '@xinyong/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors';
import { CsvError } from '../../import/csv';
import { ImportFileError, type ImportReport } from '../../import/shuanggongshi';
import { monthlyMonitoring, quarterlyReport } from '../../monitoring/figures';
import type { StaffMember } from '../../repositories/staff';
import { defineHandlers } from '../table';

const KIND_LABELS = { licence: '行政许可', penalty: '行政处罚' } as const;

/** The CSV's bytes from the body, refused with a message a person can act on. */
function csvBytes(request: FastifyRequest<{ Body: { contentBase64: string } }>): Buffer {
  const text = request.body.contentBase64;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    throw new AppError(400, 'BAD_FILE_ENCODING', '文件没有完整传上来，请重新选择文件上传。');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > IMPORT_UPLOAD_MAX_BYTES)
    throw new AppError(413, 'FILE_TOO_LARGE', '文件超过 2 MB。请拆成几个文件上传，或交给技术人员用命令行导入。');
  return bytes;
}

/** A file that cannot be read at all (not UTF-8, no header, not 双公示) is one answer, not a row report. */
async function asFileRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof CsvError) throw new AppError(422, 'IMPORT_FILE_UNREADABLE', error.message);
    throw error;
  }
}

const resultOf = (r: ImportReport, committed: boolean, repeated: boolean): ImportResult => ({
  file: r.file,
  kind: r.kind,
  kindLabel: KIND_LABELS[r.kind],
  committed,
  repeated,
  rowsRead: r.rowsRead,
  imported: r.imported,
  unchanged: r.unchanged,
  rejected: r.rejected,
  problems: r.problems,
  warnings: r.warnings,
});

const BODY_LIMIT = Math.ceil(IMPORT_UPLOAD_MAX_BYTES / 3) * 4 + 4096;

export const monitoringHandlers = (app: FastifyInstance) =>
  defineHandlers({
    'staff.monitoring': {
      handler: async (request) => {
        const today = app.today();
        return monthlyMonitoring(request.repos.monitoring, request.query.to ?? today.slice(0, 7), today);
      },
    },
    'staff.quarterlyReport': {
      handler: async (request) => quarterlyReport(request.repos.monitoring, request.query.quarter, app.today()),
    },
    'staff.importPreview': {
      bodyLimit: BODY_LIMIT,
      handler: async (request) => {
        const bytes = csvBytes(request);
        const report = await asFileRefusal(() => request.repos.imports.preview(bytes, { today: app.today(), file: request.body.fileName }));
        return resultOf(report, false, false);
      },
    },
    'staff.importCommit': {
      bodyLimit: BODY_LIMIT,
      handler: async (request) => {
        const bytes = csvBytes(request);
        const staff = request.staff as StaffMember;
        const report = await asFileRefusal(() =>
          request.repos.imports.commit(bytes, {
            today: app.today(),
            file: request.body.fileName,
            via: 'console',
            staffId: staff.id,
            receivedAt: app.now(),
          }),
        );
        return resultOf(report, true, report.repeated);
      },
    },
  });
