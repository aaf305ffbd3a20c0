import type { HttpCore } from './core';

/** The credit office's 双公示 monitoring, quarterly evaluation and console imports (the auditor reads the first two). */
export function monitoringResource(core: HttpCore) {
  return {
    /** Twelve months ending with `to` (YYYY-MM; this month when not given). */
    monthly: (to?: string) => core.call('staff.monitoring', { query: to ? { to } : {} }),
    /** One quarter, e.g. 2026Q4. */
    quarterly: (quarter: string) => core.call('staff.quarterlyReport', { query: { quarter } }),
    /** The row report of a CSV file; nothing is written. `contentBase64`: the file's bytes. */
    previewImport: (fileName: string, contentBase64: string) => core.call('staff.importPreview', { body: { fileName, contentBase64 } }),
    /** Commits the file. `idempotencyKey`: one per import form, so a form sent twice imports once. */
    commitImport: (fileName: string, contentBase64: string, idempotencyKey?: string) =>
      core.call('staff.importCommit', { body: { fileName, contentBase64 }, ...(idempotencyKey ? { idempotencyKey } : {}) }),
  };
}
