import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type LoadedReportDomain, loadReportDomains } from '../../content/load-report-domains';
import { loadReportSettings, type ReportSettings } from '../../reports/settings';
import { loadReportSigningKey, type ReportSigningKey } from '../../reports/signing-key';

/** What issuing and verifying reports needs, loaded once at start-up: production refuses to start without a real key. */
export interface ReportService {
  key: ReportSigningKey;
  settings: ReportSettings;
  domains: LoadedReportDomain[];
  /** Certificates whose signatures verification accepts (SHA-256 of the DER). */
  trusted: string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    reports: ReportService;
  }
}

export interface ReportPluginOptions {
  production: boolean;
  env: NodeJS.ProcessEnv;
  keyDir: string;
  contentDir: string;
}

export default fp(async (app: FastifyInstance, opts: ReportPluginOptions) => {
  const key = loadReportSigningKey(opts.env, { production: opts.production, devKeyDir: opts.keyDir });
  const settings = loadReportSettings(opts.env, opts.production);
  const { domains } = loadReportDomains(opts.contentDir);
  app.decorate('reports', { key, settings, domains, trusted: [key.fingerprint] });
});
