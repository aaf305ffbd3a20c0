import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RetentionPeriods } from '../../content/load-retention';
import { type Checkpoint, writeCheckpoint } from '../../jobs/access-log-checkpoint';

export interface JobOptions {
  checkpoint: { file: string; minutes: number };
  retention: { periods: RetentionPeriods; hours: number };
}

/**
 * The API's periodic work, in every process (each job is safe to run in several at once): the access log's signed
 * checkpoint and the retention job. Timers do not keep the process alive and stop on close.
 */
export default fp(async (app: FastifyInstance, opts: JobOptions) => {
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, name: string, job: () => Promise<unknown>) => {
    if (ms <= 0) return;
    const timer = setInterval(() => {
      job().catch((error) => app.log.error({ err: error }, `${name} failed`));
    }, ms);
    timer.unref();
    timers.push(timer);
  };
  let last: Checkpoint | null = null;
  every(opts.checkpoint.minutes * 60_000, 'access-log checkpoint', async () => {
    last = await writeCheckpoint(app.repos.accessLog, app.accessLogKey, opts.checkpoint.file, last);
  });
  every(opts.retention.hours * 3_600_000, 'retention', async () => {
    const { unreferencedFiles, ...deleted } = await app.repos.retention.prune(opts.retention.periods);
    for (const sha256 of unreferencedFiles) await app.files?.delete(sha256);
    app.log.info({ deleted, files: unreferencedFiles.length }, 'retention: deleted what has served its purpose');
  });
  app.addHook('onClose', async () => {
    for (const t of timers) clearInterval(t);
  });
});
