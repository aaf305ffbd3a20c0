import { type NewReport, ROUTES } from '@xinyong/contract';
import type { HttpCore } from './core';

/** 信用代证: the special credit report of a business one acts for, and its public verification. */
export function reportsResource(core: HttpCore) {
  const filePath = (number: string) => ROUTES['reports.download'].path.replace(':number', encodeURIComponent(number.trim()));
  return {
    /** Domains and the period the rules allow today (public). */
    options: () => core.call('reports.options'),
    /** Pass the same idempotencyKey for every retry of one form (newIdempotencyKey() when the form opens). */
    request: (body: NewReport, options: { idempotencyKey?: string } = {}) =>
      core.call('reports.request', { body, idempotencyKey: options.idempotencyKey }),
    list: () => core.call('reports.list'),
    /**
     * The signed PDF is a file, not JSON: Taro.downloadFile (weapp and h5) fetches it from here with the session's
     * header, and the file never passes through the JSON core.
     */
    downloadTarget: (number: string) => ({ url: `${core.baseURL}${filePath(number)}`, header: core.authHeaders() }),
    /** Public: number and code in the body, never in a URL that a log would keep. */
    verify: (body: { number: string; code: string }) => core.call('reports.verify', { body }),
    /** Public: the file itself (browsers and Node; the mini-program uses verifyFileTarget with Taro.uploadFile). */
    verifyFile: (file: Blob, filename: string) => {
      const form = new FormData();
      form.append('file', file, filename);
      return core.call('reports.verifyFile', { body: form });
    },
    verifyFileTarget: () => ({ url: `${core.baseURL}${ROUTES['reports.verifyFile'].path}`, name: 'file' }),
  };
}
