import type { ApplicationList, RouteName } from '@xinyong/contract';
import type { FastifyInstance } from 'fastify';
import { checkCoverage, type Handlers, registerRoutes } from '../table';
import { attachmentHandlers, attachmentScope } from './attachments';
import { authHandlers } from './auth';
import { benefitHandlers } from './benefits';
import { creditQueryHandlers } from './credit-queries';
import { entityHandlers } from './entities';
import { healthHandlers } from './health';
import { listHandlers } from './lists';
import { meHandlers } from './me';
import { monitoringHandlers } from './monitoring';
import { objectionHandlers } from './objections';
import { repairHandlers } from './repairs';
import { reportFileHandlers, reportFileScope, reportFormHandlers, reportFormScope, reportHandlers } from './reports';
import { staffHandlers } from './staff';
import { staffAccountHandlers } from './staff-accounts';

export interface V1Options {
  version: string;
  devIdentity: boolean;
  /** A staff account without a second factor cannot log in (production). */
  staffTotpRequired: boolean;
  /** content/application-list.yaml: the uses a department may query credit information for. */
  applicationList: ApplicationList;
  /** Which database the health check names. */
  driver: 'pglite' | 'postgres';
  /** The built site: 报告核验 without JavaScript answers with its page. */
  siteDir: string;
}

/** /api/v1: every route of the contract's table, each module in its own scope (so multipart stays with uploads). */
export default async function v1Routes(app: FastifyInstance, opts: V1Options) {
  const modules: { handlers: Handlers; setup?: (scope: FastifyInstance) => Promise<void> }[] = [
    { handlers: healthHandlers(opts) },
    { handlers: benefitHandlers },
    { handlers: entityHandlers(app) },
    { handlers: listHandlers },
    { handlers: authHandlers(app, opts) },
    { handlers: meHandlers(app) },
    { handlers: attachmentHandlers(app), setup: attachmentScope },
    { handlers: objectionHandlers(app) },
    { handlers: repairHandlers(app) },
    { handlers: staffHandlers(app, opts) },
    { handlers: monitoringHandlers(app) },
    { handlers: creditQueryHandlers(app, opts) },
    { handlers: staffAccountHandlers() },
    { handlers: reportHandlers(app) },
    { handlers: reportFormHandlers(app), setup: (scope) => reportFormScope(scope, { siteDir: opts.siteDir }) },
    { handlers: reportFileHandlers(app), setup: reportFileScope },
  ];
  const served: RouteName[] = [];
  for (const m of modules) {
    await app.register(async (scope) => {
      await m.setup?.(scope);
      served.push(...registerRoutes(scope, m.handlers));
    });
  }
  checkCoverage(served);
}
